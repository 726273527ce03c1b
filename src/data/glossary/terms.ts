/**
 * The glossary: every entry, complete, in alphabetical order. The glossary page, the cheat sheet
 * and (through the glossary page's HTML) the site search are built from this module; tooltips use
 * only ./summaries. Do not import this from anything in the main bundle.
 */
import { asyncIterationEntries } from './entries/async-iteration';
import { asyncioEntries } from './entries/asyncio';
import { coordinationEntries } from './entries/coordination';
import { coroutineEntries } from './entries/coroutines';
import { futureEntries } from './entries/futures';
import { ioEntries } from './entries/io';
import { iterationEntries } from './entries/iteration';
import { loopEntries } from './entries/loops';
import { mistakeEntries } from './entries/mistakes';
import { threadEntries } from './entries/threads';
import { toolingEntries } from './entries/tooling';
import { termIds, termSummaries, type TermId } from './summaries';
import type { TermDetails, TermSummary } from './types';

export type { TermId } from './summaries';
export type { ChapterSection, LanguageForm, TermDetails, TermSummary } from './types';

// `satisfies` makes a missing or misspelled id a type error.
const termDetails = {
  ...iterationEntries,
  ...loopEntries,
  ...futureEntries,
  ...coroutineEntries,
  ...asyncioEntries,
  ...asyncIterationEntries,
  ...threadEntries,
  ...ioEntries,
  ...coordinationEntries,
  ...toolingEntries,
  ...mistakeEntries,
} satisfies Record<TermId, TermDetails<TermId>>;

export interface GlossaryEntry extends TermSummary, TermDetails<TermId> {
  readonly id: TermId;
}

/** Text without the `backtick` code markers, as a reader would type it. */
export function plainText(marked: string): string {
  return marked.replace(/`/g, '');
}

/** Sort key: case-insensitive, ignoring leading punctuation such as the `__` of dunder names. */
export function sortKey(name: string): string {
  return plainText(name)
    .toLowerCase()
    .replace(/^[^a-z0-9]+/, '');
}

/** The letter a term is filed under in the glossary's index. */
export function indexLetter(name: string): string {
  const first = sortKey(name).charAt(0);
  return /[a-z]/.test(first) ? first.toUpperCase() : '#';
}

/** The chapter number of a docs file such as '02-generators/index.mdx', or undefined. */
export function chapterNumber(docFile: string): number | undefined {
  const match = /^(\d+)-/.exec(docFile);
  return match ? Number(match[1]) : undefined;
}

/**
 * The Docusaurus doc id of a file under docs/, e.g. '02-generators/index.mdx' →
 * 'generators/index'. Mirrors the default number-prefix parser, which strips `NN-` from every
 * path segment (it skips date- and version-like prefixes, which we do not use).
 */
export function docIdFromFile(docFile: string): string {
  return docFile
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((segment) => segment.replace(/^\d+\s*[-_.]+\s*(?=[^-_.\s])/, ''))
    .join('/');
}

export const glossaryEntries: readonly GlossaryEntry[] = termIds
  .map((id): GlossaryEntry => ({ id, ...termSummaries[id], ...termDetails[id] }))
  .sort(
    (a, b) =>
      sortKey(a.name).localeCompare(sortKey(b.name), 'en') || plainText(a.name).length - plainText(b.name).length,
  );

/** Entries by id, for the glossary's filter, which finds an entry from its element's id. */
export const glossaryEntriesById: ReadonlyMap<TermId, GlossaryEntry> = new Map(
  glossaryEntries.map((entry) => [entry.id, entry]),
);
