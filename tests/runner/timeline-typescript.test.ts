import { describe, expect, test } from 'vitest';

import { runTypeScriptInNode } from '../../src/runner/node';
import { instrument } from '../../src/runner/timeline/instrument';
import { transpile } from '../../src/runner/typescript/transpile';
import { eventLines, eventLinesWithLines, TICK_ROUND_ROBIN_EVENTS } from './timelineHelpers';

/** Runs with and without recording; the outputs must be identical. */
async function record(code: string) {
  const plain = await runTypeScriptInNode(code);
  const recorded = await runTypeScriptInNode(code, { timeline: true });
  expect(recorded.output).toBe(plain.output);
  expect(recorded.result.status).toBe(plain.result.status);
  expect(recorded.result.errorLocation).toEqual(plain.result.errorLocation);
  expect(recorded.result.timeline).toBeDefined();
  return { plain, recorded, timeline: recorded.result.timeline! };
}

describe('instrumenting', () => {
  test('keeps every line where it was', () => {
    const code = [
      'async function f(x: number) {',
      '  await g(x);',
      '  return x;',
      '}',
      'function* g(n: number) { yield n; yield* h(); }',
      'function* h() { yield; }',
      'const a = async () => await f(1);',
      'const empty = (async () => {}).constructor;',
      'async function alsoEmpty() {}',
    ].join('\n');
    const transpiled = transpile(code);
    if (!transpiled.ok) throw new Error('transpile failed');
    const out = instrument(transpiled.code);
    expect(out).not.toBeNull();
    expect(out!.code.split('\n')).toHaveLength(transpiled.code.split('\n').length);
    expect(() => new Function(`return async function () {${out!.code}}`)).not.toThrow();
  });

  test('maps columns back to the plain code', () => {
    const out = instrument('async function f() {\n  await g(); boom();\n}\n', 0)!;
    const line2 = out.code.split('\n')[1]!;
    const column = line2.indexOf('boom') + 1;
    expect(out.mapColumn(2, column)).toBe('  await g(); boom();'.indexOf('boom') + 1);
  });

  test('code acorn cannot parse runs without a timeline, with a note', async () => {
    const { result, output } = await runTypeScriptInNode('console.log(1);', { timeline: true });
    expect(output).toBe('1\n');
    expect(result.timeline).toBeDefined();
    expect(instrument('this is not javascript')).toBeNull();
  });
});

describe('recording TypeScript', () => {
  test('round-robin over generators: the lanes take turns', async () => {
    const { timeline } = await record(`
function* tick(name: string, n: number): Generator<string, number> {
  for (let i = 0; i < n; i++) {
    console.log(name + " " + i);
    yield name;
  }
  return n;
}
const ready = [tick("a", 2), tick("b", 1)];
while (ready.length) {
  const g = ready.shift()!;
  const step = g.next();
  if (!step.done) ready.push(g);
  else console.log("done", step.value);
}
`);
    expect(eventLines(timeline)).toEqual(TICK_ROUND_ROBIN_EVENTS);
    expect(eventLinesWithLines(timeline).slice(1, 4)).toEqual([
      "start tick('a', 2) @2",
      "print tick('a', 2) @4",
      "suspend tick('a', 2) @5",
    ]);
  });

  test('send values, a throw into a generator and nested yield*', async () => {
    const { timeline, recorded } = await record(`
function* inner(): Generator<number, string, number> {
  const got = yield 1;
  try {
    yield got * 10;
  } catch (e) {
    yield -1;
  }
  return "inner done";
}
function* outer(): Generator<number, string, number> {
  const r = yield* inner();
  return r + "!";
}
const o = outer();
console.log(o.next().value);
console.log(o.next(5).value);
console.log(o.throw(new Error("boom")).value);
console.log(o.next());
`);
    expect(recorded.output).toBe("1\n50\n-1\n{ value: 'inner done!', done: true }\n");
    expect(eventLines(timeline)).toEqual([
      'start main program',
      'start outer(): next()',
      'start inner(): next()',
      'suspend inner(): 1',
      'suspend outer(): 1 from inner()',
      'print main program: "1\\n"',
      'resume outer(): next(5)',
      'resume inner(): next(5)',
      'suspend inner(): 50',
      'suspend outer(): 50 from inner()',
      'print main program: "50\\n"',
      'resume outer(): throw(Error: boom)',
      'resume inner(): throw(Error: boom)',
      'suspend inner(): -1',
      'suspend outer(): -1 from inner()',
      'print main program: "-1\\n"',
      'resume outer(): next()',
      'resume inner(): next()',
      "return inner(): 'inner done'",
      "return outer(): 'inner done!'",
      `print main program: "{ value: 'inner done!', done: true }\\n"`,
      'return main program',
    ]);
  });

  test('an exception thrown into a generator that does not catch it, and return()', async () => {
    const { timeline } = await record(`
function* g(): Generator<number> {
  try {
    yield 1;
  } finally {
    console.log("cleanup");
  }
}
const a = g();
a.next();
try { a.throw(new Error("stop")); } catch (e) { console.log("caught", (e as Error).message); }
const b = g();
b.next();
console.log(b.return(7));
`);
    expect(eventLines(timeline)).toEqual([
      'start main program',
      'start g() #1: next()',
      'suspend g() #1: 1',
      'resume g() #1: throw(Error: stop)',
      'print g() #1: "cleanup\\n"',
      'raise g() #1: Error: stop',
      'print main program: "caught stop\\n"',
      'start g() #2: next()',
      'suspend g() #2: 1',
      'resume g() #2: return()',
      'print g() #2: "cleanup\\n"',
      'return g() #2: undefined',
      'print main program: "{ value: 7, done: true }\\n"',
      'return main program',
    ]);
  });

  test('async functions started inside async functions, timers and a rejection', async () => {
    const { timeline } = await record(`
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function child(ms: number): Promise<number> {
  await sleep(ms);
  return ms * 2;
}
async function parent(): Promise<number> {
  const kid = child(80);
  console.log("parent started its child");
  const got = await kid;
  try {
    await Promise.reject(new Error("nope"));
  } catch (e) {
    console.log("caught", (e as Error).message);
  }
  return got;
}
console.log(await Promise.all([parent(), child(1)]));
`);
    expect(eventLines(timeline)).toEqual([
      'start main program',
      'start parent(): a call',
      'start child(80): a call',
      'suspend child(80): sleep(ms)',
      'print parent(): "parent started its child\\n"',
      'suspend parent(): kid',
      'start child(1): a call',
      'suspend child(1): sleep(ms)',
      'suspend main program: Promise.all([parent(), child(1)])',
      'timer -: setTimeout(…, 1) firing',
      'resume child(1): sleep(ms) → undefined (in the setTimeout(…, 1) firing turn)',
      'return child(1): 2',
      'timer -: setTimeout(…, 80) firing',
      'resume child(80): sleep(ms) → undefined (in the setTimeout(…, 80) firing turn)',
      'return child(80): 160',
      'resume parent(): kid → 160 (in the setTimeout(…, 80) firing turn)',
      'suspend parent(): Promise.reject(new Error("nope"))',
      'resume parent(): Promise.reject(new Error("nope")) rejecting with Error: nope (in the setTimeout(…, 80) firing turn)',
      'print parent(): "caught nope\\n"',
      'return parent(): 160',
      'resume main program: Promise.all([parent(), child(1)]) → [ 160, 2 ] (in the setTimeout(…, 80) firing turn)',
      'print main program: "[ 160, 2 ]\\n"',
      'return main program',
    ]);
  });

  test('a catch without a binding still names what it caught', async () => {
    const { timeline } = await record(`
async function f(): Promise<void> {
  try {
    await Promise.reject(new RangeError("far"));
  } catch {
    console.log("caught");
  }
}
await f();
try { JSON.parse("{"); } catch { console.log("top"); }
`);
    expect(eventLines(timeline)).toContain(
      'resume f(): Promise.reject(new RangeError("far")) rejecting with RangeError: far',
    );
  });

  test('an async generator consumed with for await', async () => {
    const { timeline } = await record(`
async function* count(n: number) {
  for (let i = 0; i < n; i++) yield i;
}
for await (const x of count(2)) console.log(x);
`);
    expect(eventLines(timeline)).toEqual([
      'start main program',
      'start count(2): next()',
      'suspend count(2): 0',
      'print main program: "0\\n"',
      'resume count(2): next()',
      'suspend count(2): 1',
      'print main program: "1\\n"',
      'resume count(2): next()',
      'return count(2): undefined',
      'return main program',
    ]);
  });

  test('an uncaught error prints the same stack, columns included', async () => {
    const { recorded } = await record(`
function* g(): Generator<number> {
  yield 1; throw new Error("inside g");
}
async function main() { await null; for (const x of g()) console.log(x); }
await main();
`);
    expect(recorded.output).toContain('at g (main.ts:3:18)');
  });

  test('a long run is cut at the limit, and the program still finishes', async () => {
    const code = `
function* numbers() { for (let i = 0; ; i++) yield i; }
let total = 0;
const it = numbers();
for (let i = 0; i < 3000; i++) total += it.next().value as number;
console.log(total);
`;
    const plain = await runTypeScriptInNode(code);
    const recorded = await runTypeScriptInNode(code, { timeline: true, timelineMaxEvents: 500 });
    expect(recorded.output).toBe(plain.output);
    expect(recorded.result.timeline!.events).toHaveLength(500);
    expect(recorded.result.timeline!.truncated).toBe(true);
  });
});

describe('yield* over other iterables', () => {
  test('an object whose [Symbol.iterator] is a generator method, and an array', async () => {
    const { timeline } = await record(`
class Box {
  constructor(readonly items: number[]) {}
  *[Symbol.iterator]() {
    for (const item of this.items) yield item;
  }
}
function* all(): Generator<number> {
  yield* new Box([1, 2]);
  yield* [3];
}
console.log([...all()]);
`);
    expect(eventLines(timeline)).toEqual([
      'start main program',
      'start all(): next()',
      'start Box.[Symbol.iterator](): next()',
      'suspend Box.[Symbol.iterator](): 1',
      'suspend all(): 1 from Box.[Symbol.iterator]()',
      'resume all(): next()',
      'resume Box.[Symbol.iterator](): next()',
      'suspend Box.[Symbol.iterator](): 2',
      'suspend all(): 2 from Box.[Symbol.iterator]()',
      'resume all(): next()',
      'resume Box.[Symbol.iterator](): next()',
      'return Box.[Symbol.iterator](): undefined',
      'suspend all(): 3',
      'resume all(): next()',
      'return all(): undefined',
      'print main program: "[ 1, 2, 3 ]\\n"',
      'return main program',
    ]);
  });
});
