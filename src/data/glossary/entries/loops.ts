/** Entries for event loops and scheduling (chapter 4). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const loopEntries = {
  'event-loop': {
    aliases: ['loop', 'run loop'],
    keywords: ['scheduler', 'asyncio.get_running_loop', 'single thread', 'AbstractEventLoop'],
    definition:
      'An event loop is a scheduler that repeatedly takes the next piece of ready work, runs it until it gives control back, and goes round again. ' +
      'Everything it runs shares one thread, so a switch can only happen where the running code yields or awaits, never in the middle of a statement. ' +
      "In Python you create and run the loop yourself, usually through `asyncio.run`; in JavaScript the host's loop is always there and you never call it.",
    python: {
      match: 'same',
      forms: ['asyncio.get_running_loop()', 'asyncio.AbstractEventLoop', 'loop.run_forever()'],
    },
    typescript: {
      match: 'same',
      forms: ['setTimeout(fn, ms)', 'queueMicrotask(fn)'],
      note: 'The host (a browser or Node.js) owns the loop and there is no object to call: it runs a task, drains the microtask queue, renders or polls for I/O, and repeats.',
    },
    snippet: {
      python:
        "from collections import deque\n\ndef run(*gens):\n    ready = deque(gens)\n    while ready:\n        gen = ready.popleft()\n        try:\n            next(gen)\n        except StopIteration:\n            continue\n        ready.append(gen)\n\ndef count(name, n):\n    for i in range(n):\n        print(name, i)\n        yield\n\nrun(count('a', 2), count('b', 2))  # a 0, b 0, a 1, b 1",
    },
    seeAlso: ['ready-queue', 'call-soon', 'task', 'microtask-queue'],
    introducedIn: { doc: '04-event-loops/index.mdx', anchor: 'smallest-loop', section: 'The smallest loop' },
  },

  callback: {
    aliases: ['callback function', 'done callback'],
    keywords: ['add_done_callback', 'then', 'continuation', 'handler'],
    definition:
      'A callback is a function you give to someone else so they can call it when something happens: a timer fires, a future completes, data arrives. ' +
      'Event loops are, at bottom, queues of callbacks. ' +
      'Chaining them by hand quickly nests and scatters the logic, which is the problem coroutines and `await` solve.',
    python: {
      match: 'same',
      forms: ['loop.call_soon(fn, *args)', 'fut.add_done_callback(fn)'],
      note: 'A done callback receives the future as its only argument.',
    },
    typescript: {
      match: 'same',
      forms: ['setTimeout(fn, ms)', 'promise.then(onFulfilled, onRejected)', 'target.addEventListener(type, fn)'],
    },
    seeAlso: ['call-soon', 'future', 'event-loop', 'promise'],
    introducedIn: {
      doc: '04-event-loops/02-tasks-and-callbacks.mdx',
      anchor: 'tasks-and-callbacks',
      section: 'A queue of callbacks and a task that reschedules itself',
    },
  },

  'call-soon': {
    aliases: ['loop.call_soon()'],
    keywords: ['Handle', 'ready queue', 'schedule', 'call_later', 'call_at'],
    definition:
      "`loop.call_soon(fn, *args)` appends a callback to the loop's ready queue; it runs on the next pass, after the callbacks queued before it. " +
      'It returns a `Handle` whose `cancel()` removes the call before it runs. ' +
      'Futures use it to run their done callbacks and tasks use it to schedule their next step, so nearly everything asyncio does passes through it.',
    python: {
      match: 'same',
      forms: ['loop.call_soon(fn, *args)', 'loop.call_later(delay, fn)', 'loop.call_at(when, fn)', 'asyncio.Handle'],
      note: 'Not thread-safe: from another thread use `call_soon_threadsafe`.',
    },
    typescript: {
      match: 'closest',
      forms: ['setTimeout(fn, 0)', 'queueMicrotask(fn)'],
      note: '`setTimeout(fn, 0)` queues a task for a later turn; `queueMicrotask` runs sooner, before the current turn ends. asyncio has a single ready queue with no such priority split.',
    },
    snippet: {
      python:
        "import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    loop.call_soon(print, 'second')\n    print('first')\n    await asyncio.sleep(0)\n\nasyncio.run(main())",
    },
    seeAlso: ['ready-queue', 'callback', 'queue-microtask', 'call-soon-threadsafe'],
    introducedIn: {
      doc: '04-event-loops/02-tasks-and-callbacks.mdx',
      anchor: 'tasks-and-callbacks',
      section: 'A queue of callbacks and a task that reschedules itself',
    },
  },

  'ready-queue': {
    aliases: ['run queue'],
    keywords: ['_ready', 'deque', 'FIFO', 'round robin'],
    definition:
      'The ready queue holds the callbacks that can run now, in the order they were scheduled. ' +
      'Each pass of the loop runs the callbacks that were queued when the pass began; callbacks added during the pass wait for the next one, so a task that keeps rescheduling itself cannot starve the others. ' +
      'In asyncio it is a `deque` filled by `call_soon` and by timers whose deadline has passed.',
    python: {
      match: 'same',
      forms: ['loop._ready (internal deque)', 'loop.call_soon(fn)'],
    },
    typescript: {
      match: 'closest',
      forms: ['task queue', 'microtask queue'],
      note: 'The host keeps two kinds of queue: one task per turn, then every microtask until the microtask queue is empty.',
    },
    seeAlso: ['call-soon', 'event-loop', 'timer-heap', 'task-queue'],
    introducedIn: {
      doc: '04-event-loops/02-tasks-and-callbacks.mdx',
      anchor: 'tasks-and-callbacks',
      section: 'A queue of callbacks and a task that reschedules itself',
    },
  },

  'timer-heap': {
    aliases: ['scheduled callbacks'],
    keywords: ['heapq', 'TimerHandle', 'call_later', 'call_at', 'deadline', 'sleep', '_scheduled'],
    definition:
      'A timer heap is a priority queue of callbacks keyed by the time they are due, so the loop can always find the earliest deadline cheaply. ' +
      'On each pass the loop moves every timer whose time has come onto the ready queue, and if nothing is ready it sleeps until the earliest deadline. ' +
      '`asyncio.sleep`, timeouts and `call_later` are all built on it.',
    python: {
      match: 'same',
      forms: ['loop.call_later(delay, fn)', 'loop.call_at(when, fn)', 'asyncio.TimerHandle', 'heapq'],
    },
    typescript: {
      match: 'closest',
      forms: ['setTimeout(fn, ms)', 'clearTimeout(id)'],
      note: 'The host keeps its timers internally; `setTimeout` schedules one, and it is queued as a task once due.',
    },
    snippet: {
      python:
        "import heapq\n\ntimers = []\nheapq.heappush(timers, (0.3, 'c'))\nheapq.heappush(timers, (0.1, 'a'))\nheapq.heappush(timers, (0.2, 'b'))\nprint([heapq.heappop(timers)[1] for _ in range(3)])  # ['a', 'b', 'c']",
    },
    seeAlso: ['ready-queue', 'asyncio-sleep', 'timeout', 'event-loop'],
    introducedIn: {
      doc: '07-build-your-own-asyncio/index.mdx',
      anchor: 'step-2-timer-heap',
      section: 'Step 2: timers in a heap',
    },
  },

  'cooperative-multitasking': {
    aliases: ['cooperative scheduling', 'non-preemptive multitasking'],
    keywords: ['interleave', 'green threads', 'lightweight threads', 'preemptive'],
    definition:
      'In cooperative multitasking each task runs until it chooses to give up control, at a `yield` or `await`, and the scheduler then picks another. ' +
      'Between those points a task cannot be interrupted, so a change to shared data that completes before the next `await` needs no lock, and the interleavings are easy to reason about. ' +
      'The price is that one task that never yields, or that blocks, stalls every other.',
    python: {
      match: 'same',
      forms: ['await', 'yield', 'await asyncio.sleep(0)'],
    },
    typescript: {
      match: 'same',
      forms: ['await', 'yield'],
      note: 'JavaScript code on one thread is cooperative in the same way: nothing else runs until the current function returns or awaits.',
    },
    seeAlso: ['event-loop', 'blocking-call', 'gil', 'coroutine'],
    introducedIn: {
      doc: '03-yield-from/02-threads-and-futures.mdx',
      anchor: 'generators-as-lightweight-threads',
      section: 'Generators as lightweight threads',
    },
  },

  gil: {
    aliases: ['global interpreter lock'],
    keywords: ['threads', 'CPU-bound', 'free-threaded', 'PEP 703'],
    definition:
      'The GIL is a lock in CPython that a thread must hold to run Python bytecode, so only one thread executes Python code at a time. ' +
      'Threads still help with waiting, because blocking I/O releases the lock, but they do not speed up pure-Python CPU work. ' +
      'It is one reason to interleave many tasks on one thread with an event loop instead; Python 3.13 added an optional free-threaded build without it, officially supported from 3.14.',
    python: {
      match: 'same',
      forms: ['(CPython internals)', 'sys._is_gil_enabled()'],
      note: '`sys._is_gil_enabled()` exists from Python 3.13.',
    },
    typescript: {
      match: 'closest',
      forms: ['Web Worker', 'SharedArrayBuffer'],
      note: 'No counterpart: each JavaScript thread has its own heap, so there is nothing to lock; workers share only explicit shared memory.',
    },
    seeAlso: ['cooperative-multitasking', 'executor', 'web-worker', 'to-thread'],
    introducedIn: {
      doc: '04-event-loops/index.mdx',
      anchor: 'why-one-thread',
      section: 'Why interleave on one thread?',
    },
  },

  'microtask-queue': {
    aliases: ['job queue', 'PromiseJobs'],
    keywords: ['microtask', 'then', 'await', 'drain', 'ordering'],
    definition:
      'The microtask queue holds promise reactions and other small jobs that must run as soon as the current code finishes. ' +
      'After each task, the host runs microtasks until the queue is empty, including microtasks they add, before it takes the next task, renders or handles I/O. ' +
      'That is why `await` on a resolved promise resumes before any `setTimeout(…, 0)` callback.',
    python: {
      match: 'closest',
      forms: ['loop.call_soon(fn)'],
      note: "asyncio has one ready queue with no fast lane: a completed future's callbacks wait behind whatever was already queued.",
    },
    typescript: {
      match: 'same',
      forms: ['queueMicrotask(fn)', 'promise.then(fn)', 'await'],
    },
    snippet: {
      typescript:
        "setTimeout(() => console.log('task'), 0);\nPromise.resolve().then(() => console.log('microtask'));\nconsole.log('script');\n// script, microtask, task",
    },
    seeAlso: ['task-queue', 'queue-microtask', 'promise', 'event-loop'],
    introducedIn: {
      doc: '04-event-loops/03-the-engines-loop.mdx',
      anchor: 'microtasks',
      section: 'Tasks and microtasks',
    },
  },

  'task-queue': {
    aliases: ['macrotask queue', 'callback queue'],
    keywords: ['setTimeout', 'event', 'MessageChannel', 'turn'],
    definition:
      "The task queue holds the host's units of work: running a script, firing a timer, delivering a click or a network response. " +
      'The loop takes one task, runs it to completion, drains the microtask queue, and only then moves to the next task. ' +
      'A JavaScript "task" in this sense is unrelated to an `asyncio.Task`.',
    python: {
      match: 'closest',
      forms: ['loop.call_soon(fn)', 'loop.call_later(delay, fn)'],
      note: "The nearest thing is asyncio's ready queue, fed by `call_soon` and by expired timers.",
    },
    typescript: {
      match: 'same',
      forms: ['setTimeout(fn, ms)', 'setInterval(fn, ms)', 'MessagePort.postMessage(v)'],
    },
    seeAlso: ['microtask-queue', 'ready-queue', 'event-loop', 'timer-heap'],
    introducedIn: {
      doc: '04-event-loops/03-the-engines-loop.mdx',
      anchor: 'run-to-completion',
      section: 'Your script is a task',
    },
  },

  'queue-microtask': {
    aliases: ['queueMicrotask'],
    keywords: ['microtask', 'schedule'],
    definition:
      '`queueMicrotask(fn)` puts `fn` on the microtask queue, so it runs after the current code finishes but before the next task, timer or render. ' +
      'It is the direct way to get the timing that `Promise.resolve().then(fn)` gives, without creating a promise. ' +
      'A microtask that keeps queueing microtasks starves everything else, just as a blocking call would.',
    python: {
      match: 'closest',
      forms: ['loop.call_soon(fn)'],
      note: '`call_soon` is the nearest; it joins the one ready queue instead of jumping ahead of it.',
    },
    typescript: {
      match: 'same',
      forms: ['queueMicrotask(fn)'],
    },
    snippet: {
      typescript: "queueMicrotask(() => console.log('microtask'));\nconsole.log('sync');\n// sync, microtask",
    },
    seeAlso: ['microtask-queue', 'call-soon', 'task-queue'],
    introducedIn: {
      doc: '04-event-loops/03-the-engines-loop.mdx',
      anchor: 'microtasks',
      section: 'Tasks and microtasks',
    },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
