import { describe, expect, it } from 'vitest';

import { entryMatches, queryWords, rankMatches } from '@site/src/data/glossary/filter';
import { getTermSummary, isTermId, termIds, termSummaries } from '@site/src/data/glossary/summaries';
import { docIdFromFile, glossaryEntries, plainText, type GlossaryEntry } from '@site/src/data/glossary/terms';

// The ids the chapter writers were given; every one must stay defined.
const IDS_PROMISED_TO_WRITERS = `
iterable, iterator, iterator-protocol, stop-iteration, generator-function, generator,
generator-expression, yield, send, throw, close, generator-exit, yield-from, subgenerator,
coroutine, coroutine-function, async-def, await, awaitable, dunder-await, future,
concurrent-future, task, event-loop, callback, call-soon, run-until-complete, asyncio-run,
create-task, gather, task-group, structured-concurrency, cancellation, cancelled-error, timeout,
shield, exception-group, async-iterable, async-iterator, async-generator, async-for,
async-comprehension, async-context-manager, async-with, context-manager, cooperative-multitasking,
blocking-call, executor, to-thread, gil, promise, thenable, async-function, microtask-queue,
task-queue, queue-microtask, promise-with-resolvers, promise-combinators, abort-controller,
symbol-iterator, symbol-async-iterator, for-await-of, js-async-generator, unhandled-rejection,
top-level-await, ready-queue, timer-heap, web-worker`
  .split(',')
  .map((id) => id.trim());

/** Sentences in glossary prose: a full stop, question or exclamation mark, then a new sentence or the end. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z`"“(])/).filter((sentence) => sentence.trim()).length;
}

function allTextOf(entry: GlossaryEntry): string[] {
  return [
    entry.name,
    entry.short,
    entry.definition,
    ...entry.aliases,
    ...(entry.keywords ?? []),
    ...entry.python.forms,
    ...entry.typescript.forms,
    entry.python.note ?? '',
    entry.typescript.note ?? '',
    entry.introducedIn.section,
  ];
}

describe('glossary data', () => {
  it('has at least 50 entries', () => {
    expect(glossaryEntries.length).toBeGreaterThanOrEqual(50);
    expect(glossaryEntries.length).toBe(termIds.length);
  });

  it('defines every id the chapter writers may use', () => {
    const missing = IDS_PROMISED_TO_WRITERS.filter((id) => !isTermId(id));
    expect(missing).toEqual([]);
  });

  it('gives every entry all the required fields', () => {
    const problems: string[] = [];
    for (const entry of glossaryEntries) {
      const where = `${entry.id}:`;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) problems.push(`${where} id is not kebab-case`);
      if (!entry.name.trim()) problems.push(`${where} empty name`);
      if (sentenceCount(entry.short) !== 1 || !entry.short.endsWith('.'))
        problems.push(`${where} short definition must be one sentence ending in a full stop`);
      const sentences = sentenceCount(entry.definition);
      if (sentences < 2 || sentences > 4) problems.push(`${where} definition has ${sentences} sentences, not 2 to 4`);
      for (const [language, form] of [
        ['python', entry.python],
        ['typescript', entry.typescript],
      ] as const) {
        if (form.forms.length === 0 || form.forms.some((code) => !code.trim()))
          problems.push(`${where} ${language} has no forms`);
        if (form.match === 'closest' && !form.note.trim())
          problems.push(`${where} ${language} "closest" needs a note naming the difference`);
      }
      if (entry.python.match === 'closest' && entry.typescript.match === 'closest')
        problems.push(`${where} at least one language must have the thing itself`);
      if (entry.seeAlso.length === 0) problems.push(`${where} no "see also" links`);
      for (const id of entry.seeAlso) {
        if (!isTermId(id)) problems.push(`${where} see-also "${id}" is not an entry`);
        if (id === entry.id) problems.push(`${where} lists itself under see also`);
      }
      if (new Set(entry.seeAlso).size !== entry.seeAlso.length) problems.push(`${where} repeated see-also id`);
      const { doc, anchor, section } = entry.introducedIn;
      if (!/^\d\d-[^/]+\/[^/]+\.mdx?$/.test(doc))
        problems.push(`${where} introducedIn.doc "${doc}" is not a chapter file`);
      if (!anchor || !section) problems.push(`${where} introducedIn needs an anchor and a section label`);
      if (entry.snippet && !entry.snippet.python && !entry.snippet.typescript) problems.push(`${where} empty snippet`);
      for (const text of allTextOf(entry)) {
        if ((text.match(/`/g) ?? []).length % 2 !== 0) problems.push(`${where} unbalanced backticks in "${text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no two entries sharing a name or an alias', () => {
    const owners = new Map<string, string[]>();
    for (const entry of glossaryEntries) {
      for (const name of [entry.name, ...entry.aliases]) {
        const key = plainText(name).trim().toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), entry.id]);
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.length > 1).map(([name, ids]) => `${name}: ${ids.join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('maps chapter files to Docusaurus doc ids the way the docs plugin does', () => {
    expect(docIdFromFile('02-generators/index.mdx')).toBe('generators/index');
    expect(docIdFromFile('05-futures/02-asyncio-future.mdx')).toBe('futures/asyncio-future');
    expect(docIdFromFile('90-reference/glossary.mdx')).toBe('reference/glossary');
  });
});

describe('getTermSummary, which <Term> calls while rendering', () => {
  it('returns the summary of a known id', () => {
    expect(getTermSummary('awaitable')).toBe(termSummaries.awaitable);
  });

  it('throws a message naming the unknown id and where ids live', () => {
    expect(() => getTermSummary('awaitible')).toThrowError(/Unknown glossary id "awaitible".*summaries\.ts/);
  });

  it('does not accept inherited object keys as ids', () => {
    expect(() => getTermSummary('toString')).toThrowError(/Unknown glossary id/);
  });
});

describe('the glossary filter', () => {
  const idsMatching = (query: string) =>
    glossaryEntries.filter((entry) => entryMatches(entry, queryWords(query))).map((entry) => entry.id);

  it('finds awaitable, await and __await__ for "awai"', () => {
    expect(idsMatching('awai')).toEqual(expect.arrayContaining(['awaitable', 'await', 'dunder-await']));
  });

  it('finds both the promise entry and future for "Promise"', () => {
    expect(idsMatching('Promise')).toEqual(expect.arrayContaining(['promise', 'future']));
  });

  it('matches aliases and definition text', () => {
    expect(idsMatching('genexp')).toEqual(['generator-expression']);
    expect(idsMatching('one-shot')).toContain('iterator');
  });

  it('requires every word of a multi-word query', () => {
    expect(idsMatching('promise race')).toEqual(expect.arrayContaining(['promise-combinators', 'as-completed']));
    expect(idsMatching('promise race')).not.toContain('iterator');
  });

  it('ranks the names starting with "awai" first: await, __await__, awaitable', () => {
    const { byName, inText } = rankMatches(glossaryEntries, queryWords('awai'));
    expect(byName.slice(0, 3).map((entry) => entry.id)).toEqual(['await', 'dunder-await', 'awaitable']);
    expect(inText.length).toBeGreaterThan(0);
    expect(inText.map((entry) => entry.id)).not.toContain('await');
  });

  it('puts future among the name matches for "Promise", through its keywords', () => {
    const { byName } = rankMatches(glossaryEntries, queryWords('Promise'));
    expect(byName[0]?.id).toBe('promise');
    expect(byName.map((entry) => entry.id)).toContain('future');
  });

  it('matches nothing for gibberish', () => {
    expect(idsMatching('zzqx')).toEqual([]);
  });
});
