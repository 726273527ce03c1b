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
  const known = new WeakMap<object, Known>();
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
      if (p !== value && !isThenable(value) && !known.has(p)) known.set(p, { fulfilled: true, value });
      return p;
    },
  }.resolve;
  const reject = {
    reject(this: unknown, reason?: unknown) {
      const p = Reflect.apply(originalReject, this, [reason]) as Promise<unknown>;
      known.set(p, { fulfilled: false, reason });
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
      const state = known.get(this);
      if (!state) {
        // From now on its state is known. (Handling it here means an unhandled rejection of a
        // promise that was printed while pending goes unreported.)
        this.then(
          (value) => known.set(this, { fulfilled: true, value }),
          (reason: unknown) => known.set(this, { fulfilled: false, reason }),
        );
      }
      const stylize = options.stylize ?? ((t: string) => t);
      const inner = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
      const body = !state
        ? stylize('<pending>', 'special')
        : state.fulfilled
          ? inspect(state.value, inner)
          : `${stylize('<rejected>', 'special')} ${inspect(state.reason, inner)}`;
      const single = `Promise { ${body} }`;
      if (!body.includes('\n') && single.length <= (options.breakLength ?? 80)) return single;
      return `Promise {\n  ${body.replace(/\n/g, '\n  ')}\n}`;
    },
  });

  return () => {
    if (Promise.resolve === resolve)
      Object.defineProperty(Promise, 'resolve', { value: originalResolve, writable: true, configurable: true });
    if (Promise.reject === reject)
      Object.defineProperty(Promise, 'reject', { value: originalReject, writable: true, configurable: true });
    if (previous) Object.defineProperty(proto, customInspect, previous);
    else Reflect.deleteProperty(proto, customInspect);
  };
}
