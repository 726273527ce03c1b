// The program's timers and queueMicrotask: real ones underneath, numbered as in Node and the
// browser, guarded (a callback that throws ends the run as an uncaught error) and counted, so
// the run knows when nothing is left to wait for.
import { inspect } from './inspect';
import { currentUserLine } from './stack';
import type { VirtualClock } from './virtualTime';

type Callback = (...args: unknown[]) => unknown;

export interface HostTimers {
  setTimeout(fn: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout>): void;
  queueMicrotask(fn: () => void): void;
}

export interface ProgramTimersOptions {
  host: HostTimers;
  /** True once the run is over: nothing new is scheduled and nothing pending runs. */
  isFinished(): boolean;
  /** Calls a callback of the program, reporting what it throws. */
  guard(fn: Callback, args: unknown[]): () => void;
  /** After a timer fired or was cleared: the run may be over. */
  changed(): void;
  /** The timeline recorder, for recorded runs. */
  recorder?: { timer(detail: string, line: number | null): void };
  /** Virtual time: timers wait for nothing but the microtasks before them, and fire in order of
   * their due time on this clock, which each firing moves on to. */
  clock?: VirtualClock;
}

export interface ProgramTimers {
  setTimeout(fn: unknown, ms?: unknown, ...args: unknown[]): number;
  setInterval(fn: unknown, ms?: unknown, ...args: unknown[]): number;
  clearTimer(id: unknown): void;
  queueMicrotask(fn: unknown): void;
  readonly pending: number;
  clearAll(): void;
}

function checkCallback(fn: unknown): Callback {
  if (typeof fn !== 'function') {
    throw new TypeError(`The "callback" argument must be of type function. Received ${inspect(fn)}`);
  }
  return fn as Callback;
}

// Node's rule (also used in browsers here, for identical ordering): delays below 1 ms or not a
// number become 1 ms.
function delayOf(ms: unknown): number {
  const n = Number(ms);
  return n >= 1 && n <= 2_147_483_647 ? n : 1;
}

export function createProgramTimers({
  host,
  isFinished,
  guard,
  changed,
  recorder,
  clock,
}: ProgramTimersOptions): ProgramTimers {
  // By the numeric id the program was given (the same in browser and Node).
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let nextTimerId = 1;
  const arm = clock ? virtualScheduler(host, clock) : host;

  const start = (kind: 'setTimeout' | 'setInterval', fn: unknown, ms: unknown, args: unknown[]): number => {
    const call = guard(checkCallback(fn), args);
    const id = nextTimerId++;
    if (isFinished()) return id;
    const delay = delayOf(ms);
    const line = recorder ? currentUserLine() : null;
    const fire = (): void => {
      // An interval re-arms before its callback, so clearInterval inside it wins.
      if (kind === 'setInterval') timers.set(id, arm.setTimeout(fire, delay));
      else timers.delete(id);
      recorder?.timer(`${kind}(…, ${delay}) firing`, line);
      call();
      changed();
    };
    timers.set(id, arm.setTimeout(fire, delay));
    return id;
  };

  return {
    setTimeout: (fn, ms, ...args) => start('setTimeout', fn, ms, args),
    setInterval: (fn, ms, ...args) => start('setInterval', fn, ms, args),
    clearTimer(id) {
      const handle = timers.get(id as number);
      if (handle === undefined) return;
      arm.clearTimeout(handle);
      timers.delete(id as number);
      changed();
    },
    queueMicrotask(fn) {
      host.queueMicrotask(guard(checkCallback(fn), []));
    },
    get pending() {
      return timers.size;
    },
    clearAll() {
      for (const handle of timers.values()) arm.clearTimeout(handle);
      timers.clear();
    },
  };
}

type Handle = ReturnType<typeof setTimeout>;

/** setTimeout on virtual time: one host macrotask at a time fires the earliest timer (by due
 * time, then by order of setting), after the microtasks before it have run, as a real one would. */
function virtualScheduler(host: HostTimers, clock: VirtualClock): Pick<HostTimers, 'setTimeout' | 'clearTimeout'> {
  interface Entry {
    due: number;
    order: number;
    fire: () => void;
  }
  const queue = new Map<number, Entry>();
  let order = 0;
  let pumping = false;
  const pump = (): void => {
    pumping = false;
    let next: Entry | undefined;
    let key = -1;
    for (const [k, entry] of queue)
      if (!next || entry.due < next.due || (entry.due === next.due && entry.order < next.order)) {
        next = entry;
        key = k;
      }
    if (!next) return;
    queue.delete(key);
    clock.advanceTo(next.due);
    schedule();
    next.fire();
  };
  const schedule = (): void => {
    if (pumping || queue.size === 0) return;
    pumping = true;
    host.setTimeout(pump, 0);
  };
  return {
    setTimeout(fn, ms) {
      const key = order++;
      queue.set(key, { due: clock.peek() + ms, order: key, fire: fn });
      schedule();
      return key as unknown as Handle;
    },
    clearTimeout(handle) {
      queue.delete(handle as unknown as number);
    },
  };
}
