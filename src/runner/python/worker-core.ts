// The Python worker's logic, apart from the worker global so tests can drive it in Node.
import type { FromWorker, ToWorker, WorkerScope } from '../protocol';
import { createPythonSession, type PyodideLike, type PythonSession } from './session';

export interface PythonWorkerOptions {
  load(indexURL: string): Promise<PyodideLike>;
  /** Runs once the runtime is loaded, before any program (the real worker locks down here). */
  afterLoad?: () => void;
}

export function servePython(scope: WorkerScope, options: PythonWorkerOptions): void {
  const post = (message: FromWorker): void => scope.postMessage(message);
  let indexURL = '';
  let interruptBuffer: Int32Array | undefined;
  let session: Promise<PythonSession> | undefined;

  const ensureSession = (id: number): Promise<PythonSession> => {
    if (!session) {
      post({ type: 'status', id, message: 'Loading Python runtime…' });
      session = options.load(indexURL).then((pyodide) => {
        options.afterLoad?.();
        const s = createPythonSession(pyodide, { interruptBuffer });
        post({ type: 'ready', id, runtimeLabel: s.runtimeLabel });
        return s;
      });
    }
    return session;
  };

  scope.addEventListener('message', (event: { data: ToWorker }) => {
    const message = event.data;
    switch (message.type) {
      case 'init':
        indexURL = message.indexURL;
        if (message.interruptBuffer) interruptBuffer = new Int32Array(message.interruptBuffer);
        break;
      case 'preload':
        ensureSession(message.id).catch((e: unknown) =>
          post({ type: 'failed', id: message.id, message: loadFailure(e) }),
        );
        break;
      case 'run': {
        const { id, code } = message;
        ensureSession(id)
          .then(async (s) => {
            post({ type: 'started', id });
            const result = await s.run(
              code,
              { onOutput: (chunk) => post({ type: 'output', id, chunk }) },
              message.options,
            );
            post({ type: 'result', id, result });
          })
          .catch((e: unknown) => post({ type: 'failed', id, message: loadFailure(e) }));
        break;
      }
    }
  });
}

function loadFailure(e: unknown): string {
  return `Could not load the Python runtime: ${e instanceof Error ? e.message : String(e)}`;
}
