/**
 * The course at a glance, for the home page. `tests/unit/chapters.test.ts` checks that every
 * chapter folder under docs/ is listed here and every entry points at a real chapter.
 */
export interface ChapterSummary {
  number: number;
  title: string;
  /** One line: what the reader gets out of the chapter. */
  summary: string;
  /** Path below the docs root, without a leading slash. */
  path: string;
  part: 'I' | 'II' | 'III';
}

export const chapters: readonly ChapterSummary[] = [
  {
    number: 1,
    title: 'Iterators and iterables',
    summary: 'What a for loop really calls, and why some objects can be looped over only once.',
    path: 'iterators',
    part: 'I',
  },
  {
    number: 2,
    title: 'Generators',
    summary: 'Functions that pause at yield, and the send, throw and close that make them coroutines.',
    path: 'generators',
    part: 'I',
  },
  {
    number: 3,
    title: 'Delegating with yield from',
    summary: 'Handing control to a subgenerator, and the first taste of waiting for a result.',
    path: 'yield-from',
    part: 'I',
  },
  {
    number: 4,
    title: 'Event loops from scratch',
    summary: 'Interleaving many computations on one thread with a loop you write yourself.',
    path: 'event-loops',
    part: 'I',
  },
  {
    number: 5,
    title: 'Futures',
    summary: 'A placeholder for a result that arrives later, and the dance between future, task and loop.',
    path: 'futures',
    part: 'I',
  },
  {
    number: 6,
    title: 'async/await and native coroutines',
    summary: 'What async def and await add to generators, and why Python coroutines are lazy.',
    path: 'async-await',
    part: 'II',
  },
  {
    number: 7,
    title: 'Build your own asyncio',
    summary: 'A small event loop that runs real async def code, then the same program on asyncio.',
    path: 'build-your-own-asyncio',
    part: 'II',
  },
  {
    number: 8,
    title: 'asyncio in practice: running many things',
    summary: 'create_task, gather, wait, as_completed and TaskGroup, side by side with Promise.all.',
    path: 'asyncio-in-practice',
    part: 'II',
  },
  {
    number: 9,
    title: 'Cancellation, timeouts and errors',
    summary: 'Stopping work cleanly: cancel, timeout, shield, exception groups and AbortSignal.',
    path: 'cancellation',
    part: 'II',
  },
  {
    number: 10,
    title: 'Async iteration and async context managers',
    summary: 'async for, async generators and async with, and their JavaScript twins.',
    path: 'async-iteration',
    part: 'II',
  },
  {
    number: 11,
    title: 'Blocking work and threads',
    summary: 'What one blocking call does to every task, measured, and the ways out.',
    path: 'blocking-work',
    part: 'II',
  },
  {
    number: 12,
    title: 'A loop that waits for I/O',
    summary: "Non-blocking pipes, selectors and select(timeout): a loop that serves connections, then asyncio's own.",
    path: 'a-loop-that-waits-for-io',
    part: 'III',
  },
  {
    number: 13,
    title: 'Coordinating tasks',
    summary: 'Locks, events, conditions, semaphores, barriers and queues: bounded concurrency and backpressure.',
    path: 'coordinating-tasks',
    part: 'III',
  },
  {
    number: 14,
    title: 'Context, runners and tooling',
    summary: 'Context variables, asyncio.Runner and loop factories, debug mode, tests and call graphs.',
    path: 'context-and-tooling',
    part: 'III',
  },
  {
    number: 15,
    title: 'Common mistakes, and what async/await is',
    summary: 'Ten classic mistakes, each failing live and then fixed, and why async/await is an API, not a library.',
    path: 'common-mistakes',
    part: 'III',
  },
];
