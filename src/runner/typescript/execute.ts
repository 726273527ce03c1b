// Runs a reader's TypeScript program in the current realm (a Web Worker, or Node for tests).
import { inspect } from './inspect';
import { OutputLimiter, outputLimits } from '../output';
import { NETWORK, networkStub } from '../sandbox';
import {
  DEFAULT_TIMEOUT_MS,
  endNotice,
  type ErrorLocation,
  type RunHandlers,
  type RunOptions,
  type RunResult,
  type RunStatus,
} from '../types';
import { createConsole } from './console';
import { createProgramPromise, trackPromises } from './promises';
import { takeOverGlobals, type RealmGlobals } from './realmGlobals';
import {
  AsyncFunction,
  bodyLineOffset,
  currentUserLine,
  FILE_NAME,
  firstUserFrame,
  rewriteErrorStacks,
  rewriteStack,
  type AsyncFn,
  type ColumnMapper,
} from './stack';
import { createProgramTimers } from './timers';
import { createVirtualClock, virtualTimeGlobals } from './virtualTime';
import { SUCRASE_VERSION, TRANSPILED_LINE_OFFSET, transpile } from './transpile';

export type RejectionListener = (reason: unknown) => void;

export interface TypeScriptRunOptions extends RunOptions {
  /** How this host reports unhandled promise rejections; returns an unsubscribe function. */
  subscribeUnhandledRejections?: (listener: RejectionListener) => () => void;
  /** Called synchronously as the run ends, so a worker can report an output-limit stop even
   * while the program is still stuck in a synchronous loop. */
  onFinished?: (result: RunResult) => void;
  /** Needed when `timeline` is set: the timeline module (loaded by the host, dynamically). */
  timelineModule?: TimelineModule;
  /**
   * Which of the realm's globals are the program's during the run, for code that reaches them
   * through the global object (`globalThis.console`, `new Function(...)`, indirect eval).
   * 'console' (the default) suits a realm the host shares (the Node tests); a worker, whose realm
   * is the program's alone, passes 'all' to hand over the timers and queueMicrotask too.
   */
  realmGlobals?: RealmGlobals;
}

export type TimelineModule = typeof import('../timeline/typescript');

function engineName(): string {
  const g = globalThis as { process?: { versions?: { node?: string } }; navigator?: { userAgent?: string } };
  if (g.process?.versions?.node) return `V8 (Node.js ${g.process.versions.node})`;
  const ua = g.navigator?.userAgent ?? '';
  if (/Firefox\//.test(ua)) return 'SpiderMonkey';
  if (/Chrom(e|ium)\/|Edg\//.test(ua)) return 'V8';
  if (/Safari\//.test(ua)) return 'JavaScriptCore';
  return 'JavaScript';
}

export const TYPESCRIPT_RUNTIME_LABEL = `TypeScript (sucrase ${SUCRASE_VERSION}) on ${engineName()}`;

/** Transpiles and runs `code`; resolves when the program and everything it scheduled is done. */
export async function runTypeScript(
  code: string,
  handlers: RunHandlers,
  options: TypeScriptRunOptions = {},
): Promise<RunResult> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const runtimeLabel = TYPESCRIPT_RUNTIME_LABEL;
  const result = (status: RunStatus, errorLocation?: ErrorLocation): RunResult => ({
    status,
    durationMs: Math.round(performance.now() - started),
    runtimeLabel,
    ...(errorLocation ? { errorLocation } : {}),
  });

  const transpiled = transpile(code);
  if (!transpiled.ok) {
    const { line, column, message } = transpiled.error;
    const source = code.split('\n')[line - 1] ?? '';
    const caret = column ? `${' '.repeat(Math.max(0, column - 1))}^\n` : '';
    handlers.onOutput({
      stream: 'stderr',
      text: `${FILE_NAME}:${line}${column ? `:${column}` : ''}\n${source}\n${caret}\n${message}\n`,
    });
    return result('error', transpiled.error);
  }

  bodyLineOffset();

  // Timeline recording: instrument the transpiled code (the host loads the timeline module, with
  // acorn, only for recorded runs and passes it in).
  let runCode = transpiled.code;
  let recorder: import('../timeline/typescript').TypeScriptTimelineRecorder | undefined;
  let mapColumn: ColumnMapper | undefined;
  let timelineUnavailable: string | undefined;
  let recorderName = '';
  const clock = options.virtualTime ? createVirtualClock() : undefined;
  if (options.timeline) {
    const timeline = options.timelineModule;
    const instrumented = timeline?.instrument(transpiled.code, TRANSPILED_LINE_OFFSET);
    if (timeline && instrumented) {
      recorder = new timeline.TypeScriptTimelineRecorder({
        maxEvents: options.timelineMaxEvents,
        ...(clock ? { now: clock.peek } : {}),
      });
      recorderName = timeline.RECORDER_PARAM;
      runCode = `${instrumented.code}\n;${recorderName}.mainEnd();`;
      mapColumn = (line, column) => instrumented.mapColumn(line + TRANSPILED_LINE_OFFSET, column);
    } else {
      timelineUnavailable = 'The timeline could not follow this program (its code could not be instrumented).';
    }
  }
  const host = {
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
    queueMicrotask: globalThis.queueMicrotask.bind(globalThis),
  };

  let finished = false;
  let settle!: (r: RunResult) => void;
  const done = new Promise<RunResult>((resolve) => (settle = resolve));

  const limiter = new OutputLimiter(outputLimits(options), (chunk) => handlers.onOutput(chunk));
  const write = (stream: 'stdout' | 'stderr', text: string): void => {
    if (finished) return;
    recorder?.print(stream, text, currentUserLine());
    if (!limiter.write(stream, text)) {
      handlers.onOutput({ stream: 'stderr', text: limiter.notice });
      finish('output-limit');
    }
  };

  let mainSettled = false;
  let checkScheduled = false;
  const deadline: { timer?: ReturnType<typeof setTimeout> } = {};
  let unsubscribe: (() => void) | undefined;

  function finish(status: RunStatus, errorLocation?: ErrorLocation): void {
    if (finished) return;
    finished = true;
    timers.clearAll();
    if (deadline.timer !== undefined) host.clearTimeout(deadline.timer);
    unsubscribe?.();
    untrackPromises();
    restoreGlobals();
    const r: RunResult = result(status, errorLocation);
    if (recorder) r.timeline = { ...recorder.finish(), ...(clock ? { virtualTime: true } : {}) };
    if (timelineUnavailable) r.timelineUnavailable = timelineUnavailable;
    options.onFinished?.(r);
    settle(r);
  }

  function reportUncaught(error: unknown): void {
    rewriteErrorStacks(error, undefined, mapColumn);
    let text: string;
    try {
      text = inspect(error);
    } catch {
      text = String(error);
    }
    write('stderr', `Uncaught ${text}\n`);
    let location: ErrorLocation | undefined;
    if (error instanceof Error) {
      const frame = typeof error.stack === 'string' ? firstUserFrame(error.stack) : undefined;
      if (frame) location = { ...frame, message: `${error.name}: ${error.message}` };
    }
    finish('error', location);
  }

  // The run is over once the main body settled, no timer is pending and, one macrotask later
  // (microtasks drained, unhandled rejections reported), that is still so.
  function scheduleCheck(): void {
    if (checkScheduled || finished) return;
    checkScheduled = true;
    host.setTimeout(() => {
      host.setTimeout(() => {
        checkScheduled = false;
        if (finished || timers.pending > 0) return;
        if (mainSettled) finish('ok');
        else {
          write(
            'stderr',
            'Error: the top-level code is awaiting a promise that nothing can settle any more ' +
              '(no timers are pending), so the program cannot finish.\n',
          );
          finish('error');
        }
      }, 0);
    }, 0);
  }

  const guard = (fn: (...a: unknown[]) => unknown, args: unknown[]) => (): void => {
    if (finished) return;
    try {
      fn(...args);
    } catch (e) {
      reportUncaught(e);
    }
  };

  const timers = createProgramTimers({
    host,
    isFinished: () => finished,
    guard,
    changed: scheduleCheck,
    ...(recorder ? { recorder } : {}),
    ...(clock ? { clock } : {}),
  });

  const programConsole = createConsole({
    write,
    now: clock ? clock.now : () => performance.now(),
    prepareError: (e) => rewriteErrorStacks(e, undefined, mapColumn),
    traceStack: () => {
      const stack = rewriteStack(String(new Error().stack), undefined, mapColumn);
      const i = stack.indexOf('\n');
      return i === -1 ? '' : stack.slice(i);
    },
  });

  const moduleExports = {};
  // Names the program sees instead of the host's. Node-only globals are hidden so that a
  // program behaves the same in the browser worker and in the Node test harness.
  // The program's console and timers: its own names for them, and the realm's globals too (below).
  const programGlobals = {
    console: programConsole,
    setTimeout: timers.setTimeout,
    setInterval: timers.setInterval,
    clearTimeout: timers.clearTimer,
    clearInterval: timers.clearTimer,
    queueMicrotask: timers.queueMicrotask,
  };
  const scope: Record<string, unknown> = {
    ...programGlobals,
    Promise: createProgramPromise(),
    require: (name: unknown) => {
      throw new Error(`Cannot import '${String(name)}': modules are not available in the examples' sandbox.`);
    },
    exports: moduleExports,
    module: { exports: moduleExports },
    ...(clock ? virtualTimeGlobals(clock, (fn, ms) => timers.setTimeout(fn, ms)) : {}),
    ...Object.fromEntries(NETWORK.map((name) => [name, networkStub(name)])),
    process: undefined,
    Buffer: undefined,
    global: undefined,
    setImmediate: undefined,
    clearImmediate: undefined,
    __filename: undefined,
    __dirname: undefined,
  };

  let body: AsyncFn;
  try {
    body = new AsyncFunction(...Object.keys(scope), `${transpiled.code}\n//# sourceURL=${FILE_NAME}`);
    if (recorder) {
      // The plain body compiled (so it is valid); the instrumented one runs, with the recorder.
      scope[recorderName] = recorder;
      body = new AsyncFunction(...Object.keys(scope), `${runCode}\n//# sourceURL=${FILE_NAME}`);
    }
  } catch (e) {
    // Code sucrase accepted but the engine rejects (e.g. `await` in a non-async function).
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    handlers.onOutput({ stream: 'stderr', text: `${message}\n` });
    return result('error', { line: 1, message });
  }

  const untrackPromises = trackPromises();
  const restoreGlobals = takeOverGlobals(options.realmGlobals ?? 'console', programGlobals);
  if (options.subscribeUnhandledRejections) {
    unsubscribe = options.subscribeUnhandledRejections((reason) => {
      if (!finished) reportUncaught(reason);
    });
  }
  deadline.timer = host.setTimeout(() => {
    if (finished) return;
    handlers.onOutput({ stream: 'stderr', text: endNotice('timeout', timeoutMs) });
    finish('timeout');
  }, timeoutMs);

  let running: Promise<unknown>;
  try {
    running = body.call(undefined, ...Object.values(scope));
  } catch (e) {
    running = Promise.reject(e);
  }
  running.then(
    () => {
      mainSettled = true;
      recorder?.mainEnd();
      scheduleCheck();
    },
    (e: unknown) => {
      mainSettled = true;
      recorder?.mainRaised(e);
      if (!finished) reportUncaught(e);
    },
  );
  scheduleCheck(); // notices a top-level await that nothing can ever settle
  return done;
}
