/**
 * Every glossary id with its display name and one-sentence definition.
 *
 * This is the only glossary module in the site's main bundle (`<Term>` imports it for tooltips),
 * so it holds nothing else: the full entries live in ./entries and are loaded only by the
 * reference pages. Add an id here first; TypeScript then requires its entry in ./entries.
 */
import type { TermSummary } from './types';

export const termSummaries = {
  // Iteration (chapter 1)
  iterable: {
    name: 'iterable',
    short: 'An object that can hand out an iterator on request, so a `for` loop can walk over it.',
  },
  iterator: {
    name: 'iterator',
    short: 'An object that produces the items of a sequence one at a time and remembers where it is.',
  },
  'iterator-protocol': {
    name: 'iterator protocol',
    short: 'The pair of methods, `__iter__` and `__next__`, that every `for` loop relies on.',
  },
  'stop-iteration': {
    name: '`StopIteration`',
    short: 'The exception an iterator raises to say it has no more items.',
  },
  'symbol-iterator': {
    name: '`Symbol.iterator`',
    short: 'The well-known symbol naming the method that makes a JavaScript object iterable.',
  },

  // Generators (chapter 2)
  'generator-function': {
    name: 'generator function',
    short: 'A function whose body contains `yield`; calling it returns a generator instead of running the body.',
  },
  generator: {
    name: 'generator',
    short: 'The paused function call that a generator function returns, driven one step at a time.',
  },
  'generator-expression': {
    name: 'generator expression',
    short: 'A comprehension in round brackets that builds a lazy generator instead of a list.',
  },
  yield: {
    name: '`yield`',
    short: 'The keyword that pauses a generator, hands a value out and later receives one back.',
  },
  send: {
    name: '`send()`',
    short: 'The generator method that resumes it and makes the paused `yield` evaluate to a value you choose.',
  },
  throw: {
    name: '`throw()`',
    short: 'The generator method that resumes it by raising an exception at the paused `yield`.',
  },
  close: {
    name: '`close()`',
    short: 'The generator method that ends it early by raising `GeneratorExit` at the paused `yield`.',
  },
  'generator-exit': {
    name: '`GeneratorExit`',
    short: 'The exception `close()` raises inside a generator so its cleanup code can run.',
  },
  'context-manager': {
    name: 'context manager',
    short: 'An object whose `__enter__` and `__exit__` methods run setup and guaranteed cleanup around a `with` block.',
  },

  // Delegation (chapter 3)
  'yield-from': {
    name: '`yield from`',
    short:
      'The expression that hands control to another generator until it finishes and evaluates to its return value.',
  },
  subgenerator: {
    name: 'subgenerator',
    short: 'The inner generator that a `yield from` expression is currently delegating to.',
  },

  // Event loops (chapter 4)
  'event-loop': {
    name: 'event loop',
    short: 'The scheduler that runs ready callbacks and tasks one at a time on a single thread, forever or until done.',
  },
  callback: {
    name: 'callback',
    short: 'A function handed to someone else to be called later, when something has happened.',
  },
  'call-soon': {
    name: '`call_soon()`',
    short: 'The event-loop method that queues a callback to run on the next pass of the loop.',
  },
  'ready-queue': {
    name: 'ready queue',
    short: 'The first-in, first-out queue of callbacks an event loop will run on its next pass.',
  },
  'timer-heap': {
    name: 'timer heap',
    short:
      'The priority queue of timed callbacks, ordered by deadline, that an event loop uses for sleeps and timeouts.',
  },
  'cooperative-multitasking': {
    name: 'cooperative multitasking',
    short: 'Sharing one thread by having each task give up control voluntarily at points it chooses.',
  },
  gil: {
    name: 'GIL',
    short: "CPython's global interpreter lock, which lets only one thread run Python bytecode at a time.",
  },
  'microtask-queue': {
    name: 'microtask queue',
    short: 'The JavaScript queue of promise reactions that runs to empty after every task, before anything else.',
  },
  'task-queue': {
    name: 'task queue',
    short: 'The JavaScript queue of larger jobs, such as timer callbacks and events, that the host runs one per turn.',
  },
  'queue-microtask': {
    name: '`queueMicrotask()`',
    short: 'The JavaScript function that schedules a callback on the microtask queue.',
  },

  // Futures (chapter 5)
  future: {
    name: 'future',
    short: 'A placeholder object for a result that is not known yet, which callbacks and awaiting code can wait on.',
  },
  'concurrent-future': {
    name: '`concurrent.futures.Future`',
    short: 'The thread-safe future returned by executors, which you wait for by blocking a thread.',
  },
  promise: {
    name: '`Promise`',
    short: "JavaScript's future: an object that settles once, with a value or a reason, and notifies its reactions.",
  },
  thenable: {
    name: 'thenable',
    short: 'Any JavaScript object with a `then` method, which `await` and promises treat like a promise.',
  },
  'promise-with-resolvers': {
    name: '`Promise.withResolvers()`',
    short: 'A JavaScript helper that returns a new promise together with its `resolve` and `reject` functions.',
  },

  // async/await (chapter 6)
  coroutine: {
    name: 'coroutine',
    short:
      'A function call that can suspend itself and be resumed later; in Python, the object an `async def` function returns.',
  },
  'coroutine-function': {
    name: 'coroutine function',
    short:
      'A function defined with `async def` (and no `yield`), whose call returns a coroutine object without running its body.',
  },
  'async-def': {
    name: '`async def`',
    short: 'The syntax that defines a coroutine function.',
  },
  await: {
    name: '`await`',
    short: 'The keyword that suspends the current coroutine until an awaitable finishes, then evaluates to its result.',
  },
  awaitable: {
    name: 'awaitable',
    short: 'Anything `await` accepts: a coroutine, a task, a future, or an object with an `__await__` method.',
  },
  'dunder-await': {
    name: '`__await__`',
    short: 'The special method that makes an object awaitable by returning an iterator for `await` to drive.',
  },
  'generator-based-coroutine': {
    name: 'generator-based coroutine',
    short: 'The pre-`async def` way to write coroutines, as generators driven with `yield from`.',
  },
  'async-function': {
    name: 'async function',
    short:
      'A JavaScript function declared with `async`, which runs at once up to its first `await` and returns a promise.',
  },
  'top-level-await': {
    name: 'top-level `await`',
    short: 'Using `await` directly in a JavaScript module body, outside any async function.',
  },

  // Build your own asyncio, asyncio in practice (chapters 7 and 8)
  task: {
    name: 'task',
    short: 'A future that drives a coroutine on an event loop, stepping it whenever what it waits for is done.',
  },
  'run-until-complete': {
    name: '`run_until_complete()`',
    short: 'The event-loop method that runs the loop until one awaitable has finished and returns its result.',
  },
  'asyncio-run': {
    name: '`asyncio.run()`',
    short: 'The entry point that creates an event loop, runs one coroutine to completion and closes the loop.',
  },
  'create-task': {
    name: '`asyncio.create_task()`',
    short: 'The function that wraps a coroutine in a task so it runs concurrently with the caller.',
  },
  'asyncio-sleep': {
    name: '`asyncio.sleep()`',
    short: 'The coroutine that suspends the current task for a time without blocking the loop.',
  },
  gather: {
    name: '`asyncio.gather()`',
    short: 'The function that runs several awaitables concurrently and collects their results in order.',
  },
  'as-completed': {
    name: '`asyncio.as_completed()`',
    short: 'The function that hands back results of several awaitables in the order they finish.',
  },
  'task-group': {
    name: '`asyncio.TaskGroup`',
    short:
      'An async context manager that owns the tasks created in it and waits for all of them before the block ends.',
  },
  'structured-concurrency': {
    name: 'structured concurrency',
    short: 'The rule that concurrent work started in a block must finish inside that block, like a function call.',
  },
  'promise-combinators': {
    name: 'promise combinators',
    short:
      'The JavaScript functions `Promise.all`, `allSettled`, `race` and `any` that combine many promises into one.',
  },

  // Cancellation, timeouts and errors (chapter 9)
  cancellation: {
    name: 'cancellation',
    short: 'Asking a running task to stop, which asyncio delivers as an exception at its current `await`.',
  },
  'cancelled-error': {
    name: '`CancelledError`',
    short: 'The exception asyncio raises inside a task that is being cancelled.',
  },
  timeout: {
    name: 'timeout',
    short: 'A limit on how long to wait, after which the waiting work is cancelled and `TimeoutError` is raised.',
  },
  shield: {
    name: '`asyncio.shield()`',
    short: 'A wrapper that stops the cancellation of the waiter from reaching the awaitable inside.',
  },
  'exception-group': {
    name: '`ExceptionGroup`',
    short: 'An exception that carries several exceptions at once, handled with `except*`.',
  },
  'unhandled-rejection': {
    name: 'unhandled rejection',
    short: 'A rejected JavaScript promise that nobody attached a handler to, which the runtime reports.',
  },
  'abort-controller': {
    name: '`AbortController`',
    short: 'The JavaScript object whose `AbortSignal` tells cooperating code to stop what it is doing.',
  },

  // Async iteration (chapter 10)
  'async-iterable': {
    name: 'asynchronous iterable',
    short: 'An object with `__aiter__`, which `async for` can loop over.',
  },
  'async-iterator': {
    name: 'asynchronous iterator',
    short: 'An iterator whose `__anext__` returns an awaitable, so fetching each item may wait.',
  },
  'stop-async-iteration': {
    name: '`StopAsyncIteration`',
    short: 'The exception an asynchronous iterator raises to say it has no more items.',
  },
  'async-generator': {
    name: 'asynchronous generator',
    short: 'A function defined with `async def` that contains `yield`, producing items it may have to wait for.',
  },
  'async-for': {
    name: '`async for`',
    short: 'The loop that walks an asynchronous iterable, awaiting each item.',
  },
  'async-comprehension': {
    name: 'asynchronous comprehension',
    short: 'A comprehension that uses `async for` or `await` inside a coroutine.',
  },
  'async-context-manager': {
    name: 'asynchronous context manager',
    short: 'A context manager whose setup and cleanup, `__aenter__` and `__aexit__`, are awaitable.',
  },
  'async-with': {
    name: '`async with`',
    short: 'The statement that enters and exits an asynchronous context manager, awaiting both steps.',
  },
  'symbol-async-iterator': {
    name: '`Symbol.asyncIterator`',
    short: 'The well-known symbol naming the method that makes a JavaScript object async iterable.',
  },
  'for-await-of': {
    name: '`for await...of`',
    short: 'The JavaScript loop that awaits each item of an async iterable.',
  },
  'js-async-generator': {
    name: '`async function*`',
    short: 'A JavaScript async generator function, which can both `await` and `yield`.',
  },

  // Blocking work and threads (chapter 11)
  'blocking-call': {
    name: 'blocking call',
    short: 'A call that holds the thread until it returns, freezing every task on that event loop meanwhile.',
  },
  executor: {
    name: 'executor',
    short: 'A pool of threads or processes that runs ordinary functions and hands back futures for their results.',
  },
  'to-thread': {
    name: '`asyncio.to_thread()`',
    short: 'The coroutine function that runs a blocking function in a worker thread and awaits its result.',
  },
  'call-soon-threadsafe': {
    name: '`call_soon_threadsafe()`',
    short: 'The event-loop method that another thread must use to schedule a callback on that loop.',
  },
  'web-worker': {
    name: 'Web Worker',
    short: 'A JavaScript thread with its own event loop and its own objects, reached by passing messages.',
  },

  // A loop that waits for I/O (chapter 12)
  'file-descriptor': {
    name: 'file descriptor',
    short: 'The small integer by which a process names an open file, pipe or socket in calls to the operating system.',
  },
  'non-blocking-io': {
    name: 'non-blocking I/O',
    short:
      'Reading and writing in a mode where a call that would have to wait fails at once instead, so the caller can do something else.',
  },
  readiness: {
    name: 'readiness',
    short: 'The state of a file descriptor that can be read or written right now without waiting.',
  },
  selector: {
    name: 'selector',
    short:
      'An object that watches many file descriptors and, in one call, waits until some are ready or a timeout passes.',
  },
  transport: {
    name: 'transport',
    short:
      'The asyncio object that owns one connection, reads it when the loop says it is ready and hands the bytes to a protocol.',
  },
  'asyncio-streams': {
    name: 'asyncio streams',
    short: '`StreamReader` and `StreamWriter`: buffered, awaitable reads and writes on top of a transport.',
  },
  'poll-phase': {
    name: 'poll phase',
    short:
      "The step of the host's event loop (libuv's in Node) that waits for I/O, for at most the time until the next timer.",
  },

  // Coordinating tasks (chapter 13)
  'critical-section': {
    name: 'critical section',
    short: 'A stretch of code that must run as one step, without another task touching the same state in the middle.',
  },
  'asyncio-lock': {
    name: '`asyncio.Lock`',
    short: 'A lock for tasks: `async with lock:` lets one task at a time through a block that awaits.',
  },
  'asyncio-event': {
    name: '`asyncio.Event`',
    short: 'A flag that tasks can wait for: `set()` wakes every waiter, and `clear()` lowers it again.',
  },
  'condition-variable': {
    name: 'condition variable',
    short:
      'A lock plus a list of waiters, so that a task can sleep until another tells it the shared state has changed.',
  },
  semaphore: {
    name: 'semaphore',
    short:
      'A counter of free places: a task takes one to enter and gives it back on leaving, so at most K tasks are inside.',
  },
  'bounded-semaphore': {
    name: '`asyncio.BoundedSemaphore`',
    short: 'A semaphore that raises `ValueError` when it is released more often than it was acquired.',
  },
  'worker-pool': {
    name: 'worker pool',
    short:
      'A fixed number of tasks that each take the next job when they finish one, so at most that many jobs run at once.',
  },
  barrier: {
    name: 'barrier',
    short:
      'A meeting point that holds every task until a given number of them have arrived, then releases them together.',
  },
  'async-queue': {
    name: '`asyncio.Queue`',
    short:
      'A first-in, first-out buffer between tasks, whose `get()` waits while it is empty and `put()` while it is full.',
  },
  backpressure: {
    name: 'backpressure',
    short: 'Slowing a producer down to the pace of its consumers, as a bounded queue does by making `put()` wait.',
  },
  'queue-shutdown': {
    name: '`Queue.shutdown()`',
    short:
      'The Python 3.13 method that stops a queue taking new items and, once it is empty, ends every `get()` with `QueueShutDown`.',
  },
  channel: {
    name: 'channel',
    short:
      'A queue that producers can close, which consumers read with a loop that ends when it is closed and drained.',
  },

  // Context, runners and tooling (chapter 14)
  'context-variable': {
    name: 'context variable',
    short: 'A variable whose value belongs to the current context, so that each asyncio task sees its own value.',
  },
  runner: {
    name: '`asyncio.Runner`',
    short: 'The object behind `asyncio.run` that owns one event loop and runs coroutines on it until it is closed.',
  },
  'loop-factory': {
    name: 'loop factory',
    short: 'A callable that returns a new event loop, given to a runner to choose or configure the loop it uses.',
  },
  'event-loop-policy': {
    name: 'event-loop policy',
    short: 'The process-wide object that asyncio used to ask for new event loops, deprecated in Python 3.14.',
  },
  'debug-mode': {
    name: 'debug mode',
    short:
      'An asyncio setting that makes the loop report slow callbacks and record where every coroutine, task and callback was created.',
  },
  'slow-callback': {
    name: 'slow callback',
    short:
      'A callback or task step that holds the event loop longer than `loop.slow_callback_duration` before giving it back.',
  },
  'async-test-case': {
    name: '`IsolatedAsyncioTestCase`',
    short: 'The unittest base class whose async test methods each run on a fresh event loop in debug mode.',
  },
  'async-mock': {
    name: '`AsyncMock`',
    short: 'A mock object whose calls return coroutines, so that code under test can await it.',
  },
  'call-graph': {
    name: 'call graph',
    short:
      'The tree of which task is suspended where and which tasks await it, as Python 3.14 can capture and print it.',
  },

  // Common mistakes (chapter 15)
  'floating-promise': {
    name: 'floating promise',
    short:
      'A promise that is neither awaited, returned nor given a rejection handler, so nobody waits for it or hears its errors.',
  },
  'background-task': {
    name: 'background task',
    short:
      'A task started to run on its own while its creator carries on, which must still be referenced and awaited by someone.',
  },
} as const satisfies Record<string, TermSummary>;

export type TermId = keyof typeof termSummaries;

export const termIds = Object.keys(termSummaries) as TermId[];

export function isTermId(id: string): id is TermId {
  return Object.prototype.hasOwnProperty.call(termSummaries, id);
}

/**
 * The summary for `id`, or a thrown error naming the bad id. `<Term>` calls this while rendering,
 * so a typo in a chapter fails the static build rather than shipping a dead link.
 */
export function getTermSummary(id: string): TermSummary {
  if (!isTermId(id)) {
    throw new Error(
      `Unknown glossary id "${id}" in <Term id="${id}">. ` +
        'Use an id defined in src/data/glossary/summaries.ts (the glossary page lists them all).',
    );
  }
  return termSummaries[id];
}
