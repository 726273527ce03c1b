// Node prints a promise's state (`Promise { 42 }`, `Promise { <pending> }`) by reading engine
// internals that scripts in a browser cannot reach. This tracks what a script can know: promises
// made by Promise.resolve/reject, and the state of any promise after it was first printed.
const customInspect = Symbol.for('nodejs.util.inspect.custom');

type Known = { fulfilled: true; value: unknown } | { fulfilled: false; reason: unknown };

interface InspectOptions {
  depth?: number | null;
  breakLength?: number;
  stylize?: (text: string, style: string) => string;
}
type Inspect = (value: unknown, options: InspectOptions) => string;

let installed = 0;
let uninstall: (() => void) | undefined;
// What is known of promises' states while tracking is installed.
let known: WeakMap<object, Known> | undefined;

/** Installs the tracking for the duration of a run; returns its removal. */
export function trackPromises(): () => void {
  if (installed++ === 0) uninstall = install();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--installed === 0) uninstall?.();
  };
}

function install(): () => void {
  const states = new WeakMap<object, Known>();
  known = states;
  const P = Promise as unknown as {
    resolve(value?: unknown): Promise<unknown>;
    reject(reason?: unknown): Promise<unknown>;
  };
  const originalResolve = P.resolve;
  const originalReject = P.reject;
  const proto = Promise.prototype as unknown as Record<symbol, unknown>;
  const previous = Object.getOwnPropertyDescriptor(proto, customInspect);

  const isThenable = (v: unknown): boolean =>
    (typeof v === 'object' || typeof v === 'function') &&
    v !== null &&
    typeof (v as { then?: unknown }).then === 'function';

  // Same name and length as the originals, so a program printing them sees no difference.
  const resolve = {
    resolve(this: unknown, value?: unknown) {
      const p = Reflect.apply(originalResolve, this, [value]) as Promise<unknown>;
      if (p !== value && !isThenable(value) && !states.has(p)) states.set(p, { fulfilled: true, value });
      return p;
    },
  }.resolve;
  const reject = {
    reject(this: unknown, reason?: unknown) {
      const p = Reflect.apply(originalReject, this, [reason]) as Promise<unknown>;
      states.set(p, { fulfilled: false, reason });
      return p;
    },
  }.reject;
  Object.defineProperty(Promise, 'resolve', { value: resolve, writable: true, configurable: true });
  Object.defineProperty(Promise, 'reject', { value: reject, writable: true, configurable: true });

  Object.defineProperty(proto, customInspect, {
    configurable: true,
    writable: true,
    enumerable: false,
    value(this: Promise<unknown>, depth: number, options: InspectOptions, inspect: Inspect): string {
      if (depth < 0) return '[Promise]';
      const state = states.get(this);
      if (!state) {
        // From now on its state is known. (Handling it here means an unhandled rejection of a
        // promise that was printed while pending goes unreported.)
        this.then(
          (value) => states.set(this, { fulfilled: true, value }),
          (reason: unknown) => states.set(this, { fulfilled: false, reason }),
        );
      }
      const stylize = options.stylize ?? ((t: string) => t);
      const inner = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
      const body = !state
        ? stylize('<pending>', 'special')
        : state.fulfilled
          ? inspect(state.value, inner)
          : `${stylize('<rejected>', 'special')} ${inspect(state.reason, inner)}`;
      // Node's prefix: a subclass's instance prints as `Deferred [Promise] { … }`.
      const name = (Object.getPrototypeOf(this) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      const prefix = typeof name === 'string' && name !== '' && name !== 'Promise' ? `${name} [Promise]` : 'Promise';
      const single = `${prefix} { ${body} }`;
      if (!body.includes('\n') && single.length <= (options.breakLength ?? 80)) return single;
      return `${prefix} {\n  ${body.replace(/\n/g, '\n  ')}\n}`;
    },
  });

  return () => {
    if (known === states) known = undefined;
    if (Promise.resolve === resolve)
      Object.defineProperty(Promise, 'resolve', { value: originalResolve, writable: true, configurable: true });
    if (Promise.reject === reject)
      Object.defineProperty(Promise, 'reject', { value: originalReject, writable: true, configurable: true });
    if (previous) Object.defineProperty(proto, customInspect, previous);
    else Reflect.deleteProperty(proto, customInspect);
  };
}

/**
 * The `Promise` a program sees: the engine's, except that `new Promise(executor)` notes how the
 * executor settled it, so printing it right away shows `Promise { 42 }` as Node does (resolving
 * with a thenable leaves it pending until it is printed, as for any promise). Its prototype, its
 * static methods and the promises it makes are the engine's own.
 */
export function createProgramPromise(): PromiseConstructor {
  const Native = Promise;
  function note(p: object, state: Known): void {
    if (known && !known.has(p)) known.set(p, state);
  }
  const isThenable = (v: unknown): boolean =>
    (typeof v === 'object' || typeof v === 'function') &&
    v !== null &&
    typeof (v as { then?: unknown }).then === 'function';
  type Executor = (resolve: (value?: unknown) => void, reject: (reason?: unknown) => void) => void;
  const ProgramPromise = function Promise(this: unknown, executor: unknown): object {
    if (new.target === undefined) {
      throw new TypeError("Class constructor Promise cannot be invoked without 'new'");
    }
    if (typeof executor !== 'function') {
      return Reflect.construct(Native, [executor], new.target) as object; // the engine's TypeError
    }
    const made: { promise?: object } = {}; // set once the engine has made it
    let settled = false;
    let early: Known | undefined;
    // The first settlement counts, as for the engine's resolving functions.
    const record = (state: Known | undefined): void => {
      if (settled) return;
      settled = true;
      if (state && made.promise) note(made.promise, state);
      else early = state;
    };
    const tracked: Executor = (resolve, reject) => {
      try {
        (executor as Executor)(
          (value) => {
            record(isThenable(value) ? undefined : { fulfilled: true, value });
            resolve(value);
          },
          (reason) => {
            record({ fulfilled: false, reason });
            reject(reason);
          },
        );
      } catch (e) {
        record({ fulfilled: false, reason: e });
        throw e;
      }
    };
    // new.target is this function for `new Promise(…)`, a subclass for `class P extends Promise`.
    const target: unknown = new.target === (ProgramPromise as unknown) ? Native : new.target;
    const promise = Reflect.construct(Native, [tracked], target as NewableFunction) as object;
    made.promise = promise;
    if (early) note(promise, early);
    return promise;
  } as unknown as PromiseConstructor;
  Object.setPrototypeOf(ProgramPromise, Native); // species, and statics a later engine adds
  Object.defineProperty(ProgramPromise, 'prototype', { value: Native.prototype });
  // The statics run as the engine's own Promise's: `Promise.resolve(p)` hands back a promise whose
  // constructor is `this`, and `race`/`all` look up `this.resolve`. Run with `this` as this
  // function, each would wrap every promise in a new one, two microtask ticks later than Node.
  const statics = Native as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['resolve', 'reject', 'all', 'allSettled', 'any', 'race', 'withResolvers', 'try']) {
    if (typeof statics[name] !== 'function') continue;
    Object.defineProperty(ProgramPromise, name, {
      // Looked up at each call: the run notes promise states through the engine's own statics.
      value: {
        [name](this: unknown, ...args: unknown[]): unknown {
          return statics[name]!.apply(this === ProgramPromise ? Native : this, args);
        },
      }[name],
      writable: true,
      configurable: true,
    });
  }
  Object.defineProperty(ProgramPromise, 'toString', {
    value: function toString(): string {
      return Function.prototype.toString.call(Native);
    },
    writable: true,
    configurable: true,
  });
  return ProgramPromise;
}
