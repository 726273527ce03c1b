// The chapters tell the reader what to look for on the timeline of five examples ("See it run").
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
