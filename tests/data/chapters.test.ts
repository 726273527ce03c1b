import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { chapters } from '@site/src/data/chapters';
import { expect, test } from 'vitest';

const DOCS = join(__dirname, '..', '..', 'docs');

// Chapter folders are "NN-slug"; 00 is the introduction and 90+ are reference pages.
const chapterFolders = readdirSync(DOCS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d\d-/.test(entry.name))
  .map((entry) => entry.name)
  .filter((name) => {
    const number = Number(name.slice(0, 2));
    return number >= 1 && number < 90;
  });

test('the home page lists every chapter folder, in order, and nothing else', () => {
  expect(chapters.map((chapter) => `${String(chapter.number).padStart(2, '0')}-${chapter.path}`)).toEqual(
    chapterFolders.sort(),
  );
});

test("each chapter's label in the sidebar carries its number and title", () => {
  for (const chapter of chapters) {
    const folder = `${String(chapter.number).padStart(2, '0')}-${chapter.path}`;
    const category = JSON.parse(readFileSync(join(DOCS, folder, '_category_.json'), 'utf8')) as { label: string };
    expect(category.label).toBe(`${chapter.number}. ${chapter.title}`);
  }
});
