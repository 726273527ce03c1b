/**
 * A "Try this" tip predicts what an edited program does: that is a claim like any output, so every
 * one carries its edit and output (CONTRIBUTING.md, "Try this") and the harness runs it. A tip that
 * asks the reader to think rather than run has another title.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

import type { Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';

import { parseCoursePage } from '@site/src/remark/liveCode/extract';
import { parseLiveFenceMeta } from '@site/src/remark/liveCode/meta';

import { mdxFiles, ROOT } from './collect';

interface Directive extends Parent {
  name: string;
}

/** The text of a node, its inline code included. */
function textOf(node: Parent): string {
  let text = '';
  visit(node, ['text', 'inlineCode'], (child) => {
    text += (child as { value: string }).value;
  });
  return text;
}

function uncheckedTips(tree: Root): number[] {
  const lines: number[] = [];
  visit(tree, 'containerDirective', (node) => {
    const tip = node as unknown as Directive;
    const [label] = tip.children;
    const isTryThis =
      tip.name === 'tip' &&
      label?.type === 'paragraph' &&
      (label.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true &&
      textOf(label).trim() === 'Try this';
    const hasEdit = tip.children.some((child) => child.type === 'code' && parseLiveFenceMeta(child.meta).edit);
    if (isTryThis && !hasEdit) lines.push(tip.position?.start.line ?? 0);
  });
  return lines;
}

test('every "Try this" tip carries the edit it asks for, and what the edited program prints', () => {
  const unchecked = mdxFiles().flatMap((file) =>
    uncheckedTips(parseCoursePage(readFileSync(file, 'utf8'))).map((line) => `${relative(ROOT, file)}:${line}`),
  );
  expect(unchecked).toEqual([]);
});
