// The reader's progress on exercises, kept in this browser only (localStorage): which exercises
// are solved (and in which language), the code last written in each, and how many of its hints
// were revealed. No account, no server.
import { useCallback, useSyncExternalStore } from 'react';

export type ExerciseLanguage = 'python' | 'typescript';

const PREFIX = 'async-python:exercise:';
const SOLVED_KEY = `${PREFIX}solved`;
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // storage blocked (a privacy setting): progress lasts as long as the page
  }
}

type SolvedMap = Record<string, ExerciseLanguage[]>;
let solvedCache: { raw: string | null; map: SolvedMap } | undefined;

function readSolved(): SolvedMap {
  const raw = storage()?.getItem(SOLVED_KEY) ?? null;
  if (solvedCache?.raw === raw) return solvedCache.map;
  let map: SolvedMap = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') map = parsed as SolvedMap;
  } catch {
    // a damaged entry starts afresh
  }
  solvedCache = { raw, map };
  return map;
}

function writeSolved(map: SolvedMap): void {
  storage()?.setItem(SOLVED_KEY, JSON.stringify(map));
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab solving an exercise updates this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function markSolved(id: string, language: ExerciseLanguage): void {
  const map = readSolved();
  const languages = map[id] ?? [];
  if (languages.includes(language)) return;
  writeSolved({ ...map, [id]: [...languages, language] });
}

function codeKey(id: string, language: ExerciseLanguage): string {
  return `${PREFIX}code:${id}:${language}`;
}

export function savedCode(id: string, language: ExerciseLanguage): string | null {
  return storage()?.getItem(codeKey(id, language)) ?? null;
}

export function saveCode(id: string, language: ExerciseLanguage, code: string | null): void {
  if (code === null) storage()?.removeItem(codeKey(id, language));
  else storage()?.setItem(codeKey(id, language), code);
}

function hintsKey(id: string): string {
  return `${PREFIX}hints:${id}`;
}

// Where storage is blocked, revealed hints last as long as the page.
const hintsInMemory = new Map<string, number>();

/** How many of the exercise's hints the reader has revealed (0 when none or unknown). */
export function hintsShown(id: string): number {
  const store = storage();
  const value = store ? Number(store.getItem(hintsKey(id)) ?? 0) : (hintsInMemory.get(id) ?? 0);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

export function saveHintsShown(id: string, count: number): void {
  const store = storage();
  if (!store) hintsInMemory.set(id, count);
  else if (count > 0) store.setItem(hintsKey(id), String(count));
  else store.removeItem(hintsKey(id));
  notify();
}

/** Hints revealed so far for the exercise; none while rendering on the server and hydrating. */
export function useHintsShown(id: string): number {
  return useSyncExternalStore(
    subscribe,
    () => hintsShown(id),
    () => 0,
  );
}

/** Forgets the exercises' solved state, saved code and revealed hints. */
export function resetExercises(ids: readonly string[]): void {
  for (const id of ids) {
    for (const language of ['python', 'typescript'] as const) saveCode(id, language, null);
    saveHintsShown(id, 0);
  }
  writeSolved(Object.fromEntries(Object.entries(readSolved()).filter(([id]) => !ids.includes(id))));
}

const EMPTY: SolvedMap = {};

/** Solved exercises by id; empty while rendering on the server and hydrating (no storage there). */
export function useSolvedExercises(): SolvedMap {
  return useSyncExternalStore(subscribe, readSolved, () => EMPTY);
}

/** How many of `ids` are solved (in either language). */
export function useSolvedCount(ids: readonly string[]): number {
  const solved = useSolvedExercises();
  return ids.filter((id) => (solved[id]?.length ?? 0) > 0).length;
}

export function useReset(ids: readonly string[]): () => void {
  return useCallback(() => resetExercises(ids), [ids]);
}
