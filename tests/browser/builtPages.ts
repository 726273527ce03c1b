import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const BUILD_DIR = resolve(join(__dirname, '..', '..'), process.env.BUILD_DIR ?? 'build');

/** Every HTML page of the production build, as a path relative to the site root. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets' && entry.name !== 'runtimes') walk(path);
      } else if (entry.name.endsWith('.html') && entry.name !== '404.html') {
        const url = relative(BUILD_DIR, path)
          .replace(/\\/g, '/')
          .replace(/(^|\/)index\.html$/, '$1')
          .replace(/\.html$/, '');
        pages.push(url);
      }
    }
  };
  walk(BUILD_DIR);
  return pages.sort();
}
