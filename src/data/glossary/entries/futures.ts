/** Entries for futures and promises (chapter 5). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const futureEntries = {
  future: {
    aliases: ['asyncio.Future'],
    keywords: ['Promise', 'placeholder', 'set_result', 'add_done_callback', 'create_future', 'deferred', 'PEP 3156'],
    definition:
      'A future stands for a result that does not exist yet. ' +
      'Whoever produces the result later calls `set_result` or `set_exception`; whoever needs it registers a callback or, in a coroutine, awaits it. ' +
      'An asyncio future is awaitable because its `__await__` yields the future itself to the task driving the coroutine, which then sleeps until the future is done.',
    python: {
      match: 'same',
      forms: [
        'asyncio.Future',
        'loop.create_future()',
        'fut.set_result(v)',
        'fut.set_exception(e)',
        'fut.add_done_callback(fn)',
        'fut.result()',
        'fut.cancel()',
      ],
      note: 'Done callbacks are scheduled with `call_soon`, never run inside `set_result`.',
    },
    typescript: {
      match: 'same',
      forms: ['Promise<T>', 'new Promise((resolve, reject) => …)', 'promise.then(fn)'],
      note: 'A promise is a future whose producer is usually fixed at creation; unlike an asyncio future it cannot be cancelled.',
    },
    snippet: {
      python:
        'import asyncio\n\nasync def main():\n    fut = asyncio.get_running_loop().create_future()\n    asyncio.get_running_loop().call_later(0.1, fut.set_result, 42)\n    print(await fut)  # 42\n\nasyncio.run(main())',
    },
    seeAlso: ['promise', 'task', 'concurrent-future', 'awaitable'],
    introducedIn: {
      doc: '05-futures/index.mdx',
      anchor: 'what-is-a-future',
      section: 'A placeholder for a later result',
    },
  },

  'concurrent-future': {
    aliases: ['thread future', 'concurrent future'],
    keywords: ['ThreadPoolExecutor', 'submit', 'wrap_future', 'result(timeout)', 'blocking wait'],
    definition:
      '`concurrent.futures.Future` is the future that executors return from `submit()`; the result is produced on another thread or process. ' +
      'Its `result()` blocks the calling thread until the value arrives, which is right for threads and wrong inside an event loop. ' +
      '`asyncio.wrap_future` turns one into an asyncio future that a coroutine can await without blocking.',
    python: {
      match: 'same',
      forms: [
        'concurrent.futures.Future',
        'executor.submit(fn, *args)',
        'fut.result(timeout=None)',
        'asyncio.wrap_future(fut)',
      ],
    },
    typescript: {
      match: 'closest',
      forms: ['new Promise(resolve => worker.onmessage = e => resolve(e.data))'],
      note: "No counterpart: JavaScript code does not block waiting for another thread's result (only `Atomics.wait` in a worker can); a promise fed by a worker message is the nearest.",
    },
    seeAlso: ['future', 'executor', 'to-thread', 'blocking-call'],
    introducedIn: {
      doc: '05-futures/index.mdx',
      anchor: 'thread-vs-loop-futures',
      section: 'Thread futures and event-loop futures',
    },
  },

  promise: {
    aliases: ['JavaScript promise'],
    keywords: ['then', 'catch', 'finally', 'resolve', 'reject', 'settled', 'fulfilled', 'rejected', 'future'],
    definition:
      "A `Promise` is JavaScript's future: it starts pending and settles exactly once, fulfilled with a value or rejected with a reason. " +
      'Reactions attached with `then`, `catch` and `finally` always run later as microtasks, even when the promise is already settled. ' +
      'The work behind a promise usually starts eagerly, when it is created, and nothing can cancel it.',
    python: {
      match: 'closest',
      forms: ['asyncio.Future', 'asyncio.Task'],
      note: "An asyncio future is the same placeholder, but it can be cancelled and its callbacks join the loop's ready queue rather than a microtask queue.",
    },
    typescript: {
      match: 'same',
      forms: [
        'Promise<T>',
        'promise.then(onFulfilled, onRejected)',
        'promise.catch(fn)',
        'promise.finally(fn)',
        'Promise.resolve(v)',
        'Promise.reject(e)',
      ],
    },
    snippet: {
      typescript:
        'const later = new Promise<number>((resolve) => setTimeout(() => resolve(42), 100));\nlater.then((value) => console.log(value)); // 42',
    },
    seeAlso: ['future', 'thenable', 'microtask-queue', 'async-function', 'promise-combinators'],
    introducedIn: {
      doc: '05-futures/03-promises.mdx',
      anchor: 'promise-as-future',
      section: 'Promise as a future: then and catch',
    },
  },

  thenable: {
    aliases: ['PromiseLike'],
    keywords: ['then', 'await', 'adopt', 'promise resolution'],
    definition:
      'A thenable is any object with a `then(onFulfilled, onRejected)` method. ' +
      '`await` and promise resolution treat it like a promise: they call its `then` in a microtask and adopt whatever it reports. ' +
      "It is JavaScript's duck-typed hook for custom awaitables, as `__await__` is Python's.",
    python: {
      match: 'closest',
      forms: ['__await__'],
      note: 'An object with `__await__` is what `await` accepts; the hook differs, since `__await__` returns an iterator to drive while `then` takes callbacks.',
    },
    typescript: {
      match: 'same',
      forms: ['PromiseLike<T>', 'then(onFulfilled, onRejected)'],
    },
    snippet: {
      typescript:
        'const answer = {\n  then(resolve: (value: number) => void) {\n    resolve(42);\n  },\n};\nconsole.log(await answer); // 42',
    },
    seeAlso: ['awaitable', 'dunder-await', 'promise', 'await'],
    introducedIn: {
      doc: '05-futures/03-promises.mdx',
      anchor: 'thenables-vs-awaitables',
      section: 'Thenables and awaitables',
    },
  },

  'promise-with-resolvers': {
    aliases: ['deferred', 'Promise.withResolvers'],
    keywords: ['resolve', 'reject', 'externally resolved', 'ES2024'],
    definition:
      '`Promise.withResolvers()` returns `{ promise, resolve, reject }`: a pending promise together with the two functions that settle it. ' +
      'It suits code where the producer is not known when the promise is made, such as an event handler that finishes a pending request. ' +
      'Older runtimes lack it, so the same pattern is often written by saving `resolve` and `reject` from inside `new Promise`.',
    python: {
      match: 'closest',
      forms: ['loop.create_future()', 'fut.set_result(v)', 'fut.set_exception(e)'],
      note: 'An asyncio future is already this: any code holding it can settle it.',
    },
    typescript: {
      match: 'same',
      forms: ['Promise.withResolvers<T>()', '{ promise, resolve, reject }'],
      note: 'ES2024; Node.js has it from version 22.',
    },
    snippet: {
      typescript:
        "const { promise, resolve } = Promise.withResolvers<string>();\nsetTimeout(() => resolve('done'), 100);\nconsole.log(await promise); // done\n\n// The same, where withResolvers is missing:\nlet settle!: (value: string) => void;\nconst older = new Promise<string>((r) => (settle = r));",
    },
    seeAlso: ['promise', 'future', 'callback'],
    introducedIn: { doc: '05-futures/03-promises.mdx', anchor: 'deferred', section: 'A hand-made deferred' },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
