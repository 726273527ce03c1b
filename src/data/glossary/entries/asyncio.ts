/** Entries for running many things with asyncio, and for cancellation and errors (chapters 7 to 9). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const asyncioEntries = {
  task: {
    aliases: ['asyncio.Task'],
    keywords: ['step', 'wakeup', 'Future subclass', 'schedule', 'background'],
    definition:
      'A task wraps a coroutine and drives it on the event loop: it sends into the coroutine, and when the coroutine yields a future the task adds a callback to that future to resume itself when it is done. ' +
      'A task is itself a future, so other coroutines can await it, cancel it or ask for its result. ' +
      'The loop keeps only weak references to tasks, so keep your own reference to a task you start and do not await.',
    python: {
      match: 'same',
      forms: ['asyncio.Task', 'asyncio.create_task(coro)', 'task.result()', 'task.cancel()', 'asyncio.current_task()'],
    },
    typescript: {
      match: 'closest',
      forms: ['const promise = asyncFn()'],
      note: "No counterpart is needed: calling an async function already runs it, and the promise it returns plays the part of the task's result.",
    },
    seeAlso: ['create-task', 'future', 'coroutine', 'event-loop'],
    introducedIn: {
      doc: '04-event-loops/02-tasks-and-callbacks.mdx',
      anchor: 'tasks-and-callbacks',
      section: 'A queue of callbacks and a task that reschedules itself',
    },
  },

  'run-until-complete': {
    aliases: ['loop.run_until_complete()'],
    keywords: ['run loop', 'blocking entry point', 'ensure_future'],
    definition:
      '`loop.run_until_complete(aw)` runs the event loop until the given future or coroutine is done and returns its result or raises its exception. ' +
      'A coroutine passed in is wrapped in a task first. ' +
      'It is the low-level ancestor of `asyncio.run`, which also creates the loop and cleans up after it.',
    python: {
      match: 'same',
      forms: ['loop.run_until_complete(aw)', 'asyncio.new_event_loop()'],
    },
    typescript: {
      match: 'closest',
      forms: ['top-level await'],
      note: 'No counterpart: nobody starts or stops the JavaScript loop; a module awaiting at top level is the nearest "wait here until done".',
    },
    seeAlso: ['asyncio-run', 'event-loop', 'task'],
    introducedIn: { doc: '04-event-loops/index.mdx', anchor: 'smallest-loop', section: 'The smallest loop' },
  },

  'asyncio-run': {
    aliases: ['asyncio.run'],
    keywords: ['entry point', 'main', 'new loop', 'Runner'],
    definition:
      '`asyncio.run(main())` creates a fresh event loop, runs the coroutine until it returns, then cancels any tasks still pending, finalises async generators, shuts down the default executor and closes the loop. ' +
      'It is the normal entry point of an asyncio program. ' +
      'It cannot be called from code already running inside an event loop on the same thread.',
    python: {
      match: 'same',
      forms: ['asyncio.run(coro)', 'asyncio.Runner'],
      note: '`asyncio.Runner` (3.11+) runs several coroutines on one loop.',
    },
    typescript: {
      match: 'closest',
      forms: ['await main()', 'main().catch(reportError)'],
      note: 'No counterpart: the host loop already runs, so you just call the async function.',
    },
    snippet: {
      python:
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(0.1)\n    return 'finished'\n\nprint(asyncio.run(main()))  # finished",
    },
    seeAlso: ['run-until-complete', 'event-loop', 'top-level-await', 'create-task'],
    introducedIn: {
      doc: '08-asyncio-in-practice/index.mdx',
      anchor: 'asyncio-run',
      section: 'asyncio.run: the front door',
    },
  },

  'create-task': {
    aliases: ['asyncio.create_task'],
    keywords: ['spawn', 'schedule', 'background task', 'fire and forget', 'ensure_future'],
    definition:
      '`asyncio.create_task(coro)` wraps a coroutine in a task and schedules its first step on the running loop, so it runs concurrently with the caller. ' +
      'The coroutine does not start immediately: it starts the next time the caller yields control to the loop. ' +
      'It returns the task, which you should keep and eventually await, or the task may be garbage-collected and its errors lost.',
    python: {
      match: 'same',
      forms: ['asyncio.create_task(coro, name=None)', 'loop.create_task(coro)', 'TaskGroup.create_task(coro)'],
      note: 'Python 3.12 adds eager task factories that start running the coroutine at once.',
    },
    typescript: {
      match: 'closest',
      forms: ['const pending = work()'],
      note: 'Calling an async function without `await` starts it, and it runs synchronously up to its first `await` before the call returns.',
    },
    snippet: {
      python:
        "import asyncio\n\nasync def child():\n    print('child runs')\n\nasync def main():\n    task = asyncio.create_task(child())\n    print('task created')\n    await task\n\nasyncio.run(main())  # task created, then child runs",
    },
    seeAlso: ['task', 'gather', 'task-group', 'async-function'],
    introducedIn: {
      doc: '08-asyncio-in-practice/index.mdx',
      anchor: 'create-task',
      section: 'create_task: scheduled, not started',
    },
  },

  'asyncio-sleep': {
    aliases: ['asyncio.sleep', 'sleep(0)'],
    keywords: ['delay', 'yield control', 'time.sleep', 'setTimeout'],
    definition:
      '`await asyncio.sleep(delay)` suspends the current task for about `delay` seconds while the loop runs other work; a timer wakes it. ' +
      '`asyncio.sleep(0)` gives control back for exactly one pass of the loop, the standard way to let other tasks run. ' +
      'It is the cooperative opposite of `time.sleep`, which blocks the whole thread.',
    python: {
      match: 'same',
      forms: ['await asyncio.sleep(delay, result=None)', 'await asyncio.sleep(0)'],
    },
    typescript: {
      match: 'closest',
      forms: ['await new Promise((resolve) => setTimeout(resolve, ms))'],
      note: 'No built-in sleep in the language; a promise resolved by a timer is the idiom (Node.js also has `timers/promises`).',
    },
    seeAlso: ['timer-heap', 'blocking-call', 'cooperative-multitasking', 'timeout'],
    introducedIn: {
      doc: '08-asyncio-in-practice/index.mdx',
      anchor: 'sleep-zero',
      section: 'Giving way with sleep(0)',
    },
  },

  gather: {
    aliases: ['asyncio.gather'],
    keywords: ['return_exceptions', 'Promise.all', 'Promise.allSettled', 'concurrently', 'results in order'],
    definition:
      '`asyncio.gather(*aws)` runs the awaitables concurrently, wrapping coroutines in tasks, and returns their results as a list in argument order. ' +
      'By default the first exception propagates to whoever awaits the gather, while the other tasks keep running; with `return_exceptions=True` exceptions are returned in the list instead. ' +
      'Cancelling the gather cancels all the awaitables it holds.',
    python: {
      match: 'same',
      forms: ['await asyncio.gather(*aws, return_exceptions=False)'],
    },
    typescript: {
      match: 'same',
      forms: ['await Promise.all(promises)', 'await Promise.allSettled(promises)'],
      note: '`Promise.all` is the default mode, `Promise.allSettled` roughly `return_exceptions=True`; neither can cancel the losers.',
    },
    snippet: {
      python:
        'import asyncio\n\nasync def double(x):\n    await asyncio.sleep(0.1 * (3 - x))\n    return 2 * x\n\nasync def main():\n    print(await asyncio.gather(double(1), double(2)))  # [2, 4]\n\nasyncio.run(main())',
    },
    seeAlso: ['promise-combinators', 'task-group', 'as-completed', 'create-task'],
    introducedIn: {
      doc: '08-asyncio-in-practice/02-waiting-for-many.mdx',
      anchor: 'gather',
      section: 'gather: all results, in order',
    },
  },

  'as-completed': {
    aliases: ['asyncio.as_completed'],
    keywords: ['asyncio.wait', 'FIRST_COMPLETED', 'Promise.race', 'order of completion'],
    definition:
      '`asyncio.as_completed(aws)` lets you handle results in the order they finish rather than the order you started them. ' +
      'Its lower-level sibling `asyncio.wait(tasks, return_when=…)` returns the sets of done and pending tasks, for example as soon as the first one completes. ' +
      'Neither cancels what is still pending; that decision is yours.',
    python: {
      match: 'same',
      forms: [
        'for next_done in asyncio.as_completed(aws): …',
        'async for task in asyncio.as_completed(aws): …',
        'await asyncio.wait(tasks, return_when=FIRST_COMPLETED)',
      ],
      note: 'The `async for` form, new in Python 3.13, hands back the original tasks as they finish rather than new awaitables.',
    },
    typescript: {
      match: 'closest',
      forms: ['await Promise.race(promises)', 'await Promise.any(promises)'],
      note: '`race` gives only the first settled promise; getting all results in completion order takes a small loop of your own.',
    },
    seeAlso: ['gather', 'promise-combinators', 'task'],
    introducedIn: {
      doc: '08-asyncio-in-practice/02-waiting-for-many.mdx',
      anchor: 'as-completed',
      section: 'as_completed: one by one, as they finish',
    },
  },

  'task-group': {
    aliases: ['TaskGroup', 'task group'],
    keywords: ['async with', 'structured concurrency', 'nursery', 'ExceptionGroup', '3.11'],
    definition:
      '`asyncio.TaskGroup` is an async context manager for starting tasks that must all finish before the `async with` block ends. ' +
      'If any task fails, the group cancels the others, waits for them, and raises the failures together as an `ExceptionGroup`. ' +
      'It is the structured replacement for a loose `create_task` plus `gather`, available from Python 3.11.',
    python: {
      match: 'same',
      forms: ['async with asyncio.TaskGroup() as tg:', 'tg.create_task(coro)'],
    },
    typescript: {
      match: 'closest',
      forms: ['Promise.all(…) + AbortController'],
      note: 'No counterpart: `Promise.all` rejects on the first failure but cannot stop the others; passing them a shared `AbortSignal` and aborting it gets close.',
    },
    snippet: {
      python:
        "import asyncio\n\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n        first = tg.create_task(asyncio.sleep(0.1, 'a'))\n        second = tg.create_task(asyncio.sleep(0.2, 'b'))\n    print(first.result(), second.result())  # a b\n\nasyncio.run(main())",
    },
    seeAlso: ['structured-concurrency', 'exception-group', 'gather', 'async-with'],
    introducedIn: {
      doc: '08-asyncio-in-practice/03-task-groups.mdx',
      anchor: 'task-group',
      section: 'TaskGroup: tasks that cannot outlive their block',
    },
  },

  'structured-concurrency': {
    aliases: [],
    keywords: ['nursery', 'TaskGroup', 'scope', 'no orphan tasks', 'trio'],
    definition:
      'Structured concurrency means concurrent tasks live inside a block of code: the block starts them and does not end until every one has finished or been cancelled. ' +
      'Like a function call, control enters and leaves in one place, so no task outlives the code that started it and no error goes unnoticed. ' +
      'In asyncio it takes the form of `TaskGroup` and `asyncio.timeout`.',
    python: {
      match: 'same',
      forms: ['asyncio.TaskGroup', 'asyncio.timeout(delay)'],
    },
    typescript: {
      match: 'closest',
      forms: ['try { await Promise.all(…) } finally { controller.abort() }'],
      note: 'No built-in support; it has to be built from promises and abort signals.',
    },
    seeAlso: ['task-group', 'cancellation', 'exception-group'],
    introducedIn: {
      doc: '08-asyncio-in-practice/03-task-groups.mdx',
      anchor: 'task-group',
      section: 'TaskGroup: tasks that cannot outlive their block',
    },
  },

  'promise-combinators': {
    aliases: ['Promise.all', 'Promise.allSettled', 'Promise.race', 'Promise.any'],
    keywords: ['gather', 'combine', 'AggregateError', 'wait'],
    definition:
      '`Promise.all`, `Promise.allSettled`, `Promise.race` and `Promise.any` each take many promises and return one. ' +
      '`all` fulfils with every value or rejects with the first reason; `allSettled` waits for everything and reports each outcome; `race` settles like the first to settle; `any` fulfils with the first success or rejects with an `AggregateError`. ' +
      'None of them stops the promises it no longer needs.',
    python: {
      match: 'closest',
      forms: [
        'asyncio.gather(…)',
        'asyncio.gather(…, return_exceptions=True)',
        'asyncio.wait(…, return_when=FIRST_COMPLETED)',
        'asyncio.TaskGroup',
      ],
      note: "asyncio's versions work on tasks, which can be cancelled when the answer is known.",
    },
    typescript: {
      match: 'same',
      forms: ['Promise.all(ps)', 'Promise.allSettled(ps)', 'Promise.race(ps)', 'Promise.any(ps)'],
    },
    snippet: {
      typescript:
        "const wait = (ms: number, v: string) => new Promise<string>((r) => setTimeout(() => r(v), ms));\nconsole.log(await Promise.all([wait(200, 'a'), wait(100, 'b')])); // [ 'a', 'b' ]\nconsole.log(await Promise.race([wait(200, 'a'), wait(100, 'b')])); // b",
    },
    seeAlso: ['gather', 'as-completed', 'exception-group', 'promise'],
    introducedIn: {
      doc: '08-asyncio-in-practice/02-waiting-for-many.mdx',
      anchor: 'gather',
      section: 'gather: all results, in order',
    },
  },

  cancellation: {
    aliases: ['Task.cancel()', 'cancel'],
    keywords: ['cancel', 'abort', 'uncancel', 'cancelling'],
    definition:
      '`task.cancel()` asks a task to stop: the next time it is resumed, `CancelledError` is raised at the `await` where it is suspended. ' +
      'The task can run `finally` blocks and `async with` exits on the way out, and it is expected to let the error propagate. ' +
      'Cancellation is how timeouts, task groups and shutdown stop work, so it must not be swallowed.',
    python: {
      match: 'same',
      forms: ['task.cancel(msg=None)', 'task.cancelled()', 'task.cancelling()', 'task.uncancel()'],
    },
    typescript: {
      match: 'closest',
      forms: ['controller.abort(reason)', 'signal.throwIfAborted()'],
      note: 'Promises cannot be cancelled, only ignored; work stops only if it checks an `AbortSignal` it was given.',
    },
    snippet: {
      python:
        "import asyncio\n\nasync def main():\n    task = asyncio.create_task(asyncio.sleep(10))\n    await asyncio.sleep(0)\n    task.cancel()\n    try:\n        await task\n    except asyncio.CancelledError:\n        print('cancelled:', task.cancelled())  # cancelled: True\n\nasyncio.run(main())",
    },
    seeAlso: ['cancelled-error', 'timeout', 'shield', 'abort-controller'],
    introducedIn: { doc: '09-cancellation/index.mdx', anchor: 'cancelling-a-task', section: 'Cancelling a task' },
  },

  'cancelled-error': {
    aliases: ['asyncio.CancelledError'],
    keywords: ['BaseException', 'AbortError', 'swallow', 'cancel'],
    definition:
      '`asyncio.CancelledError` is the exception a cancelled task sees at its `await`. ' +
      'Since Python 3.8 it derives from `BaseException`, so `except Exception` does not catch it by accident. ' +
      'Catch it only to clean up, and re-raise it; a task that swallows it breaks timeouts and task groups.',
    python: {
      match: 'same',
      forms: ['asyncio.CancelledError', 'except asyncio.CancelledError: …; raise'],
    },
    typescript: {
      match: 'closest',
      forms: ["DOMException named 'AbortError'", 'signal.reason'],
      note: 'What an aborted `fetch` and most abort-aware APIs reject with; it is only a convention, not delivered into running code.',
    },
    seeAlso: ['cancellation', 'generator-exit', 'timeout', 'abort-controller'],
    introducedIn: {
      doc: '09-cancellation/index.mdx',
      anchor: 'dont-swallow-cancelled-error',
      section: 'Do not swallow `CancelledError`',
    },
  },

  timeout: {
    aliases: ['asyncio.timeout', 'asyncio.wait_for'],
    keywords: ['TimeoutError', 'deadline', 'AbortSignal.timeout', 'wait_for'],
    definition:
      'A timeout bounds how long code may wait. ' +
      "`async with asyncio.timeout(delay):` cancels the block when the delay runs out and turns the cancellation into `TimeoutError` at the block's exit; `asyncio.wait_for(aw, delay)` does the same for a single awaitable. " +
      'Both are built on cancellation, which is one more reason never to swallow `CancelledError`.',
    python: {
      match: 'same',
      forms: ['async with asyncio.timeout(delay):', 'await asyncio.wait_for(aw, timeout)', 'TimeoutError'],
      note: '`asyncio.timeout` is new in Python 3.11.',
    },
    typescript: {
      match: 'same',
      forms: ['AbortSignal.timeout(ms)', 'Promise.race([work, timer])'],
      note: 'The JavaScript versions stop waiting, but the work itself continues unless it honours the signal.',
    },
    snippet: {
      python:
        "import asyncio\n\nasync def main():\n    try:\n        async with asyncio.timeout(0.1):\n            await asyncio.sleep(1)\n    except TimeoutError:\n        print('timed out')\n\nasyncio.run(main())",
    },
    seeAlso: ['cancellation', 'cancelled-error', 'abort-controller', 'timer-heap'],
    introducedIn: {
      doc: '09-cancellation/02-timeouts.mdx',
      anchor: 'asyncio-timeout',
      section: '`asyncio.timeout`: a deadline around a block',
    },
  },

  shield: {
    aliases: ['asyncio.shield'],
    keywords: ['protect from cancellation', 'cancel'],
    definition:
      '`await asyncio.shield(aw)` waits for `aw`, but if the waiting task is cancelled, the cancellation stops at the shield: the waiter gets `CancelledError` while `aw` carries on. ' +
      'It is for work that must complete even if the caller gives up, such as saving state. ' +
      'Keep a reference to the shielded task, because nothing else will await it.',
    python: {
      match: 'same',
      forms: ['await asyncio.shield(aw)'],
    },
    typescript: {
      match: 'closest',
      forms: ['(do not pass the outer AbortSignal on)'],
      note: "No counterpart is needed for promises, which can never be cancelled; with signals you shield work by not giving it the caller's signal.",
    },
    seeAlso: ['cancellation', 'cancelled-error', 'task'],
    introducedIn: {
      doc: '09-cancellation/02-timeouts.mdx',
      anchor: 'shield',
      section: '`shield`: stop waiting without stopping the work',
    },
  },

  'exception-group': {
    aliases: ['exception group'],
    keywords: ['except*', 'BaseExceptionGroup', 'PEP 654', 'AggregateError', 'several errors', 'TaskGroup'],
    definition:
      '`ExceptionGroup` carries several unrelated exceptions at once, which is what a task group raises when more than one task fails. ' +
      '`except* SomeError` handles the matching members of the group and lets the rest propagate, and more than one `except*` clause can run for the same group. ' +
      'It arrived in Python 3.11 (PEP 654).',
    python: {
      match: 'same',
      forms: ['ExceptionGroup(msg, excs)', 'BaseExceptionGroup', 'except* ValueError as group:', 'group.exceptions'],
    },
    typescript: {
      match: 'closest',
      forms: ['AggregateError', 'error.errors'],
      note: '`Promise.any` rejects with an `AggregateError`; there is no `except*`, so you inspect `errors` by hand.',
    },
    snippet: {
      python:
        "try:\n    raise ExceptionGroup('two', [ValueError('a'), KeyError('b')])\nexcept* ValueError as group:\n    print('values:', group.exceptions)\nexcept* KeyError as group:\n    print('keys:', group.exceptions)",
    },
    seeAlso: ['task-group', 'structured-concurrency', 'promise-combinators'],
    introducedIn: {
      doc: '09-cancellation/03-errors.mdx',
      anchor: 'task-group-failures',
      section: 'Task groups: one failure cancels the rest',
    },
  },

  'unhandled-rejection': {
    aliases: ['unhandledrejection'],
    keywords: ['never retrieved', 'lost error', 'Task exception was never retrieved', 'set_exception_handler'],
    definition:
      'An unhandled rejection is a promise that rejects while no handler is attached to it. ' +
      'Browsers fire an `unhandledrejection` event and log it, and Node.js by default reports it and exits. ' +
      'asyncio has the same hazard: a task that fails and is never awaited is logged as "Task exception was never retrieved" only when it is garbage-collected.',
    python: {
      match: 'closest',
      forms: ['"Task exception was never retrieved"', 'loop.set_exception_handler(fn)'],
      note: 'asyncio logs instead of stopping the program.',
    },
    typescript: {
      match: 'same',
      forms: ["window.addEventListener('unhandledrejection', fn)", "process.on('unhandledRejection', fn)"],
    },
    seeAlso: ['promise', 'task', 'create-task'],
    introducedIn: {
      doc: '09-cancellation/03-errors.mdx',
      anchor: 'unhandled-task-exceptions',
      section: 'Exceptions nobody retrieved',
    },
  },

  'abort-controller': {
    aliases: ['AbortSignal'],
    keywords: ['abort', 'cancel', 'fetch', 'AbortSignal.timeout', 'AbortSignal.any'],
    definition:
      'An `AbortController` owns an `AbortSignal`; calling `controller.abort(reason)` marks the signal aborted and fires its `abort` event. ' +
      'Code that accepts the signal, such as `fetch` or your own loops, checks it and stops, usually by rejecting with an `AbortError`. ' +
      'It is cooperative: code that ignores the signal keeps running.',
    python: {
      match: 'closest',
      forms: ['task.cancel()', 'asyncio.Event'],
      note: 'asyncio cancellation is delivered into the task at its `await`; an `asyncio.Event` used as a stop flag is the cooperative JavaScript style.',
    },
    typescript: {
      match: 'same',
      forms: [
        'new AbortController()',
        'controller.signal',
        'controller.abort(reason)',
        'signal.aborted',
        'AbortSignal.timeout(ms)',
      ],
    },
    snippet: {
      typescript:
        "const controller = new AbortController();\ncontroller.signal.addEventListener('abort', () => console.log('aborted:', controller.signal.reason));\ncontroller.abort('user left'); // aborted: user left",
    },
    seeAlso: ['cancellation', 'timeout', 'cancelled-error'],
    introducedIn: { doc: '05-futures/03-promises.mdx', anchor: 'no-cancellation', section: 'No cancellation' },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
