/**
 * The exercise harness: every exercise's model solution passes every one of its checks on every
 * runtime (TypeScript in Node, Python on each edition's Pyodide it claims and on a recording
 * CPython), its starter fails at least one, and each listed wrong answer fails with the message
 * the exercise says it gets, so that no check can pass vacuously.
 */
import { CURRENT_EDITION, EDITIONS, pythonInRange } from '@site/src/editions';
import { expectedOutputOn } from '@site/src/remark/liveCode/blocks';
import { evaluateChecks, type CheckedRun, type CheckResult } from '@site/src/runner/checks';
import { describe, expect, test } from 'vitest';

import { chapters } from '@site/src/data/chapters';

import { typeCheckExamples } from '../examples/typecheck';
import { collectExercises } from './collect';
import { recordingCPythonFor, runCPythonChecked, runPyodideChecked, runTypeScriptChecked } from './runs';

const exercises = collectExercises();

/** A wrong answer's message is written in a fence's info string, which cannot hold backticks. */
function withoutBackticks(text: string): string {
  return text.replaceAll('`', '');
}

function failures(results: CheckResult[]): string[] {
  return results.filter((result) => !result.passed).map((result) => `${result.label}: ${result.message}`);
}

test('the course has exercises, each id used once', () => {
  expect(exercises.length).toBeGreaterThan(0);
  const ids = exercises.map((exercise) => exercise.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

// Every chapter of the course (the home page's list; the introduction is not one) ends with two
// or more exercises. Only over the whole course: EXERCISES= narrows the harness to a few files.
test.skipIf(process.env.EXERCISES !== undefined)('every chapter has at least two exercises', () => {
  const count = (chapter: (typeof chapters)[number]) =>
    exercises.filter((exercise) => new RegExp(`^docs/\\d+-${chapter.path}/`).test(exercise.file)).length;
  expect(chapters.filter((chapter) => count(chapter) < 2).map((chapter) => chapter.title)).toEqual([]);
});

test('every TypeScript model solution is type-correct (strict)', () => {
  const inputs = exercises.flatMap((exercise) => {
    const part = exercise.languages.typescript;
    return part ? [{ name: `${exercise.file}:${part.solution.line}`, code: part.solution.code }] : [];
  });
  expect(typeCheckExamples(inputs)).toEqual([]);
});

for (const exercise of exercises) {
  describe(`${exercise.file}:${exercise.line} ${exercise.id}`, () => {
    for (const [language, part] of Object.entries(exercise.languages)) {
      const name = language === 'python' ? 'Python' : 'TypeScript';
      const timeout = part.solution.timeoutMs;
      // As the page's Check runs it: on virtual time where the checks fence asks for it.
      const vt = exercise.virtualTime;
      test(`${name}: each of the ${part.wrongAnswers.length} wrong answers (two or more) fails as intended`, () => {
        expect(part.wrongAnswers.length).toBeGreaterThanOrEqual(2);
      });
      if (language === 'typescript') {
        const expected = part.solution.expectedOutput;
        test('TypeScript: the model solution passes every check on Node', async () => {
          const run = await runTypeScriptChecked(part.solution.code, timeout, vt);
          expect(failures(evaluateChecks(part.checks, run, expected))).toEqual([]);
        });
        test('TypeScript: the starter fails a check', async () => {
          const run = await runTypeScriptChecked(part.starter, timeout, vt);
          expect(failures(evaluateChecks(part.checks, run, expected)).length).toBeGreaterThan(0);
        });
        for (const wrong of part.wrongAnswers) {
          test(`TypeScript: the wrong answer at line ${wrong.line} fails with “${wrong.message}”`, async () => {
            const run = await runTypeScriptChecked(wrong.code, timeout, vt);
            expect(withoutBackticks(failures(evaluateChecks(part.checks, run, expected)).join('\n'))).toContain(
              wrong.message,
            );
          });
        }
        continue;
      }
      for (const edition of EDITIONS.filter((candidate) => pythonInRange(candidate.python, exercise.python))) {
        const expected = expectedOutputOn(part.solution, edition.python);
        test(`Python: the model solution passes every check on Pyodide ${edition.python}`, async () => {
          const run = await runPyodideChecked(edition.python, part.solution.code, vt);
          expect(failures(evaluateChecks(part.checks, run, expected))).toEqual([]);
        });
        if (edition !== CURRENT_EDITION) continue;
        const check = (run: CheckedRun) => failures(evaluateChecks(part.checks, run, expected));
        test(`Python: the starter fails a check on Pyodide ${edition.python}`, async () => {
          expect(check(await runPyodideChecked(edition.python, part.starter, vt)).length).toBeGreaterThan(0);
        });
        for (const wrong of part.wrongAnswers) {
          test(`Python: the wrong answer at line ${wrong.line} fails with “${wrong.message}” on Pyodide ${edition.python}`, async () => {
            expect(
              withoutBackticks(check(await runPyodideChecked(edition.python, wrong.code, vt)).join('\n')),
            ).toContain(wrong.message);
          });
        }
      }
      const cpython = recordingCPythonFor(exercise.python);
      test.runIf(cpython !== undefined)(
        `Python: the model solution passes every check on CPython ${cpython?.version}`,
        async () => {
          const run = await runCPythonChecked(cpython!, part.solution.code, timeout, vt);
          expect(failures(evaluateChecks(part.checks, run, expectedOutputOn(part.solution, cpython!.version)))).toEqual(
            [],
          );
        },
      );
    }
  });
}
