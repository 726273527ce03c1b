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
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
