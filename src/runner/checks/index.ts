// Checks an exercise's run: whether the program ran to its end, then each of the exercise's
// checks (output, behaviour on the recorded timeline, shape of the code), each with a message
// about the reader's own program. React-free: the page and the tests call the same function.
import type { Language } from '../types';
import { checkBehaviour } from './behaviour';
import { compareOutput, compareOutputUnordered } from './output';
import { checkShape } from './shape';
import type { Check, CheckedRun, CheckLine, CheckResult, Construct } from './types';

export { ChecksSyntaxError, checksFor, parseChecks } from './parse';
export type { Check, CheckedRun, CheckLine, CheckResult } from './types';

function constructLabel(construct: Construct, language: Language): string {
  switch (construct.kind) {
    case 'yield-from':
      return language === 'python' ? '`yield from`' : '`yield*`';
    case 'loop':
      return 'a loop';
    case 'call':
      return `\`${construct.name}\``;
    case 'method':
      return `a method \`${construct.name}\``;
    default:
      return `\`${construct.kind}\``;
  }
}

/** What a check asks, in the reader's words, for the list of checks under the editor. */
export function describeCheck(check: Check, language: Language): string {
  switch (check.kind) {
    case 'output':
      return check.unordered ? 'prints the expected lines, in any order' : 'prints the expected output';
    case 'overlap':
      return `two \`${check.name}\` are in progress at the same time`;
    case 'at-most':
      return `at most ${check.limit} \`${check.name}\` in progress at once`;
    case 'count':
      return `\`${check.name}\` runs ${check.count === 1 ? 'once' : `${check.count} times`}`;
    case 'finishes':
      return `every \`${check.name}\` runs to its end`;
    case 'closed':
      return `every \`${check.name}\` is closed`;
    case 'steps-at-most':
      return `\`${check.name}\` is started or resumed at most ${check.limit} times`;
    case 'within':
      return `${check.name ? `\`${check.name}\`` : 'the program'} takes at most ${check.seconds} s from start to end`;
    case 'awaits':
      return `\`${check.name}\` awaits \`${check.target}\``;
    case 'cancelled':
      return `every \`${check.name}\` is ended by its cancellation`;
    case 'shape': {
      const where =
        check.scope.kind === 'program'
          ? ''
          : check.scope.kind === 'async'
            ? ' in async functions'
            : ` in \`${check.scope.name}\``;
      return `${check.require ? 'uses' : 'does not use'} ${constructLabel(check.construct, language)}${where}`;
    }
  }
}

function ranToTheEnd(run: CheckedRun): CheckResult {
  const label = 'runs to its end without an error';
  if (run.status === 'ok') return { label, passed: true };
  const location = run.errorLocation;
  const message =
    run.status === 'error'
      ? `the program ended with ${location?.message ?? 'an error'}${location ? ` (line ${location.line})` : ''}`
      : run.status === 'timeout'
        ? 'the program was stopped at the time limit: is a loop waiting for something that never comes?'
        : run.status === 'output-limit'
          ? 'the program printed too much and was stopped: is a loop never ending?'
          : 'the run was stopped before it ended';
  return { label, passed: false, message };
}

function failure(line: CheckLine, message: string): string {
  return line.reason ? `${message}: ${line.reason}` : message;
}

/**
 * Every check's verdict on one run, the "runs to its end" check first. `expectedOutput` is the
 * exercise's documented output for this language and Python.
 */
export function evaluateChecks(lines: readonly CheckLine[], run: CheckedRun, expectedOutput: string): CheckResult[] {
  const results: CheckResult[] = [ranToTheEnd(run)];
  for (const line of lines) {
    if (line.language && line.language !== run.language) continue;
    const { check } = line;
    const label = describeCheck(check, run.language);
    let message: string | null;
    if (check.kind === 'output') {
      message = (check.unordered ? compareOutputUnordered : compareOutput)(run.output, expectedOutput);
    } else if (check.kind === 'shape') {
      message = checkShape(run.code, run.language, check);
    } else if (!run.timeline) {
      message = 'the run recorded no timeline, so this cannot be checked';
    } else {
      message = checkBehaviour(check, run.timeline);
    }
    results.push(
      message === null ? { label, passed: true } : { label, passed: false, message: failure(line, message) },
    );
  }
  return results;
}
