import { existsSync } from 'node:fs';

import { defineConfig } from '@playwright/test';

import { CHROMIUM_FLAGS, CHROMIUM_PATH as CHROMIUM } from './scripts/chromium';

if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium ` +
      '(or set CHROMIUM_PATH to another Chromium binary).',
  );
}

const PORT = Number(process.env.TEST_PORT ?? 4173);
// Which build to serve (default build/); tests/browser/builtPages.ts reads the same variable.
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS],
    },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve-build.mjs --port ${PORT} --dir ${BUILD_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
