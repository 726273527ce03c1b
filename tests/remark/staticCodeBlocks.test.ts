import { highlightLinesToHtml } from '@site/src/remark/highlight';
import remarkLiveCode from '@site/src/remark/liveCode';
import remarkStaticCodeBlocks from '@site/src/remark/staticCodeBlocks';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { themes as prismThemes } from 'prism-react-renderer';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

const themes = { light: prismThemes.vsLight, dark: prismThemes.oceanicNext };

function transform(source: string): RootContent[] {
  const processor = unified().use(remarkParse).use(remarkMdx);
  const tree = processor.parse(source);
  remarkLiveCode({ themes })(tree, new VFile({ path: 'chapter.mdx' }));
  remarkStaticCodeBlocks({ themes })(tree);
  return (tree as Root).children;
}

function props(node: RootContent | undefined): Record<string, unknown> {
  expect(node?.type).toBe('mdxJsxFlowElement');
  const element = node as MdxJsxFlowElement;
  expect(element.name).toBe('CodeBlock');
  return Object.fromEntries(element.attributes.map((a) => ('name' in a ? [a.name, a.value] : [])));
}

describe('remarkStaticCodeBlocks', () => {
  test('a Python fence becomes a <CodeBlock> with its title, code and build-time highlighting', () => {
    const code = 'def f():\n    return 1';
    const [block] = transform(['```python title="f.py"', code, '```'].join('\n'));
    expect(props(block)).toEqual({
      language: 'python',
      title: 'f.py',
      children: code,
      highlightedHtml: highlightLinesToHtml(code, 'python', themes, { lineNumbers: false }),
    });
    expect(props(block).highlightedHtml).toContain('<span class="token" style="--l-c:');
    expect(props(block).highlightedHtml).not.toContain('line-number');
  });

  test('TypeScript and text fences are highlighted too, text as plain lines', () => {
    const [ts, text] = transform(['```ts', 'const a = 1;', '```', '', '```text', 'a < b', '```'].join('\n'));
    expect(props(ts).language).toBe('ts');
    expect(props(ts).highlightedHtml).toContain('class="token"');
    expect(props(text).highlightedHtml).toBe('<span class="line"><span>a &lt; b\n</span></span>');
  });

  test('fences with options or magic comments the build does not draw, other languages and live examples are left alone', () => {
    const nodes = transform(
      [
        '```python {2}',
        'a = 1',
        'b = 2',
        '```',
        '',
        '```python',
        '# highlight-next-line',
        'a = 1',
        '```',
        '',
        '```bash',
        'npm test',
        '```',
        '',
        '```python live title="hi.py"',
        'print("hi")',
        '```',
        '',
        '```output',
        'hi',
        '```',
      ].join('\n'),
    );
    expect(nodes.map((node) => ('name' in node ? node.name : node.type))).toEqual(['code', 'code', 'code', 'LiveCode']);
  });
});
