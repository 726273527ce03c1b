import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import type { Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * theme-classic registers `prism.additionalLanguages` from a client module, which puts all of
 * Prism into every page's first-load script, even pages that render no MDX (about a third of the
 * home page's start-up work). This plugin swaps that client module for an empty one; the site's
 * CodeBlock Content wrapper (src/theme/CodeBlock/Content/prismContent.tsx) makes the same
 * registration call in the chunk that highlights code on the page, so it highlights exactly as
 * before. A chapter opened directly, whose code the build highlights, loads no Prism at all. tests/plugins/deferPrismLanguages.test.ts
 * fails if theme-classic moves the module, rather than letting Prism slip back into main.js.
 */
export default function deferPrismLanguages(): Plugin {
  const themeClientModule = require
    .resolve('@docusaurus/theme-classic/lib/prism-include-languages')
    .replace(/\.js$/, '');
  const emptyModule = fileURLToPath(new URL('./emptyClientModule.ts', import.meta.url));
  return {
    name: 'defer-prism-languages',
    configureWebpack() {
      return { resolve: { alias: { [`${themeClientModule}$`]: emptyModule } } };
    },
  };
}
