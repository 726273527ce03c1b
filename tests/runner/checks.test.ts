// The checks on small programs and hand-made timelines: each check passes where it should and
// fails with a message about the program, independent of any exercise page.
import { checkBehaviour } from '../../src/runner/checks/behaviour';
import { compareOutput, compareOutputUnordered } from '../../src/runner/checks/output';
import { checkShape } from '../../src/runner/checks/shape';
import { ChecksSyntaxError, evaluateChecks, parseChecks } from '../../src/runner/checks';
import type { TimelineData, TimelineEvent } from '../../src/runner/timeline/model';
import { describe, expect, test } from 'vitest';

describe('parseChecks', () => {
  test('reads one check a line, with language prefixes, reasons and comments', () => {
    const lines = parseChecks(
      [
        '# a comment',
        'output',
        'at-most 3 fetch | the limit',
        'python: avoids call time.sleep in async',
        'ts: uses yield-from in flatten',
      ].join('\n'),
    );
    expect(lines.map((line) => [line.check.kind, line.language, line.reason])).toEqual([
      ['output', undefined, undefined],
      ['at-most', undefined, 'the limit'],
      ['shape', 'python', undefined],
      ['shape', 'typescript', undefined],
    ]);
    expect(lines[2]!.check).toEqual({
      kind: 'shape',
      require: false,
      construct: { kind: 'call', name: 'time.sleep' },
      scope: { kind: 'async' },
    });
  });

  test('reads the time, await and cancellation checks', () => {
    expect(
      parseChecks('within 1.1\nwithin 0.5 main\nawaits main fetch_one\ncancelled worker').map((l) => l.check),
    ).toEqual([
      { kind: 'within', seconds: 1.1 },
      { kind: 'within', seconds: 0.5, name: 'main' },
      { kind: 'awaits', name: 'main', target: 'fetch_one' },
      { kind: 'cancelled', name: 'worker' },
    ]);
  });

  test.each([
    'outputs',
    'at-most x fetch',
    'uses call',
    'uses loop in',
    'java: output',
    'count 2',
    'within',
    'within soon',
    'within 1 a b',
    'awaits main',
    'cancelled',
  ])('rejects "%s" naming the line', (line) => {
    expect(() => parseChecks(line)).toThrow(ChecksSyntaxError);
  });
});

describe('output', () => {
  test('names the first line that differs', () => {
    expect(compareOutput('a\nb\n', 'a\nb\n')).toBeNull();
    expect(compareOutput('a\nx\n', 'a\nb\n')).toBe('line 2 of the output is “x”; it should be “b”');
    expect(compareOutput('a\n', 'a\nb\n')).toBe('the output stops after 1 line; line 2 of the output should be “b”');
    expect(compareOutput('a\nb\nc\n', 'a\nb\n')).toBe(
      'the output goes on past the expected 2 lines: line 3 of the output is “c”',
    );
  });

  test('unordered takes the lines in any order, as often as expected', () => {
    expect(compareOutputUnordered('b\na\n', 'a\nb\n')).toBeNull();
    expect(compareOutputUnordered('a\na\n', 'a\nb\n')).toMatch(/has “a”/);
    expect(compareOutputUnordered('a\n', 'a\nb\n')).toBe('the output is missing “b”');
  });
});

function timeline(lanes: string[], events: [TimelineEvent['kind'], number, number?, string?][]): TimelineData {
  return {
    language: 'python',
    lanes: lanes.map((name, id) => ({
      id,
      kind: id === 0 ? 'main' : 'generator',
      name,
      args: id === 0 ? undefined : `${id}`,
    })),
    events: events.map(([kind, lane, line, detail]) => ({
      kind,
      lane,
      line: line ?? null,
      t: 0,
      detail: detail ?? '',
    })),
    truncated: false,
    maxEvents: 5000,
  };
}

describe('behaviour', () => {
  const oneAfterAnother = timeline(
    ['<module>', 'job', 'job'],
    [
      ['start', 0],
      ['start', 1],
      ['return', 1, 4],
      ['start', 2],
      ['suspend', 2, 3],
    ],
  );
  const together = timeline(
    ['<module>', 'job', 'job', 'job'],
    [
      ['start', 0],
      ['start', 1],
      ['suspend', 1, 3],
      ['start', 2],
      ['suspend', 2, 3],
      ['start', 3],
      ['return', 1, 4],
      ['return', 2, 4],
      ['return', 3, 4],
    ],
  );

  test('overlap: two in progress at once, or who ran one after another', () => {
    expect(checkBehaviour({ kind: 'overlap', name: 'job' }, together)).toBeNull();
    expect(checkBehaviour({ kind: 'overlap', name: 'job' }, oneAfterAnother)).toBe(
      '`job(1)` finished at line 4 before `job(2)` started: each `job` ran to its end before the next began, one after another rather than taking turns',
    );
    expect(checkBehaviour({ kind: 'overlap', name: 'other' }, together)).toMatch(/no `other` ran/);
  });

  test('at-most: the peak, with who was in progress', () => {
    expect(checkBehaviour({ kind: 'at-most', name: 'job', limit: 3 }, together)).toBeNull();
    expect(checkBehaviour({ kind: 'at-most', name: 'job', limit: 2 }, together)).toBe(
      '3 `job` were in progress at once (job(1), job(2), job(3)); at most 2 may be',
    );
  });

  test('finishes, count and steps-at-most', () => {
    expect(checkBehaviour({ kind: 'finishes', name: 'job' }, together)).toBeNull();
    expect(checkBehaviour({ kind: 'finishes', name: 'job' }, oneAfterAnother)).toBe(
      '`job(2)` never finished: it was left paused at line 3',
    );
    expect(checkBehaviour({ kind: 'count', name: 'job', count: 3 }, together)).toBeNull();
    expect(checkBehaviour({ kind: 'count', name: 'job', count: 1 }, together)).toBe(
      '`job` ran 3 times; it should run once',
    );
    expect(checkBehaviour({ kind: 'steps-at-most', name: 'job', limit: 2 }, oneAfterAnother)).toBeNull();
    expect(checkBehaviour({ kind: 'steps-at-most', name: 'job', limit: 1 }, oneAfterAnother)).toBe(
      '`job` was started or resumed 2 times; at most once is enough',
    );
  });

  test('within: a time over the limit is shown to a tenth, or finer where a tenth would not show it', () => {
    const timed = (end: number) => {
      const data = timeline(
        ['<module>', 'main'],
        [
          ['start', 0],
          ['start', 1],
          ['return', 1, 3],
          ['return', 0],
        ],
      );
      data.events.forEach((event, i) => (event.t = i === 0 ? 0 : i === 1 ? 10 : end));
      data.virtualTime = true;
      return data;
    };
    expect(checkBehaviour({ kind: 'within', seconds: 0.6, name: 'main' }, timed(600))).toBeNull();
    expect(checkBehaviour({ kind: 'within', seconds: 0.6, name: 'main' }, timed(1210))).toBe(
      '`main(1)` took 1.2 s of virtual time from its start to its end; it should take at most 0.6 s',
    );
    expect(checkBehaviour({ kind: 'within', seconds: 0.6, name: 'main' }, timed(650))).toBe(
      '`main(1)` took 0.64 s of virtual time from its start to its end; it should take at most 0.6 s',
    );
    expect(checkBehaviour({ kind: 'within', seconds: 0.6 }, timed(640))).toBe(
      'the program took 0.64 s of virtual time from start to end; it should take at most 0.6 s',
    );
  });

  test('closed: a close the program made, not the garbage collector', () => {
    const closed = timeline(
      ['<module>', 'gen'],
      [
        ['start', 1],
        ['suspend', 1, 2],
        ['resume', 1, 2, 'close()'],
        ['raise', 1, 2, 'GeneratorExit()'],
      ],
    );
    closed.events[2]!.cause = 'close';
    expect(checkBehaviour({ kind: 'closed', name: 'gen' }, closed)).toBeNull();
    closed.events[2]!.detail = 'close() (GeneratorExit thrown in)';
    expect(checkBehaviour({ kind: 'closed', name: 'gen' }, closed)).toBe(
      '`gen(1)` was never closed: it was left paused at line 2',
    );
  });
});

describe('shape', () => {
  const python = [
    'import time',
    'async def main():',
    '    # time.sleep(1) in a comment does not count',
    '    time.sleep(1)',
    'def flatten(xs):',
    '    for x in xs:',
    '        yield from x',
  ].join('\n');

  test('a call inside async def, named with its line and function', () => {
    const check = {
      require: false,
      construct: { kind: 'call', name: 'time.sleep' },
      scope: { kind: 'async' },
    } as const;
    expect(checkShape(python, 'python', check)).toBe('line 4 calls `time.sleep` inside `async def main`');
    expect(checkShape('import time\ntime.sleep(1)\n', 'python', check)).toBeNull();
  });

  test('yield from required in a function; a missing function is named', () => {
    const check = (name: string) =>
      ({ require: true, construct: { kind: 'yield-from' }, scope: { kind: 'function', name } }) as const;
    expect(checkShape(python, 'python', check('flatten'))).toBeNull();
    expect(checkShape(python, 'python', check('main'))).toBe('`async def main` has no `yield from`');
    expect(checkShape(python, 'python', check('walk'))).toBe('the program defines no function `walk`');
  });

  test('TypeScript: yield*, methods and arrow functions by the name they are given', () => {
    const ts = [
      'class C { [Symbol.iterator]() { return this; } next() { return { done: true, value: 0 }; } }',
      'function* f(xs: number[]) { yield xs; }',
      'const main = async () => { Atomics.wait(new Int32Array(4), 0); };',
    ].join('\n');
    expect(
      checkShape(ts, 'typescript', {
        require: true,
        construct: { kind: 'method', name: '[Symbol.iterator]' },
        scope: { kind: 'program' },
      }),
    ).toBeNull();
    expect(
      checkShape(ts, 'typescript', {
        require: true,
        construct: { kind: 'yield-from' },
        scope: { kind: 'function', name: 'f' },
      }),
    ).toBe('`function* f` has no `yield*`');
    expect(
      checkShape(ts, 'typescript', {
        require: false,
        construct: { kind: 'call', name: 'Atomics.wait' },
        scope: { kind: 'async' },
      }),
    ).toBe('line 3 calls `Atomics.wait` inside `async function main`');
  });
});

test('evaluateChecks: the run ended first, then each check, with its reason', () => {
  const results = evaluateChecks(
    parseChecks('output\npython: uses yield | a generator is needed\nts: uses loop'),
    {
      language: 'python',
      code: 'print(1)\n',
      output: '1\n',
      status: 'error',
      errorLocation: { line: 1, message: 'ValueError: x' },
    },
    '2\n',
  );
  expect(results).toEqual([
    {
      label: 'runs to its end without an error',
      passed: false,
      message: 'the program ended with ValueError: x (line 1)',
    },
    { label: 'prints the expected output', passed: false, message: 'line 1 of the output is “1”; it should be “2”' },
    { label: 'uses `yield`', passed: false, message: 'the program has no `yield`: a generator is needed' },
  ]);
});
