#!/usr/bin/env node
// Lighthouse mobile on two or more pages side by side: the runs alternate between them, so a slow
// spell of a shared machine falls on every page alike. For comparing two builds of one page, each
// served by scripts/serve-build.mjs on its own port.
//   node bench/compare.mjs --runs 5 http://127.0.0.1:4573/docs/reference/glossary http://127.0.0.1:4574/docs/reference/glossary
import { parseArgs } from 'node:util';

import { lighthouseRun, median } from './lighthouse.mjs';

const { values: flags, positionals: urls } = parseArgs({
  options: { runs: { type: 'string', default: '5' } },
  allowPositionals: true,
});
if (urls.length < 2) throw new Error('Give two or more page addresses to compare.');
const runs = new Map(urls.map((url) => [url, []]));
for (let run = 0; run < Number(flags.runs); run += 1) {
  for (const url of urls) {
    const result = await lighthouseRun(url);
    runs.get(url).push(result);
    console.error(`run ${run + 1} ${url}: Performance ${result.performance}, TBT ${Math.round(result.tbt)} ms`);
  }
}
console.log('| page | Performance (median) | all runs | Accessibility | TBT (median) | LCP (median) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [url, results] of runs) {
  const pick = (key) => median(results.map((r) => r[key]));
  console.log(
    `| ${url} | ${pick('performance')} | ${results.map((r) => r.performance).join(', ')} | ${pick('accessibility')} | ${Math.round(pick('tbt'))} ms | ${(pick('lcp') / 1000).toFixed(2)} s |`,
  );
}
