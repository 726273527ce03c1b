// The Python recorder (sys.monitoring inside Pyodide), on the same Pyodide builds the browser
// uses: the current edition's for everything, each older edition's for a smaller set.
import { beforeAll, describe, expect, test } from 'vitest';

import { CURRENT_EDITION, FROZEN_EDITIONS } from '../../src/editions';
import { createNodePythonRunner, type NodePythonRunner } from '../../src/runner/node';
import { eventLines, eventLinesWithLines, TICK_ROUND_ROBIN_EVENTS } from './timelineHelpers';

const ROUND_ROBIN = `
def tick(name, n):
    for i in range(n):
        print(name, i)
        yield name
    return n

ready = [tick("a", 2), tick("b", 1)]
while ready:
    g = ready.pop(0)
    try:
        next(g)
    except StopIteration as stop:
        print("done", stop.value)
    else:
        ready.append(g)
`;

const DELEGATION = `
def inner():
    got = yield 1
    try:
        yield got * 10
    except ValueError:
        yield -1
    return "inner done"

def outer():
    r = yield from inner()
    return r + "!"

o = outer()
print(next(o))
print(o.send(5))
print(o.throw(ValueError("boom")))
try:
    next(o)
except StopIteration as stop:
    print(stop.value)
`;

const DELEGATION_EVENTS = [
  'start main program',
  'start outer(): next()',
  'start inner(): outer() passing it on (yield from) after next()',
  'suspend inner(): 1',
  'suspend outer(): 1 from inner()',
  'print main program: "1\\n"',
  'resume outer(): send(…)',
  'resume inner(): outer() passing it on (yield from) after send(…)',
  'suspend inner(): 50',
  'suspend outer(): 50 from inner()',
  'print main program: "50\\n"',
  "resume outer(): throw(ValueError('boom'))",
  "resume inner(): throw(ValueError('boom'))",
  'suspend inner(): -1',
  'suspend outer(): -1 from inner()',
  'print main program: "-1\\n"',
  'resume outer(): next()',
  'resume inner(): outer() passing it on (yield from) after next()',
  "return inner(): 'inner done'",
  "return outer(): 'inner done!'",
  'print main program: "inner done!\\n"',
  'return main program',
];

const TASKS = `
import asyncio

async def child(delay):
    await asyncio.sleep(delay)
    return delay * 2

async def worker():
    kid = asyncio.create_task(child(0.05), name="kid")
    print("worker made kid")
    got = await kid
    await asyncio.sleep(0)
    return got

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise

async def main():
    s = asyncio.create_task(sleeper(), name="sleeper")
    print(await asyncio.gather(worker(), child(0)))
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("main saw the cancellation")

asyncio.run(main())
`;

async function record(py: NodePythonRunner, code: string) {
  const plain = await py.run(code);
  const recorded = await py.run(code, { timeline: true });
  expect(recorded.output).toBe(plain.output);
  expect(recorded.result.status).toBe(plain.result.status);
  expect(recorded.result.timelineUnavailable).toBeUndefined();
  expect(recorded.result.timeline).toBeDefined();
  return { plain, recorded, timeline: recorded.result.timeline! };
}

/** Task names count up across runs in one interpreter; number them from 1 for comparing. */
function renumberTasks(lines: string[]): string[] {
  const seen = new Map<string, string>();
  return lines.map((line) =>
    line.replace(/Task-\d+/g, (name) => {
      if (!seen.has(name)) seen.set(name, `Task-${seen.size + 1}`);
      return seen.get(name)!;
    }),
  );
}

describe(`recording Python ${CURRENT_EDITION.python} (Pyodide)`, () => {
  let py: NodePythonRunner;
  beforeAll(async () => {
    py = await createNodePythonRunner(CURRENT_EDITION.python);
  });

  test('round-robin over generators: the lanes take turns, with lines', async () => {
    const { timeline } = await record(py, ROUND_ROBIN);
    expect(eventLines(timeline)).toEqual(TICK_ROUND_ROBIN_EVENTS);
    expect(eventLinesWithLines(timeline).slice(1, 4)).toEqual([
      "start tick('a', 2) @2",
      "print tick('a', 2) @4",
      "suspend tick('a', 2) @5",
    ]);
  });

  test('send, a throw into a generator, and nested yield from', async () => {
    const { timeline } = await record(py, DELEGATION);
    expect(eventLines(timeline)).toEqual(DELEGATION_EVENTS);
  });

  test('two generators yielding the same object one after the other are not a yield from', async () => {
    const { timeline } = await record(
      py,
      `
def count(n):
    for i in range(n):
        yield i

def step(g):
    return next(g)

a, b = count(2), count(2)
print(step(a), step(b))
`,
    );
    expect(eventLines(timeline).slice(1, 5)).toEqual([
      'start count(2) #1: next()',
      'suspend count(2) #1: 0',
      'start count(2) #2: next()',
      'suspend count(2) #2: 0',
    ]);
  });

  test('an exception thrown into a generator that does not catch it, and close()', async () => {
    const { timeline } = await record(
      py,
      `
def g():
    try:
        yield 1
    finally:
        print("cleanup")

a = g()
next(a)
try:
    a.throw(KeyError("stop"))
except KeyError as e:
    print("caught", e)
b = g()
next(b)
b.close()
`,
    );
    expect(eventLines(timeline)).toEqual([
      'start main program',
      'start g() #1: next()',
      'suspend g() #1: 1',
      "resume g() #1: throw(KeyError('stop'))",
      'print g() #1: "cleanup\\n"',
      "raise g() #1: KeyError('stop')",
      `print main program: "caught 'stop'\\n"`,
      'start g() #2: next()',
      'suspend g() #2: 1',
      'resume g() #2: close()',
      'print g() #2: "cleanup\\n"',
      'raise g() #2: GeneratorExit()',
      'return main program',
    ]);
  });

  test('tasks created inside tasks, timers, gather and a cancelled task', async () => {
    const { timeline } = await record(py, TASKS);
    expect(renumberTasks(eventLines(timeline))).toEqual([
      'start main program',
      'create main() · Task-1',
      'start main() · Task-1: the event loop (task start)',
      'create sleeper() · sleeper',
      'create worker() · Task-2',
      'create child(0) · Task-3',
      'suspend main() · Task-1: gather() of 2',
      'start sleeper() · sleeper: the event loop (task start)',
      'suspend sleeper() · sleeper: a 10 s timer',
      'start worker() · Task-2: the event loop (task start)',
      'create child(0.05) · kid',
      'print worker() · Task-2: "worker made kid\\n"',
      'suspend worker() · Task-2: task kid (child)',
      'start child(0) · Task-3: the event loop (task start)',
      'suspend child(0) · Task-3: the event loop (sleep(0))',
      'start child(0.05) · kid: the event loop (task start)',
      'suspend child(0.05) · kid: a 0.05 s timer',
      'resume child(0) · Task-3: the event loop (after sleep(0))',
      'return child(0) · Task-3: 0',
      'resume child(0.05) · kid: a 0.05 s timer firing',
      'return child(0.05) · kid: 0.1',
      'resume worker() · Task-2: task kid (child) finishing: 0.1',
      'suspend worker() · Task-2: the event loop (sleep(0))',
      'resume worker() · Task-2: the event loop (after sleep(0))',
      'return worker() · Task-2: 0.1',
      'resume main() · Task-1: gather() of 2 done: [0.1, 0]',
      'print main() · Task-1: "[0.1, 0]\\n"',
      'suspend main() · Task-1: task sleeper (sleeper)',
      'resume sleeper() · sleeper: a 10 s timer finishing: cancelled (CancelledError thrown in)',
      'print sleeper() · sleeper: "sleeper cancelled\\n"',
      'raise sleeper() · sleeper: CancelledError()',
      'resume main() · Task-1: task sleeper (sleeper) finishing: cancelled (CancelledError thrown in)',
      'print main() · Task-1: "main saw the cancellation\\n"',
      'return main() · Task-1: None',
      'return main program',
    ]);
  });

  test('an uncaught exception: same traceback, and the lanes end with it', async () => {
    const { timeline, recorded } = await record(
      py,
      `
def gen():
    yield 1
    raise RuntimeError("inside gen")

for x in gen():
    print(x)
`,
    );
    expect(recorded.output).toContain('RuntimeError: inside gen');
    const lines = eventLines(timeline);
    const raised = lines.indexOf("raise gen(): RuntimeError('inside gen')");
    expect(raised).toBeGreaterThan(0);
    expect(lines[raised + 1]).toBe("raise main program: RuntimeError('inside gen')");
    // The traceback is printed after the program ended, outside any lane.
    expect(lines[raised + 2]).toMatch(/^print -: "Traceback/);
  });

  test('recording does not show through sys.stdout', async () => {
    const { recorded } = await record(py, 'import sys\nprint(sys.stdout, type(sys.stdout), sys.stdout.buffer.name)\n');
    expect(recorded.output).toContain('_io.TextIOWrapper');
  });

  test('a long run is cut at the limit, and the program still finishes', async () => {
    const code =
      'def numbers():\n    i = 0\n    while True:\n        yield i\n        i += 1\n\nit = numbers()\nprint(sum(next(it) for _ in range(3000)))\n';
    const plain = await py.run(code);
    const recorded = await py.run(code, { timeline: true, timelineMaxEvents: 500 });
    expect(recorded.output).toBe(plain.output);
    expect(recorded.result.timeline!.events).toHaveLength(500);
    expect(recorded.result.timeline!.truncated).toBe(true);
    // Monitoring is off again: a plain run afterwards records nothing and runs as before.
    expect((await py.run(code)).result.timeline).toBeUndefined();
  });
});

describe.each(FROZEN_EDITIONS)('recording Python $python (Pyodide, the $label edition)', ({ python }) => {
  let py: NodePythonRunner;
  beforeAll(async () => {
    py = await createNodePythonRunner(python);
  });

  test(`the same events as on ${CURRENT_EDITION.python}`, async () => {
    expect(eventLines((await record(py, ROUND_ROBIN)).timeline)).toEqual(TICK_ROUND_ROBIN_EVENTS);
    expect(eventLines((await record(py, DELEGATION)).timeline)).toEqual(DELEGATION_EVENTS);
    const tasks = eventLines((await record(py, TASKS)).timeline);
    expect(tasks).toContain('create child(0.05) · kid');
    expect(tasks).toContain('resume sleeper() · sleeper: a 10 s timer finishing: cancelled (CancelledError thrown in)');
  });
});
