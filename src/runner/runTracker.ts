// One run as the page sees it: the worker's messages for it, its time limit and how it ends.
import type { ClientRunOptions } from './client';
import { outputLimits } from './output';
import type { FromWorker } from './protocol';
import { DEFAULT_TIMEOUT_MS, endNotice, type RunHandlers, type RunOptions, type RunResult } from './types';

let nextRunId = 1;

/** A new id for a message exchange with a worker (a run, a preload). */
export function newRunId(): number {
  return nextRunId++;
}

export type EndReason = 'timeout' | 'stopped';

/** Follows one run's messages and decides how it ends. */
export class RunTracker {
  readonly id = newRunId();
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
    if (this.options.virtualTime) options.virtualTime = true;
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
