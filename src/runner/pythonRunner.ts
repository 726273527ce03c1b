// Runs Python programs one after another in one worker that holds Pyodide, and stops them with
// an interrupt where the page can share memory with the worker.
import { CURRENT_EDITION, runtimeFolder } from '../editions';
import type { ClientRunOptions, CreateRunnerOptions, Runner, WorkerFactory, WorkerLike } from './client';
import { newRunId, RunTracker } from './runTracker';
import type { RunHandlers, RunResult } from './types';

/** One worker holding Pyodide per runtime; runs wait their turn. */
export class PythonRunner implements Runner {
  readonly language = 'python' as const;
  private worker: WorkerLike | undefined;
  private ready: Promise<void> | undefined;
  private interrupt: Int32Array | undefined;
  private label: string;
  private current: RunTracker | undefined;
  private readonly queue: RunTracker[] = [];
  private readonly starters = new Map<RunTracker, () => void>();

  constructor(
    private readonly options: CreateRunnerOptions,
    private readonly createWorker: WorkerFactory,
  ) {
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
    const worker = this.createWorker('python');
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
      const id = newRunId();
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
