import type { Plugin } from '@docusaurus/types';

/**
 * `import text from './file.py?raw'` gives the file's text, as Vite and Vitest do: the runner's
 * Python modules (src/runner/python/*.py) live in real files that Python linters see, and the
 * workers get their source.
 */
export default function rawSource(): Plugin {
  return {
    name: 'raw-source',
    configureWebpack() {
      return { module: { rules: [{ resourceQuery: /^\?raw$/, type: 'asset/source' }] } };
    },
  };
}
