import { extractLiveExamples } from '@site/src/remark/liveCode/extract';
import { applyPatch, parsePatch } from '@site/src/remark/liveCode/patch';
import remarkTryThis from '@site/src/remark/tryThis';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

const PROGRAM = ['def f():', '    return 1', '', '', 'print(f())', 'print("done")'].join('\n');

describe('applyPatch', () => {
  test('replaces the removed lines by the added ones, where the kept ones say', () => {
    expect(applyPatch(PROGRAM, '-print(f())\n+print(f() + 1)')).toBe(PROGRAM.replace('print(f())', 'print(f() + 1)'));
    // An empty line is a kept empty line (editors strip the space in front of it).
    expect(applyPatch(PROGRAM, '     return 1\n\n+# two blank lines\n')).toBe(
      PROGRAM.replace('    return 1\n\n', '    return 1\n\n# two blank lines\n'),
    );
  });

  test('applies hunks one after the other', () => {
    expect(applyPatch(PROGRAM, '-    return 1\n+    return 2\n@@\n-print("done")')).toBe(
      ['def f():', '    return 2', '', '', 'print(f())'].join('\n'),
    );
  });

  test('refuses an edit that does not say where it goes, or says it ambiguously', () => {
    expect(() => applyPatch(PROGRAM, '-print(g())')).toThrow(
      'the edit\'s lines starting "print(g())" are not in the program',
    );
    expect(() => applyPatch(PROGRAM, '\n+x = 1')).toThrow(/occur 2 times in the program: give more context/);
    expect(() => applyPatch(PROGRAM, '+x = 1')).toThrow(/only adds lines/);
    expect(() => parsePatch(' print(f())')).toThrow(/changes nothing/);
    expect(() => parsePatch('*print(f())')).toThrow(/line 1 of the edit starts with neither/);
  });
});

const page = [
  '```python live title="f.py"',
  PROGRAM,
  '```',
  '',
  '```output',
  '1',
  'done',
  '```',
  '',
  ':::tip[Try this]',
  'Return 2 instead. What prints?',
  '',
  '```python edit',
  '-    return 1',
  '+    return 2',
  '```',
  '',
  '```output',
  '2',
  'done',
  '```',
  '',
  'The function returns what it says.',
  ':::',
  '',
].join('\n');

function transform(source: string): Root {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).parse(source) as Root;
  remarkTryThis()(tree, new VFile({ path: 'docs/page.mdx' }));
  return tree;
}

describe('remarkTryThis', () => {
  test('keeps the task, shows the edit with its example, and folds the outcome and the reason', () => {
    const tip = transform(page).children[2] as unknown as { children: MdxJsxFlowElement[] };
    const [label, task, edit, details] = tip.children;
    expect(label!.type).toBe('paragraph'); // the directive's label, which the theme's plugin takes
    expect(JSON.stringify(task)).toContain('Return 2 instead. What prints?');
    expect(edit!.name).toBe('TryThisEdit');
    const attributes = Object.fromEntries(edit!.attributes.map((a) => ('name' in a ? [a.name, a.value] : [])));
    expect(attributes).toMatchObject({ language: 'python', patch: '-    return 1\n+    return 2', title: 'f.py' });
    expect(attributes.target).toMatch(/^live-py-/);
    expect(details!.name).toBe('details');
    expect(details!.children.map((node) => node.type)).toEqual(['mdxJsxFlowElement', 'code', 'paragraph']);
    expect((details!.children[1] as unknown as { value: string }).value).toBe('2\ndone');
  });

  test('a broken edit fails the build with the file and the lines involved', () => {
    expect(() => transform(page.replace('-    return 1', '-    return 3'))).toThrow(
      /docs\/page\.mdx:18: the edit's lines starting " {4}return 3" are not in the program \(the python block at line 1\)/,
    );
    expect(() => transform('```python edit\n-x\n```\n\n```output\n\n```\n')).toThrow(
      /an edit fence belongs in a :::tip/,
    );
    expect(() => transform(':::tip\n```ts edit\n-x\n```\n\n```output\n\n```\n:::\n')).toThrow(
      /this ts edit has no live ts block before it/,
    );
  });

  test('the harness gets each edited program with its output, as an example of its own', () => {
    const [, tipExample] = extractLiveExamples(page, 'docs/page.mdx');
    expect(tipExample).toMatchObject({ line: 18, title: 'Try this: f.py edited' });
    expect(tipExample!.blocks[0]).toMatchObject({
      language: 'python',
      code: PROGRAM.replace('return 1', 'return 2'),
      expectedOutput: '2\ndone',
    });
  });
});
