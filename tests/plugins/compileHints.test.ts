import { rspack } from '@rspack/core';
import compileHints, { COMPILE_HINT, ENTRY_SCRIPT } from '@site/src/plugins/compileHints';
import { describe, expect, test } from 'vitest';

type BannerPlugin = InstanceType<typeof rspack.BannerPlugin>;

/** What Docusaurus Faster hands a plugin's configureWebpack. */
const utils = { currentBundler: { name: 'rspack', instance: rspack } } as never;

function clientPlugins(): BannerPlugin[] {
  const config = compileHints().configureWebpack!({} as never, false, utils, {} as never);
  const plugins: unknown[] = (config && config.plugins) ?? [];
  return plugins.filter((plugin): plugin is BannerPlugin => plugin instanceof rspack.BannerPlugin);
}

describe('compileHints', () => {
  test("marks the browser's entry script, and no route chunk, with V8's compile hint", () => {
    expect(ENTRY_SCRIPT.test('assets/js/main.8febb2d6.js')).toBe(true);
    for (const other of [
      'assets/js/runtime~main.7330e3ae.js',
      'assets/js/2842.63a075c3.js',
      'assets/js/17896441.9b756a86.js',
    ]) {
      expect(ENTRY_SCRIPT.test(other)).toBe(false);
    }
    const [banner] = clientPlugins();
    expect(banner).toBeInstanceOf(rspack.BannerPlugin);
    expect(banner!._args[0]).toMatchObject({ banner: COMPILE_HINT, raw: true, include: ENTRY_SCRIPT });
  });

  test('adds the hint after minifying, which would strip it as a comment', () => {
    const [banner] = clientPlugins();
    const { stage } = banner!._args[0] as { stage: number };
    expect(stage).toBeGreaterThan(rspack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE);
    // Before the real content hash, so the file's name still follows its content.
    expect(stage).toBeLessThan(rspack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH);
  });

  test('leaves the server bundle alone', () => {
    expect(compileHints().configureWebpack!({} as never, true, utils, {} as never)).toEqual({});
  });
});
