// Run by warmUpTypeScript (warmUp.ts) as a reader's program would be, its output discarded: a small
// program in the style of the tutorial's examples (types, classes, generics, async code,
// generators, timers and console output of the usual kinds of value).
interface Job<T> {
  name: string;
  value: T;
}
class Queue<T> {
  private readonly items: Job<T>[] = [];
  constructor(readonly label: string) {}
  push(job: Job<T>): this {
    this.items.push(job);
    return this;
  }
  *[Symbol.iterator](): Generator<Job<T>> {
    yield* this.items;
  }
}
type Status = 'ok' | 'failed';
enum Level {
  Low,
  High,
}
function* count(limit: number): Generator<number, void, unknown> {
  for (let i = 0; i < limit; i++) yield i;
}
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
async function main(): Promise<Status> {
  const queue = new Queue<number>('jobs').push({ name: 'a', value: 1 }).push({ name: 'b', value: 2 });
  const results = await Promise.all(
    [...queue].map(async ({ name, value }) => {
      await sleep(0);
      return `${name}=${value * 2}`;
    }),
  );
  console.log(results, [...count(3)], Level.High, new Map([['k', { deep: [1, 'two', null] }]]), new Set([1]));
  console.error(new Error('warm-up'), { nested: { level: { deeper: true } } }, Symbol('s'), 1n, undefined);
  queueMicrotask(() => console.log(Promise.resolve(42), typeof main));
  return results.length === 2 ? 'ok' : 'failed';
}
console.log(await main());
