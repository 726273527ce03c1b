import { chapters } from '../chapters';

/** Chapter titles by number, for labels on the reference pages: src/data/chapters.ts holds them. */
export const chapterTitles: Readonly<Record<number, string>> = Object.fromEntries(
  chapters.map((chapter) => [chapter.number, chapter.title]),
);
