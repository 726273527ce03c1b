import { readFileSync } from 'node:fs';

import { exercisesByChapter } from '@site/src/plugins/exercises';
import remarkExercise, { type ExercisePart } from '@site/src/remark/exercise';
import { extractExercises } from '@site/src/remark/exercise/extract';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

import { DOCS_DIR, mdxFiles } from '../examples/collect';

const EXERCISE = [
  '<Exercise id="double" title="Double it">',
  '',
  'Print twice the number.',
  '',
  '```python starter',
  'print(1)',
  '```',
  '',
  '```python solution',
  'print(2)',
  '```',
  '',
  '```output',
  '2',
  '```',
  '',
  '```python wrong message="line 1 of the output"',
  'print(3)',
  '```',
  '',
  '```checks',
  'output',
  'python: uses call print',
  'ts: uses call console.log',
  '```',
  '',
  '<Hint>',
  'Multiply.',
  '</Hint>',
  '',
  '</Exercise>',
].join('\n');

function compile(source: string, path = 'docs/01-x/90-exercises.mdx'): MdxJsxFlowElement {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkExercise);
  const tree = processor.runSync(processor.parse(source), new VFile({ path })) as Root;
  return tree.children[0] as unknown as MdxJsxFlowElement;
}

function attributes(element: MdxJsxFlowElement): Record<string, unknown> {
  return Object.fromEntries((element.attributes as MdxJsxAttribute[]).map((a) => [a.name, a.value]));
}

describe('remarkExercise', () => {
  test('turns <Exercise> into its parts for the edition, the statement and hints, without the wrong answers', () => {
    const element = compile(EXERCISE);
    const props = attributes(element);
    expect(props.id).toBe('double');
    const parts = JSON.parse(props.parts as string) as ExercisePart[];
    expect(parts).toEqual([
      {
        language: 'python',
        starter: 'print(1)',
        solution: 'print(2)',
        expectedOutput: '2',
        checks: 'output\nuses call print',
      },
    ]);
    expect(element.children.map((child) => (child.type === 'mdxJsxFlowElement' ? child.name : child.type))).toEqual([
      'paragraph',
      'ExerciseHint',
    ]);
  });

  test("an edition outside the exercise's Pythons gets a note instead of the Python half", () => {
    const element = compile(EXERCISE.replace('title="Double it"', 'title="Double it" min="3.99"'));
    expect(JSON.parse(attributes(element).parts as string)).toEqual([]);
    expect(attributes(element).pythonNote).toMatch(/needs Python 3\.99.*; this edition runs Python 3\.\d+/);
  });

  test('a ```checks virtual-time fence runs the Check on virtual time', () => {
    const timed = EXERCISE.replace('```checks\noutput', '```checks virtual-time\nwithin 1\noutput');
    const [part] = JSON.parse(attributes(compile(timed)).parts as string) as ExercisePart[];
    expect(part?.virtualTime).toBe(true);
    expect(part?.checks).toBe('within 1\noutput\nuses call print');
  });

  test.each([
    [
      'a timing check on real time',
      EXERCISE.replace('```checks\noutput', '```checks\nwithin 1'),
      /write the fence as ```checks virtual-time/,
    ],
    [
      'an unknown checks flag',
      EXERCISE.replace('```checks', '```checks fast'),
      /takes only "virtual-time", not "fast"/,
    ],
    ['no checks', EXERCISE.replace(/```checks[\s\S]*?```/, ''), /needs a ```checks fence/],
    ['a bad check', EXERCISE.replace('output\npython', 'outptu\npython'), /unknown check "outptu"/],
    ['no solution output', EXERCISE.replace('```output\n2\n```', ''), /must be followed by an ```output block/],
    ['a bad id', EXERCISE.replace('id="double"', 'id="Double It"'), /needs an id/],
    ['a wrong answer without a message', EXERCISE.replace(' message="line 1 of the output"', ''), /needs message=/],
  ])('refuses an exercise with %s, naming the file and line', (_, source, message) => {
    expect(() => compile(source)).toThrow(message);
  });
});

test("the plugin's exercise ids per chapter are the course's exercises, in order", () => {
  const byChapter = exercisesByChapter(DOCS_DIR);
  // Only the pages that mention <Exercise need the full parse.
  const fromPages = mdxFiles()
    .map((file) => [file, readFileSync(file, 'utf8')] as const)
    .filter(([, source]) => source.includes('<Exercise'))
    .flatMap(([file, source]) => extractExercises(source, file).map((exercise) => exercise.id));
  expect(Object.values(byChapter).flat()).toEqual(fromPages);
  expect(Object.keys(byChapter)).toEqual(
    expect.arrayContaining(['iterators', 'generators', 'yield-from', 'event-loops']),
  );
});
