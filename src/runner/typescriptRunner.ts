// Runs TypeScript programs, each in a fresh worker (the only way to end a synchronous loop is to
// terminate its worker).
import type { ClientRunOptions, CreateRunnerOptions, Runner, WorkerFactory, WorkerLike } from './client';
import { RunTracker } from './runTracker';
import type { RunHandlers, RunResult } from './types';

/** One warm spare worker; every run takes a fresh one, which is discarded afterwards and replaced. */
export class TypeScriptRunner implements Runner {
  readonly language = 'typescript' as const;
  private spare: WorkerLike | undefined;
  private spareReady: Promise<void> | undefined;
  private label = 'TypeScript';
  private readonly active = new Set<RunTracker>();

  constructor(
    private readonly options: CreateRunnerOptions,
    private readonly createWorker: WorkerFactory,
  ) {}

  preload(): Promise<void> {
    this.ensureSpare();
    return this.spareReady ?? Promise.resolve();
  }

  private ensureSpare(): void {
    if (this.spare) return;
    const worker = this.createWorker('typescript');
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
