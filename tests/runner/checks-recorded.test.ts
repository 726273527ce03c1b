// The time, await and cancellation checks on real recorded runs (Pyodide and TypeScript in Node),
// and virtual time itself: a run whose waits are skipped takes the time an idle machine would,
// on the program's own clocks, and almost none of the machine's.
import { beforeAll, describe, expect, test } from 'vitest';

import { CURRENT_EDITION } from '../../src/editions';
import { checkBehaviour } from '../../src/runner/checks/behaviour';
import type { Check } from '../../src/runner/checks';
import { createNodePythonRunner, runTypeScriptInNode, type NodePythonRunner } from '../../src/runner/node';
import type { TimelineData } from '../../src/runner/timeline/model';

let py: NodePythonRunner;
beforeAll(async () => {
  py = await createNodePythonRunner(CURRENT_EDITION.python);
}, 60_000);

async function recordPython(code: string, virtualTime = true): Promise<{ output: string; timeline: TimelineData }> {
  const run = await py.run(code, { timeline: true, virtualTime });
  expect(run.result.status, run.output).toBe('ok');
  return { output: run.output, timeline: run.result.timeline! };
}

async function recordTypeScript(code: string, virtualTime = true): Promise<{ output: string; timeline: TimelineData }> {
  const run = await runTypeScriptInNode(code, { timeline: true, virtualTime });
  expect(run.result.status, run.output).toBe('ok');
  return { output: run.output, timeline: run.result.timeline! };
}

const PY_FETCH = (body: string) => `
import asyncio, time

async def fetch_one(n):
    await asyncio.sleep(1)
    return n

async def main():
    start = time.monotonic()
${body}
    print(results, round(time.monotonic() - start, 1), round(asyncio.get_running_loop().time() - start, 1))

asyncio.run(main())
`;
const PY_GATHER = PY_FETCH('    results = await asyncio.gather(*(fetch_one(n) for n in range(3)))');
const PY_IN_TURN = PY_FETCH('    results = [await fetch_one(n) for n in range(3)]');
const PY_BLOCKING = PY_GATHER.replace('await asyncio.sleep(1)', 'time.sleep(1)');

const TS_FETCH = (body: string) => `
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function fetchOne(n: number): Promise<number> {
  await sleep(1000);
  return n;
}
async function main(): Promise<void> {
  const start = performance.now();
  const d = Date.now();
${body}
  console.log(results, Math.round((performance.now() - start) / 100) / 10, Math.round((Date.now() - d) / 100) / 10);
}
await main();
`;
const TS_ALL = TS_FETCH('  const results = await Promise.all([0, 1, 2].map((n) => fetchOne(n)));');
const TS_IN_TURN = TS_FETCH(
  '  const results: number[] = [];\n  for (const n of [0, 1, 2]) results.push(await fetchOne(n));',
);

const within = (seconds: number, name?: string): Extract<Check, { kind: 'within' }> =>
  name === undefined ? { kind: 'within', seconds } : { kind: 'within', seconds, name };

describe('virtual time', () => {
  test('Python: the clocks move on by every wait skipped, the loop fires timers in order, nothing waits', async () => {
    const started = performance.now();
    const gather = await recordPython(PY_GATHER);
    const inTurn = await recordPython(PY_IN_TURN);
    const blocking = await recordPython(PY_BLOCKING);
    // 1 s + 3 s + 3 s of the program's time in much less of the machine's.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(gather.output).toBe('[0, 1, 2] 1.0 1.0\n');
    expect(inTurn.output).toBe('[0, 1, 2] 3.0 3.0\n');
    // time.sleep blocks the loop: on virtual time too, each one after the other.
    expect(blocking.output).toBe('[0, 1, 2] 3.0 3.0\n');
    expect(gather.timeline.virtualTime).toBe(true);
    expect(gather.timeline.events.at(-1)!.t).toBeGreaterThanOrEqual(1000);
  });

  test("Python and TypeScript: the program's own work takes no time on the virtual clock", async () => {
    const python = await recordPython(`
import asyncio, time
async def main():
    t = time.monotonic()
    sum(range(3_000_000))  # real work, none of it on the clock
    await asyncio.sleep(0.25)
    print(round(time.monotonic() - t, 4))
asyncio.run(main())
`);
    expect(python.output).toBe('0.25\n');
    const ts = await recordTypeScript(`
const t = performance.now();
let x = 0;
for (let i = 0; i < 3_000_000; i++) x += i % 7; // real work, none of it on the clock
await new Promise((resolve) => setTimeout(resolve, 250));
console.log(Math.round(performance.now() - t), x > 0);
`);
    expect(ts.output).toBe('250 true\n');
  });

  test('Python: a plain run really waits', async () => {
    const started = performance.now();
    const plain = await recordPython(
      PY_FETCH('    results = await asyncio.gather(fetch_one(0))').replace('sleep(1)', 'sleep(0.3)'),
      false,
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    expect(plain.output).toBe('[0] 0.3 0.3\n');
    expect(plain.timeline.virtualTime).toBeUndefined();
  });

  test('TypeScript: timers fire in order on the virtual clock, which performance.now(), Date.now() and AbortSignal.timeout read', async () => {
    const started = performance.now();
    const all = await recordTypeScript(TS_ALL);
    const inTurn = await recordTypeScript(TS_IN_TURN);
    const order = await recordTypeScript(`
const t = performance.now();
setTimeout(() => console.log('third', Math.round(performance.now() - t)), 3000);
setTimeout(() => console.log('first'), 10);
setTimeout(() => { console.log('second'); const end = Date.now() + 20; while (Date.now() < end) {} }, 10);
AbortSignal.timeout(1500).addEventListener('abort', (event) => {
  const reason = (event.target as AbortSignal).reason as Error;
  console.log('aborted', reason.name, Math.round(performance.now() - t));
});
const id = setInterval(() => { console.log('tick'); }, 1000);
setTimeout(() => clearInterval(id), 2500);
console.log(typeof Date(), new Date(2020, 1, 1).getMonth());
`);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(all.output).toBe('[ 0, 1, 2 ] 1 1\n');
    expect(inTurn.output).toBe('[ 0, 1, 2 ] 3 3\n');
    expect(order.output).toMatch(/^string 1\nfirst\nsecond\ntick\naborted TimeoutError 15\d\d\ntick\nthird 30\d\d\n$/);
    expect(all.timeline.virtualTime).toBe(true);
  });
});

describe('within', () => {
  test('the program, or every run of a function, in seconds of its clock', async () => {
    const gather = await recordPython(PY_GATHER);
    const inTurn = await recordPython(PY_IN_TURN);
    expect(checkBehaviour(within(1.5), gather.timeline)).toBeNull();
    expect(checkBehaviour(within(1.5, 'main'), gather.timeline)).toBeNull();
    expect(checkBehaviour(within(1.5, 'main'), inTurn.timeline)).toMatch(
      /^`main\(\) · Task-\d+` took 3\.0 s of virtual time from its start to its end; it should take at most 1\.5 s$/,
    );
    expect(checkBehaviour(within(1.5), inTurn.timeline)).toMatch(
      /^the program took 3\.0 s of virtual time from start to end; it should take at most 1\.5 s$/,
    );
    const ts = await recordTypeScript(TS_IN_TURN);
    expect(checkBehaviour(within(1.5, 'main'), ts.timeline)).toMatch(/^`main\(\)` took 3\.0 s of virtual time/);
    expect(checkBehaviour(within(1.5, 'main'), (await recordTypeScript(TS_ALL)).timeline)).toBeNull();
  });
});

describe('awaits', () => {
  test('Python: a coroutine awaited directly, a task, a gather', async () => {
    const inTurn = await recordPython(PY_IN_TURN);
    const gather = await recordPython(PY_GATHER);
    const task = await recordPython(PY_FETCH('    results = [await asyncio.create_task(fetch_one(0))]'));
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'fetch_one' }, inTurn.timeline)).toBeNull();
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'fetch_one' }, task.timeline)).toBeNull();
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'gather' }, gather.timeline)).toBeNull();
    // (Pyodide numbers tasks on from the runs before: the recorder reports the task's name.)
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'gather' }, inTurn.timeline)).toMatch(
      /^`main\(\) · Task-\d+` never awaited `gather`: it awaited `a 1 s timer`$/,
    );
    // fetch_one awaited the sleep's timer, not main.
    expect(checkBehaviour({ kind: 'awaits', name: 'fetch_one', target: 'main' }, gather.timeline)).toMatch(
      /^`fetch_one\(0\)[^`]*` never awaited `main`: it awaited `a 1 s timer`$/,
    );
  });

  test('TypeScript: the operand as written', async () => {
    const all = await recordTypeScript(TS_ALL);
    const inTurn = await recordTypeScript(TS_IN_TURN);
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'Promise.all' }, all.timeline)).toBeNull();
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'fetchOne' }, inTurn.timeline)).toBeNull();
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'Promise.all' }, inTurn.timeline)).toBe(
      '`main()` never awaited `Promise.all`: it awaited `fetchOne(n)`',
    );
    expect(checkBehaviour({ kind: 'awaits', name: 'main', target: 'fetchOne' }, all.timeline)).toMatch(
      /^`main\(\)` never awaited `fetchOne`: it awaited `Promise\.all\(/,
    );
  });
});

describe('cancelled', () => {
  const PY_CANCEL = (handler: string) => `
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
${handler}

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("cancelled:", task.cancelled())

asyncio.run(main())
`;
  test('Python: ended by the CancelledError, swallowed, or never reached', async () => {
    const passes = await recordPython(PY_CANCEL('        print("cleaning up")\n        raise'));
    expect(passes.output).toBe('cleaning up\ncancelled: True\n');
    expect(checkBehaviour({ kind: 'cancelled', name: 'worker' }, passes.timeline)).toBeNull();
    const swallowed = await recordPython(PY_CANCEL('        print("cleaning up")'));
    expect(swallowed.output).toBe('cleaning up\ncancelled: False\n');
    expect(checkBehaviour({ kind: 'cancelled', name: 'worker' }, swallowed.timeline)).toMatch(
      /^the cancellation reached `worker\(\) · Task-\d+` at line 6, but it returned at line 8 instead of letting `CancelledError` end it$/,
    );
    const never = await recordPython(
      PY_CANCEL('        raise').replace('task.cancel()', 'pass').replace('sleep(10)', 'sleep(0.2)'),
    );
    expect(checkBehaviour({ kind: 'cancelled', name: 'worker' }, never.timeline)).toMatch(
      /^no cancellation reached `worker\(\) · Task-\d+`: it returned at line 6$/,
    );
  });

  const TS_CANCEL = (handler: string) => `
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
async function worker(signal: AbortSignal): Promise<void> {
  try {
    await sleep(10_000, signal);
  } catch (error) {
${handler}
  }
}
const controller = new AbortController();
const running = worker(controller.signal);
setTimeout(() => controller.abort(), 100);
try {
  await running;
} catch (error) {
  console.log('worker ended with', (error as Error).name);
}
`;
  test('TypeScript: ended by the AbortError, swallowed, or never reached', async () => {
    const passes = await recordTypeScript(TS_CANCEL("    console.log('cleaning up');\n    throw error;"));
    expect(passes.output).toBe('cleaning up\nworker ended with AbortError\n');
    expect(checkBehaviour({ kind: 'cancelled', name: 'worker' }, passes.timeline)).toBeNull();
    const swallowed = await recordTypeScript(TS_CANCEL("    console.log('cleaning up');"));
    expect(checkBehaviour({ kind: 'cancelled', name: 'worker' }, swallowed.timeline)).toMatch(
      /^the cancellation reached `worker\(.*\)` at line 13, but it returned.* instead of letting the abort end it$/,
    );
    const never = await recordTypeScript(TS_CANCEL('    throw error;').replace('10_000', '10'));
    expect(checkBehaviour({ kind: 'cancelled', name: 'worker' }, never.timeline)).toMatch(
      /^no cancellation reached `worker\(.*\)`: it returned/,
    );
  });
});
