import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const BUILD_DIR = resolve(join(__dirname, '..', '..'), process.env.BUILD_DIR ?? 'build');

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

/** The built HTML of a page given as builtPages() names it. */
export function builtHtml(path: string): string {
  const candidates = [join(BUILD_DIR, `${path}.html`), join(BUILD_DIR, path, 'index.html')];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`No built HTML for /${path} (looked for ${candidates.join(', ')})`);
  return readFileSync(file, 'utf8');
}

const FROZEN_EDITION_PAGE = /^docs\/(\d+\.\d+)(?:\/(.*))?$/;

/**
 * For a page of a frozen edition (docs/3.12/…) whose article is the current edition's article
 * word for word (links aside), the current page's path; otherwise null. Such a page is a snapshot
 * built from the same components and styles, so checks of its markup repeat the current page's.
 */
export function currentEditionTwin(path: string): string | null {
  const match = FROZEN_EDITION_PAGE.exec(path);
  if (!match) return null;
  const twin = match[2] ? `docs/${match[2]}` : 'docs';
  // The article, with what names the edition made alike: its links and the version badge.
  // (tests/browser/editions.spec.ts checks this against what the sources say.)
  const article = (html: string) =>
    (/<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '')
      .replaceAll(`/docs/${match[1]}/`, '/docs/')
      .replace(/>Version: [^<]*</, '>Version<');
  try {
    const frozen = article(builtHtml(path));
    return frozen !== '' && frozen === article(builtHtml(twin)) ? twin : null;
  } catch {
    return null;
  }
}
