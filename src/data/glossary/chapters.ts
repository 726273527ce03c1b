/** Chapter titles by number, for labels on the reference pages (the sidebar has its own). */
export const chapterTitles: Readonly<Record<number, string>> = {
  1: 'Iterators and iterables',
  2: 'Generators',
  3: 'Delegating with yield from',
  4: 'Event loops from scratch',
  5: 'Futures',
  6: 'async/await and native coroutines',
  7: 'Build your own asyncio',
  8: 'asyncio in practice',
  9: 'Cancellation, timeouts and errors',
  10: 'Async iteration and async context managers',
  11: 'Blocking work and threads',
  12: 'A loop that waits for I/O',
  13: 'Coordinating tasks',
  14: 'Context, runners and tooling',
  15: 'Common mistakes, and what async/await is',
};
