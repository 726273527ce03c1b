import { describe, expect, it } from 'vitest';
import { createRunner, type WorkerLike } from '../../src/runner/client';
import type { FromWorker, ToWorker, WorkerScope } from '../../src/runner/protocol';
import { serveTypeScript } from '../../src/runner/typescript/worker-core';
import type { OutputChunk, RunResult } from '../../src/runner/types';

type Listener = (event: { data: FromWorker }) => void;

/** A worker whose inside runs in this thread; messages cross asynchronously, as in a browser. */
class FakeWorker implements WorkerLike {
  terminated = false;
  readonly received: ToWorker[] = [];
  private readonly listeners: Listener[] = [];
  private readonly inside: ((event: { data: ToWorker }) => void)[] = [];

  constructor(setup: (scope: WorkerScope, worker: FakeWorker) => void) {
    const scope: WorkerScope = {
      postMessage: (message) => this.emit(message),
      addEventListener: ((type: string, listener: (event: { data: ToWorker }) => void) => {
        if (type === 'message') this.inside.push(listener);
      }) as WorkerScope['addEventListener'],
      removeEventListener: () => undefined,
    };
    setup(scope, this);
  }

  emit(message: FromWorker): void {
    setTimeout(() => {
      if (!this.terminated) for (const l of this.listeners) l({ data: message });
    }, 0);
  }

  postMessage(message: ToWorker): void {
    this.received.push(message);
    setTimeout(() => {
      if (!this.terminated) for (const l of this.inside) l({ data: message });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    if (type === 'message') this.listeners.push(listener as Listener);
  }
}

function collect(): { chunks: OutputChunk[]; text(): string; onOutput(c: OutputChunk): void } {
  const chunks: OutputChunk[] = [];
  return { chunks, text: () => chunks.map((c) => c.text).join(''), onOutput: (c) => chunks.push(c) };
}

/** A TypeScript runner on fake workers, with every worker it has created so far. */
function typeScriptRunnerWithWorkers(): { runner: ReturnType<typeof createRunner>; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const runner = createRunner('typescript', {
    createWorker: () => {
      const w = new FakeWorker((scope) => serveTypeScript(scope));
      workers.push(w);
      return w;
    },
  });
  return { runner, workers };
}

describe('TypeScript runner', () => {
  it('runs each program in a fresh worker, keeping one warm', async () => {
    const { runner, workers } = typeScriptRunnerWithWorkers();
    await runner.preload();
    expect(workers).toHaveLength(1);
    const out = collect();
    const r = await runner.run(
      "console.log('one'); await new Promise((r) => setTimeout(r, 20)); console.log('two');",
      out,
    );
    expect(r.status).toBe('ok');
    expect(r.runtimeLabel).toMatch(/^TypeScript \(sucrase/);
    expect(out.text()).toBe('one\ntwo\n');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.terminated).toBe(false);

    const second = collect();
    expect((await runner.run('console.log(typeof leftOver)', second)).status).toBe('ok');
    expect(second.text()).toBe('undefined\n');
    expect(workers).toHaveLength(3);
  });

  it('starts the next worker only once the run is over, so it does not compete with the run', async () => {
    const { runner, workers } = typeScriptRunnerWithWorkers();
    const pending = runner.run('await new Promise((r) => setTimeout(r, 20));', collect());
    expect(workers).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 10));
    expect(workers).toHaveLength(1);
    expect((await pending).status).toBe('ok');
    expect(workers).toHaveLength(2);
  });

  it('warms a fresh worker up before it reports ready, printing nothing of the warm-up', async () => {
    const posted: FromWorker[] = [];
    const worker = new FakeWorker((scope) =>
      serveTypeScript({ ...scope, postMessage: (m) => (posted.push(m), scope.postMessage(m)) }),
    );
    expect(posted).toEqual([]); // the warm-up is still going
    const until = (type: FromWorker['type']): Promise<void> =>
      new Promise((resolve) =>
        worker.addEventListener('message', (e: { data: FromWorker }) => e.data.type === type && resolve()),
      );
    await until('ready');
    expect(posted.map((m) => m.type)).toEqual(['ready']);
    const finished = until('result');
    worker.postMessage({ type: 'run', id: 7, code: "console.log('only this')", options: {} });
    await finished;
    const output = posted.flatMap((m) => (m.type === 'output' ? [m.chunk.text] : []));
    expect(output).toEqual(['only this\n']);
  });

  it('reports limits and stops', async () => {
    const runner = createRunner('typescript', {
      createWorker: () => new FakeWorker((scope) => serveTypeScript(scope)),
      timeoutGraceMs: 100,
    });
    const capped = collect();
    const c = await runner.run('for (let i = 0; i < 100; i++) console.log(i);', capped, { maxOutputLines: 5 });
    expect(c.status).toBe('output-limit');
    expect(capped.text()).toBe('0\n1\n2\n3\n4\n\n[Stopped: the program printed more than 5 lines.]\n');

    const slow = collect();
    const t = await runner.run('setInterval(() => {}, 5);', slow, { timeoutMs: 150 });
    expect(t.status).toBe('timeout');
    expect(slow.text()).toBe('\n[Stopped: the program ran longer than the 0.15 s time limit.]\n');

    const controller = new AbortController();
    const stopped = collect();
    const pending = runner.run("setInterval(() => {}, 5); console.log('running');", stopped, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 80);
    const s = await pending;
    expect(s.status).toBe('stopped');
    expect(stopped.text()).toBe('running\n\n[Stopped.]\n');
  });
});

/** A scripted Python worker: "hang" never finishes; "fail" cannot load; other code echoes. */
function scriptedPython(scope: WorkerScope, worker: FakeWorker, options: { interrupt?: boolean } = {}): void {
  let buffer: Int32Array | undefined;
  let loaded = false;
  scope.addEventListener('message', ({ data }) => {
    if (data.type === 'init') {
      if (data.interruptBuffer) buffer = new Int32Array(data.interruptBuffer);
      return;
    }
    if (data.type !== 'run') return;
    const { id, code } = data;
    if (code === 'fail') {
      scope.postMessage({ type: 'failed', id, message: 'Could not load the Python runtime: 404' });
      return;
    }
    if (!loaded) {
      scope.postMessage({ type: 'status', id, message: 'Loading Python runtime…' });
      scope.postMessage({ type: 'ready', id, runtimeLabel: 'Python 3.14.2 (Pyodide test)' });
      loaded = true;
    }
    scope.postMessage({ type: 'started', id });
    scope.postMessage({ type: 'output', id, chunk: { stream: 'stdout', text: `start ${code}\n` } });
    const result = (status: RunResult['status']): FromWorker => ({
      type: 'result',
      id,
      result: { status, durationMs: 1, runtimeLabel: 'Python 3.14.2 (Pyodide test)' },
    });
    if (code !== 'hang') {
      setTimeout(() => {
        scope.postMessage({ type: 'output', id, chunk: { stream: 'stdout', text: `end ${code}\n` } });
        scope.postMessage(result('ok'));
      }, 30);
    } else if (options.interrupt && buffer) {
      const poll = setInterval(() => {
        if (worker.terminated) clearInterval(poll);
        if (buffer && Atomics.load(buffer, 0) === 2) {
          clearInterval(poll);
          Atomics.store(buffer, 0, 0);
          scope.postMessage({ type: 'output', id, chunk: { stream: 'stderr', text: 'KeyboardInterrupt\n' } });
          scope.postMessage(result('error'));
        }
      }, 5);
    }
  });
}

describe('Python runner', () => {
  function setup(interrupt = false) {
    const workers: FakeWorker[] = [];
    const runner = createRunner('python', {
      indexURL: '/base/runtimes/pyodide-3.14/',
      useInterruptBuffer: interrupt,
      interruptGraceMs: 200,
      createWorker: () => {
        const w = new FakeWorker((scope, self) => scriptedPython(scope, self, { interrupt }));
        workers.push(w);
        return w;
      },
    });
    return { runner, workers };
  }

  it('queues runs on one worker and reports loading', async () => {
    const { runner, workers } = setup();
    const order: string[] = [];
    const statuses: string[] = [];
    const handlers = (name: string) => ({
      onOutput: (c: OutputChunk) => order.push(`${name}: ${c.text.trim()}`),
      onStatus: (m: string) => statuses.push(m),
    });
    const [a, b] = await Promise.all([runner.run('a', handlers('A')), runner.run('b', handlers('B'))]);
    expect([a.status, b.status]).toEqual(['ok', 'ok']);
    expect(a.runtimeLabel).toBe('Python 3.14.2 (Pyodide test)');
    expect(order).toEqual(['A: start a', 'A: end a', 'B: start b', 'B: end b']);
    expect(statuses).toEqual(['Loading Python runtime…']);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received[0]).toMatchObject({ type: 'init', indexURL: '/base/runtimes/pyodide-3.14/' });
  });

  it('kills a run past its time limit and starts the next on a fresh worker', async () => {
    const { runner, workers } = setup();
    const hung = collect();
    const after = collect();
    const [t, next] = await Promise.all([runner.run('hang', hung, { timeoutMs: 100 }), runner.run('next', after)]);
    expect(t.status).toBe('timeout');
    expect(hung.text()).toBe('start hang\n\n[Stopped: the program ran longer than the 0.1 s time limit.]\n');
    expect(workers[0]!.terminated).toBe(true);
    expect(next.status).toBe('ok');
    expect(after.text()).toBe('start next\nend next\n');
    expect(workers).toHaveLength(2);
  });

  it('stops the current run and drops queued ones', async () => {
    const { runner } = setup();
    const controller = new AbortController();
    const queued = runner.run('queued', collect(), { signal: controller.signal });
    controller.abort();
    expect((await queued).status).toBe('stopped');

    const running = runner.run('hang', collect());
    const waiting = runner.run('waiting', collect());
    setTimeout(() => runner.stop(), 50);
    expect((await running).status).toBe('stopped');
    expect((await waiting).status).toBe('stopped');
    expect((await runner.run('later', collect())).status).toBe('ok');
  });

  it('interrupts through the shared buffer and keeps the worker', async () => {
    const { runner, workers } = setup(true);
    const out = collect();
    const r = await runner.run('hang', out, { timeoutMs: 80 });
    expect(r.status).toBe('timeout');
    expect(out.text()).toBe(
      'start hang\nKeyboardInterrupt\n\n[Stopped: the program ran longer than the 0.08 s time limit.]\n',
    );
    expect(workers[0]!.terminated).toBe(false);
    expect((await runner.run('again', collect())).status).toBe('ok');
    expect(workers).toHaveLength(1);
  });

  it('reports a runtime that cannot load, then retries with a new worker', async () => {
    const { runner, workers } = setup();
    const out = collect();
    const r = await runner.run('fail', out);
    expect(r.status).toBe('error');
    expect(out.text()).toBe('Could not load the Python runtime: 404\n');
    expect((await runner.run('ok', collect())).status).toBe('ok');
    expect(workers).toHaveLength(2);
  });
});
