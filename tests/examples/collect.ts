import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { extractLiveExamples, type LiveExampleSource } from '@site/src/remark/liveCode/extract';

export const ROOT = join(__dirname, '..', '..');

/** docs/ is the whole course: every edition is generated from it (scripts/editions.mjs). */
export const DOCS_DIR = join(ROOT, 'docs');

export function mdxFiles(dir: string = DOCS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Every live example of the course, named by its file and line in docs/. While writing, set
 * EXAMPLES to part of a path (`EXAMPLES=docs/09 npx vitest run tests/examples`) to run only those.
 */
export function collectExamples(only: string | undefined = process.env.EXAMPLES): LiveExampleSource[] {
  return mdxFiles()
    .map((file) => relative(ROOT, file))
    .filter((file) => only === undefined || file.includes(only))
    .flatMap((file) => extractLiveExamples(readFileSync(join(ROOT, file), 'utf8'), file));
}
