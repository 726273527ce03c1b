#!/usr/bin/env node
// Serves the production build on loopback the way a real static host does: clean URLs like
// GitHub Pages, gzip/brotli compression and long-lived caching for hashed assets. Used by the
// browser tests and by the benchmark (`docusaurus serve` compresses nothing).
//   node scripts/serve-build.mjs [--port 4173] [--dir build]
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import compression from 'compression';
import handler from 'serve-handler';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const { values } = parseArgs({
  options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'build' } },
});

const compress = compression({ threshold: 0 });
const HASHED_ASSET = /\/assets\/.+\.[0-9a-f]{8,}\./;

const server = createServer((request, response) => {
  compress(request, response, () => {
    const cacheControl = HASHED_ASSET.test(request.url ?? '')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=600';
    void handler(request, response, {
      public: resolve(root, values.dir),
      cleanUrls: true,
      trailingSlash: false,
      headers: [{ source: '**/*', headers: [{ key: 'Cache-Control', value: cacheControl }] }],
    });
  });
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}/`);
});
