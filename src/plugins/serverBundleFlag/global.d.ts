/** Defined by this plugin: `true` in the server bundle, `false` in the browser's (and in `docusaurus start`). */
declare const __SERVER_BUNDLE__: boolean;
