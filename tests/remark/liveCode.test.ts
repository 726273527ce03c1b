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
import { CURRENT_EDITION, FROZEN_EDITIONS } from '@site/src/editions';

// Tests of what an older edition shows use the oldest one declared.
const OLDER = FROZEN_EDITIONS[FROZEN_EDITIONS.length - 1]!;
const OLDER_PAGE = `versioned_docs/version-${OLDER.version}/page.mdx`;

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

function transform(source: string, options?: RemarkLiveCodeOptions, path = 'docs/page.mdx'): Root {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source.replace('{#a-pair}', ''));
  remarkLiveCode(options)(tree as Root, new VFile({ path }));
  return tree as Root;
}

function liveCodeAttributes(tree: Root): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as MdxJsxFlowElement[]) {
      if (child.type === 'mdxJsxFlowElement' && child.name === 'LiveCode') {
        found.push(Object.fromEntries(child.attributes.map((a) => ('name' in a ? [a.name, a.value] : []))));
      }
      walk(child);
    }
  };
  walk(tree);
  return found;
}

// One program that prints differently on the older edition's Python, as a writer documents it.
const variants = [
  '```python live title="close.py"',
  'print("new")',
  '```',
  '',
  '```output',
  'new',
  '```',
  '',
  `\`\`\`output max=${OLDER.python}`,
  'old',
  '```',
  '',
].join('\n');

describe('parseLiveFenceMeta', () => {
  test('reads live, title, timeout and the Pythons a block is for', () => {
    expect(parseLiveFenceMeta('live title="a b.py" timeout=20000 min=3.11')).toEqual({
      live: true,
      edit: false,
      title: 'a b.py',
      timeoutMs: 20000,
      python: { min: '3.11' },
    });
    expect(parseLiveFenceMeta('live max=3.11').python).toEqual({ max: '3.11' });
    expect(parseLiveFenceMeta('python=3.13').python).toEqual({ min: '3.13', max: '3.13' });
  });

  test('a fence without live is not live', () => {
    expect(parseLiveFenceMeta('title="x.py"').live).toBe(false);
    expect(parseLiveFenceMeta(undefined).live).toBe(false);
  });

  test('rejects a malformed timeout or Python version', () => {
    expect(() => parseLiveFenceMeta('live timeout=soon')).toThrow(/milliseconds/);
    expect(() => parseLiveFenceMeta('live min=twelve')).toThrow(/Python version/);
    expect(() => parseLiveFenceMeta('live max=3')).toThrow(/Python version/);
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

  test("each edition's page gets the output for its own Python", () => {
    expect(liveCodeAttributes(transform(variants))[0]!.expectedOutput).toBe('new');
    const older = transform(variants, {}, OLDER_PAGE);
    expect(liveCodeAttributes(older)[0]!.expectedOutput).toBe('old');
  });

  test('an edition whose Python a block excludes shows the code with where it runs, and no Run', () => {
    const source = `\`\`\`python live min=${CURRENT_EDITION.python}\nprint(1)\n\`\`\`\n\n\`\`\`output\n1\n\`\`\`\n`;
    const [current] = liveCodeAttributes(transform(source));
    expect(current).toMatchObject({ expectedOutput: '1' });
    expect(current).not.toHaveProperty('notRunnableHere');
    const [older] = liveCodeAttributes(transform(source, {}, OLDER_PAGE));
    expect(older).not.toHaveProperty('expectedOutput');
    expect(older!.notRunnableHere).toBe(
      `This program needs Python ${CURRENT_EDITION.python} or later; this edition runs Python ${OLDER.python}. The Python ${CURRENT_EDITION.python} edition runs it (version menu above).`,
    );
  });

  test('rejects outputs per Python that cannot be told apart or do not apply', () => {
    const extra = (meta: string, lang = 'python') =>
      `\`\`\`${lang} live\nx\n\`\`\`\n\n\`\`\`output\n1\n\`\`\`\n\n\`\`\`output ${meta}\n2\n\`\`\`\n`;
    expect(() => transform(extra(''))).toThrow(/page\.mdx:9: an extra ```output needs min=, max= or python=/);
    expect(() => transform(extra('max=3.11', 'ts'))).toThrow(/only Python blocks have outputs per Python/);
    const rangedFirst = '```python live\nx\n```\n\n```output min=3.13\n1\n```\n';
    expect(() => transform(rangedFirst)).toThrow(/the first ```output after a program is its usual output/);
    expect(() => transform('```ts live min=3.13\nx\n```\n\n```output\n1\n```\n')).toThrow(/min=\/max= are for Python/);
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

  test('keeps every output per Python, and narrows a block inside <Edition> to its Pythons', () => {
    const [example] = extractLiveExamples(variants, 'page.mdx');
    expect(example!.blocks[0]).toMatchObject({
      expectedOutput: 'new',
      outputVariants: [{ python: { max: OLDER.python }, text: 'old' }],
      python: {},
    });
    const scoped = `<Edition min="3.13">\n\n${variants.replace('live', 'live max=3.14')}\n</Edition>\n`;
    expect(extractLiveExamples(scoped, 'page.mdx')[0]!.blocks[0]!.python).toEqual({ min: '3.13', max: '3.14' });
  });
});
