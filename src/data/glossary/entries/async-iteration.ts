/** Entries for asynchronous iteration and asynchronous context managers (chapter 10). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const asyncIterationEntries = {
  'async-iterable': {
    aliases: ['async iterable'],
    keywords: ['__aiter__', 'AsyncIterable', 'async for', 'stream'],
    definition:
      'An asynchronous iterable is an object whose `__aiter__` method returns an asynchronous iterator, so `async for` can loop over it. ' +
      'It suits sequences whose items arrive over time, such as messages from a socket or pages of an API. ' +
      'Like `__iter__`, `__aiter__` is a plain method, not a coroutine: only `__anext__` returns an awaitable.',
    python: {
      match: 'same',
      forms: ['__aiter__(self)', 'aiter(x)', 'collections.abc.AsyncIterable'],
      note: 'The built-in `aiter()` exists from Python 3.10.',
    },
    typescript: {
      match: 'same',
      forms: ['[Symbol.asyncIterator](): AsyncIterator<T>', 'AsyncIterable<T>'],
    },
    seeAlso: ['async-iterator', 'async-for', 'iterable', 'symbol-async-iterator'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-iterator-protocol',
      section: 'The async iterator protocol',
    },
  },

  'async-iterator': {
    aliases: ['async iterator'],
    keywords: ['__anext__', 'anext()', 'AsyncIterator', 'PEP 492'],
    definition:
      'An asynchronous iterator has an `__anext__` method that returns an awaitable; awaiting it gives the next item or raises `StopAsyncIteration`. ' +
      'Fetching each item may therefore suspend the task while the item is produced. ' +
      'Its `__aiter__` returns itself, mirroring ordinary iterators.',
    python: {
      match: 'same',
      forms: [
        'async def __anext__(self)',
        '__aiter__(self) → self',
        'await anext(it)',
        'collections.abc.AsyncIterator',
      ],
    },
    typescript: {
      match: 'same',
      forms: ['next(): Promise<IteratorResult<T>>', 'AsyncIterator<T>', 'AsyncIterableIterator<T>'],
    },
    snippet: {
      python:
        'import asyncio\n\nclass Ticks:\n    def __init__(self, n):\n        self.n = n\n\n    def __aiter__(self):\n        return self\n\n    async def __anext__(self):\n        if self.n == 0:\n            raise StopAsyncIteration\n        self.n -= 1\n        await asyncio.sleep(0.1)\n        return self.n\n\nasync def main():\n    async for tick in Ticks(3):\n        print(tick)  # 2, 1, 0\n\nasyncio.run(main())',
    },
    seeAlso: ['async-iterable', 'stop-async-iteration', 'iterator', 'async-generator'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-iterator-protocol',
      section: 'The async iterator protocol',
    },
  },

  'stop-async-iteration': {
    aliases: [],
    keywords: ['end of async iteration', 'done: true'],
    definition:
      '`StopAsyncIteration` is what an asynchronous iterator raises from `__anext__` when it has no more items, and `async for` treats it as the normal end. ' +
      'It is separate from `StopIteration` because a coroutine cannot let `StopIteration` escape: that exception already means "this coroutine returned". ' +
      'An async generator raises it for you when its body finishes.',
    python: {
      match: 'same',
      forms: ['StopAsyncIteration'],
    },
    typescript: {
      match: 'closest',
      forms: ['Promise<{ value: undefined, done: true }>'],
      note: 'No exception: the promise from `next()` fulfils with a result whose `done` is true.',
    },
    seeAlso: ['async-iterator', 'stop-iteration', 'async-for'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-iterator-protocol',
      section: 'The async iterator protocol',
    },
  },

  'async-generator': {
    aliases: ['async generator', 'asynchronous generator function'],
    keywords: ['PEP 525', 'asend', 'athrow', 'aclose', 'async def yield'],
    definition:
      'An asynchronous generator is an `async def` function with `yield` in its body: it can `await` between items, and calling it returns an async generator object that is an async iterator. ' +
      'Its methods `asend()`, `athrow()` and `aclose()` are the awaitable versions of `send()`, `throw()` and `close()`. ' +
      'It cannot `return` a value, and `yield from` is not allowed inside it.',
    python: {
      match: 'same',
      forms: [
        'async def f(): … yield …',
        'agen.asend(v)',
        'agen.athrow(e)',
        'await agen.aclose()',
        'types.AsyncGeneratorType',
      ],
      note: 'Added by PEP 525 (Python 3.6).',
    },
    typescript: {
      match: 'same',
      forms: ['async function* f() { … }', 'AsyncGenerator<T, R, N>'],
    },
    snippet: {
      python:
        'import asyncio\n\nasync def ticks(n):\n    for i in range(n):\n        await asyncio.sleep(0.1)\n        yield i\n\nasync def main():\n    print([i async for i in ticks(3)])  # [0, 1, 2]\n\nasyncio.run(main())',
    },
    seeAlso: ['js-async-generator', 'async-iterator', 'generator', 'async-for'],
    introducedIn: { doc: '10-async-iteration/index.mdx', anchor: 'async-generators', section: 'Async generators' },
  },

  'async-for': {
    aliases: ['async for loop'],
    keywords: ['__aiter__', '__anext__', 'for await'],
    definition:
      '`async for item in source:` is a `for` loop that awaits each step: it calls `__aiter__` once, then awaits `__anext__()` until `StopAsyncIteration`. ' +
      'Other tasks can run while the loop waits for the next item. ' +
      'It only works inside `async def` and only on asynchronous iterables; an ordinary list is a `TypeError`.',
    python: {
      match: 'same',
      forms: ['async for item in aiterable:'],
    },
    typescript: {
      match: 'same',
      forms: ['for await (const item of source)'],
      note: '`for await` also accepts an ordinary iterable, awaiting each of its values.',
    },
    seeAlso: ['for-await-of', 'async-iterable', 'async-comprehension', 'async-generator'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-for-desugared',
      section: '`async for`, desugared',
    },
  },

  'async-comprehension': {
    aliases: ['async comprehension'],
    keywords: ['PEP 530', 'async for in list comprehension'],
    definition:
      'An asynchronous comprehension uses `async for` in a list, set or dict comprehension, or `await` in any comprehension, such as `[x async for x in source]`. ' +
      'The list, set and dict forms must appear inside `async def` and run their loop in the enclosing coroutine. ' +
      'In round brackets it makes an asynchronous generator expression instead, which (from Python 3.8) any function may create, since nothing runs until it is iterated.',
    python: {
      match: 'same',
      forms: ['[x async for x in aiterable]', '[await f(x) for x in xs]', '(x async for x in aiterable)'],
      note: 'Added by PEP 530 (Python 3.6).',
    },
    typescript: {
      match: 'closest',
      forms: ['for await (const x of source) results.push(x)', 'Array.fromAsync(source)'],
      note: 'No comprehensions in JavaScript; a loop does it, and newer runtimes have `Array.fromAsync`.',
    },
    seeAlso: ['async-for', 'generator-expression', 'async-generator'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-comprehensions',
      section: 'Async comprehensions',
    },
  },

  'async-context-manager': {
    aliases: ['async context manager'],
    keywords: ['__aenter__', '__aexit__', 'asynccontextmanager', 'await using', 'Symbol.asyncDispose'],
    definition:
      'An asynchronous context manager has awaitable setup and cleanup methods, `__aenter__` and `__aexit__`, so opening and closing a connection can wait without blocking the loop. ' +
      '`contextlib.asynccontextmanager` builds one from an async generator with a single `yield`. ' +
      '`asyncio.TaskGroup` and `asyncio.timeout` are both asynchronous context managers.',
    python: {
      match: 'same',
      forms: [
        'async def __aenter__(self)',
        'async def __aexit__(self, exc_type, exc, tb)',
        '@contextlib.asynccontextmanager',
      ],
    },
    typescript: {
      match: 'closest',
      forms: ['await using x = …', '[Symbol.asyncDispose]()', 'try { … } finally { await cleanup() }'],
      note: 'Explicit resource management (`await using`) is the same idea where the runtime supports it.',
    },
    snippet: {
      python:
        "import asyncio\nfrom contextlib import asynccontextmanager\n\n@asynccontextmanager\nasync def connection():\n    await asyncio.sleep(0.1)\n    print('open')\n    yield 'conn'\n    print('closed')\n\nasync def main():\n    async with connection() as conn:\n        print('using', conn)\n\nasyncio.run(main())",
    },
    seeAlso: ['async-with', 'context-manager', 'task-group'],
    introducedIn: { doc: '10-async-iteration/02-async-with.mdx', anchor: 'async-with', section: '`async with`' },
  },

  'async-with': {
    aliases: ['async with statement'],
    keywords: ['__aenter__', '__aexit__', 'await using'],
    definition:
      '`async with cm as x:` awaits `cm.__aenter__()` before the block and `cm.__aexit__(…)` after it, whether the block finishes or raises. ' +
      'Either step may suspend the task. ' +
      'It is only allowed inside `async def`.',
    python: {
      match: 'same',
      forms: ['async with cm as x:'],
    },
    typescript: {
      match: 'closest',
      forms: ['await using x = …'],
      note: 'Available where the runtime supports explicit resource management; otherwise `try...finally`.',
    },
    seeAlso: ['async-context-manager', 'context-manager', 'task-group'],
    introducedIn: { doc: '10-async-iteration/02-async-with.mdx', anchor: 'async-with', section: '`async with`' },
  },

  'symbol-async-iterator': {
    aliases: ['@@asyncIterator'],
    keywords: ['async iterable', 'for await', 'ES2018'],
    definition:
      '`Symbol.asyncIterator` names the method that makes a JavaScript object async iterable: it returns an object whose `next()` returns a promise of a result. ' +
      '`for await...of` looks it up first and falls back to `Symbol.iterator`. ' +
      "It is Python's `__aiter__`.",
    python: {
      match: 'closest',
      forms: ['__aiter__'],
      note: 'A dunder method name in place of a symbol.',
    },
    typescript: {
      match: 'same',
      forms: ['[Symbol.asyncIterator]()', 'AsyncIterable<T>'],
    },
    snippet: {
      typescript:
        'const source = {\n  async *[Symbol.asyncIterator]() {\n    yield 1;\n    yield 2;\n  },\n};\nfor await (const n of source) console.log(n); // 1, 2',
    },
    seeAlso: ['async-iterable', 'symbol-iterator', 'for-await-of'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-iterator-protocol',
      section: 'The async iterator protocol',
    },
  },

  'for-await-of': {
    aliases: ['for await'],
    keywords: ['async for', 'async iterable', 'ES2018'],
    definition:
      '`for await (const x of source)` loops over an async iterable, awaiting the promise from each `next()` call before running the body. ' +
      'It is only allowed in async functions and at the top level of modules. ' +
      "It is JavaScript's `async for`, except that it also accepts ordinary iterables and awaits their values.",
    python: {
      match: 'closest',
      forms: ['async for x in source:'],
      note: 'The same loop, minus the fallback to ordinary iterables.',
    },
    typescript: {
      match: 'same',
      forms: ['for await (const x of source) { … }'],
    },
    seeAlso: ['async-for', 'symbol-async-iterator', 'js-async-generator'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-iterator-protocol',
      section: 'The async iterator protocol',
    },
  },

  'js-async-generator': {
    aliases: ['AsyncGenerator', 'JavaScript async generator'],
    keywords: ['async generator', 'ES2018', 'for await'],
    definition:
      'A JavaScript async generator function, declared `async function*`, can both `await` and `yield`, and calling it returns an `AsyncGenerator` whose `next`, `throw` and `return` return promises. ' +
      "Unlike Python's async generators it may `return` a value and may delegate with `yield*`. " +
      'Requests made before the previous one finishes are queued, so items come out in order.',
    python: {
      match: 'closest',
      forms: ['async def f(): … yield …'],
      note: 'Python async generators cannot return a value or use `yield from`.',
    },
    typescript: {
      match: 'same',
      forms: ['async function* f(): AsyncGenerator<T, R, N>'],
    },
    snippet: {
      typescript:
        'async function* ticks(n: number) {\n  for (let i = 0; i < n; i++) {\n    await new Promise((r) => setTimeout(r, 100));\n    yield i;\n  }\n}\nfor await (const t of ticks(3)) console.log(t); // 0, 1, 2',
    },
    seeAlso: ['async-generator', 'for-await-of', 'symbol-async-iterator'],
    introducedIn: { doc: '10-async-iteration/index.mdx', anchor: 'async-generators', section: 'Async generators' },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
