// The TypeScript worker's logic, apart from the worker global so tests can drive it in Node.
import type { FromWorker, ToWorker, WorkerScope } from '../protocol';
import type { RunResult } from '../types';
import type { RealmGlobals } from './realmGlobals';
import { TYPESCRIPT_RUNTIME_LABEL, runTypeScript, type TimelineModule } from './execute';
import { warmUpTypeScript } from './warmUp';

export interface TypeScriptWorkerOptions {
  /** Runs once, just before the program (the real worker locks its global scope down here). */
  beforeRun?: () => void;
  /** Run a discarded program before reporting ready, so the reader's run finds the runner's code
   * compiled (default true). */
  warmUp?: boolean;
  /** Which realm globals become the program's during a run (see TypeScriptRunOptions). */
  realmGlobals?: RealmGlobals;
}

export function serveTypeScript(scope: WorkerScope, options: TypeScriptWorkerOptions = {}): void {
  const post = (message: FromWorker): void => scope.postMessage(message);
  let busy = false;
  // A run that arrives during the warm-up waits for the round in progress, then goes.
  const warm = options.warmUp === false ? Promise.resolve() : warmUpTypeScript(() => !busy).catch(() => undefined);
  scope.addEventListener('message', (event: { data: ToWorker }) => {
    const message = event.data;
    // A TypeScript worker runs one program, then the page discards it.
    if (message.type !== 'run' || busy) return;
    busy = true;
    void warm.then(() => prepare(message));
  });
  const prepare = (message: Extract<ToWorker, { type: 'run' }>): void => {
    const { id } = message;
    // A recorded run loads the timeline code (acorn) now, before the lock-down takes away the
    // worker's ways to load anything.
    if (!message.options.timeline) {
      start(id, message);
      return;
    }
    import('../timeline/typescript').then(
      (timelineModule) => start(id, message, timelineModule),
      (e: unknown) => {
        const text = `Could not load the timeline: ${e instanceof Error ? e.message : String(e)}\n`;
        post({ type: 'output', id, chunk: { stream: 'stderr', text } });
        start(id, { ...message, options: { ...message.options, timeline: false } });
      },
    );
  };
  const start = (id: number, message: Extract<ToWorker, { type: 'run' }>, timelineModule?: TimelineModule): void => {
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
        timelineModule,
        ...(options.realmGlobals ? { realmGlobals: options.realmGlobals } : {}),
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
  };
  void warm.then(() => post({ type: 'ready', id: 0, runtimeLabel: TYPESCRIPT_RUNTIME_LABEL }));
}
