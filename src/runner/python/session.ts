// Runs readers' programs one after another on one loaded Pyodide, through the shared driver.
import { OutputLimiter, outputLimits } from '../output';
import {
  type ErrorLocation,
  type OutputChunk,
  type RunHandlers,
  type RunOptions,
  type RunResult,
  type RunStatus,
} from '../types';
import { decodeCompactTimeline, MAX_TIMELINE_EVENTS, type TimelineData } from '../timeline/model';
import { RUNNER_MODULES, RUNNER_MODULES_DIR } from './modules';

/** The part of Pyodide's API this module uses (the same in Pyodide 0.27 and 314). */
export interface PyodideLike {
  version: string;
  setStdout(options: { write(buffer: Uint8Array): number; isatty?: boolean }): void;
  setStderr(options: { write(buffer: Uint8Array): number; isatty?: boolean }): void;
  setStdin(options: { error?: boolean }): void;
  setInterruptBuffer(buffer: Int32Array): void;
  pyimport(name: string): any; // eslint-disable-line @typescript-eslint/no-explicit-any
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
}

export interface PythonSessionOptions {
  /** An Int32Array over a SharedArrayBuffer that another thread writes 2 (SIGINT) into to stop a
   * run. Without one, a run can only be stopped by terminating the worker. */
  interruptBuffer?: Int32Array;
}

export interface PythonSession {
  /** e.g. "3.14.2" */
  readonly pythonVersion: string;
  /** e.g. "Python 3.14.2 (Pyodide 314.0.7)" */
  readonly runtimeLabel: string;
  run(code: string, handlers: RunHandlers, options?: RunOptions): Promise<RunResult>;
}

const SIGINT = 2;

export function createPythonSession(pyodide: PyodideLike, sessionOptions: PythonSessionOptions = {}): PythonSession {
  const interrupt = sessionOptions.interruptBuffer ?? new Int32Array(new ArrayBuffer(4));
  pyodide.setInterruptBuffer(interrupt);
  pyodide.setStdin({ error: true });

  // Output goes to whichever run is active; raw bytes so partial lines (print(end="")) pass.
  let sink: ((stream: OutputChunk['stream'], bytes: Uint8Array) => void) | undefined;
  const writer = (stream: OutputChunk['stream']) => ({
    write(buffer: Uint8Array): number {
      sink?.(stream, buffer);
      return buffer.length;
    },
    isatty: false,
  });
  pyodide.setStdout(writer('stdout'));
  pyodide.setStderr(writer('stderr'));

  pyodide.FS.mkdirTree(RUNNER_MODULES_DIR);
  for (const [name, source] of Object.entries(RUNNER_MODULES)) {
    pyodide.FS.writeFile(`${RUNNER_MODULES_DIR}/${name}.py`, source);
  }
  pyodide.pyimport('sys').path.insert(0, RUNNER_MODULES_DIR);
  type PyResultProxy = { toJs(): unknown[]; destroy(): void };
  const driver = pyodide.pyimport('examples_driver') as {
    run(code: string, tracer: undefined, virtualTime: boolean): PyResultProxy;
    PYTHON_VERSION: string;
  };
  const pythonVersion = driver.PYTHON_VERSION;
  const runtimeLabel = `Python ${pythonVersion} (Pyodide ${pyodide.version})`;

  // The timeline recorder is imported on the first recorded run.
  let runRecorded: ((code: string, maxEvents: number, virtualTime: boolean) => PyResultProxy) | null | undefined;
  const recorder = (): typeof runRecorded => {
    if (runRecorded === undefined) {
      const timeline = pyodide.pyimport('examples_timeline') as {
        timeline_available(): boolean;
        run_recorded: NonNullable<typeof runRecorded>;
      };
      runRecorded = timeline.timeline_available() ? timeline.run_recorded : null;
    }
    return runRecorded;
  };

  let queue: Promise<unknown> = Promise.resolve();

  function runNow(code: string, handlers: RunHandlers, options: RunOptions): RunResult {
    const limiter = new OutputLimiter(outputLimits(options), (chunk) => handlers.onOutput(chunk));
    const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
    sink = (stream, bytes) => {
      if (limiter.limitReached) return;
      const text = decoders[stream].decode(bytes, { stream: true });
      if (!limiter.write(stream, text)) {
        handlers.onOutput({ stream: 'stderr', text: limiter.notice });
        Atomics.store(interrupt, 0, SIGINT); // ends the program with KeyboardInterrupt
      }
    };
    Atomics.store(interrupt, 0, 0);
    const started = performance.now();
    let outcome: unknown[] = [1, null, null, null];
    let timeline: TimelineData | undefined;
    let timelineUnavailable: string | undefined;
    try {
      const record = options.timeline ? recorder() : undefined;
      if (options.timeline && !record) {
        timelineUnavailable = `The timeline needs Python 3.12 or newer (sys.monitoring); this is Python ${pythonVersion}.`;
      }
      if (record) {
        const proxy = record(code, options.timelineMaxEvents ?? MAX_TIMELINE_EVENTS, options.virtualTime ?? false);
        const [result, json] = proxy.toJs() as [unknown[], string];
        proxy.destroy();
        outcome = result;
        timeline = decodeCompactTimeline(json, 'python');
        if (options.virtualTime) timeline.virtualTime = true;
      } else {
        const proxy = driver.run(code, undefined, options.virtualTime ?? false);
        outcome = proxy.toJs();
        proxy.destroy();
      }
    } catch (e) {
      // Only the driver itself failing lands here; report it rather than lose it.
      limiter.write('stderr', `Internal error in the Python runner: ${String(e)}\n`);
    } finally {
      for (const stream of ['stdout', 'stderr'] as const) {
        const rest = decoders[stream].decode();
        if (rest) limiter.write(stream, rest);
      }
      sink = undefined;
      Atomics.store(interrupt, 0, 0);
    }
    const durationMs = Math.round(performance.now() - started);
    const [exitStatus, line, column, message] = outcome as [number, number | null, number | null, string | null];
    let status: RunStatus = exitStatus === 0 ? 'ok' : 'error';
    if (limiter.limitReached) status = 'output-limit';
    let errorLocation: ErrorLocation | undefined;
    if (status === 'error' && typeof line === 'number') {
      errorLocation = { line, message: message ?? 'Error' };
      if (typeof column === 'number') errorLocation.column = column;
    }
    return {
      status,
      durationMs,
      runtimeLabel,
      ...(errorLocation ? { errorLocation } : {}),
      ...(timeline ? { timeline } : {}),
      ...(timelineUnavailable ? { timelineUnavailable } : {}),
    };
  }

  return {
    pythonVersion,
    runtimeLabel,
    run(code, handlers, options = {}) {
      // Runs are synchronous inside Pyodide; chaining keeps them one at a time regardless.
      const next = queue.then(() => runNow(code, handlers, options));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
