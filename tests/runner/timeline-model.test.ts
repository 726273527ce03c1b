import { describe, expect, test } from 'vitest';

import {
  analyseTimeline,
  decodeCompactTimeline,
  describeEvent,
  laneLabels,
  laneStateAt,
  printedUpTo,
  TimelineBuilder,
  type TimelineData,
  type TimelineEvent,
} from '../../src/runner/timeline/model';

function timeline(events: Omit<TimelineEvent, 't'>[]): TimelineData {
  return {
    language: 'python',
    lanes: [
      { id: 0, kind: 'main', name: '<module>' },
      { id: 1, kind: 'generator', name: 'gen', args: '3' },
      { id: 2, kind: 'task', name: 'worker', args: "'a'", task: 'Task-2' },
    ],
    events: events.map((e, i) => ({ ...e, t: i })),
    truncated: false,
    maxEvents: 100,
  };
}

const run = timeline([
  { kind: 'start', lane: 0, line: 1, detail: '' }, // 0
  { kind: 'start', lane: 1, line: 2, detail: 'next()', cause: 'next' }, // 1
  { kind: 'print', lane: 1, line: 3, detail: 'a\n', stream: 'stdout' }, // 2
  { kind: 'suspend', lane: 1, line: 4, detail: '1', cause: 'yield' }, // 3
  { kind: 'create', lane: 2, line: 9, detail: '' }, // 4
  { kind: 'print', lane: 0, line: 10, detail: 'oops\n', stream: 'stderr' }, // 5
  { kind: 'resume', lane: 1, line: 4, detail: 'send(2)', cause: 'send' }, // 6
  { kind: 'return', lane: 1, line: 5, detail: '2' }, // 7
  { kind: 'timer', lane: -1, line: null, detail: 'a timer fires' }, // 8
  { kind: 'return', lane: 0, line: 11, detail: '' }, // 9
]);

describe('analyseTimeline', () => {
  const analysis = analyseTimeline(run);

  test('follows who runs: the lane on top of the stack', () => {
    expect(Array.from(analysis.runningAfter)).toEqual([0, 1, 1, 0, 0, 0, 1, 0, 0, -1]);
  });

  test('gives every lane its state at every step', () => {
    const states = (lane: number) => run.events.map((_, i) => laneStateAt(analysis, lane, i));
    expect(states(0)).toEqual([
      'running',
      'calling',
      'calling',
      'running',
      'running',
      'running',
      'calling',
      'running',
      'running',
      'done',
    ]);
    expect(states(1)).toEqual([
      'absent',
      'running',
      'running',
      'suspended',
      'suspended',
      'suspended',
      'running',
      'done',
      'done',
      'done',
    ]);
    expect(states(2)).toEqual(['absent', 'absent', 'absent', 'absent', 'idle', 'idle', 'idle', 'idle', 'idle', 'idle']);
  });

  test('segments cover the run without gaps', () => {
    for (const segments of analysis.segments) {
      expect(segments[0]?.from).toBe(segments.length ? segments[0]?.from : undefined);
      for (let i = 1; i < segments.length; i++) expect(segments[i]?.from).toBe(segments[i - 1]?.to);
    }
    expect(analysis.hasLaneless).toBe(true);
  });

  test('the output so far joins the print events up to the current one', () => {
    expect(printedUpTo(run, analysis, 1)).toEqual([]);
    expect(printedUpTo(run, analysis, 2)).toEqual([{ stream: 'stdout', text: 'a\n' }]);
    expect(printedUpTo(run, analysis, 9)).toEqual([
      { stream: 'stdout', text: 'a\n' },
      { stream: 'stderr', text: 'oops\n' },
    ]);
  });
});

describe('words', () => {
  test('lane labels name the call and the task, and number look-alikes', () => {
    expect(
      laneLabels([
        { id: 0, kind: 'main', name: '<module>' },
        { id: 1, kind: 'generator', name: 'tick' },
        { id: 2, kind: 'generator', name: 'tick' },
        { id: 3, kind: 'task', name: 'worker', args: "'a'", task: 'Task-2' },
      ]),
    ).toEqual(['main program', 'tick #1', 'tick #2', "worker('a') · Task-2"]);
  });

  test('every event reads as a sentence', () => {
    const labels = laneLabels(run.lanes);
    expect(run.events.map((e) => describeEvent(e, labels))).toEqual([
      'main program starts (line 1)',
      'gen(3) starts (line 2), started by next()',
      'gen(3) prints “a” (line 3)',
      'gen(3) yields 1 (line 4)',
      "worker('a') · Task-2 is created (line 9)",
      'main program prints “oops” (line 10)',
      'gen(3) resumes (line 4), woken by send(2)',
      'gen(3) returns 2 (line 5)',
      'a timer fires',
      'main program ends (line 11)',
    ]);
  });
});

describe('recording helpers', () => {
  test('the builder stops at its limit and says so', () => {
    let now = 0;
    const builder = new TimelineBuilder('typescript', 3, () => now++);
    const lane = builder.addLane({ kind: 'generator', name: 'g' });
    for (let i = 0; i < 5; i++) builder.add({ kind: 'print', lane, line: 1, detail: `${i}\n` });
    const data = builder.finish();
    expect(data.events.map((e) => e.detail)).toEqual(['0\n', '1\n', '2\n']);
    expect(data.truncated).toBe(true);
    expect(data.events.map((e) => e.t)).toEqual([1, 2, 3]);
  });

  test("the Python recorder's compact JSON decodes into typed events", () => {
    const json = JSON.stringify({
      lanes: [
        ['main', '<module>', null, null, 1],
        ['task', 'worker', "'a'", 'Task-2', 3],
      ],
      events: [
        ['start', 0, 1, 0.5, '', null, null],
        ['suspend', 1, 4, 1, 'a 0.1 s timer', 'await', null],
        ['print', 0, 7, 2, 'hi\n', null, 'stdout'],
        ['bogus', 0, 1, 2, '', null, null],
      ],
      truncated: false,
      max: 5000,
    });
    const data = decodeCompactTimeline(json, 'python');
    expect(data.lanes[1]).toEqual({ id: 1, kind: 'task', name: 'worker', args: "'a'", task: 'Task-2', line: 3 });
    expect(data.events).toEqual([
      { kind: 'start', lane: 0, line: 1, t: 0.5, detail: '' },
      { kind: 'suspend', lane: 1, line: 4, t: 1, detail: 'a 0.1 s timer', cause: 'await' },
      { kind: 'print', lane: 0, line: 7, t: 2, detail: 'hi\n', stream: 'stdout' },
    ]);
  });
});
