/** The glossary filter, kept free of React so unit tests can exercise it. */
import { plainText, sortKey, type GlossaryEntry } from './terms';

/** Lower-case words of a query; an entry matches when it contains every one of them. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Everything the filter looks in: names, aliases, keywords, definition and API names. */
export function searchableText(entry: GlossaryEntry): string {
  return [
    entry.name,
    ...entry.aliases,
    ...(entry.keywords ?? []),
    entry.definition,
    ...entry.python.forms,
    ...entry.typescript.forms,
  ]
    .map(plainText)
    .join('\n')
    .toLowerCase();
}

const searchableTextCache = new WeakMap<GlossaryEntry, string>();

export function entryMatches(entry: GlossaryEntry, words: readonly string[]): boolean {
  let text = searchableTextCache.get(entry);
  if (text === undefined) {
    text = searchableText(entry);
    searchableTextCache.set(entry, text);
  }
  return words.every((word) => text.includes(word));
}

/**
 * Keywords that matched a word which the visible text of the entry does not show, so the page
 * can say why the entry is listed (e.g. "Promise" finds `future`).
 */
export function hiddenKeywordMatches(entry: GlossaryEntry, words: readonly string[]): string[] {
  const visible = [entry.name, ...entry.aliases, entry.definition, ...entry.python.forms, ...entry.typescript.forms]
    .map(plainText)
    .join('\n')
    .toLowerCase();
  const unexplained = words.filter((word) => !visible.includes(word));
  return (entry.keywords ?? []).filter((keyword) => unexplained.some((word) => keyword.toLowerCase().includes(word)));
}

export interface RankedMatches {
  /** Entries whose name, an alias or a keyword contains every word: what the reader is looking for. */
  readonly byName: readonly GlossaryEntry[];
  /** Entries that only mention the words in their definition or API names. */
  readonly inText: readonly GlossaryEntry[];
}

/**
 * The filter's result, best first. Names that start with the first word come first (so "awai"
 * puts `await`, `__await__` and `awaitable` at the top), then names containing the words, then
 * aliases and keywords; within a rank the glossary's alphabetical order holds.
 */
export function rankMatches(entries: readonly GlossaryEntry[], words: readonly string[]): RankedMatches {
  const scored: Array<{ entry: GlossaryEntry; rank: number }> = [];
  const inText: GlossaryEntry[] = [];
  for (const entry of entries) {
    if (!entryMatches(entry, words)) continue;
    const name = plainText(entry.name).toLowerCase();
    const names = [name, ...[...entry.aliases, ...(entry.keywords ?? [])].map((text) => plainText(text).toLowerCase())];
    if (!words.every((word) => names.some((candidate) => candidate.includes(word)))) {
      inText.push(entry);
      continue;
    }
    const first = words[0] ?? '';
    const rank = sortKey(entry.name).startsWith(first) ? 0 : words.every((word) => name.includes(word)) ? 1 : 2;
    scored.push({ entry, rank });
  }
  // Array.prototype.sort is stable, so alphabetical order survives within a rank.
  scored.sort((a, b) => a.rank - b.rank);
  return { byName: scored.map(({ entry }) => entry), inText };
}
