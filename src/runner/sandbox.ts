// Takes away, from a runner worker's global scope, what a reader's program could use to reach
// outside the worker: the network, the origin's storage, messaging. Call it after the worker has
// kept its own references (postMessage, its message listener) and, for Python, after loading.
const NETWORK_MESSAGE = "Network access is not available in the examples' sandbox";

/** What reaches the network, in either runner's realm. */
export const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'importScripts'];
const HIDDEN = [
  'indexedDB',
  'caches',
  'cookieStore',
  'postMessage',
  'onmessage',
  'onmessageerror',
  'close',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
];
const NAVIGATOR_HIDDEN = ['storage', 'serviceWorker', 'locks', 'sendBeacon'];

function removeEverywhere(target: object, name: string): void {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor?.configurable) Reflect.deleteProperty(o, name);
  }
}

/** Stands in for one of NETWORK: fails, saying why (`fetch` as a rejected promise, as it would). */
export function networkStub(name: string): unknown {
  const message = `${NETWORK_MESSAGE} (${name}).`;
  if (name === 'fetch') return () => Promise.reject(new TypeError(message));
  const blocked = function (): never {
    throw new Error(message);
  };
  Object.defineProperty(blocked, 'name', { value: name });
  return blocked;
}

export function lockDownWorkerGlobals(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of HIDDEN) removeEverywhere(g, name);
  for (const name of NETWORK) {
    removeEverywhere(g, name);
    Object.defineProperty(g, name, { value: networkStub(name), writable: false, configurable: false });
  }
  const nav = g.navigator;
  if (nav && typeof nav === 'object') for (const name of NAVIGATOR_HIDDEN) removeEverywhere(nav, name);
}
