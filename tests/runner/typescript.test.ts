import { describe, expect, it } from 'vitest';
import { runTypeScriptInNode } from '../../src/runner/node';
import { runTypeScript } from '../../src/runner/typescript/execute';
import { warmUpTypeScript } from '../../src/runner/typescript/warmUp';
import { MAX_OUTPUT_CHARACTERS } from '../../src/runner/types';
import { runInRealNode } from './helpers';

// The same program through the runner and through the real `node`: identical text.
async function expectSameAsNode(code: string): Promise<void> {
  const ours = await runTypeScriptInNode(code);
  const real = runInRealNode(code);
  expect(real.status).toBe(0);
  expect(ours.result.status).toBe('ok');
  expect(ours.stdout).toBe(real.stdout);
  expect(ours.stderr).toBe(real.stderr);
}

describe('console output equals Node', () => {
  it('formats values as Node does', async () => {
    await expectSameAsNode(
      String.raw`
interface Person { name: string; age: number }
class Point { constructor(public x: number, public y: number) {} }
function* gen() { yield 1; yield 2; }
const p: Person = { name: 'Ada', age: 36 };
console.log('string', 42, 3.14, -0, 1e21, 10n, true, null, undefined, NaN, Infinity);
console.log(p, [1, [2, [3, [4, [5]]]]], { nested: { a: { b: { c: { d: 1 } } } } });
console.log(new Map<string, unknown>([['a', 1], ['b', { x: [1, 2] }]]), new Set([1, 'two', [3]]));
console.log(gen(), gen().next(), [...gen()], { value: 1, done: false });
console.log(new Point(1, 2), Symbol('s'), Symbol.iterator, [Symbol('in array')]);
console.log('%s is %d years; %i %f %o %O %j %%', 'Ada', 36.5, 7.9, '1.5', { a: 1 }, { b: [2] }, { c: 3 });
console.log('%s', { a: 1 }, 'extra', 7, '%s');
console.log('%c styled', 'color: red');
console.log([undefined, null, , 3], [ , ], new Array(3));
console.log('a\nb', ['a\nb'], "quote's", ['it\'s "q"'], '');
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log({ long: 'x'.repeat(100), arr: new Array(5).fill({ k: 'v' }) });
console.log(async () => {}, function named() {}, class K {}, () => 1, Math.max);
console.log([new Date(0)], /re/g, new Uint8Array([1, 2]));
console.log(Object.create(null), new WeakMap(), { 'a-b': 1, 2: 'n' });
console.log(Object.assign(Object.create(null), { x: 1 }), new (class Foo extends Map {})());
console.log(Object.entries({ a: 1, b: 2 }), new Map([[{ k: 1 }, new Set([1])]]));
console.log({ get g() { return 1; }, set s(v: number) {} }, [1, 2, 3].keys());
const circular: any = { name: 'c' }; circular.self = circular; console.log(circular);
console.info('info'); console.debug('debug'); console.error('error', { e: 1 }); console.warn('warn');
console.table([{ a: 1, b: 'x' }, { a: 22, c: true }]);
console.table(new Map([['k', { x: 1 }]]));
console.table([1, 'two', [3]]);
console.table({ r1: { c: 1 }, r2: { c: 2, d: 'é' } }, ['c']);
console.table(new Set(['s']));
console.table(5);
console.group('G'); console.log('in\nmulti'); console.group(); console.warn('deep'); console.groupEnd(); console.groupEnd(); console.log('out');
console.dir({ a: { b: { c: { d: {} } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: {} } } } });
console.count(); console.count('x'); console.count(); console.countReset(); console.count();
console.assert(1 > 2, 'math %s', 'broke'); console.assert(true, 'no'); console.assert(false);
console.log(globalThis === globalThis, typeof process, typeof require);
`.replace('typeof process, typeof require', "'skip'"),
    );
  });

  it("puts an object's symbol keys in brackets, as Node 20 does, and leaves symbol values as they are", async () => {
    await expectSameAsNode(String.raw`
const id = Symbol('id');
class Bag { [id] = 1; items = [Symbol('item')]; *[Symbol.iterator]() { yield 1; } }
console.log({ [id]: 1, plain: Symbol('value') }, new Bag(), [1, 2, { [Symbol()]: '' }]);
console.log(Object.assign(() => {}, { [Symbol('on a function')]: true }), new Map([[id, Symbol('v')]]));
console.log({ [Symbol.toStringTag]: 'Tagged', [Symbol.iterator]: function* () {} }, [Symbol('a:b')]);
console.log({ [Symbol('a long description that makes the line break')]: 'x'.repeat(40), other: 'y'.repeat(20) });
console.log('%o', { [id]: { [id]: 2 } }, Object(Symbol('boxed')));
const hidden = Object.defineProperty({}, Symbol('hidden'), { value: 1, enumerable: false });
console.dir(hidden, { showHidden: true });
console.table([{ [id]: 1 }]);
`);
  });

  it('prints promises with their state where a script can know it', async () => {
    await expectSameAsNode(`
const p = new Promise((r) => setTimeout(() => r({ answer: 42 }), 10));
console.log(p, [Promise.resolve('x')], { nested: Promise.resolve([1, 2]) });
await p;
console.log(p);
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
console.log(Promise.resolve(1) instanceof Promise, String(rejected));
const made = new Promise((resolve) => resolve(42));
const failed = new Promise((_, reject) => reject('no'));
failed.catch(() => {});
const thrown = new Promise(() => { throw 'thrown'; });
thrown.catch(() => {});
const adopting = new Promise((resolve) => resolve(Promise.resolve(1)));
const later = new Promise((resolve) => setTimeout(() => resolve('later'), 1));
class Deferred<T> extends Promise<T> {}
console.log(made, failed, thrown, adopting, new Deferred((r) => r('sub')));
await new Promise((r) => setTimeout(r, 5));
console.log(later, made instanceof Promise, (async () => 1)() instanceof Promise, Promise.name, Promise.length);
console.log(Promise, String(Promise), await Promise.all([made, Promise.resolve(2)]), typeof Promise.withResolvers);
async function slow() { await new Promise((r) => setTimeout(r, 5)); return 'done'; }
const s = slow();
console.log(s);
console.log(await s, s);
`);
  });

  it("passes promises through Promise's statics as Node does: same object, same microtask order", async () => {
    await expectSameAsNode(`
const p = Promise.resolve('a');
console.log(Promise.resolve(p) === p);
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
Promise.race([p]).then(() => console.log('race'));
Promise.all([p]).then(() => console.log('all'));
Promise.allSettled([p]).then(() => console.log('allSettled'));
Promise.any([p]).then(() => console.log('any'));
Promise.reject(new Error('x')).catch(() => console.log('caught'));
class Deferred<T> extends Promise<T> {}
console.log(Deferred.resolve(1) instanceof Deferred);
await new Promise((r) => setTimeout(r, 0));
`);
  });

  it('orders sync code, microtasks, timers, generators and async code as Node does', async () => {
    await expectSameAsNode(`
console.log('sync 1');
setTimeout(() => console.log('timeout 0'), 0);
setTimeout(() => console.log('timeout 1'), 1);
setTimeout((a: string, b: string) => {
  console.log('timeout 40', a, b);
  Promise.resolve().then(() => console.log('micro in timeout'));
}, 40, 'x', 'y');
setTimeout(() => console.log('timeout 40b'), 40);
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2'));
queueMicrotask(() => console.log('queueMicrotask'));
(async () => { console.log('async start'); await null; console.log('async after await'); })();
function* g(): Generator<number, string, number> {
  console.log('gen start');
  const x = yield 1;
  console.log('got', x);
  try { yield x * 2; } finally { console.log('gen finally'); }
  return 'done';
}
const it = g();
console.log(it.next(), it.next(21), it.return('early'), it.next());
function* inner() { const r = yield 'i1'; return r; }
function* outer() { const r = yield* inner(); console.log('delegated', r); }
const o = outer(); console.log(o.next(), o.next('sent'));
const cancelled = setTimeout(() => console.log('never'), 5);
clearTimeout(cancelled);
await new Promise<void>((resolve) => {
  let n = 0;
  const iv = setInterval(() => {
    console.log('tick', ++n);
    if (n === 3) { clearInterval(iv); resolve(); }
  }, 2);
});
await new Promise((r) => setTimeout(r, 60));
console.log('after await');
async function* ag() { yield 1; await new Promise((r) => setTimeout(r, 5)); yield 2; }
for await (const v of ag()) console.log('ag', v);
const results = await Promise.all([1, 2, 3].map(async (i) => { await new Promise((r) => setTimeout(r, 40 - 10 * i)); console.log('done', i); return i * i; }));
console.log(results);
const settled = await Promise.allSettled([Promise.reject(new Error('no')).catch((e) => e.message), Promise.resolve(1)]);
console.log(settled);
setTimeout(() => console.log('last timer'), 15);
console.log('end of main');
`);
  });
});

describe('TypeScript runs', () => {
  it("runs the workers' warm-up program to the end without an error", async () => {
    expect((await warmUpTypeScript()).status).toBe('ok');
  });

  it('supports top-level await and waits for pending timers', async () => {
    const r = await runTypeScriptInNode(
      "const v = await new Promise<number>((r) => setTimeout(() => r(7), 30));\nconsole.log(v);\nsetTimeout(() => console.log('later'), 80);\n",
    );
    expect(r.result.status).toBe('ok');
    expect(r.output).toBe('7\nlater\n');
    expect(r.result.durationMs).toBeGreaterThanOrEqual(100);
    expect(r.result.runtimeLabel).toMatch(/^TypeScript \(sucrase 3\.\d+\.\d+\) on V8/);
  });

  it('reports an uncaught error with the reader line numbers', async () => {
    const r = await runTypeScriptInNode(
      "console.log('before');\nfunction f(n: number): number {\n  if (n === 0) throw new Error('boom');\n  return f(n - 1);\n}\nf(1);\nconsole.log('not reached');\n",
    );
    expect(r.result.status).toBe('error');
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(
      'Uncaught Error: boom\n    at f (main.ts:3:22)\n    at f (main.ts:4:10)\n    at main.ts:6:1\n',
    );
    expect(r.result.errorLocation).toEqual({ line: 3, column: 22, message: 'Error: boom' });
  });

  it('reports an error thrown after an await, and in a timer callback', async () => {
    const a = await runTypeScriptInNode('await null;\nconst o: any = null;\no.x;\n');
    expect(a.stderr).toBe("Uncaught TypeError: Cannot read properties of null (reading 'x')\n    at main.ts:3:3\n");
    const t = await runTypeScriptInNode(
      "setTimeout(() => {\n  throw new RangeError('late');\n}, 5);\nsetTimeout(() => console.log('never'), 50);\n",
    );
    expect(t.result.status).toBe('error');
    expect(t.stdout).toBe('');
    expect(t.stderr).toBe('Uncaught RangeError: late\n    at main.ts:2:9\n');
  });

  it('reports an unhandled rejection and ends the run', async () => {
    const r = await runTypeScriptInNode(
      "async function f() {\n  await null;\n  throw new TypeError('bad');\n}\nf();\nsetTimeout(() => console.log('never'), 100);\n",
    );
    expect(r.result.status).toBe('error');
    expect(r.stderr).toBe('Uncaught TypeError: bad\n    at f (main.ts:3:9)\n');
    expect(r.result.errorLocation?.line).toBe(3);
    expect(r.stdout).toBe('');
  });

  it('prints thrown non-errors and logged errors like the Node REPL', async () => {
    const r = await runTypeScriptInNode("console.log(new Error('shown'));\nthrow 'text';\n");
    expect(r.stdout).toBe('Error: shown\n    at main.ts:1:13\n');
    expect(r.stderr).toBe("Uncaught 'text'\n");
  });

  it('shows syntax errors with line, column and caret', async () => {
    const r = await runTypeScriptInNode('const a = 1;\nlet c = );\n');
    expect(r.result.status).toBe('error');
    expect(r.result.errorLocation).toEqual({ line: 2, column: 9, message: 'SyntaxError: Unexpected token' });
    expect(r.stderr).toBe('main.ts:2:9\nlet c = );\n        ^\n\nSyntaxError: Unexpected token\n');
  });

  it('caps the output', async () => {
    const r = await runTypeScriptInNode('for (let i = 0; i < 100; i++) console.log(i);', { maxOutputLines: 10 });
    expect(r.result.status).toBe('output-limit');
    expect(r.stdout).toBe(Array.from({ length: 10 }, (_, i) => `${i}\n`).join(''));
    expect(r.stderr).toContain('more than 10 lines');
    const exact = await runTypeScriptInNode('for (let i = 0; i < 10; i++) console.log(i);', { maxOutputLines: 10 });
    expect(exact.result.status).toBe('ok');
  });

  it('cuts the output by size too: one very long line stops the program', async () => {
    const r = await runTypeScriptInNode("console.log('x'.repeat(5_000_000));\nconsole.log('after');");
    expect(r.result.status).toBe('output-limit');
    expect(r.stdout).toBe('x'.repeat(MAX_OUTPUT_CHARACTERS));
    expect(r.stderr).toBe(`\n[Stopped: the program printed more than ${MAX_OUTPUT_CHARACTERS} characters.]\n`);
  });

  it('ends a run that outlives its time limit', async () => {
    const r = await runTypeScriptInNode("setInterval(() => {}, 10);\nconsole.log('started');", { timeoutMs: 200 });
    expect(r.result.status).toBe('timeout');
    expect(r.stdout).toBe('started\n');
    expect(r.stderr).toContain('time limit');
  });

  it('notices a top-level await that can never settle', async () => {
    const r = await runTypeScriptInNode('await new Promise(() => {});');
    expect(r.result.status).toBe('error');
    expect(r.stderr).toContain('cannot finish');
  });

  it('blocks the network and module imports', async () => {
    const f = await runTypeScriptInNode("await fetch('https://example.com');");
    expect(f.stderr).toContain("Network access is not available in the examples' sandbox (fetch)");
    const w = await runTypeScriptInNode("new WebSocket('wss://example.com');");
    expect(w.stderr).toContain("Network access is not available in the examples' sandbox (WebSocket)");
    const x = await runTypeScriptInNode('new XMLHttpRequest();');
    expect(x.stderr).toContain('(XMLHttpRequest)');
    const i = await runTypeScriptInNode("import {readFileSync} from 'fs';\nreadFileSync('x');");
    expect(i.stderr).toContain("Cannot import 'fs'");
    const d = await runTypeScriptInNode("await import('fs');");
    expect(d.stderr).toContain("Cannot import 'fs'");
    const p = await runTypeScriptInNode('console.log(typeof process, typeof setImmediate, typeof Buffer);');
    expect(p.stdout).toBe('undefined undefined undefined\n');
  });

  it('captures output of code that reaches console through the global object', async () => {
    const original = globalThis.console;
    const r = await runTypeScriptInNode(
      [
        'new Function("console.log(\'from new Function\')")();',
        '(0, eval)("console.error(\'from indirect eval\')");',
        "globalThis.console.log('from globalThis');",
      ].join('\n'),
    );
    expect(r.result.status).toBe('ok');
    expect(r.output).toBe('from new Function\nfrom indirect eval\nfrom globalThis\n');
    expect(r.stderr).toBe('from indirect eval\n');
    expect(globalThis.console).toBe(original);
  });

  it('in a realm of its own, hands the program the global timers too, and gives them back', async () => {
    const original = globalThis.setTimeout;
    const chunks: string[] = [];
    const result = await runTypeScript(
      'new Function("setTimeout(() => console.log(\'timer set through the global object\'), 20)")();',
      { onOutput: (chunk) => chunks.push(chunk.text) },
      { realmGlobals: 'all' },
    );
    expect(result.status).toBe('ok');
    expect(chunks.join('')).toBe('timer set through the global object\n');
    expect(globalThis.setTimeout).toBe(original);
  });

  it('prints console.trace with the reader frames', async () => {
    const r = await runTypeScriptInNode("function where() {\n  console.trace('here %d', 1);\n}\nwhere();\n");
    expect(r.stderr).toBe('Trace: here 1\n    at where (main.ts:2:11)\n    at main.ts:4:1\n');
  });
});
