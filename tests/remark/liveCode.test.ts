import remarkLiveCode, { type RemarkLiveCodeOptions } from '@site/src/remark/liveCode';
import { highlightToHtml } from '@site/src/remark/highlight';
import { themes } from 'prism-react-renderer';
import { extractLiveExamples } from '@site/src/remark/liveCode/extract';
import { parseLiveFenceMeta } from '@site/src/remark/liveCode/meta';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

const pair = [
  '## A pair {#a-pair}',
  '',
  '<LiveExample>',
  '',
  '```python live title="hello.py"',
  'print("hi")',
  '```',
  '',
  '```output',
  'hi',
  '```',
  '',
  '```ts live title="hello.ts" timeout=20000',
  "console.log('hi');",
  '```',
  '',
  '```output',
  'hi',
  '```',
  '',
  '</LiveExample>',
  '',
].join('\n');

function transform(source: string, options?: RemarkLiveCodeOptions): Root {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source.replace('{#a-pair}', ''));
  remarkLiveCode(options)(tree as Root, new VFile({ path: 'page.mdx' }));
  return tree as Root;
}

describe('parseLiveFenceMeta', () => {
  test('reads live, title, timeout and min', () => {
    expect(parseLiveFenceMeta('live title="a b.py" timeout=20000 min=3.12')).toEqual({
      live: true,
      title: 'a b.py',
      timeoutMs: 20000,
      minPython: '3.12',
    });
  });

  test('a fence without live is not live', () => {
    expect(parseLiveFenceMeta('title="x.py"').live).toBe(false);
    expect(parseLiveFenceMeta(undefined).live).toBe(false);
  });

  test('rejects a malformed timeout or Python version', () => {
    expect(() => parseLiveFenceMeta('live timeout=soon')).toThrow(/milliseconds/);
    expect(() => parseLiveFenceMeta('live min=twelve')).toThrow(/Python version/);
  });
});

describe('remarkLiveCode', () => {
  test('turns each live fence and its output into one <LiveCode>', () => {
    const tree = transform(pair);
    const example = tree.children.find((node) => node.type === 'mdxJsxFlowElement') as MdxJsxFlowElement;
    expect(example.name).toBe('LiveExample');
    const codes = example.children as MdxJsxFlowElement[];
    expect(codes.map((node) => node.name)).toEqual(['LiveCode', 'LiveCode']);
    const attributes = Object.fromEntries(codes[1]!.attributes.map((a) => ('name' in a ? [a.name, a.value] : [])));
    expect(attributes).toEqual({
      language: 'typescript',
      code: "console.log('hi');",
      expectedOutput: 'hi',
      title: 'hello.ts',
      timeoutMs: '20000',
    });
  });

  test('given code themes, each block arrives highlighted with them', () => {
    const codeThemes = { light: themes.vsLight, dark: themes.oceanicNext };
    const example = transform(pair, { themes: codeThemes }).children.find(
      (node) => node.type === 'mdxJsxFlowElement',
    ) as MdxJsxFlowElement;
    const python = (example.children as MdxJsxFlowElement[])[0]!;
    const highlighted = python.attributes.find((a) => 'name' in a && a.name === 'highlightedHtml');
    // For the server bundle only (src/remark/serverOnlyAttribute.ts).
    expect(highlighted?.value).toMatchObject({ type: 'mdxJsxAttributeValueExpression' });
    expect(JSON.stringify(highlighted?.value)).toContain(
      JSON.stringify(JSON.stringify(highlightToHtml('print("hi")', 'python', codeThemes))),
    );
  });

  test('a live fence without an output block fails the build with its file and line', () => {
    const source = '```python live\nprint(1)\n```\n\nSome text.\n';
    expect(() => transform(source)).toThrow(/page\.mdx:1: a live python block must be followed by an ```output block/);
  });

  test('leaves ```jsx live React demos and ordinary fences alone', () => {
    const tree = transform('```jsx live\n<p>hi</p>\n```\n\n```python\nprint(1)\n```\n');
    expect(tree.children.map((node) => node.type)).toEqual(['code', 'code']);
  });
});

describe('extractLiveExamples', () => {
  test('groups the blocks of a <LiveExample> and keeps lines', () => {
    const [example, ...rest] = extractLiveExamples(pair, 'page.mdx');
    expect(rest).toEqual([]);
    expect(example!.file).toBe('page.mdx');
    expect(example!.line).toBe(3);
    expect(example!.title).toBe('hello.py + hello.ts');
    expect(example!.blocks.map((block) => [block.language, block.line, block.expectedOutput])).toEqual([
      ['python', 5, 'hi'],
      ['typescript', 13, 'hi'],
    ]);
  });

  test('understands the site heading-id syntax', () => {
    expect(() => extractLiveExamples(pair, 'page.mdx')).not.toThrow();
  });
});
