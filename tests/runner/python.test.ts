import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_EDITION } from '../../src/editions';
import { createNodePythonRunner, type NodePythonRunner } from '../../src/runner/node';
import { MAX_OUTPUT_CHARACTERS } from '../../src/runner/types';
import { normaliseTraceback, runInCPython } from './helpers';

let py: NodePythonRunner;
beforeAll(async () => {
  py = await createNodePythonRunner(CURRENT_EDITION.python);
}, 60_000);

// Programs whose output must be the same on Pyodide (through the runner) and on the machine's
// CPython (through the same driver), apart from traceback caret lines.
const SAME_AS_CPYTHON: Record<string, string> = {
  generators: `
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

gen = countdown(3)
print(gen.__class__.__name__, next(gen), next(gen))
print(list(gen))
def inner():
    received = yield "i1"
    print("inner got", received)
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "o2"
o = outer()
print(next(o))
print(o.send("hello"))
def echo():
    try:
        while True:
            try:
                x = yield
                print("echo", x)
            except ValueError as e:
                print("caught", repr(e))
    finally:
        print("closing")
e = echo(); next(e); e.send(1); e.throw(ValueError("bad")); e.send(2); e.close()
print(sum(x * x for x in range(10)), [*zip("ab", range(5))])
`,
  'asyncio.run nested in a function, gather, create_task order': `
import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name.upper()

async def main():
    t1 = asyncio.create_task(worker("a", 0.03))
    t2 = asyncio.create_task(worker("b", 0.01))
    print("tasks created")
    await asyncio.sleep(0)
    print("after sleep(0)")
    print(await asyncio.gather(t1, t2, worker("c", 0.02)))
    print(asyncio.get_running_loop())
    return 7

def entry():
    return asyncio.run(main())

print("result", entry())
print("again", asyncio.run(main()))
`,
  'run_until_complete, futures, call_soon order': `
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = loop.create_future()
loop.call_soon(print, "soon 1")
loop.call_later(0.02, fut.set_result, "future result")
loop.call_soon(print, "soon 2")
loop.call_later(0.01, print, "later 0.01")
print(loop.run_until_complete(fut))
print(fut.done(), fut.result())

async def coro():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, 3)
    f.add_done_callback(lambda f: print("callback", f.result()))
    return await f

print(loop.run_until_complete(coro()))
print(asyncio.get_event_loop() is loop)
loop.close()
print(loop.is_closed())
`,
  'TaskGroup, timeout, cancellation': `
import asyncio

async def sleeper(name, t):
    try:
        await asyncio.sleep(t)
        print("finished", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("x", 0.02))
        tg.create_task(sleeper("y", 0.01))
    print("group done")
    try:
        async with asyncio.timeout(0.02):
            await sleeper("slow", 1)
    except TimeoutError:
        print("timed out")
    try:
        await asyncio.wait_for(sleeper("w", 1), 0.01)
    except TimeoutError:
        print("wait_for timed out")
    task = asyncio.create_task(sleeper("c", 1))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    async def boom():
        await asyncio.sleep(0.01)
        raise ValueError("boom")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(sleeper("z", 1))
    except* ValueError as eg:
        print("group failed:", eg.exceptions)

asyncio.run(main())
`,
  'sleep ordering, queues, events': `
import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0.005)
    await q.put(None)

async def consumer(q, ev):
    while (item := await q.get()) is not None:
        print("got", item)
    ev.set()

async def main():
    q = asyncio.Queue(maxsize=1)
    ev = asyncio.Event()
    await asyncio.gather(producer(q), consumer(q, ev))
    await ev.wait()
    order = []
    async def s(n, d):
        await asyncio.sleep(d)
        order.append(n)
    await asyncio.gather(*(s(n, d) for n, d in [(1, 0.03), (2, 0.01), (3, 0.02), (4, 0)]))
    print(order)
    async for v in agen():
        print("agen", v)

async def agen():
    for i in range(2):
        await asyncio.sleep(0)
        yield i

asyncio.run(main())
`,
  'exceptions with tracebacks': `
def level3(x):
    return 10 / x

def level2(x):
    return level3(x - 1)

try:
    level2(1)
except ZeroDivisionError as e:
    print("handled:", e)

class AppError(Exception):
    pass

def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("could not load") from e

print("before")
load()
print("not reached")
`,
  'exception inside a coroutine': `
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("inside the coroutine")

async def main():
    print("main")
    try:
        await fail()
    except RuntimeError as e:
        print("caught", e)
    await fail()

try:
    asyncio.run(main())
except RuntimeError as e:
    print("outside:", e)
`,
  'syntax error': `
print("never printed")
def f(:
    pass
`,
  'indentation error': `
if True:
print("x")
`,
  'print end, sep, flush, stderr order': `
import sys
print("a", end="")
print("b", end="", flush=True)
print(" c", 1, 2, sep="-")
sys.stdout.write("partial ")
print("to stderr", file=sys.stderr)
print("line")
sys.stderr.write("err no newline")
print()
print("unicode: é ✓ 🐍", end="|\\n")
`,
  'asyncio watches a pipe with add_reader until a timer writes to it': `
import asyncio, os
async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = loop.create_future()
    loop.add_reader(r, lambda: got.set_result(os.read(r, 100)))
    loop.call_later(0.05, os.write, w, b"ping")
    print("before", got.done())
    print(await got)
    loop.remove_reader(r)
    print(loop.time() - loop.time() <= 0, r in loop._selector.get_map())
asyncio.run(main())
`,
  'SystemExit with status': `
import sys
print("bye")
sys.exit(3)
`,
  'SystemExit with message': `
import sys
sys.exit("fatal: message")
`,
  'input() is unavailable': `
name = input("name? ")
`,
  '__name__, __file__, argv': `
import sys
print(__name__, __file__, sys.argv)
if __name__ == "__main__":
    print("as main")
import dataclasses
@dataclasses.dataclass
class P:
    x: int
print(P(1), sys.modules["__main__"].P is P)
`,
};

describe('Python on Pyodide prints what CPython prints', () => {
  for (const [name, code] of Object.entries(SAME_AS_CPYTHON)) {
    it(name, async () => {
      const ours = await py.run(code);
      const real = runInCPython(code);
      expect(normaliseTraceback(ours.output)).toBe(normaliseTraceback(real.output));
      expect(ours.result.status).toBe(real.status === 0 ? 'ok' : 'error');
    });
  }
});

describe('Python runs', () => {
  it('labels the runtime and reports the error location', async () => {
    expect(py.session.runtimeLabel).toMatch(/^Python 3\.14\.\d+ \(Pyodide 314\.\d+\.\d+\)$/);
    const r = await py.run('x = 1\ndef f():\n    raise ValueError("v")\nf()\n');
    expect(r.result.status).toBe('error');
    expect(r.result.errorLocation).toEqual({ line: 3, message: 'ValueError: v' });
    expect(r.stderr).not.toContain('driver');
    const s = await py.run('print(1)\nx = (\n');
    expect(s.result.errorLocation).toMatchObject({ line: 2, message: "SyntaxError: '(' was never closed" });
  });

  it('really sleeps in time.sleep and asyncio.sleep', async () => {
    const r = await py.run(
      'import time, asyncio\nt = time.monotonic()\ntime.sleep(0.5)\nprint(time.monotonic() - t)\nasyncio.run(asyncio.sleep(0.2))\n',
    );
    const slept = Number(r.stdout);
    expect(slept).toBeGreaterThanOrEqual(0.5);
    expect(slept).toBeLessThan(2); // generous: the test machine may be loaded
    expect(r.result.durationMs).toBeGreaterThanOrEqual(690);
  });

  it('starts every run clean', async () => {
    const first = await py.run(`
import asyncio, sys
leak = "from the first run"
asyncio.set_event_loop(asyncio.new_event_loop())
with open("helper_mod.py", "w") as f:
    f.write("VALUE = 1\\n")
import helper_mod
print(helper_mod.VALUE)
sys.path.append("/nowhere")
`);
    expect(first.stdout).toBe('1\n');
    const second = await py.run(`
import asyncio, sys
print("leak" in globals(), "/nowhere" in sys.path)
with open("helper_mod.py", "w") as f:
    f.write("VALUE = 2\\n")
import helper_mod
print(helper_mod.VALUE)
try:
    asyncio.get_event_loop()
    print("has a loop")
except RuntimeError as e:
    print("RuntimeError:", e)
`);
    expect(second.stdout).toBe(
      "False False\n2\nRuntimeError: There is no current event loop in thread 'MainThread'.\n",
    );
  });

  it("prints a run's garbage in that run: an earlier run's finaliser never prints into a later one", async () => {
    // A reference cycle is freed only by the cyclic garbage collector, which may run at any
    // allocation of a later run: the driver collects at the end of each run instead.
    const leaves = (label: string) => `
class Noisy:
    def __del__(self):
        print("finalised: ${label}")
a = Noisy()
a.self = a
del a
kept = Noisy()  # a global: the module and its functions refer to each other
print("${label} ends")
`;
    for (const options of [{}, { timeline: true }]) {
      const first = await py.run(leaves('first'), options);
      expect(first.output).toBe(runInCPython(leaves('first')).output);
      expect(first.output).toBe('first ends\nfinalised: first\nfinalised: first\n');
      // Enough allocation to trigger an automatic collection, were there garbage left over.
      const second = await py.run('import gc\ngc.collect()\nprint("second", [0] * 3)\n', options);
      expect(second.output).toBe('second [0, 0, 0]\n');
    }
  });

  it('leaves no logging set-up or warning record to the next run: it prints what a fresh CPython prints', async () => {
    // What logging.basicConfig sets up, named loggers and which warnings were shown already
    // ("once" is kept interpreter-wide) all outlive a run unless the driver resets them.
    const configures = (label: string, level: string) => `
import logging, warnings
logging.basicConfig(level=logging.${level}, format="${label} %(levelname)s %(name)s: %(message)s")
logging.getLogger("app").addHandler(logging.StreamHandler())
logging.getLogger("app").warning("once")
logging.debug("debug shows")
warnings.simplefilter("once")
warnings.warn("Old is deprecated")
`;
    const first = await py.run(configures('first', 'DEBUG'));
    expect(first.stderr).toContain('first DEBUG root: debug shows');
    for (const options of [{}, { timeline: true }]) {
      const second = configures('second', 'WARNING');
      const ours = await py.run(second, options);
      expect(ours.output).toBe(runInCPython(second).output);
      expect(ours.output).toContain('UserWarning: Old is deprecated');
      await py.run(configures('first', 'DEBUG'), options);
    }
  });

  it('explains a program that would wait forever', async () => {
    const r = await py.run('import asyncio\nasync def main():\n    await asyncio.Future()\nasyncio.run(main())\n');
    expect(r.result.status).toBe('error');
    expect(r.stderr).toContain('would wait forever');
    expect(r.result.errorLocation?.line).toBe(4);
  });

  it('explains a program that waits for a pipe nobody can write to', async () => {
    const r = await py.run(
      'import asyncio, os\nasync def main():\n    r, w = os.pipe()\n    loop = asyncio.get_running_loop()\n    got = loop.create_future()\n    loop.add_reader(r, got.set_result, None)\n    await got\nasyncio.run(main())\n',
    );
    expect(r.result.status).toBe('error');
    expect(r.stderr).toContain('would wait forever');
  });

  it('blocks the network with a clear message', async () => {
    const r = await py.run(
      'import socket\ntry:\n    socket.create_connection(("example.com", 80))\nexcept OSError as e:\n    print(e)\nimport urllib.request\nurllib.request.urlopen("http://example.com")\n',
    );
    expect(r.stdout).toBe("Network access is not available in the examples' sandbox\n");
    expect(r.result.status).toBe('error');
    expect(r.stderr).toContain("Network access is not available in the examples' sandbox");
    const t = await py.run('import asyncio\nasyncio.run(asyncio.to_thread(print, "x"))\n');
    expect(t.stderr).toContain("threads are not available in the browser's Python (Pyodide)");
  });

  it("keeps programs away from Pyodide's bridges to JavaScript, as on CPython, and says why", async () => {
    const r = await py.run(
      [
        'import sys',
        'for name in ("js", "pyodide_js", "pyodide.code", "pyodide.ffi", "_pyodide_core"):',
        '    try:',
        '        __import__(name)',
        '        print(name, "imported")',
        '    except ModuleNotFoundError as e:',
        '        print(type(e).__name__, e.name, "js" in sys.modules)',
        'import js',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      ['ModuleNotFoundError js False', 'ModuleNotFoundError pyodide_js False']
        .concat(['ModuleNotFoundError pyodide False', 'ModuleNotFoundError pyodide False'])
        .concat(['ModuleNotFoundError _pyodide_core False', ''])
        .join('\n'),
    );
    expect(r.stderr).toContain(
      "ModuleNotFoundError: No module named 'js' (examples run as plain CPython here: they cannot reach the browser, the page or its storage)",
    );
    expect(r.result.errorLocation).toMatchObject({ line: 8 });
    const next = await py.run('import asyncio\nasyncio.run(asyncio.sleep(0))\nprint("next run fine")');
    expect(next.output).toBe('next run fine\n');
  });

  it('caps the output and stops the program', async () => {
    const r = await py.run('i = 0\nwhile True:\n    print(i)\n    i += 1\n', { maxOutputLines: 50 });
    expect(r.result.status).toBe('output-limit');
    expect(r.stdout).toBe(Array.from({ length: 50 }, (_, i) => `${i}\n`).join(''));
    expect(r.stderr).toBe('\n[Stopped: the program printed more than 50 lines.]\n');
    const next = await py.run('print("fine")');
    expect(next.output).toBe('fine\n');
    expect(next.result.status).toBe('ok');
  });

  it('cuts the output by size too: one very long line stops the program', async () => {
    const r = await py.run('print("x" * 5_000_000)\nprint("after")\n');
    expect(r.result.status).toBe('output-limit');
    expect(r.stdout).toBe('x'.repeat(MAX_OUTPUT_CHARACTERS));
    expect(r.stderr).toBe(`\n[Stopped: the program printed more than ${MAX_OUTPUT_CHARACTERS} characters.]\n`);
  });

  it('streams partial lines as they are written', async () => {
    const chunks: string[] = [];
    await py.session.run('print("a", end="")\nprint("b")\n', { onOutput: (c) => chunks.push(c.text) });
    expect(chunks[0]).toBe('a');
    expect(chunks.join('')).toBe('ab\n');
  });
});
