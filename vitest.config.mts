import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@site': fileURLToPath(new URL('.', import.meta.url)) },
  },
  // The site's tsconfig leaves JSX to the bundler ("preserve"); tests render components themselves.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Pyodide takes seconds to load; each file that needs it loads it once.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
