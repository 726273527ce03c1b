// Virtual time for a TypeScript run (RunOptions.virtualTime): the program's timers fire in the
// order they would, at the clock readings they would have, without the waits. The clock moves
// only when a timer fires (on to its due time) and, by a microsecond, each time the program
// reads it, so that a loop waiting for the clock to pass a moment still ends. The program's own
// work takes no time on it: a run's timing is the same on every machine.

export interface VirtualClock {
  /** A read by the program: milliseconds, as performance.now() reads them; moves on 1 µs. */
  now(): number;
  /** The clock, unmoved (for the timers and the timeline recorder). */
  peek(): number;
  /** Skips the wait until `due` (a reading of peek()), if it has not come yet. */
  advanceTo(due: number): void;
}

const TICK_MS = 0.001;

export function createVirtualClock(origin: number = performance.now()): VirtualClock {
  let elapsed = 0;
  return {
    now: () => origin + (elapsed += TICK_MS),
    peek: () => origin + elapsed,
    advanceTo(due) {
      if (due > origin + elapsed) elapsed = due - origin;
    },
  };
}

/** The program's `performance`, `Date` and `AbortSignal` on virtual time: `performance.now()`,
 * `Date.now()` and `new Date()` read the virtual clock, and `AbortSignal.timeout(ms)` aborts on
 * the program's own (virtual) timers; everything else is the real objects'. */
export function virtualTimeGlobals(
  clock: VirtualClock,
  setTimer: (fn: () => void, ms: number) => unknown,
): { performance: Performance; Date: DateConstructor; AbortSignal: typeof AbortSignal } {
  const realPerformance = globalThis.performance;
  const RealDate = globalThis.Date;
  // The clock's readings are performance.now() ones: Date's epoch milliseconds are offset by this.
  const epochOffset = RealDate.now() - clock.peek();
  const performance = Object.create(realPerformance, {
    now: { value: () => clock.now(), enumerable: true },
  }) as Performance;
  class VirtualDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(epochOffset + clock.now());
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return Math.floor(epochOffset + clock.now());
    }
  }
  // Date() called without new gives a string, as the real one does.
  const DateProxy = new Proxy(VirtualDate, {
    apply: () => new VirtualDate().toString(),
  }) as unknown as DateConstructor;
  const RealAbortSignal = globalThis.AbortSignal;
  const timeout = (ms: number): AbortSignal => {
    const controller = new AbortController();
    // The reason the real one gives: a DOMException named TimeoutError.
    setTimer(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
    return controller.signal;
  };
  const AbortSignalProxy = new Proxy(RealAbortSignal, {
    get: (target, key, receiver) => (key === 'timeout' ? timeout : (Reflect.get(target, key, receiver) as unknown)),
  });
  return { performance, Date: DateProxy, AbortSignal: AbortSignalProxy };
}
