// Runs a reader's TypeScript program in the current realm (a Web Worker, or Node for tests).
import { inspect } from './inspect';
import { OutputLimiter, outputLimits } from '../output';
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
import { SUCRASE_VERSION, TRANSPILED_LINE_OFFSET, transpile } from './transpile';
import WARM_UP_PROGRAM from './warmUpProgram.mts?raw';

export const FILE_NAME = 'main.ts';

export type RejectionListener = (reason: unknown) => void;

/** (editor line, 1-based column in the code that ran) → column in the plain transpiled code. */
export type ColumnMapper = (line: number, column: number) => number;

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

type AsyncFn = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => AsyncFn;

const NETWORK_MESSAGE = "Network access is not available in the examples' sandbox";

// Lines the engine puts before the body of `new AsyncFunction(...)`, measured once (V8: 2)
// rather than assumed, because engines differ; plus transpile()'s extra first line.
let headerLines: number | undefined;
function bodyLineOffset(): number {
  if (headerLines === undefined) {
    headerLines = 2;
    try {
      const probe = new AsyncFunction('report', 'report(new Error("probe"));\n//# sourceURL=probe.ts');
      // The body runs synchronously up to its first await, so `report` is called right away.
      void probe((e: Error) => {
        const m = /probe\.ts:(\d+)/.exec(String(e.stack));
        if (m) headerLines = Number(m[1]) - 1;
      });
    } catch {
      // keep the V8 value
    }
  }
  return headerLines + TRANSPILED_LINE_OFFSET;
}

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

/** Maps engine stack frames to the reader's line numbers and drops the runner's own frames. */
export function rewriteStack(
  stack: string,
  offset = bodyLineOffset(),
  /** For instrumented (timeline) runs: the plain code's column for a column of the run code. */
  mapColumn?: ColumnMapper,
): string {
  const lines = stack.split('\n');
  // Everything below the reader's outermost frame is the runner or the host calling it.
  let last = lines.length - 1;
  while (last >= 0 && !lines[last]?.includes(`${FILE_NAME}:`)) last--;
  if (last >= 0) lines.length = last + 1;
  const outLines: string[] = [];
  for (const line of lines) {
    const isFrame = /^\s+at /.test(line) || /^[^\s]*@/.test(line);
    if (!isFrame) {
      outLines.push(line);
      continue;
    }
    if (line.includes(`${FILE_NAME}:`)) {
      outLines.push(
        line
          .replace(/main\.ts:(\d+)(?::(\d+))?/g, (_, n: string, c?: string) => {
            const line = Number(n) - offset;
            const column = c === undefined ? '' : `:${mapColumn ? mapColumn(line, Number(c)) : c}`;
            return `${FILE_NAME}:${line}${column}`;
          })
          // V8 names the top-level body "eval"; Node names module top level by its file only.
          .replace(/^(\s+at (?:async )?)(?:eval|anonymous) \((main\.ts:\d+:\d+)\)$/, '$1$2'),
      );
    } else if (!/:\d+:\d+\)?$/.test(line) && !/^\s+at (?:async )?eval$/.test(line)) {
      outLines.push(line); // engine-internal frames such as `at Array.map (<anonymous>)`
    }
  }
  return outLines.join('\n');
}

function firstUserFrame(stack: string): { line: number; column?: number } | undefined {
  const m = /main\.ts:(\d+)(?::(\d+))?/.exec(stack);
  return m ? { line: Number(m[1]), column: m[2] ? Number(m[2]) : undefined } : undefined;
}

// Errors whose stack was already rewritten (rewriting twice would shift lines twice).
const rewritten = new WeakSet<object>();

/** Rewrites, in place, the stacks of an error, its cause and its aggregated errors. */
export function rewriteErrorStacks(value: unknown, seen = new Set<unknown>(), mapColumn?: ColumnMapper): void {
  if (!(value instanceof Error) || seen.has(value)) return;
  seen.add(value);
  if (!rewritten.has(value)) {
    rewritten.add(value);
    try {
      if (typeof value.stack === 'string') value.stack = rewriteStack(value.stack, undefined, mapColumn);
    } catch {
      // frozen or exotic error: print it as it is
    }
  }
  rewriteErrorStacks((value as { cause?: unknown }).cause, seen, mapColumn);
  if (value instanceof AggregateError) for (const e of value.errors) rewriteErrorStacks(e, seen, mapColumn);
}

/** The reader's line (1-based) that is running now, from the engine's stack; null if unknown. */
function currentUserLine(): number | null {
  const m = /main\.ts:(\d+)/.exec(String(new Error().stack));
  return m ? Number(m[1]) - bodyLineOffset() : null;
}

function blocked(name: string): never {
  throw new Error(`${NETWORK_MESSAGE} (${name}).`);
}

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
  if (options.timeline) {
    const timeline = options.timelineModule;
    const instrumented = timeline?.instrument(transpiled.code, TRANSPILED_LINE_OFFSET);
    if (timeline && instrumented) {
      recorder = new timeline.TypeScriptTimelineRecorder({ maxEvents: options.timelineMaxEvents });
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

  // Timers the program created, by the numeric id it was given (the same in browser and Node).
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let nextTimerId = 1;
  let mainSettled = false;
  let checkScheduled = false;
  const deadline: { timer?: ReturnType<typeof setTimeout> } = {};
  let unsubscribe: (() => void) | undefined;

  function finish(status: RunStatus, errorLocation?: ErrorLocation): void {
    if (finished) return;
    finished = true;
    for (const handle of timers.values()) host.clearTimeout(handle);
    timers.clear();
    if (deadline.timer !== undefined) host.clearTimeout(deadline.timer);
    unsubscribe?.();
    untrackPromises();
    restoreGlobals();
    const r: RunResult = result(status, errorLocation);
    if (recorder) r.timeline = recorder.finish();
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
        if (finished || timers.size > 0) return;
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

  const checkCallback = (fn: unknown): ((...a: unknown[]) => unknown) => {
    if (typeof fn !== 'function') {
      throw new TypeError(`The "callback" argument must be of type function. Received ${inspect(fn)}`);
    }
    return fn as (...a: unknown[]) => unknown;
  };
  // Node's rule (also used in browsers here, for identical ordering): delays below 1 ms or not a
  // number become 1 ms.
  const delayOf = (ms: unknown): number => {
    const n = Number(ms);
    return n >= 1 && n <= 2_147_483_647 ? n : 1;
  };

  const programSetTimeout = (fn: unknown, ms?: unknown, ...args: unknown[]): number => {
    const cb = checkCallback(fn);
    const id = nextTimerId++;
    if (finished) return id;
    const call = guard(cb, args);
    const delay = delayOf(ms);
    const line = recorder ? currentUserLine() : null;
    timers.set(
      id,
      host.setTimeout(() => {
        timers.delete(id);
        recorder?.timer(`setTimeout(…, ${delay}) firing`, line);
        call();
        scheduleCheck();
      }, delay),
    );
    return id;
  };
  const programSetInterval = (fn: unknown, ms?: unknown, ...args: unknown[]): number => {
    const cb = checkCallback(fn);
    const id = nextTimerId++;
    if (finished) return id;
    const call = guard(cb, args);
    const delay = delayOf(ms);
    const line = recorder ? currentUserLine() : null;
    const tick = (): void => {
      // Re-arm before the callback so clearInterval inside it wins.
      timers.set(id, host.setTimeout(tick, delay));
      recorder?.timer(`setInterval(…, ${delay}) firing`, line);
      call();
      scheduleCheck();
    };
    timers.set(id, host.setTimeout(tick, delay));
    return id;
  };
  const programClearTimer = (id: unknown): void => {
    const handle = timers.get(id as number);
    if (handle === undefined) return;
    host.clearTimeout(handle);
    timers.delete(id as number);
    scheduleCheck();
  };
  const programQueueMicrotask = (fn: unknown): void => {
    const cb = checkCallback(fn);
    host.queueMicrotask(guard(cb, []));
  };

  const programConsole = createConsole({
    write,
    now: () => performance.now(),
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
    setTimeout: programSetTimeout,
    setInterval: programSetInterval,
    clearTimeout: programClearTimer,
    clearInterval: programClearTimer,
    queueMicrotask: programQueueMicrotask,
  };
  const scope: Record<string, unknown> = {
    ...programGlobals,
    Promise: createProgramPromise(),
    require: (name: unknown) => {
      throw new Error(`Cannot import '${String(name)}': modules are not available in the examples' sandbox.`);
    },
    exports: moduleExports,
    module: { exports: moduleExports },
    fetch: () => Promise.reject(new TypeError(`${NETWORK_MESSAGE} (fetch).`)),
    XMLHttpRequest: function XMLHttpRequest() {
      blocked('XMLHttpRequest');
    },
    WebSocket: function WebSocket() {
      blocked('WebSocket');
    },
    EventSource: function EventSource() {
      blocked('EventSource');
    },
    importScripts: () => blocked('importScripts'),
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

/**
 * Runs a small program through every step of a run (transpile, compile, console formatting,
 * timers), its output discarded, so that the engine has compiled the runner's own code before the
 * reader's first run in this realm. A fresh worker otherwise spends 10–30 ms on a cold transpile;
 * the engine optimises sucrase further with each round (about 30, 6, then 3 ms, then 1 ms for the
 * reader's program). Rounds after the first stop early once `keepGoing` says a run is waiting.
 */
export async function warmUpTypeScript(keepGoing: () => boolean = () => true): Promise<RunResult> {
  let result = await warmUpRound();
  for (let round = 1; round < WARM_UP_ROUNDS && keepGoing(); round++) result = await warmUpRound();
  return result;
}

const WARM_UP_ROUNDS = 3;

function warmUpRound(): Promise<RunResult> {
  return runTypeScript(WARM_UP_PROGRAM, { onOutput: () => undefined }, { timeoutMs: 5_000 });
}
