// The TypeScript worker's logic, apart from the worker global so tests can drive it in Node.
import type { FromWorker, ToWorker, WorkerScope } from '../protocol';
import type { RunResult } from '../types';
import { TYPESCRIPT_RUNTIME_LABEL, runTypeScript } from './execute';

export interface TypeScriptWorkerOptions {
  /** Runs once, just before the program (the real worker locks its global scope down here). */
  beforeRun?: () => void;
}

export function serveTypeScript(scope: WorkerScope, options: TypeScriptWorkerOptions = {}): void {
  const post = (message: FromWorker): void => scope.postMessage(message);
  let busy = false;
  scope.addEventListener('message', (event: { data: ToWorker }) => {
    const message = event.data;
    // A TypeScript worker runs one program, then the page discards it.
    if (message.type !== 'run' || busy) return;
    busy = true;
    const { id } = message;
    options.beforeRun?.();
    let reported = false;
    const report = (result: RunResult): void => {
      if (reported) return;
      reported = true;
      post({ type: 'result', id, result });
    };
    post({ type: 'started', id });
    void runTypeScript(
      message.code,
      { onOutput: (chunk) => post({ type: 'output', id, chunk }) },
      {
        ...message.options,
        onFinished: report,
        subscribeUnhandledRejections: (listener) => {
          const handler = (e: { reason: unknown; preventDefault(): void }): void => {
            e.preventDefault(); // the runner reports it; keep it off the devtools console
            listener(e.reason);
          };
          scope.addEventListener('unhandledrejection', handler);
          return () => scope.removeEventListener('unhandledrejection', handler);
        },
      },
    ).then(report);
  });
  post({ type: 'ready', id: 0, runtimeLabel: TYPESCRIPT_RUNTIME_LABEL });
}
