/** Entries for coroutines and async/await (chapter 6). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const coroutineEntries = {
  coroutine: {
    aliases: ['coroutine object', 'native coroutine'],
    keywords: ['PEP 492', 'cr_frame', 'getcoroutinestate', 'never awaited', 'lazy'],
    definition:
      'A coroutine is a computation that can suspend in the middle and be resumed later, keeping its local state. ' +
      'In modern Python the word means the object an `async def` function returns: it runs nothing until something drives it, with `await` or by handing it to the event loop. ' +
      'Underneath it is a generator in disguise, steppable by hand with `send(None)`, and it finishes by raising `StopIteration` with its return value.',
    python: {
      match: 'same',
      forms: [
        'types.CoroutineType',
        'collections.abc.Coroutine',
        'coro.send(None)',
        'coro.throw(exc)',
        'coro.close()',
        'inspect.getcoroutinestate(coro)',
      ],
      note: 'A coroutine that is created and dropped without being awaited triggers the "coroutine … was never awaited" `RuntimeWarning`.',
    },
    typescript: {
      match: 'closest',
      forms: ['Generator<T, R, N>', 'Promise<T>'],
      note: 'Calling an async function starts it at once and hands back only a promise, so nothing can step it; a generator object is the steppable equivalent.',
    },
    snippet: {
      python:
        'async def answer():\n    return 42\n\ncoro = answer()\ntry:\n    coro.send(None)\nexcept StopIteration as stop:\n    print(stop.value)  # 42',
    },
    seeAlso: ['coroutine-function', 'await', 'generator', 'task'],
    introducedIn: {
      doc: '06-async-await/index.mdx',
      anchor: 'async-def',
      section: 'async def makes a coroutine function',
    },
  },

  'coroutine-function': {
    aliases: ['async function (Python)'],
    keywords: ['async def', 'iscoroutinefunction'],
    definition:
      'A coroutine function is a function defined with `async def` whose body has no `yield` (with one, it is an asynchronous generator function). ' +
      'Calling it checks the arguments and returns a coroutine object, and none of the body runs until that object is awaited or scheduled. ' +
      'This laziness is the main practical difference from a JavaScript async function.',
    python: {
      match: 'same',
      forms: ['async def f(): …', 'inspect.iscoroutinefunction(f)'],
    },
    typescript: {
      match: 'closest',
      forms: ['async function f() { … }'],
      note: 'The JavaScript async function is eager: its body starts running as soon as it is called.',
    },
    seeAlso: ['coroutine', 'async-def', 'async-function', 'generator-function'],
    introducedIn: {
      doc: '06-async-await/index.mdx',
      anchor: 'async-def',
      section: 'async def makes a coroutine function',
    },
  },

  'async-def': {
    aliases: [],
    keywords: ['PEP 492', 'coroutine function', 'async generator'],
    definition:
      '`async def` defines a coroutine function, inside which `await`, `async for` and `async with` are allowed. ' +
      'If the body also contains `yield`, the result is an asynchronous generator function instead. ' +
      'It arrived with `await` in Python 3.5 (PEP 492).',
    python: {
      match: 'same',
      forms: ['async def name(params): …'],
    },
    typescript: {
      match: 'same',
      forms: ['async function name() { … }', 'async () => { … }', 'async method() { … }'],
      note: 'Same syntax role, different start: a JavaScript async function runs eagerly.',
    },
    seeAlso: ['coroutine-function', 'await', 'async-generator', 'async-function'],
    introducedIn: {
      doc: '06-async-await/index.mdx',
      anchor: 'async-def',
      section: 'async def makes a coroutine function',
    },
  },

  await: {
    aliases: ['await expression'],
    keywords: ['suspend', 'yield from', 'PEP 492'],
    definition:
      '`await x` suspends the current coroutine until the awaitable `x` has a result, then evaluates to that result or raises its exception. ' +
      'It works like `yield from` on the iterator that `x.__await__()` returns: whatever the innermost awaitable yields travels all the way out to the event loop. ' +
      'It is only allowed inside `async def`, which is how suspension stays visible at every level of the call stack.',
    python: {
      match: 'same',
      forms: ['result = await awaitable'],
    },
    typescript: {
      match: 'same',
      forms: ['const result = await value'],
      note: 'JavaScript accepts any value: a thenable is adopted, anything else resumes with the value itself in a microtask.',
    },
    snippet: {
      python:
        "import asyncio\n\nasync def fetch():\n    await asyncio.sleep(0.1)\n    return 'data'\n\nasync def main():\n    print(await fetch())  # data\n\nasyncio.run(main())",
    },
    seeAlso: ['awaitable', 'dunder-await', 'yield-from', 'coroutine'],
    introducedIn: { doc: '06-async-await/index.mdx', anchor: 'what-await-accepts', section: 'What await accepts' },
  },

  awaitable: {
    aliases: ['awaitable object'],
    keywords: ['Awaitable', 'isawaitable', 'coroutine', 'task', 'future', 'PromiseLike'],
    definition:
      'An awaitable is anything that may follow `await`: a coroutine, an asyncio `Task` or `Future`, or any object whose class defines `__await__`. ' +
      'Awaiting a plain value such as an `int` is a `TypeError` in Python. ' +
      '`inspect.isawaitable(x)` asks the question at run time, and `collections.abc.Awaitable` is the type to annotate with.',
    python: {
      match: 'same',
      forms: ['collections.abc.Awaitable', 'inspect.isawaitable(x)', '__await__'],
    },
    typescript: {
      match: 'same',
      forms: ['PromiseLike<T>', 'Awaited<T>'],
      note: 'In JavaScript every value can be awaited; only thenables actually wait.',
    },
    snippet: {
      python:
        "import asyncio\n\nclass Ready:\n    def __await__(self):\n        return (yield from asyncio.sleep(0, 'ready').__await__())\n\nasync def main():\n    print(await Ready())  # ready\n\nasyncio.run(main())",
    },
    seeAlso: ['await', 'dunder-await', 'future', 'thenable'],
    introducedIn: { doc: '06-async-await/index.mdx', anchor: 'what-await-accepts', section: 'What await accepts' },
  },

  'dunder-await': {
    aliases: ['__await__()', 'await protocol'],
    keywords: ['awaitable', '__iter__', 'iterator', 'yield self'],
    definition:
      '`__await__` is the method `await` calls; it must return an iterator, and `await` drives that iterator exactly as `yield from` would. ' +
      "Writing it as a generator is the usual way: `asyncio.Future.__await__` yields the future itself so the task can wait on it, then returns the future's result. " +
      'Any class with this method becomes awaitable.',
    python: {
      match: 'same',
      forms: ['def __await__(self): … yield … return result'],
      note: "It must not return a coroutine; a generator or another awaitable's `__await__()` works.",
    },
    typescript: {
      match: 'closest',
      forms: ['then(onFulfilled, onRejected)'],
      note: 'A `then` method is the JavaScript hook; it is callback-based, so there is no iterator to step.',
    },
    snippet: {
      python:
        'class Number:\n    def __init__(self, value):\n        self.value = value\n\n    def __await__(self):\n        yield from ()  # never suspends\n        return self.value\n\nasync def main():\n    return await Number(7)\n\ntry:\n    main().send(None)\nexcept StopIteration as stop:\n    print(stop.value)  # 7',
    },
    seeAlso: ['awaitable', 'await', 'thenable', 'future'],
    introducedIn: {
      doc: '05-futures/02-asyncio-future.mdx',
      anchor: 'await-future-dance',
      section: 'How a task waits: the dance',
    },
  },

  'generator-based-coroutine': {
    aliases: ['@asyncio.coroutine', 'legacy coroutine'],
    keywords: ['types.coroutine', 'yield from', 'co', 'PEP 3156'],
    definition:
      'Before `async def`, asyncio coroutines were generators decorated with `@asyncio.coroutine` that waited on each other with `yield from`. ' +
      'The machinery underneath is unchanged, which is why `await` still behaves like `yield from`. ' +
      '`@asyncio.coroutine` was removed in Python 3.11; `types.coroutine` remains for low-level generators that must be awaitable.',
    python: {
      match: 'same',
      forms: ['@types.coroutine', 'yield from other()'],
      note: '`@asyncio.coroutine` was deprecated in 3.8 and removed in 3.11.',
    },
    typescript: {
      match: 'closest',
      forms: ['function* + a runner (the co library)'],
      note: 'Before async functions, libraries such as co drove generators that yielded promises: the same idea on promises.',
    },
    snippet: {
      python:
        "import types\n\n@types.coroutine\ndef pause():\n    yield 'paused'\n\nasync def main():\n    await pause()\n\ncoro = main()\nprint(coro.send(None))  # paused",
    },
    seeAlso: ['yield-from', 'coroutine', 'await', 'async-def'],
    introducedIn: {
      doc: '06-async-await/03-history-and-co.mdx',
      anchor: 'generator-based-coroutines',
      section: 'Generator-based coroutines',
    },
  },

  'async-function': {
    aliases: ['JavaScript async function'],
    keywords: ['async', 'eager', 'returns a promise', 'ES2017'],
    definition:
      'A JavaScript async function runs synchronously from the moment it is called until its first `await`, then returns a promise for its eventual result. ' +
      'Each `await` suspends it and resumes it from a microtask once the awaited value settles. ' +
      'Because the call starts the work, there is no separate step of scheduling it, and nothing like a coroutine object to step by hand.',
    python: {
      match: 'closest',
      forms: ['async def f(): …', 'asyncio.create_task(f())'],
      note: 'A Python coroutine is lazy; `create_task` is what starts it, and even then not until the loop gets control.',
    },
    typescript: {
      match: 'same',
      forms: ['async function f(): Promise<T>', 'async () => …'],
    },
    snippet: {
      typescript:
        "async function work() {\n  console.log('body starts');\n  await null;\n  console.log('resumed');\n}\nwork();\nconsole.log('after call');\n// body starts, after call, resumed",
    },
    seeAlso: ['coroutine-function', 'promise', 'await', 'microtask-queue'],
    introducedIn: {
      doc: '06-async-await/index.mdx',
      anchor: 'lazy-vs-eager',
      section: 'Lazy coroutines, eager async functions',
    },
  },

  'top-level-await': {
    aliases: ['module-level await'],
    keywords: ['module', 'ES2022', 'python -m asyncio', 'REPL'],
    definition:
      'Top-level `await` lets a JavaScript module await outside any function; the module, and anything importing it, waits for it to finish loading. ' +
      'Python source files have no equivalent: a script awaits inside `async def` and starts the loop with `asyncio.run`. ' +
      'The asyncio REPL (`python -m asyncio`) and notebooks do accept a bare `await` at the prompt.',
    python: {
      match: 'closest',
      forms: ['asyncio.run(main())', 'python -m asyncio'],
      note: 'Scripts need `asyncio.run`; only the asyncio REPL and notebooks run a loop for you.',
    },
    typescript: {
      match: 'same',
      forms: ['await value (at module level)'],
      note: 'ES2022, in modules only.',
    },
    seeAlso: ['asyncio-run', 'await', 'event-loop'],
    introducedIn: { doc: '06-async-await/index.mdx', anchor: 'where-await-appears', section: 'Where await may appear' },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
