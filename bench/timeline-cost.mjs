#!/usr/bin/env node
// What recording a timeline costs: the same program run plainly and with the timeline on, in
// both languages, through the Node-side runners (the browser's code: Pyodide for Python, the
// worker's transpile/instrument/execute for TypeScript). Each program makes 10,000 timeline
// events (5,000 send()/next() round trips into a generator: a resume and a suspend each).
//
//   node bench/timeline-cost.mjs          (prints JSON)
//   import { measureTimelineCost } from './timeline-cost.mjs'   (from bench/run.mjs)
//
// The runners are TypeScript; Vite (already installed for Vitest) loads them.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUND_TRIPS = 5000;

const PYTHON = `
def accumulate():
    total = 0
    while True:
        value = yield total
        total += value * 2 + 1

acc = accumulate()
next(acc)
last = 0
for i in range(${ROUND_TRIPS} - 1):
    last = acc.send(i)
print(last)
`;

const TYPESCRIPT = `
function* accumulate(): Generator<number, never, number> {
  let total = 0;
  while (true) {
    const value = yield total;
    total += value * 2 + 1;
  }
}
const acc = accumulate();
acc.next();
let last = 0;
for (let i = 0; i < ${ROUND_TRIPS} - 1; i++) last = acc.next(i).value;
console.log(last);
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(run, runs) {
  await run(); // warm-up: loads, JIT, first-run caches
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await run();
    times.push(performance.now() - started);
  }
  return { ms: Math.round(median(times) * 10) / 10, last };
}

/**
 * @param {{ runs?: number }} [options] timed runs per measurement (the median is reported)
 * @returns {Promise<{ python: Cost, typescript: Cost }>} where Cost is { plainMs, recordedMs,
 *   events }: the median wall-clock milliseconds of a run, and the events the recording holds
 */
export async function measureTimelineCost({ runs = 5 } = {}) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    resolve: { alias: { '@site': root } },
  });
  try {
    const node = await server.ssrLoadModule('/src/runner/node.ts');
    const options = { timeoutMs: 60_000 };
    const recordedOptions = { ...options, timeline: true, timelineMaxEvents: 2 * ROUND_TRIPS + 100 };

    // The current edition's Python (the runner's default).
    const python = await node.createNodePythonRunner();
    const pyPlain = await time(() => python.run(PYTHON, options), runs);
    const pyRecorded = await time(() => python.run(PYTHON, recordedOptions), runs);

    const tsPlain = await time(() => node.runTypeScriptInNode(TYPESCRIPT, options), runs);
    const tsRecorded = await time(() => node.runTypeScriptInNode(TYPESCRIPT, recordedOptions), runs);

    for (const [name, plain, recorded] of [
      ['Python', pyPlain, pyRecorded],
      ['TypeScript', tsPlain, tsRecorded],
    ]) {
      if (plain.last.output !== recorded.last.output) {
        throw new Error(`${name}: the output with recording differs from the output without it`);
      }
    }
    const cost = (plain, recorded) => ({
      plainMs: plain.ms,
      recordedMs: recorded.ms,
      events: recorded.last.result.timeline?.events.length ?? 0,
    });
    return { python: cost(pyPlain, pyRecorded), typescript: cost(tsPlain, tsRecorded) };
  } finally {
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await measureTimelineCost(), null, 2));
}
