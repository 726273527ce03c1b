// Messages between the page (client.ts) and the runner workers. `id` is the run id (0 when the
// message concerns the worker rather than a run).
import type { OutputChunk, RunOptions, RunResult } from './types';

export type ToWorker =
  /** Python only: where Pyodide is served, and the buffer the page writes SIGINT into. */
  | { type: 'init'; id: 0; indexURL: string; interruptBuffer?: SharedArrayBuffer }
  /** Python only: load the runtime now, before the first run. */
  | { type: 'preload'; id: number }
  | { type: 'run'; id: number; code: string; options: RunOptions };

export type FromWorker =
  /** The worker's modules are loaded (TypeScript) or the runtime is (Python). */
  | { type: 'ready'; id: number; runtimeLabel: string }
  | { type: 'status'; id: number; message: string }
  /** The run's program starts now (after any loading): time limits count from here. */
  | { type: 'started'; id: number }
  | { type: 'output'; id: number; chunk: OutputChunk }
  | { type: 'result'; id: number; result: RunResult }
  /** The runtime could not be loaded; every run waiting for it fails with this message. */
  | { type: 'failed'; id: number; message: string };

/** What a worker core needs from its global scope (a DedicatedWorkerGlobalScope, or a fake). */
export interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
  addEventListener(
    type: 'unhandledrejection',
    listener: (event: { reason: unknown; preventDefault(): void }) => void,
  ): void;
  removeEventListener(type: 'unhandledrejection', listener: (event: never) => void): void;
}
