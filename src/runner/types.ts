// The small interface shared by the workers, the React components and the Node tests.

import type { TimelineData } from './timeline/model';

export type { PythonRuntimeId } from '../editions';

export type Language = 'typescript' | 'python';

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { python: 'Python', typescript: 'TypeScript' };

/** A piece of program output; `text` may hold several lines or a partial line. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export type RunStatus = 'ok' | 'error' | 'timeout' | 'stopped' | 'output-limit';

/** 1-based, in the editor's own numbering. */
export interface ErrorLocation {
  line: number;
  column?: number;
  message: string;
}

export interface RunResult {
  status: RunStatus;
  durationMs: number;
  /** e.g. "Python 3.14.2 (Pyodide 314.0.7)" or "TypeScript (sucrase 3.35.1) on V8" */
  runtimeLabel: string;
  errorLocation?: ErrorLocation;
  /** What the run did, step by step, when it was asked for (`RunOptions.timeline`). */
  timeline?: TimelineData;
  /** Why a requested timeline is missing (e.g. the runtime cannot record). */
  timelineUnavailable?: string;
}

export interface RunHandlers {
  onOutput(chunk: OutputChunk): void;
  /** Progress that is not program output, e.g. "Loading Python runtime…". */
  onStatus?(message: string): void;
}

export interface RunOptions {
  timeoutMs?: number;
  maxOutputLines?: number;
  /** Characters after which output is cut (default MAX_OUTPUT_CHARACTERS). */
  maxOutputCharacters?: number;
  /** Record a timeline of the run (off by default: plain runs pay nothing for it). */
  timeline?: boolean;
  /** Events after which the timeline is cut (default MAX_TIMELINE_EVENTS). */
  timelineMaxEvents?: number;
  /**
   * Virtual time: every wait (a timer, a sleep) is skipped and the program's clocks move on by
   * what it would have lasted, so a run's timing is that of an idle machine. Exercises whose
   * checks are about time opt in (CONTRIBUTING.md, "Exercises").
   */
  virtualTime?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_OUTPUT_LINES = 2_000;
/** Characters after which output is cut, whatever its lines (one long line can be megabytes). */
export const MAX_OUTPUT_CHARACTERS = 200_000;

/** Notice appended (on stderr) when a run is ended by the runner rather than by the program (the
 * output limit's is OutputLimiter's). */
export function endNotice(status: 'timeout' | 'stopped', timeoutMs: number): string {
  switch (status) {
    case 'timeout':
      return `\n[Stopped: the program ran longer than the ${timeoutMs / 1000} s time limit.]\n`;
    case 'stopped':
      return '\n[Stopped.]\n';
  }
}
