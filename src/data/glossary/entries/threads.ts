/** Entries for blocking work and threads (chapter 11). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const threadEntries = {
  'blocking-call': {
    aliases: ['blocking the loop', 'blocking I/O'],
    keywords: ['time.sleep', 'requests', 'CPU-bound', 'freeze', 'slow callback'],
    definition:
      'A blocking call keeps the thread busy until it returns, for example `time.sleep`, a synchronous HTTP request or a long computation. ' +
      "On an event loop's thread that is a stall for everything: no other task, timer or callback can run until it finishes. " +
      'The cure is an awaitable version of the call, or moving it to another thread or process.',
    python: {
      match: 'same',
      forms: ['time.sleep(s)', 'loop.slow_callback_duration', 'asyncio.run(main(), debug=True)'],
      note: 'Debug mode logs callbacks that take longer than `slow_callback_duration`.',
    },
    typescript: {
      match: 'same',
      forms: ['a long synchronous loop', 'alert()', 'synchronous XMLHttpRequest'],
      note: 'On the main thread a blocking call also freezes rendering and input.',
    },
    snippet: {
      python:
        "import asyncio, time\n\nasync def ticker():\n    for _ in range(3):\n        print('tick')\n        await asyncio.sleep(0.1)\n\nasync def main():\n    task = asyncio.create_task(ticker())\n    await asyncio.sleep(0)\n    time.sleep(0.3)  # no ticks while this runs\n    await task\n\nasyncio.run(main())",
    },
    seeAlso: ['to-thread', 'executor', 'cooperative-multitasking', 'asyncio-sleep'],
    introducedIn: {
      doc: '04-event-loops/02-tasks-and-callbacks.mdx',
      anchor: 'never-block-the-loop',
      section: 'Never block the loop',
    },
  },

  executor: {
    aliases: [],
    keywords: [
      'run_in_executor',
      'ThreadPoolExecutor',
      'ProcessPoolExecutor',
      'thread pool',
      'process pool',
      'submit',
      'concurrent.futures',
      'default executor',
    ],
    definition:
      'An executor runs ordinary functions on a pool of worker threads or processes and returns a future for each call. ' +
      '`loop.run_in_executor(executor, fn, *args)` submits the call and gives back an asyncio future, so a coroutine can await blocking work without blocking the loop. ' +
      "Passing `None` uses the loop's default thread pool; CPU-bound work needs a process pool to get around the GIL.",
    python: {
      match: 'same',
      forms: [
        'concurrent.futures.ThreadPoolExecutor',
        'concurrent.futures.ProcessPoolExecutor',
        'await loop.run_in_executor(executor, fn, *args)',
      ],
    },
    typescript: {
      match: 'closest',
      forms: ['new Worker(url)', 'worker.postMessage(job)'],
      note: 'No built-in pool; you create workers yourself or use a library.',
    },
    seeAlso: ['to-thread', 'concurrent-future', 'blocking-call', 'web-worker'],
    introducedIn: {
      doc: '11-blocking-work/02-threads-and-workers.mdx',
      anchor: 'run-in-executor',
      section: '`run_in_executor` and the executor behind it',
    },
  },

  'to-thread': {
    aliases: ['asyncio.to_thread'],
    keywords: ['thread', 'blocking', 'contextvars', 'default executor'],
    definition:
      '`await asyncio.to_thread(fn, *args)` runs a blocking function in the default thread pool and suspends the current task until it returns. ' +
      "It is the short form of `run_in_executor(None, …)`, and it also carries over the caller's context variables. " +
      'Because of the GIL it helps with waiting, not with pure-Python number crunching.',
    python: {
      match: 'same',
      forms: ['await asyncio.to_thread(fn, *args, **kwargs)'],
      note: 'New in Python 3.9. Browser Python (Pyodide) has no threads, so it fails there.',
    },
    typescript: {
      match: 'closest',
      forms: ['new Worker(url)'],
      note: 'No counterpart: a worker cannot run one of your functions with shared objects; you send it data instead.',
    },
    snippet: {
      python:
        "import asyncio, time\n\ndef slow_read():\n    time.sleep(0.2)\n    return 'data'\n\nasync def main():\n    print(await asyncio.to_thread(slow_read))  # data\n\nasyncio.run(main())",
    },
    seeAlso: ['executor', 'blocking-call', 'gil', 'call-soon-threadsafe'],
    introducedIn: {
      doc: '11-blocking-work/02-threads-and-workers.mdx',
      anchor: 'to-thread',
      section: '`asyncio.to_thread`',
    },
  },

  'call-soon-threadsafe': {
    aliases: ['loop.call_soon_threadsafe()'],
    keywords: ['thread', 'wake up', 'self-pipe', 'run_coroutine_threadsafe'],
    definition:
      '`loop.call_soon_threadsafe(fn, *args)` schedules a callback on a loop from a different thread, and wakes the loop if it is sleeping in its selector. ' +
      "Every other loop method assumes it is called from the loop's own thread. " +
      '`asyncio.run_coroutine_threadsafe` builds on it to submit a whole coroutine and get back a `concurrent.futures.Future`.',
    python: {
      match: 'same',
      forms: ['loop.call_soon_threadsafe(fn, *args)', 'asyncio.run_coroutine_threadsafe(coro, loop)'],
    },
    typescript: {
      match: 'closest',
      forms: ['postMessage(data)'],
      note: "No counterpart: threads cannot touch each other's loop; they send messages, which arrive as tasks.",
    },
    seeAlso: ['call-soon', 'to-thread', 'web-worker'],
    introducedIn: {
      doc: '11-blocking-work/02-threads-and-workers.mdx',
      anchor: 'call-soon-threadsafe',
      section: 'Handing results back: `call_soon_threadsafe`',
    },
  },

  'web-worker': {
    aliases: ['Worker', 'worker_threads'],
    keywords: ['postMessage', 'structured clone', 'background thread', 'parallel'],
    definition:
      'A Web Worker runs a script on its own thread with its own event loop and its own heap. ' +
      'The page and the worker share no ordinary objects (only `SharedArrayBuffer` memory can be shared); they exchange copies of data with `postMessage` and receive them as `message` events. ' +
      'It is how JavaScript keeps CPU-heavy work off the main thread, and Node.js has the same model in `worker_threads`.',
    python: {
      match: 'closest',
      forms: ['concurrent.futures.ProcessPoolExecutor', 'multiprocessing'],
      note: 'A separate process with pickled messages is the closest model; Python threads share memory, unlike workers.',
    },
    typescript: {
      match: 'same',
      forms: ['new Worker(url, { type: "module" })', 'worker.postMessage(data)', 'worker.onmessage = (event) => …'],
    },
    seeAlso: ['executor', 'gil', 'call-soon-threadsafe', 'blocking-call'],
    introducedIn: {
      doc: '11-blocking-work/02-threads-and-workers.mdx',
      anchor: 'web-workers',
      section: "Web Workers: JavaScript's way out",
    },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
