import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { runTypeScriptInNode } from '../../src/runner/node';
test('run', async () => {
  for (const f of (process.env.FILES ?? '').split(',')) {
    const r = await runTypeScriptInNode(readFileSync(f, 'utf8'), { virtualTime: true, timeline: true });
    writeFileSync(`${f}.out`, r.output);
    console.log(`== ${f} ${r.result.status}\n${r.output}`);
  }
}, 120000);
