// The page's side of the runners: the only module React imports (dynamically, so none of this is
// in the first-load bundle). Programs run in Web Workers; this module spawns, feeds, times and
// ends them.
import { CURRENT_EDITION, runtimeFolder } from '../editions';
import { outputLimits } from './output';
import type { FromWorker, ToWorker } from './protocol';
import {
  DEFAULT_TIMEOUT_MS,
  endNotice,
  type Language,
  type PythonRuntimeId,
  type RunHandlers,
  type RunOptions,
  type RunResult,
} from './types';

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
  return language === 'typescript' ? new TypeScriptRunner(options) : new PythonRunner(options);
}

let nextRunId = 1;

type EndReason = 'timeout' | 'stopped';

/** Follows one run's messages and decides how it ends. */
class RunTracker {
  readonly id = nextRunId++;
  readonly done: Promise<RunResult>;
  private resolve!: (result: RunResult) => void;
  private finished = false;
  private startedAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  endReason: EndReason | undefined;

  constructor(
    private readonly handlers: RunHandlers,
    readonly options: ClientRunOptions,
    private readonly label: () => string,
    /** Asks the worker to end the run; resolves the run itself if it must kill the worker. */
    private readonly requestEnd: (tracker: RunTracker) => void,
  ) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
    const signal = options.signal;
    if (signal) {
      if (signal.aborted) queueMicrotask(() => this.end('stopped'));
      else signal.addEventListener('abort', () => this.end('stopped'), { once: true });
    }
  }

  get isFinished(): boolean {
    return this.finished;
  }

  get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  workerOptions(): RunOptions {
    const limits = outputLimits(this.options);
    const options: RunOptions = {
      timeoutMs: this.timeoutMs,
      maxOutputLines: limits.lines,
      maxOutputCharacters: limits.characters,
    };
    if (this.options.timeline) options.timeline = true;
    if (this.options.timelineMaxEvents !== undefined) options.timelineMaxEvents = this.options.timelineMaxEvents;
    return options;
  }

  /** Handles a message for this run; returns true once the run is over. */
  handle(message: FromWorker, timeoutGraceMs: number): boolean {
    if (this.finished || message.id !== this.id) return this.finished;
    switch (message.type) {
      case 'status':
        this.handlers.onStatus?.(message.message);
        break;
      case 'started':
        this.startedAt = performance.now();
        this.timer = setTimeout(() => this.end('timeout'), this.timeoutMs + timeoutGraceMs);
        break;
      case 'output':
        this.handlers.onOutput(message.chunk);
        break;
      case 'result':
        if (this.endReason) {
          // Interrupted on request: report it as the stop or time-out it was.
          this.settle(this.endReason, message.result);
        } else {
          this.finish(message.result);
        }
        break;
      case 'failed':
        this.handlers.onOutput({ stream: 'stderr', text: `${message.message}\n` });
        this.finish({ status: 'error', durationMs: 0, runtimeLabel: this.label() });
        break;
      default:
        break;
    }
    return this.finished;
  }

  /** Starts ending the run early (time limit or stop request). */
  end(reason: EndReason): void {
    if (this.finished || this.endReason) return;
    this.endReason = reason;
    this.requestEnd(this);
  }

  /** Resolves as ended by the runner (worker killed, or interrupted). */
  settle(reason: EndReason, fromWorker?: RunResult): void {
    if (this.finished) return;
    this.handlers.onOutput({ stream: 'stderr', text: endNotice(reason, this.timeoutMs) });
    this.finish({
      status: reason,
      durationMs:
        fromWorker?.durationMs ?? (this.startedAt === undefined ? 0 : Math.round(performance.now() - this.startedAt)),
      runtimeLabel: fromWorker?.runtimeLabel ?? this.label(),
    });
  }

  /** Ends a run that failed for a reason outside the program (worker crashed). */
  fail(text: string): void {
    if (this.finished) return;
    this.handlers.onOutput({ stream: 'stderr', text });
    this.finish({ status: 'error', durationMs: 0, runtimeLabel: this.label() });
  }

  private finish(result: RunResult): void {
    this.finished = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.resolve(result);
  }
}

/** One warm spare worker; every run takes a fresh one, which is discarded afterwards and replaced. */
class TypeScriptRunner implements Runner {
  readonly language = 'typescript' as const;
  private spare: WorkerLike | undefined;
  private spareReady: Promise<void> | undefined;
  private label = 'TypeScript';
  private readonly active = new Set<RunTracker>();

  constructor(private readonly options: CreateRunnerOptions) {}

  preload(): Promise<void> {
    this.ensureSpare();
    return this.spareReady ?? Promise.resolve();
  }

  private ensureSpare(): void {
    if (this.spare) return;
    const worker = (this.options.createWorker ?? defaultWorkerFactory)('typescript');
    this.spare = worker;
    this.spareReady = new Promise((resolve) => {
      worker.addEventListener('message', (event) => {
        if (event.data.type === 'ready') {
          this.label = event.data.runtimeLabel;
          resolve();
        }
      });
      worker.addEventListener('error', () => resolve());
    });
  }

  run(code: string, handlers: RunHandlers, options: ClientRunOptions = {}): Promise<RunResult> {
    this.ensureSpare();
    const worker = this.spare as WorkerLike;
    this.spare = undefined;

    const tracker = new RunTracker(
      handlers,
      options,
      () => this.label,
      (t) => {
        worker.terminate(); // the only way to stop a synchronous loop
        t.settle(t.endReason ?? 'stopped');
      },
    );
    this.active.add(tracker);
    const grace = this.options.timeoutGraceMs ?? 250;
    worker.addEventListener('message', (event) => {
      if (tracker.handle(event.data, grace)) worker.terminate();
    });
    worker.addEventListener('error', (event) => {
      tracker.fail(`The TypeScript runner failed: ${event.message ?? 'unknown error'}\n`);
      worker.terminate();
    });
    if (!tracker.isFinished) {
      worker.postMessage({ type: 'run', id: tracker.id, code, options: tracker.workerOptions() });
    }
    return tracker.done.finally(() => {
      this.active.delete(tracker);
      worker.terminate();
      // The next run's worker starts once this run is over: starting it alongside the run would
      // compete with the run for the processor.
      this.ensureSpare();
    });
  }

  stop(): void {
    for (const tracker of this.active) tracker.end('stopped');
  }
}

/** One worker holding Pyodide per runtime; runs wait their turn. */
class PythonRunner implements Runner {
  readonly language = 'python' as const;
  private worker: WorkerLike | undefined;
  private ready: Promise<void> | undefined;
  private interrupt: Int32Array | undefined;
  private label: string;
  private current: RunTracker | undefined;
  private readonly queue: RunTracker[] = [];
  private readonly starters = new Map<RunTracker, () => void>();

  constructor(private readonly options: CreateRunnerOptions) {
    this.label = `Python ${options.runtime ?? CURRENT_EDITION.python} (Pyodide)`;
  }

  private indexURL(): string {
    const runtime = this.options.runtime ?? CURRENT_EDITION.python;
    const url = this.options.indexURL ?? `${this.options.baseUrl ?? '/'}runtimes/${runtimeFolder(runtime)}/`;
    // Absolute, so the worker's dynamic import resolves it against the page, not the worker.
    const base = (globalThis as { location?: { href: string } }).location?.href;
    return base ? new URL(url, base).href : url;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = (this.options.createWorker ?? defaultWorkerFactory)('python');
    this.worker = worker;
    const useInterrupt =
      this.options.useInterruptBuffer ??
      ((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true &&
        typeof SharedArrayBuffer === 'function');
    const shared = useInterrupt ? new SharedArrayBuffer(4) : undefined;
    this.interrupt = shared ? new Int32Array(shared) : undefined;
    worker.postMessage({ type: 'init', id: 0, indexURL: this.indexURL(), interruptBuffer: shared });

    let markReady!: () => void;
    let markFailed!: (e: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    this.ready.catch(() => undefined);
    worker.addEventListener('message', (event) => {
      if (worker !== this.worker) return;
      const message = event.data;
      if (message.type === 'ready') {
        this.label = message.runtimeLabel;
        markReady();
      } else if (message.type === 'failed') {
        markFailed(new Error(message.message));
        this.discardWorker(); // the next attempt starts from scratch
      }
      const current = this.current;
      if (current && current.handle(message, this.options.timeoutGraceMs ?? 0)) this.next();
    });
    worker.addEventListener('error', (event) => {
      if (worker !== this.worker) return;
      const message = `The Python runtime failed: ${event.message ?? 'unknown error'}`;
      markFailed(new Error(message));
      this.discardWorker();
      this.current?.fail(`${message}\n`);
      this.next();
    });
    return worker;
  }

  private discardWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
    this.interrupt = undefined;
  }

  async preload(handlers?: Pick<RunHandlers, 'onStatus'>): Promise<void> {
    const fresh = !this.worker;
    const worker = this.ensureWorker();
    if (fresh) {
      const id = nextRunId++;
      worker.addEventListener('message', (event) => {
        if (event.data.type === 'status' && event.data.id === id) handlers?.onStatus?.(event.data.message);
      });
      worker.postMessage({ type: 'preload', id });
    }
    return this.ready;
  }

  run(code: string, handlers: RunHandlers, options: ClientRunOptions = {}): Promise<RunResult> {
    const tracker = new RunTracker(
      handlers,
      options,
      () => this.label,
      (t) => this.endEarly(t),
    );
    this.starters.set(tracker, () => {
      this.ensureWorker().postMessage({ type: 'run', id: tracker.id, code, options: tracker.workerOptions() });
    });
    this.queue.push(tracker);
    if (!this.current) this.next();
    return tracker.done;
  }

  private next(): void {
    if (this.current && !this.current.isFinished) return;
    this.current = undefined;
    while (this.queue.length) {
      const tracker = this.queue.shift() as RunTracker;
      const start = this.starters.get(tracker);
      this.starters.delete(tracker);
      if (tracker.isFinished || !start) continue;
      this.current = tracker;
      start();
      void tracker.done.then(() => {
        if (this.current === tracker) this.next();
      });
      return;
    }
  }

  private endEarly(tracker: RunTracker): void {
    const reason = tracker.endReason ?? 'stopped';
    if (tracker !== this.current) {
      // Still queued: it never runs.
      tracker.settle(reason);
      return;
    }
    const interrupt = this.interrupt;
    if (interrupt) {
      // KeyboardInterrupt inside Python; the worker and its loaded runtime survive.
      Atomics.store(interrupt, 0, 2);
      Atomics.notify(interrupt, 0);
      const worker = this.worker;
      setTimeout(() => {
        if (!tracker.isFinished && this.worker === worker) {
          this.discardWorker();
          tracker.settle(reason);
          this.next();
        }
      }, this.options.interruptGraceMs ?? 1000);
      return;
    }
    this.discardWorker();
    tracker.settle(reason);
    this.next();
  }

  stop(): void {
    for (const tracker of [...this.queue]) tracker.end('stopped');
    this.current?.end('stopped');
  }
}
