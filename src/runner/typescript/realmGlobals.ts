// Code a program reaches through the realm's global object rather than through its own names
// (`globalThis.console`, a `new Function(...)` body, an indirect `eval`) finds the realm's
// originals. For the length of a run, the runner puts the program's versions there too.

/** Which globals a run takes over: 'console', or 'all' (console, timers and queueMicrotask). */
export type RealmGlobals = 'console' | 'all';

const CONSOLE = ['console'] as const;
const ALL = ['console', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask'] as const;

export type GlobalName = (typeof ALL)[number];

interface Override {
  values: Partial<Record<GlobalName, unknown>>;
}

// Runs that overlap (possible where the host shares the realm, as in the Node tests) each take
// the globals over; the latest one still running holds them, and the last to end restores the
// originals.
const active: Override[] = [];
const originals = new Map<GlobalName, PropertyDescriptor | undefined>();

function apply(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const top = active[active.length - 1];
  for (const [name, descriptor] of originals) {
    if (top && name in top.values) {
      Object.defineProperty(g, name, { value: top.values[name], writable: true, configurable: true });
    } else if (descriptor) {
      Object.defineProperty(g, name, descriptor);
    } else {
      Reflect.deleteProperty(g, name);
    }
  }
  if (active.length === 0) originals.clear();
}

/** Puts the program's versions in the realm's global object; returns their removal. */
export function takeOverGlobals(which: RealmGlobals, program: Record<GlobalName, unknown>): () => void {
  const names = which === 'all' ? ALL : CONSOLE;
  const override: Override = { values: {} };
  for (const name of names) {
    override.values[name] = program[name];
    if (!originals.has(name)) originals.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
  }
  active.push(override);
  apply();
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    active.splice(active.indexOf(override), 1);
    apply();
  };
}
