// Web Worker that holds one Pyodide and runs Python programs one after another.
import type { WorkerScope } from './protocol';
import { loadPyodideFromUrl } from './python/load';
import { servePython } from './python/worker-core';
import { lockDownWorkerGlobals } from './sandbox';

const s = self as unknown as WorkerScope;
// Keep working references before the lock-down removes the originals from the global.
const scope: WorkerScope = {
  postMessage: s.postMessage.bind(s),
  addEventListener: s.addEventListener.bind(s) as WorkerScope['addEventListener'],
  removeEventListener: s.removeEventListener.bind(s),
};
servePython(scope, { load: loadPyodideFromUrl, afterLoad: lockDownWorkerGlobals });
