// Web Worker that runs one TypeScript program (the page uses a fresh one per run).
import type { WorkerScope } from './protocol';
import { lockDownWorkerGlobals } from './sandbox';
import { serveTypeScript } from './typescript/worker-core';

const s = self as unknown as WorkerScope;
// Keep working references before the lock-down removes the originals from the global.
const scope: WorkerScope = {
  postMessage: s.postMessage.bind(s),
  addEventListener: s.addEventListener.bind(s) as WorkerScope['addEventListener'],
  removeEventListener: s.removeEventListener.bind(s),
};
// The worker's realm belongs to the one program it runs: its global timers become the program's.
serveTypeScript(scope, { beforeRun: lockDownWorkerGlobals, realmGlobals: 'all' });
