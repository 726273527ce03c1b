/**
 * The example harness: every live example on the site prints exactly what its page says.
 * TypeScript runs under Node with the browser's transpile step and runner, and is type-checked;
 * Python runs on Pyodide (the browser's runtime and event loop) and on the machine's CPython.
 */
import { afterAll, describe, expect, test } from 'vitest';

import { collectExamples, type CollectedExample } from './collect';
import { normaliseOutput } from './normalise';
import { atLeast, cpythonVersion, runPythonOnCPython, runPythonOnPyodide, runTypeScriptInNode } from './runtimes';
import { typeCheckExamples } from './typecheck';

const examples = collectExamples();
// A few examples print elapsed times rounded to a tenth of a second; a badly overloaded machine can
// stall a run past that. Such a run is retried; an example must still match exactly to pass.
const RUN = { retry: 2 };
const machinePython = cpythonVersion();
// Failed runs by example and runtime; a retry that passes takes its entry back out.
const failedRuns = new Map<string, CollectedExample>();

// CPython runs are separate processes: start them all up front (a few at a time) so they overlap
// with the in-process TypeScript and Pyodide runs instead of queueing behind them.
const cpythonRuns = new Map(
  examples.flatMap((example) =>
    example.blocks
      .filter((block) => block.language === 'python' && atLeast(machinePython, block.minPython))
      .map((block) => [block, runPythonOnCPython(block.code, block.timeoutMs)] as const),
  ),
);

function where(example: CollectedExample): string {
  const edition = example.edition.name === 'current' ? '' : ` [edition ${example.edition.name}]`;
  return `${example.file}:${example.line} ${example.title}${edition}`;
}

function expectOutput(example: CollectedExample, actual: string, expected: string, runtime: string) {
  const key = `${where(example)} on ${runtime}: ${expected}`;
  try {
    expect(normaliseOutput(actual), `${where(example)} on ${runtime}: output differs from the page`).toBe(
      normaliseOutput(expected),
    );
    failedRuns.delete(key);
  } catch (error) {
    failedRuns.set(key, example);
    throw error;
  }
}

test('the docs have live examples, each with its documented output', () => {
  expect(examples.length).toBeGreaterThan(0);
});

test('every TypeScript example is type-correct (strict)', () => {
  const inputs = examples.flatMap((example) =>
    example.blocks
      .filter((block) => block.language === 'typescript')
      .map((block) => ({ name: `${example.file}:${block.line}`, code: block.code })),
  );
  expect(typeCheckExamples(inputs)).toEqual([]);
});

for (const example of examples) {
  describe(where(example), () => {
    for (const block of example.blocks) {
      if (block.language === 'typescript') {
        test(`TypeScript (line ${block.line}) on Node`, RUN, async () => {
          const run = await runTypeScriptInNode(block.code, block.timeoutMs);
          expectOutput(example, run.output, block.expectedOutput, 'TypeScript');
        });
        continue;
      }
      const runtime = example.edition.pythonRuntime;
      test(`Python (line ${block.line}) on Pyodide ${runtime}`, RUN, async () => {
        const run = await runPythonOnPyodide(runtime, block.code, block.timeoutMs);
        expectOutput(example, run.output, block.expectedOutput, `Pyodide ${run.pythonVersion}`);
      });
      test.runIf(atLeast(machinePython, block.minPython))(
        `Python (line ${block.line}) on CPython ${machinePython}`,
        RUN,
        async () => {
          // The first attempt uses the run started up front; a retry runs the program again.
          const started = cpythonRuns.get(block);
          cpythonRuns.delete(block);
          const run = await (started ?? runPythonOnCPython(block.code, block.timeoutMs));
          expectOutput(example, run.output, block.expectedOutput, `CPython ${machinePython}`);
        },
      );
    }
  });
}

afterAll(() => {
  const failed = new Set(failedRuns.values()).size;
  console.log(`\nLive examples: ${examples.length} examples, ${examples.length - failed} passed, ${failed} failed`);
});
