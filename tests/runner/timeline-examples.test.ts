// Every live example on the site, run with the timeline on, must still print exactly the output
// its page documents: recording may not change what a program prints or the order it prints it.
import { beforeAll, describe, expect, test } from 'vitest';

import { createNodePythonRunner, runTypeScriptInNode, type NodePythonRunner } from '../../src/runner/node';
import { collectExamples } from '../examples/collect';
import { normaliseOutput } from '../examples/normalise';

const examples = collectExamples().filter((example) => example.edition.name === 'current');
const blocks = examples.flatMap((example) =>
  example.blocks.map((block) => ({ block, name: `${example.file}:${block.line} ${block.language}` })),
);

describe('recording leaves every example’s output as the page documents it', () => {
  let python: NodePythonRunner;
  beforeAll(async () => {
    python = await createNodePythonRunner('3.14');
  });

  test.each(blocks)('$name', async ({ block }) => {
    const options = { timeoutMs: Number(block.timeoutMs ?? 10_000), timeline: true };
    const recorded =
      block.language === 'python'
        ? await python.run(block.code, options)
        : await runTypeScriptInNode(block.code, options);
    expect(normaliseOutput(recorded.output)).toBe(normaliseOutput(block.expectedOutput));
    expect(recorded.result.timeline?.events.length).toBeGreaterThan(0);
  });
});
