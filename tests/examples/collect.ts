import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

import { extractLiveExamples, type LiveExampleSource } from '@site/src/remark/liveCode/extract';
import type { PythonRuntimeId } from '@site/src/runner/types';

export const ROOT = join(__dirname, '..', '..');

export interface DocsEdition {
  /** "current" or the version name, e.g. "3.12". */
  name: string;
  dir: string;
  pythonRuntime: PythonRuntimeId;
}

/** The docs editions and the Python each runs its examples on (newest for the current edition). */
export function docsEditions(): DocsEdition[] {
  const editions: DocsEdition[] = [{ name: 'current', dir: join(ROOT, 'docs'), pythonRuntime: '3.14' }];
  const versionsFile = join(ROOT, 'versions.json');
  if (existsSync(versionsFile)) {
    for (const name of JSON.parse(readFileSync(versionsFile, 'utf8')) as string[]) {
      editions.push({
        name,
        dir: join(ROOT, 'versioned_docs', `version-${name}`),
        pythonRuntime: name as PythonRuntimeId,
      });
    }
  }
  return editions;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface CollectedExample extends LiveExampleSource {
  edition: DocsEdition;
}

export function collectExamples(): CollectedExample[] {
  return docsEditions().flatMap((edition) =>
    mdxFiles(edition.dir).flatMap((file) =>
      extractLiveExamples(readFileSync(file, 'utf8'), relative(ROOT, file)).map((example) => ({
        ...example,
        edition,
      })),
    ),
  );
}
