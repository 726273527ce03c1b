// What an exercise's checks are made of and what they report. The checks are written by the
// exercise's author in the small line-per-check language of parse.ts (CONTRIBUTING.md, "Exercises").
import type { TimelineData } from '../timeline/model';
import type { ErrorLocation, Language, RunStatus } from '../types';

/** A construct of the program's shape, named the same in both languages where it exists in both. */
export type Construct =
  /** `yield` (not `yield from` / `yield*`) */
  | { kind: 'yield' }
  /** Python `yield from`, TypeScript `yield*` */
  | { kind: 'yield-from' }
  /** `for` or `while` */
  | { kind: 'loop' }
  | { kind: 'await' }
  /** A call whose callee reads exactly `name` (`next`, `time.sleep`, `asyncio.gather`). */
  | { kind: 'call'; name: string }
  /** A method of that name in a class (`__next__`, `next`, `[Symbol.iterator]`). */
  | { kind: 'method'; name: string };

/** Where a shape check looks: the whole program, one function by name, or every async function. */
export type Scope = { kind: 'program' } | { kind: 'function'; name: string } | { kind: 'async' };

export type Check =
  /** Prints exactly the exercise's documented output; `unordered`: the same lines in any order. */
  | { kind: 'output'; unordered: boolean }
  /** Two lanes of the function were started and unfinished at the same moment. */
  | { kind: 'overlap'; name: string }
  /** Never more than `limit` lanes of the function started and unfinished at once. */
  | { kind: 'at-most'; name: string; limit: number }
  /** Exactly `count` lanes of the function ran. */
  | { kind: 'count'; name: string; count: number }
  /** Every lane of the function that started, returned. */
  | { kind: 'finishes'; name: string }
  /** Every lane of the function was ended by close() (Python) / return() (TypeScript). */
  | { kind: 'closed'; name: string }
  /** The function's lanes were started or resumed at most `limit` times in all. */
  | { kind: 'steps-at-most'; name: string; limit: number }
  /** The program (no `name`), or every lane of the function, took at most `seconds` of its clock
   * from start to end: with virtual time (RunOptions.virtualTime), never the machine's speed. */
  | { kind: 'within'; seconds: number; name?: string }
  /** A lane of `name` awaited `target`: a run of that function (a coroutine it awaited, a task of
   * it), or a call written `target(…)` (`asyncio.gather`, `Promise.all`). */
  | { kind: 'awaits'; name: string; target: string }
  /** A cancellation reached every lane of the function and ended it (Python CancelledError,
   * TypeScript an AbortError). */
  | { kind: 'cancelled'; name: string }
  /** The construct appears in the scope (`require`) or does not (`forbid`). */
  | { kind: 'shape'; require: boolean; construct: Construct; scope: Scope };

/** One line of a ```checks fence, with the author's reason (after `|`), if any. */
export interface CheckLine {
  check: Check;
  /** Appended to the failure message, e.g. "it blocks the loop". */
  reason?: string;
  /** Only for this language (a `python:` or `ts:` prefix); both when absent. */
  language?: Language;
  /** The line as written, for error messages about the checks themselves. */
  source: string;
}

/** What one run of the reader's program left, as the checks see it. */
export interface CheckedRun {
  language: Language;
  code: string;
  /** stdout and stderr, interleaved in the order written */
  output: string;
  status: RunStatus;
  errorLocation?: ErrorLocation;
  timeline?: TimelineData;
}

export interface CheckResult {
  /** What is checked, in the reader's terms ("prints the expected output"). */
  label: string;
  passed: boolean;
  /** Why it failed, about the reader's own program. */
  message?: string;
}
