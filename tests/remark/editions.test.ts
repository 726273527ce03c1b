import { readFileSync } from 'node:fs';

import remarkEditions from '@site/src/remark/editions';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

import { mdxFiles } from '../examples/collect';

const CURRENT = 'docs/02-generators/index.mdx';
const OLDER = 'versioned_docs/version-3.12/02-generators/index.mdx';

/** The page as the edition of `path` reads it, back as Markdown. */
function render(source: string, path: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkStringify);
  const tree = processor.parse(source) as Root;
  remarkEditions()(tree, new VFile({ path }));
  return processor.stringify(tree);
}

describe('remarkEditions', () => {
  const page = [
    'Both editions.',
    '',
    '<EditionNote python="3.12">',
    'On 3.12 `close()` returns `None`.',
    '</EditionNote>',
    '',
    '<Edition min="3.13">',
    '',
    '## Only on 3.13 and later',
    '',
    'Newer text.',
    '',
    '</Edition>',
    '',
    'This is <EditionInfo of="label" />; the others: <EditionInfo of="others" />, running <EditionInfo of="python" />.',
  ].join('\n');

  test('the current edition keeps its own text and drops the notes of other Pythons', () => {
    const text = render(page, CURRENT);
    expect(text).toContain('Both editions.');
    expect(text).not.toContain('close()');
    expect(text).toContain('## Only on 3.13 and later');
    expect(text).toContain('This is Python 3.14; the others: Python 3.12, running 3.14.');
    expect(text).not.toMatch(/Edition/);
  });

  test("an older edition's note becomes a note titled with its Python, and newer text is gone", () => {
    const text = render(page, OLDER);
    expect(text).toContain(':::note{title="Python 3.12"}\nOn 3.12 `close()` returns `None`.\n:::');
    expect(text).not.toContain('Newer text');
    expect(text).not.toContain('Only on 3.13');
    expect(text).toContain('This is Python 3.12; the others: Python 3.14, running 3.12.');
  });

  test('nested elements resolve from the outside in, and inline ones work in a sentence', () => {
    const nested =
      '<Edition max="3.13">\n\n<Edition python="3.12">\n\nold only\n\n</Edition>\n\nup to 3.13\n\n</Edition>\n';
    expect(render(nested, OLDER)).toBe('old only\n\nup to 3.13\n');
    expect(render(nested, CURRENT)).toBe('');
    expect(render('A <Edition python="3.12">3.12-only</Edition> word.', OLDER)).toBe('A 3.12-only word.\n');
    expect(render('A <Edition python="3.12">3.12-only</Edition> word.', CURRENT)).toBe('A  word.\n');
  });

  test('a mistake fails the build with the file and line', () => {
    expect(() => render('\n<Edition>x</Edition>', CURRENT)).toThrow(
      `${CURRENT}:2: <Edition> needs python=, min= or max=`,
    );
    expect(() => render('<Edition min="3.x">x</Edition>', CURRENT)).toThrow(/min="3.x" is not a Python version/);
    expect(() => render('<Edition since="3.13">x</Edition>', CURRENT)).toThrow(/has no attribute since/);
    expect(() => render('<EditionInfo of="banner" />', CURRENT)).toThrow(/of="banner" is not one of/);
    expect(() => render('x', 'versioned_docs/version-2.7/a.mdx')).toThrow(/src\/editions\.ts does not list/);
  });
});

describe('the course in docs/', () => {
  test('marks what differs between editions with <Edition>/<EditionNote>, not hand-titled notes', () => {
    const handTitled = mdxFiles().filter((file) => /^:::\w+\[Python 3\.\d+\]/m.test(readFileSync(file, 'utf8')));
    expect(handTitled).toEqual([]);
  });
});
