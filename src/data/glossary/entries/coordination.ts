/** Entries for locks, events, conditions, semaphores, barriers and queues (chapter 13). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const coordinationEntries = {
  'critical-section': {
    aliases: ['race condition', 'lost update'],
    keywords: ['atomic', 'compare-and-swap', 'Atomics', 'read-modify-write'],
    definition:
      'A critical section reads shared state and writes something based on what it read; if another task changes the state in between, an update is lost. ' +
      'In asyncio, tasks switch only at an `await` that suspends, so code with no `await` in it is a critical section for free, with no atomic instructions. ' +
      'A section that must `await` in the middle needs a lock held across it.',
    python: {
      match: 'same',
      forms: ['code between two awaits', 'async with lock:'],
      note: 'Threads can switch anywhere, which is why `threading` code needs locks built on atomic instructions.',
    },
    typescript: {
      match: 'same',
      forms: ['code between two awaits', 'a promise-based lock'],
      note: '`Atomics` on a `SharedArrayBuffer` exist for memory shared between workers, not for async functions.',
    },
    seeAlso: ['asyncio-lock', 'cooperative-multitasking', 'await'],
    introducedIn: {
      doc: '13-coordinating-tasks/index.mdx',
      anchor: 'no-atomics',
      section: 'Why no atomic instructions',
    },
  },

  'asyncio-lock': {
    aliases: ['mutex', 'lock'],
    keywords: ['acquire', 'release', 'locked()', 'Web Locks', 'navigator.locks'],
    definition:
      '`asyncio.Lock` is held by at most one task; `async with lock:` waits until it is free, takes it, and releases it however the block ends. ' +
      'Waiting tasks get it in the order they asked. ' +
      'It is a flag and a queue of futures, not an operating-system lock, and it only makes sense for a critical section that contains an `await`.',
    python: {
      match: 'same',
      forms: ['lock = asyncio.Lock()', 'async with lock:', 'lock.locked()'],
    },
    typescript: {
      match: 'closest',
      forms: ['a class over promises', 'navigator.locks.request(name, fn) (browsers)'],
      note: 'The language has no lock; the Web Locks API coordinates tabs and workers of one site and is missing from Node 20.',
    },
    snippet: {
      python: 'async with lock:\n    current = await load()\n    await save(current + 1)',
    },
    seeAlso: ['critical-section', 'condition-variable', 'async-with'],
    introducedIn: {
      doc: '13-coordinating-tasks/index.mdx',
      anchor: 'lock',
      section: 'Lock: one task at a time across an await',
    },
  },

  'asyncio-event': {
    aliases: ['Event'],
    keywords: ['set()', 'wait()', 'clear()', 'is_set()', 'flag', 'signal'],
    definition:
      '`asyncio.Event` is a flag that starts lowered. `await event.wait()` suspends until another task calls `event.set()`, which wakes every waiter; while the flag is up, `wait()` returns at once. ' +
      '`clear()` lowers it for the next round.',
    python: {
      match: 'same',
      forms: ['event = asyncio.Event()', 'await event.wait()', 'event.set()', 'event.clear()'],
    },
    typescript: {
      match: 'closest',
      forms: ['a promise and its resolve function'],
      note: 'A promise is an event that can be set once and never cleared; a reusable one replaces the promise on `clear()`.',
    },
    seeAlso: ['promise', 'condition-variable', 'future'],
    introducedIn: {
      doc: '13-coordinating-tasks/index.mdx',
      anchor: 'event',
      section: 'Event: wait until something has happened',
    },
  },

  'condition-variable': {
    aliases: ['Condition', '`asyncio.Condition`'],
    keywords: ['wait_for', 'notify', 'notify_all', 'predicate'],
    definition:
      'A condition variable (`asyncio.Condition`) combines a lock with waiters. ' +
      'A task holding the lock calls `await cond.wait_for(predicate)`, which releases the lock while it sleeps and re-checks the predicate under the lock each time it is woken. ' +
      'Code that changes the state calls `notify_all()` (or `notify(n)`) without knowing what each waiter wants.',
    python: {
      match: 'same',
      forms: ['cond = asyncio.Condition()', 'async with cond:', 'await cond.wait_for(pred)', 'cond.notify_all()'],
    },
    typescript: {
      match: 'closest',
      forms: ['a lock plus a list of resolve functions'],
      note: 'JavaScript has no condition variable for async code; `Atomics.wait` and `Atomics.notify` work on shared memory between threads.',
    },
    seeAlso: ['asyncio-lock', 'asyncio-event'],
    introducedIn: {
      doc: '13-coordinating-tasks/index.mdx',
      anchor: 'condition',
      section: 'Condition: wait until a test passes',
    },
  },

  semaphore: {
    aliases: ['`asyncio.Semaphore`', 'bounded concurrency', 'concurrency limit'],
    keywords: ['at most K at a time', 'rate limit', 'acquire', 'release', 'p-limit'],
    definition:
      'A semaphore holds a count of free places. `async with semaphore:` takes a place or waits for one, and leaving the block gives it back and wakes the longest waiter. ' +
      'Wrapped around each job, it keeps at most K jobs running; a lock is a semaphore with one place.',
    python: {
      match: 'same',
      forms: ['sem = asyncio.Semaphore(k)', 'async with sem:', 'sem.locked()'],
      note: 'Gathering N jobs behind a semaphore still creates N tasks at once; a pool of K workers creates K.',
    },
    typescript: {
      match: 'closest',
      forms: ['a class over promises', 'a pool of K async workers'],
      note: 'JavaScript has no semaphore for async code; `Promise.all` over N calls starts all N.',
    },
    snippet: {
      python:
        'sem = asyncio.Semaphore(10)\n\nasync def limited(url):\n    async with sem:\n        return await fetch(url)',
    },
    seeAlso: ['bounded-semaphore', 'worker-pool', 'asyncio-lock', 'gather'],
    introducedIn: {
      doc: '13-coordinating-tasks/02-semaphores.mdx',
      anchor: 'semaphore',
      section: 'Semaphore: at most K at a time',
    },
  },

  'bounded-semaphore': {
    aliases: ['BoundedSemaphore'],
    keywords: ['released too many times', 'ValueError'],
    definition:
      'A `BoundedSemaphore` is a semaphore that remembers its starting count. ' +
      'A `release()` that would raise the count above it raises `ValueError`, where a plain semaphore would silently gain a place and let one more task in.',
    python: {
      match: 'same',
      forms: ['asyncio.BoundedSemaphore(k)'],
    },
    typescript: {
      match: 'closest',
      forms: ['a semaphore class that checks its count on release'],
      note: 'Nothing built in; the check is one `if` in a hand-written semaphore.',
    },
    seeAlso: ['semaphore'],
    introducedIn: {
      doc: '13-coordinating-tasks/02-semaphores.mdx',
      anchor: 'bounded-semaphore',
      section: 'BoundedSemaphore: catch the extra release',
    },
  },

  'worker-pool': {
    aliases: ['pool of workers', 'worker tasks'],
    keywords: ['N jobs K at a time', 'consumer', 'iterator', 'map with concurrency'],
    definition:
      'A worker pool runs N jobs on K tasks: each worker takes the next job from a shared source (an iterator or a queue) when it finishes the previous one. ' +
      'At most K jobs run at once, only K tasks ever exist, and the jobs can be read lazily, which a `gather` of N jobs behind a semaphore cannot do.',
    python: {
      match: 'same',
      forms: ['await asyncio.gather(*(worker() for _ in range(k)))', 'for job in shared_iterator:'],
    },
    typescript: {
      match: 'same',
      forms: ['await Promise.all(Array.from({ length: k }, worker))', 'for (const job of sharedIterator)'],
    },
    seeAlso: ['semaphore', 'async-queue', 'gather', 'promise-combinators'],
    introducedIn: {
      doc: '13-coordinating-tasks/02-semaphores.mdx',
      anchor: 'bounded-concurrency',
      section: 'N jobs, K at a time',
    },
  },

  barrier: {
    aliases: ['`asyncio.Barrier`'],
    keywords: ['parties', 'n_waiting', 'abort', 'BrokenBarrierError', 'phases'],
    definition:
      '`asyncio.Barrier(parties)` (Python 3.11+) holds every task that calls `await barrier.wait()` until `parties` of them have arrived, then releases them all and resets for the next round. ' +
      '`wait()` returns each task its arrival index. ' +
      '`abort()` breaks the barrier, so that every waiter gets `BrokenBarrierError`.',
    python: {
      match: 'same',
      forms: ['barrier = asyncio.Barrier(n)', 'index = await barrier.wait()', 'barrier.abort()'],
      note: 'New in Python 3.11.',
    },
    typescript: {
      match: 'closest',
      forms: ['a counter and a list of resolve functions'],
      note: 'Nothing built in for async code; a hand-written barrier releases its waiters when the last one arrives.',
    },
    seeAlso: ['semaphore', 'asyncio-event'],
    introducedIn: {
      doc: '13-coordinating-tasks/02-semaphores.mdx',
      anchor: 'barrier',
      section: 'Barrier: wait until everyone has arrived',
    },
  },

  'async-queue': {
    aliases: ['Queue', 'PriorityQueue', 'LifoQueue', 'producer-consumer'],
    keywords: ['put', 'get', 'maxsize', 'task_done', 'join', 'QueueFull', 'QueueEmpty', 'producer', 'consumer'],
    definition:
      '`asyncio.Queue(maxsize)` passes items from producer tasks to consumer tasks in arrival order; `await get()` waits while it is empty and `await put()` while it holds `maxsize` items. ' +
      'Each `put` counts one unfinished item, `task_done()` marks one handled, and `await join()` waits until none are left. ' +
      '`PriorityQueue` hands out the smallest item first and `LifoQueue` the newest.',
    python: {
      match: 'same',
      forms: [
        'queue = asyncio.Queue(maxsize=100)',
        'await queue.put(item)',
        'item = await queue.get()',
        'queue.task_done()',
        'await queue.join()',
      ],
      note: 'Not thread-safe: from another thread, use `loop.call_soon_threadsafe(queue.put_nowait, item)`.',
    },
    typescript: {
      match: 'closest',
      forms: ['an array plus queues of resolve functions'],
      note: 'JavaScript has no queue that async functions can wait on, and no priority queue in its standard library.',
    },
    seeAlso: ['backpressure', 'worker-pool', 'queue-shutdown', 'channel'],
    introducedIn: {
      doc: '13-coordinating-tasks/03-queues.mdx',
      anchor: 'backpressure',
      section: 'Producer, consumer and backpressure',
    },
  },

  backpressure: {
    aliases: ['flow control'],
    keywords: ['maxsize', 'bounded queue', 'full', 'slow consumer', 'memory'],
    definition:
      'Backpressure is a consumer slowing its producer down, so that work waits where it is produced instead of piling up in memory. ' +
      'A queue with a `maxsize` applies it: a producer that finds the queue full is suspended in `put()` until a consumer takes an item. ' +
      'An unbounded queue has none, and a fast producer fills it without limit.',
    python: {
      match: 'same',
      forms: ['asyncio.Queue(maxsize=n)', 'await queue.put(item)', 'await writer.drain()'],
      note: "A stream writer's `drain()` applies the same idea to a socket's buffer.",
    },
    typescript: {
      match: 'same',
      forms: ['a bounded queue by hand', 'await writer.ready (Streams API)', "Node streams' write() returning false"],
      note: 'The Streams API and Node streams have backpressure built in; plain promises do not.',
    },
    seeAlso: ['async-queue', 'worker-pool'],
    introducedIn: {
      doc: '13-coordinating-tasks/03-queues.mdx',
      anchor: 'backpressure',
      section: 'Producer, consumer and backpressure',
    },
  },

  'queue-shutdown': {
    aliases: ['QueueShutDown', 'shutdown()'],
    keywords: ['sentinel', 'close', 'immediate', 'end of stream'],
    definition:
      '`queue.shutdown()` (Python 3.13+) makes every later `put()` raise `asyncio.QueueShutDown`, while `get()` goes on returning the items still queued and then raises it too, in every waiting consumer. ' +
      'Consumer loops can then end cleanly instead of being cancelled. ' +
      '`shutdown(immediate=True)` also discards the queued items.',
    python: {
      match: 'same',
      forms: ['queue.shutdown()', 'except asyncio.QueueShutDown:', 'queue.shutdown(immediate=True)'],
      note: 'New in 3.13; before it, put one sentinel per consumer or cancel the consumers after `join()`.',
    },
    typescript: {
      match: 'closest',
      forms: ["a channel's close()"],
      note: "Nothing built in; a hand-written channel ends its consumers' `for await` loops once it is closed and drained.",
    },
    seeAlso: ['async-queue', 'channel', 'cancellation'],
    introducedIn: {
      doc: '13-coordinating-tasks/03-queues.mdx',
      anchor: 'queue-shutdown',
      section: 'Ending the consumers: Queue.shutdown',
    },
  },

  channel: {
    aliases: ['async channel'],
    keywords: ['Go', 'close', 'for await', 'Symbol.asyncIterator', 'async iterable queue'],
    definition:
      'A channel is a queue with an end: producers send items and finally close it, and consumers read it with a loop that stops once it is closed and empty. ' +
      'In Python an async generator over a queue that is shut down gives one; in JavaScript a class with `[Symbol.asyncIterator]` lets `for await` drain it.',
    python: {
      match: 'closest',
      forms: ['async for item in items(queue):', 'queue.shutdown()'],
      note: 'asyncio has no channel type; a queue, `shutdown()` (3.13+) and a small async generator make one.',
    },
    typescript: {
      match: 'same',
      forms: ['for await (const item of channel)', 'channel.close()', '[Symbol.asyncIterator]()'],
      note: 'Written by hand; no channel is built in.',
    },
    seeAlso: ['async-queue', 'queue-shutdown', 'async-iterable', 'for-await-of'],
    introducedIn: {
      doc: '13-coordinating-tasks/03-queues.mdx',
      anchor: 'queue-shutdown',
      section: 'Ending the consumers: Queue.shutdown',
    },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
