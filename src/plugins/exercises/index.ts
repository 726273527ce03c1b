import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Plugin } from '@docusaurus/types';

import { chapterPath } from './chapterPath';

/** What the plugin hands the pages: each chapter's exercise ids, by the chapter's docs path. */
export interface ExercisesGlobalData {
  chapters: Record<string, string[]>;
}

const EXERCISE_ID = /<Exercise\s[^>]*?\bid="([^"]+)"/g;

/** Each chapter's exercise ids, in page and source order, read from the MDX sources in `docsDir`. */
export function exercisesByChapter(docsDir: string): Record<string, string[]> {
  const chapters: Record<string, string[]> = {};
  for (const folder of readdirSync(docsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const files = readdirSync(join(docsDir, folder.name))
      .filter((name) => /\.mdx?$/.test(name))
      .sort();
    const ids = files.flatMap((name) =>
      [...readFileSync(join(docsDir, folder.name, name), 'utf8').matchAll(EXERCISE_ID)].map((match) => match[1]!),
    );
    if (ids.length > 0) chapters[chapterPath(folder.name)] = ids;
  }
  return chapters;
}

/**
 * Collects the exercise ids of every chapter for the home page and the chapters' progress lines
 * (usePluginData('exercises')). docs/ is the source of every edition, and an exercise keeps its
 * id in all of them, so progress is shared between editions.
 */
export default function exercisesPlugin(context: { siteDir: string }): Plugin {
  const docsDir = join(context.siteDir, 'docs');
  return {
    name: 'exercises',
    loadContent: (): ExercisesGlobalData => ({ chapters: exercisesByChapter(docsDir) }),
    contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
    getPathsToWatch: () => [join(docsDir, '**/*.mdx')],
  };
}
