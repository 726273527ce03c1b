// Every live example on the site, run with the timeline on, must still print exactly the output
// its page documents: recording may not change what a program prints or the order it prints it.
import { beforeAll, describe, expect, test } from 'vitest';

import { CURRENT_EDITION } from '../../src/editions';
import { expectedOutputOn, runsOn } from '../../src/remark/liveCode/blocks';
import { createNodePythonRunner, runTypeScriptInNode, type NodePythonRunner } from '../../src/runner/node';
import { collectExamples } from '../examples/collect';
import { normaliseOutput } from '../examples/normalise';

// Python on the current edition's runtime (the harness covers the others without the timeline).
const examples = collectExamples();
const blocks = examples.flatMap((example) =>
  example.blocks
    .filter((block) => runsOn(block, CURRENT_EDITION.python))
    .map((block) => ({ block, name: `${example.file}:${block.line} ${block.language}` })),
);

describe('recording leaves every example’s output as the page documents it', () => {
  let python: NodePythonRunner;
  beforeAll(async () => {
    python = await createNodePythonRunner(CURRENT_EDITION.python);
  });

  // As in the example harness: a few examples print times rounded to a tenth of a second, which an
  // overloaded machine can stall past; such a run is retried and must still match exactly.
  test.each(blocks)('$name', { retry: 2 }, async ({ block }) => {
    const options = { timeoutMs: Number(block.timeoutMs ?? 10_000), timeline: true };
    const recorded =
      block.language === 'python'
        ? await python.run(block.code, options)
        : await runTypeScriptInNode(block.code, options);
    expect(normaliseOutput(recorded.output)).toBe(normaliseOutput(expectedOutputOn(block, CURRENT_EDITION.python)));
    expect(recorded.result.timeline?.events.length).toBeGreaterThan(0);
  });
});
