// The chapters tell the reader what to look for on the timeline of some examples ("See it run").
// These tests hold the recorded timelines of those examples, on every edition's Python and in TypeScript,
// to what the pages say.
import { describe, expect, test } from 'vitest';

import { createNodePythonRunner, runTypeScriptInNode, type NodePythonRunner } from '../../src/runner/node';
import { EDITIONS, type PythonRuntimeId } from '../../src/editions';
import { runsOn } from '../../src/remark/liveCode/blocks';
import type { Language } from '../../src/runner/types';
import { analyseTimeline, laneLabels, laneStateAt, type TimelineData } from '../../src/runner/timeline/model';
import { collectExamples } from '../examples/collect';
import { eventLines } from './timelineHelpers';

const pythonRunners = new Map<PythonRuntimeId, Promise<NodePythonRunner>>();
// The pages' own examples: a tip's edited program keeps the title of the example it edits.
const examples = collectExamples().filter((example) => !example.tipEdit);

/**
 * The recorded timeline of the block titled `<name>.py` / `<name>.ts`: Python on each edition's
 * runtime that runs it, TypeScript on Node.
 */
function timelines(name: string, language: Language): { runtime: string; record: () => Promise<TimelineData> }[] {
  const extension = language === 'python' ? 'py' : 'ts';
  const options = { timeoutMs: 10_000, timeline: true };
  const recorded = async (run: { result: { timeline?: TimelineData } }) => {
    if (!run.result.timeline) throw new Error(`${name}.${extension} recorded no timeline`);
    return run.result.timeline;
  };
  return examples.flatMap((example) =>
    example.blocks
      .filter((block) => block.language === language && block.title === `${name}.${extension}`)
      .flatMap((block) =>
        language === 'typescript'
          ? [{ runtime: 'Node', record: async () => recorded(await runTypeScriptInNode(block.code, options)) }]
          : EDITIONS.filter((edition) => runsOn(block, edition.python)).map(({ python }) => ({
              runtime: `Pyodide ${python}`,
              record: async () => {
                if (!pythonRunners.has(python)) pythonRunners.set(python, createNodePythonRunner(python));
                return recorded(await (await pythonRunners.get(python)!).run(block.code, options));
              },
            })),
      ),
  );
}

/** The run's events as timelineHelpers' lines, and a way to find them in order. */
function reader(data: TimelineData) {
  const labels = laneLabels(data.lanes);
  const lines = eventLines(data);
  const find = (pattern: RegExp, from = 0) => {
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (index < 0) throw new Error(`no event matches ${pattern}:\n${lines.join('\n')}`);
    return index;
  };
  return { labels, lines, find };
}

const both: Language[] = ['python', 'typescript'];

describe.each(both)('round-robin (chapter 4), %s', (language) => {
  test.each(timelines('round-robin', language))('on $runtime', async ({ record }) => {
    const data = await record();
    const { labels, find } = reader(data);
    expect(labels).toEqual([
      'main program',
      'factorial(5) #1',
      'factorial(2) #1',
      'factorial(3) #1',
      'factorial(5) #2',
      'factorial(2) #2',
      'factorial(3) #2',
    ]);
    // Sequential: each generator starts only after the one before it has returned.
    expect(find(/^start factorial\(2\) #1/)).toBeGreaterThan(find(/^return factorial\(5\) #1/));
    expect(find(/^start factorial\(3\) #1/)).toBeGreaterThan(find(/^return factorial\(2\) #1/));
    // Interleaved: factorial(2) #2 returns first.
    expect(find(/^return factorial\(\d\) #2/)).toBe(find(/^return factorial\(2\) #2/));
    // While a generator runs, the main program is inside a call it made.
    const firstStep = find(/^start factorial\(5\) #1/);
    expect(laneStateAt(analyseTimeline(data), 0, firstStep)).toBe('calling');
  });
});

describe.each(both)('tasks-and-callbacks (chapter 4), %s', (language) => {
  test.each(timelines('tasks-and-callbacks', language))('on $runtime', async ({ record }) => {
    const { lines, find } = reader(await record());
    const callbacks = lines.filter((line) => line.includes('callback:'));
    expect(callbacks.length).toBeGreaterThan(0);
    for (const line of callbacks) expect(line).toMatch(/^print main program: /);
    expect(find(/^return factorial\(3\)/)).toBeGreaterThan(find(/^print main program: "round 3/));
    expect(find(/callback: fact\(3\) = 6/)).toBeGreaterThan(find(/^print main program: "round 4/));
  });
});

describe.each(both)('future-task-loop (chapter 5), %s', (language) => {
  test.each(timelines('future-task-loop', language))('on $runtime', async ({ record }) => {
    const data = await record();
    const { labels, lines, find } = reader(data);
    const iterator = language === 'python' ? 'Future.__iter__()' : 'Future.[Symbol.iterator]()';
    expect(labels[2]).toBe(iterator);
    const handsOut = find(/^suspend Future\./);
    const coroutineParks = find(/^suspend coro/, handsOut);
    // The coroutine passes up the very object the future's iterator handed out.
    const handed = data.events[handsOut]!.detail;
    expect(data.events[coroutineParks]!.detail.startsWith(handed)).toBe(true);
    expect(handed).toMatch(/Future/);
    // Until the coroutine resumes, only the loop's plain callbacks run, on the main lane.
    const resumes = find(/^resume coro/, coroutineParks);
    for (const line of lines.slice(coroutineParks + 1, resumes)) expect(line).toMatch(/^print main program: /);
    expect(lines.slice(coroutineParks + 1, resumes).join('\n')).toMatch(/wakeup/);
    expect(lines[find(/^return Future\./)]).toMatch(/: 21$/);
    expect(lines[find(/^return coro/)]).toMatch(/: 42$/);
  });
});

describe('gather-vs-taskgroup (chapter 8)', () => {
  test.each(timelines('gather-vs-taskgroup', 'python'))('python, on $runtime', async ({ record }) => {
    const { find, lines } = reader(await record());
    const mainMovesOn = find(/0\.1 main moves on/);
    // gather: the first worker a is still waiting on its timer, and finishes later.
    expect(find(/^resume worker\('a'.*Task-2: .*timer firing/)).toBeGreaterThan(mainMovesOn);
    // TaskGroup: the second worker a is woken by CancelledError.
    const taskGroup = find(/--- TaskGroup/);
    const woken = find(/^resume worker\('a'/, taskGroup);
    expect(lines[woken]).toMatch(/CancelledError thrown in/);
  });
  test.each(timelines('gather-vs-taskgroup', 'typescript'))('typescript, on $runtime', async ({ record }) => {
    const { find, lines } = reader(await record());
    const group = find(/--- hand-made group/);
    expect(lines[find(/^resume worker\('a'/, group)]).toMatch(/rejecting with Cancelled/);
  });
});

describe('cancel-task (chapter 9)', () => {
  test.each(timelines('cancel-task', 'python'))('python, on $runtime', async ({ record }) => {
    const { find, lines } = reader(await record());
    const cancel = find(/main: calling task\.cancel\(\)/);
    const downloadWakes = find(/^resume download/, cancel);
    expect(lines[downloadWakes]).toMatch(/1 s timer.*CancelledError thrown in/);
    expect(find(/^raise download/, downloadWakes)).toBeLessThan(find(/^resume main\(\)/, cancel));
  });
  test.each(timelines('cancel-task', 'typescript'))('typescript, on $runtime', async ({ record }) => {
    const { find } = reader(await record());
    const gaveUp = find(/main: race says gave up/);
    expect(find(/^resume download/, gaveUp)).toBeGreaterThan(gaveUp);
    expect(find(/^return download/, gaveUp)).toBeGreaterThan(gaveUp);
  });
});

describe('semaphore (chapter 13)', () => {
  test.each(timelines('semaphore', 'python'))('python, on $runtime', async ({ record }) => {
    const data = await record();
    const { lines, find } = reader(data);
    // Four of the six jobs wait on a future before they print anything: their place in the queue.
    const parked = lines.filter((line) => /^suspend job\(\d.*: a future$/.test(line));
    expect(parked.map((line) => /job\((\d)/.exec(line)![1])).toEqual(['2', '3', '4', '5']);
    for (const n of [2, 3, 4, 5]) {
      expect(find(new RegExp(`^suspend job\\(${n}.*: a future$`))).toBeLessThan(find(new RegExp(`job ${n} enters`)));
    }
    // At most two jobs between "enters" and their return, at every event.
    let inside = 0;
    for (const line of lines) {
      if (/^print job.*enters/.test(line)) inside += 1;
      if (/^return job/.test(line)) inside -= 1;
      expect(inside).toBeLessThanOrEqual(2);
    }
    // The waiting jobs resume, woken by a future, in the order they arrived.
    const woken = lines.filter((line) => /^resume job\(\d.*: a future done/.test(line));
    expect(woken.map((line) => /job\((\d)/.exec(line)![1])).toEqual(['2', '3', '4', '5']);
  });
});

describe('backpressure (chapter 13)', () => {
  test.each(timelines('backpressure', 'python'))('python, on $runtime', async ({ record }) => {
    const { lines, find } = reader(await record());
    // Each time the queue is full, the producer waits on a future, and resumes right after the
    // consumer has printed "got" and parked on its timer.
    let from = 0;
    for (const n of [2, 3, 4]) {
      const waits = find(new RegExp(`producer waits to put ${n}`), from);
      expect(lines[waits + 1]).toMatch(/^suspend producer.*: a future$/);
      const resumes = find(/^resume producer/, waits);
      const got = find(/^print consumer.*got \d/, waits);
      expect(got).toBeLessThan(resumes);
      expect(lines.slice(got + 1, resumes).filter((line) => !/^resume main/.test(line))).toEqual([
        expect.stringMatching(/^suspend consumer.*: a 0\.01 s timer$/),
      ]);
      expect(lines[resumes]).toMatch(/: a future done/);
      from = resumes;
    }
    // The consumer's timer sets the pace: between takes it waits on that timer.
    expect(lines.filter((line) => /^suspend consumer.*timer$/.test(line))).toHaveLength(5);
  });
});

describe('asyncio_server (chapter 12)', () => {
  test.each(timelines('asyncio_server', 'python'))('python, on $runtime', async ({ record }) => {
    const data = await record();
    const { lines, find } = reader(data);
    // Once set up, every lane is parked until ada's 0.1 s timer fires: the loop sleeps in select().
    const adaWakes = find(/^resume client\(.*'ada'.*0\.1 s timer firing/);
    const lastParked = adaWakes - 1;
    expect(lines[lastParked]).toMatch(/^suspend client\(.*'cy'.*0\.3 s timer$/);
    const analysis = analyseTimeline(data);
    const lanes = data.lanes.map((lane) => lane.id).filter((lane) => lane !== 0);
    for (const lane of lanes)
      expect(['suspended', 'idle', 'absent']).toContain(laneStateAt(analysis, lane, lastParked));
    expect(lines.slice(0, adaWakes).filter((line) => /^suspend handle\(.*: a future$/.test(line))).toHaveLength(3);
    expect(data.events[adaWakes]!.t - data.events[lastParked]!.t).toBeGreaterThanOrEqual(90);
    // Ada sends "hi"; right after her lane parks, handle(…, 1) resumes, woken by the reader's future.
    const adaParks = find(/^suspend client\(.*'ada'/, adaWakes);
    expect(lines[adaParks + 1]).toMatch(/^resume handle\(<Connection object>, 1\).*: a future done: None$/);
  });
});
