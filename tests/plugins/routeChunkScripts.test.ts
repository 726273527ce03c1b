import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import routeChunkScripts, { parseRoutes } from '@site/src/plugins/routeChunkScripts';
import { afterEach, describe, expect, test } from 'vitest';

// The shape Docusaurus generates in .docusaurus/routes.js.
const ROUTES = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  { path: '/base/docs', component: ComponentCreator('/base/docs', 'a3f'), routes: [
    { path: '/base/docs/intro', component: ComponentCreator('/base/docs/intro', '61d'), exact: true },
    { path: '/base/docs/next', component: ComponentCreator('/base/docs/next', 'b2c'), exact: true },
  ] },
  { path: '/base/', component: ComponentCreator('/base/', 'e5f'), exact: true },
  { path: '*', component: ComponentCreator('*') },
];
`;

const page = (title: string): string =>
  `<html><head><script src=/base/assets/js/runtime~main.1a2b3c4d.js defer></script><script src=/base/assets/js/main.5e6f7a8b.js defer></script></head><body>${title}</body></html>`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('routeChunkScripts', () => {
  test('reads the generated route tree', () => {
    expect(parseRoutes(ROUTES)).toEqual([
      {
        path: '/base/docs',
        key: '/base/docs-a3f',
        routes: [
          { path: '/base/docs/intro', key: '/base/docs/intro-61d', routes: [] },
          { path: '/base/docs/next', key: '/base/docs/next-b2c', routes: [] },
        ],
      },
      { path: '/base/', key: '/base/-e5f', routes: [] },
    ]);
  });

  test("lists each page's route chunks, parents first, once each, before main.js", async () => {
    dir = mkdtempSync(join(tmpdir(), 'route-chunks-'));
    const generatedFilesDir = join(dir, '.docusaurus');
    const outDir = join(dir, 'build');
    mkdirSync(generatedFilesDir);
    mkdirSync(join(outDir, 'docs'), { recursive: true });
    writeFileSync(join(generatedFilesDir, 'routes.js'), ROUTES);
    writeFileSync(
      join(generatedFilesDir, 'routesChunkNames.json'),
      JSON.stringify({
        '/base/docs-a3f': { __comp: 'layout', __context: { plugin: 'plugin' } },
        '/base/docs/intro-61d': { __comp: 'item', content: 'intro' },
        '/base/docs/next-b2c': { __comp: 'item', content: 'next' },
        '/base/-e5f': { __comp: 'home' },
      }),
    );
    writeFileSync(
      join(generatedFilesDir, 'client-manifest.json'),
      JSON.stringify({
        origins: { layout: ['1'], plugin: ['2'], item: ['9', '3'], intro: ['4'], next: ['5'], home: ['6'] },
        assets: {
          '1': { js: [{ file: 'assets/js/layout.1.js' }] },
          '2': { js: [{ file: 'assets/js/plugin.2.js' }] },
          '9': { js: [{ file: 'assets/js/shared.9.js' }] },
          '3': { js: [{ file: 'assets/js/item.3.js' }] },
          '4': { js: [{ file: 'assets/js/intro.4.js' }] },
          '5': { js: [{ file: 'assets/js/next.5.js' }] },
          '6': { css: [{ file: 'assets/css/home.css' }] },
        },
      }),
    );
    writeFileSync(join(outDir, 'docs', 'intro.html'), page('intro'));
    writeFileSync(join(outDir, 'index.html'), page('home'));

    const plugin = routeChunkScripts();
    await plugin.postBuild!({ outDir, generatedFilesDir, baseUrl: '/base/' } as never);

    const scripts = (file: string): string[] =>
      [...readFileSync(join(outDir, file), 'utf8').matchAll(/<script src="?([^" >]+)"?/g)].map((match) => match[1]!);
    expect(scripts('docs/intro.html')).toEqual([
      '/base/assets/js/runtime~main.1a2b3c4d.js',
      '/base/assets/js/layout.1.js',
      '/base/assets/js/plugin.2.js',
      '/base/assets/js/shared.9.js',
      '/base/assets/js/item.3.js',
      '/base/assets/js/intro.4.js',
      '/base/assets/js/main.5e6f7a8b.js',
    ]);
    // A route without scripts of its own keeps the page as it was; a page not built is skipped.
    expect(scripts('index.html')).toEqual([
      '/base/assets/js/runtime~main.1a2b3c4d.js',
      '/base/assets/js/main.5e6f7a8b.js',
    ]);
  });
});
