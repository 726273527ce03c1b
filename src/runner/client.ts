// The page's side of the runners: the only module React imports (dynamically, so none of this is
// in the first-load bundle). Programs run in Web Workers; this module spawns, feeds, times and
// ends them.
import { CURRENT_EDITION } from '../editions';
import type { FromWorker, ToWorker } from './protocol';
import { PythonRunner } from './pythonRunner';
import type { Language, PythonRuntimeId, RunHandlers, RunOptions, RunResult } from './types';
import { TypeScriptRunner } from './typescriptRunner';

export * from './types';

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

export type WorkerFactory = (language: Language) => WorkerLike;

export interface ClientRunOptions extends RunOptions {
  /** Stops this run (or drops it, if still queued). */
  signal?: AbortSignal;
}

export interface Runner {
  readonly language: Language;
  /** Starts the worker (and, for Python, loads the runtime) ahead of the first run. */
  preload(handlers?: Pick<RunHandlers, 'onStatus'>): Promise<void>;
  run(code: string, handlers: RunHandlers, options?: ClientRunOptions): Promise<RunResult>;
  /** Stops the current run and drops queued ones. */
  stop(): void;
}

export interface RunnerConfig {
  /** The site's baseUrl; Python runtimes default to `${baseUrl}runtimes/pyodide-<id>/`. */
  baseUrl?: string;
  createWorker?: WorkerFactory;
  /** Use SharedArrayBuffer interrupts for Python when the page is cross-origin isolated. */
  useInterruptBuffer?: boolean;
  /** After an interrupt request, how long Python may take to stop before its worker is killed. */
  interruptGraceMs?: number;
  /** Extra time the page waits past the limit, so a worker can end an async program itself. */
  timeoutGraceMs?: number;
}

// Kept in exactly this form: the bundler recognises `new Worker(new URL(..., import.meta.url))`.
const defaultWorkerFactory: WorkerFactory = (language) =>
  (language === 'typescript'
    ? new Worker(new URL('./typescript.worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module' })) as unknown as WorkerLike;

const runners = new Map<string, Runner>();

/** The page's shared runner for a language (and Python runtime). */
export function getRunner(language: 'typescript'): Runner;
export function getRunner(language: 'python', runtime?: PythonRuntimeId, indexURL?: string): Runner;
export function getRunner(
  language: Language,
  runtime: PythonRuntimeId = CURRENT_EDITION.python,
  indexURL?: string,
): Runner {
  const key = language === 'python' ? `python-${runtime}` : language;
  let runner = runners.get(key);
  if (!runner) {
    runner = createRunner(language, { runtime, indexURL });
    runners.set(key, runner);
  }
  return runner;
}

export interface CreateRunnerOptions extends RunnerConfig {
  runtime?: PythonRuntimeId;
  /** Where Pyodide's files are served; must end with "/". */
  indexURL?: string;
}

/** A new, unshared runner (tests; pages use getRunner). */
export function createRunner(language: Language, options: CreateRunnerOptions = {}): Runner {
  const createWorker = options.createWorker ?? defaultWorkerFactory;
  return language === 'typescript'
    ? new TypeScriptRunner(options, createWorker)
    : new PythonRunner(options, createWorker);
}
