// Virtual time for a TypeScript run (RunOptions.virtualTime): the program's timers fire in the
// order and at the clock readings they would on an idle machine, without the waits. The clock
// reads the real time plus every wait skipped so far, so work the program does itself (a busy
// loop) still takes its real time.

export interface VirtualClock {
  /** Milliseconds, as performance.now() would read them on virtual time. */
  now(): number;
  /** Skips the wait until `due` (a reading of now()), if it has not come yet. */
  advanceTo(due: number): void;
}

export function createVirtualClock(realNow: () => number = () => performance.now()): VirtualClock {
  let skipped = 0;
  return {
    now: () => realNow() + skipped,
    advanceTo(due) {
      const now = realNow() + skipped;
      if (due > now) skipped += due - now;
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
  const epochOffset = RealDate.now() - clock.now();
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
