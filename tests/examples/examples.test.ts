/**
 * The example harness: every live example on the site prints exactly what its page says.
 * TypeScript runs under Node with the browser's transpile step and runner, and is type-checked;
 * Python runs on the Pyodide of every edition whose Python the block claims (the browser's runtime
 * and event loop), and once on a CPython of the machine. Examples are read from docs/ once: the
 * editions are generated from it, and a mismatch names the file and line there.
 */
import { EDITIONS } from '@site/src/editions';
import { expectedOutputOn, runsOn } from '@site/src/remark/liveCode/blocks';
import type { LiveExampleSource } from '@site/src/remark/liveCode/extract';
import { afterAll, describe, expect, test } from 'vitest';

import { collectExamples } from './collect';
import { normaliseOutput } from './normalise';
import { cpythonFor, runPythonOnCPython, runPythonOnPyodide, runTypeScriptInNode } from './runtimes';
import { typeCheckExamples } from './typecheck';

const examples = collectExamples();
// A few examples print elapsed times rounded to a tenth of a second; a badly overloaded machine can
// stall a run past that. Such a run is retried; an example must still match exactly to pass.
const RUN = { retry: 2 };
// Failed runs by example and runtime; a retry that passes takes its entry back out.
const failedRuns = new Map<string, LiveExampleSource>();

// CPython runs are separate processes: start them all up front (a few at a time) so they overlap
// with the in-process TypeScript and Pyodide runs instead of queueing behind them.
const cpythonRuns = new Map(
  examples.flatMap((example) =>
    example.blocks.flatMap((block) => {
      const cpython = block.language === 'python' ? cpythonFor(block.python) : undefined;
      return cpython
        ? [[block, { cpython, run: runPythonOnCPython(cpython, block.code, block.timeoutMs) }] as const]
        : [];
    }),
  ),
);

function where(example: LiveExampleSource): string {
  return `${example.file}:${example.line} ${example.title}`;
}

function expectOutput(example: LiveExampleSource, actual: string, expected: string, runtime: string) {
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

test("every Python block runs on some edition's Pyodide, so the page never shows an untested output", () => {
  const unrun = examples.flatMap((example) =>
    example.blocks
      .filter((block) => block.language === 'python' && !EDITIONS.some((edition) => runsOn(block, edition.python)))
      .map((block) => `${example.file}:${block.line}`),
  );
  expect(unrun).toEqual([]);
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
      for (const edition of EDITIONS.filter((candidate) => runsOn(block, candidate.python))) {
        test(`Python (line ${block.line}) on Pyodide ${edition.python}`, RUN, async () => {
          const run = await runPythonOnPyodide(edition.python, block.code, block.timeoutMs);
          expectOutput(example, run.output, expectedOutputOn(block, edition.python), `Pyodide ${run.pythonVersion}`);
        });
      }
      const cpython = cpythonFor(block.python);
      test.runIf(cpython !== undefined)(`Python (line ${block.line}) on CPython ${cpython?.version}`, RUN, async () => {
        // The first attempt uses the run started up front; a retry runs the program again.
        const started = cpythonRuns.get(block)?.run;
        cpythonRuns.delete(block);
        const run = await (started ?? runPythonOnCPython(cpython!, block.code, block.timeoutMs));
        expectOutput(example, run.output, expectedOutputOn(block, cpython!.version), `CPython ${cpython!.version}`);
      });
    }
  });
}

afterAll(() => {
  const failed = new Set(failedRuns.values()).size;
  console.log(`\nLive examples: ${examples.length} examples, ${examples.length - failed} passed, ${failed} failed`);
});
