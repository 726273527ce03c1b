import type { Plugin } from '@docusaurus/types';

/**
 * V8's explicit compile hint (Chrome 126 and later; other engines read it as a comment): compile
 * every function in the file eagerly, on a background thread while the file downloads. Without it
 * V8 compiles each function on the main thread the first time it is called, and nearly all of the
 * entry script (React DOM, the router, the theme's layout) is called while the page hydrates.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The browser bundle's entry script. Route chunks stay lazy: a chunk is shared by many routes and
 * holds code a page may never call, and marking the chapter's chunks as well measured no better.
 */
export const ENTRY_SCRIPT = /^assets\/js\/main\.[0-9a-f]+\.js$/;

export default function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const { BannerPlugin, Compilation } = currentBundler.instance;
      // After minifying, which drops comments.
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1;
      return { plugins: [new BannerPlugin({ banner: COMPILE_HINT, raw: true, include: ENTRY_SCRIPT, stage })] };
    },
  };
}
