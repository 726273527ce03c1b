import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import type { Code, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { intersectRanges, type PythonRange } from '../../editions';
import { editionRange } from '../editions';
import { findLiveBlocks, isLiveFence, type LiveBlock } from './blocks';
import { findTipEdits } from './tips';

/** An example as the harness sees it: the blocks of one <LiveExample>, or one lone live block. */
export interface LiveExampleSource {
  file: string;
  /** 1-based line where the example starts. */
  line: number;
  title: string;
  blocks: LiveBlock[];
  /** Set on the edited program of a "Try this" tip, whose block keeps the title of the one it edits. */
  tipEdit?: true;
}

/** The syntax tree of one MDX page of the course, parsed as the site's build parses it. */
export function parseCoursePage(mdxSource: string): Root {
  return (
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkDirective)
      // The site's `{#anchor}` heading ids are escaped by Docusaurus before MDX sees them; do the same.
      .parse(escapeMarkdownHeadingIds(mdxSource)) as Root
  );
}

/**
 * Reads the live examples of one MDX page, and the edited programs of its "Try this" tips, with
 * the same rules the site's remark plugins use. A block inside <Edition min="3.13"> runs only
 * where that edition's text appears, so its range is narrowed to the element's.
 */
export function extractLiveExamples(mdxSource: string, file: string): LiveExampleSource[] {
  const tree = parseCoursePage(mdxSource);
  const examples: LiveExampleSource[] = [];
  const ranges = new Map<Code, PythonRange>();
  const walk = (parent: Parent, range: PythonRange) => {
    for (const child of parent.children) if (child.type === 'code' && isLiveFence(child)) ranges.set(child, range);
    const blocks = findLiveBlocks(parent, file).map(({ block }) => ({
      ...block,
      python: intersectRanges(range, block.python),
    }));
    if (blocks.length > 0) {
      const isGroup = (parent as unknown as MdxJsxFlowElement).name === 'LiveExample';
      for (const group of isGroup ? [blocks] : blocks.map((block) => [block])) {
        examples.push({
          file,
          line: isGroup ? (parent.position?.start.line ?? group[0]!.line) : group[0]!.line,
          title: group.map((block) => block.title ?? block.language).join(' + '),
          blocks: group,
        });
      }
    }
    for (const child of parent.children) {
      if (!('children' in child)) continue;
      const element = child as unknown as MdxJsxFlowElement;
      const isEditionOnly =
        element.type === 'mdxJsxFlowElement' && (element.name === 'Edition' || element.name === 'EditionNote');
      walk(child, isEditionOnly ? intersectRanges(range, editionRange(element, file)) : range);
    }
  };
  walk(tree, {});
  // Each edit of a "Try this" tip is run like an example: the edited program and its output.
  for (const { edits } of findTipEdits(tree, file, (node) => ranges.get(node) ?? {})) {
    for (const { edit } of edits) {
      examples.push({
        file,
        line: edit.block.line,
        title: `Try this: ${edit.targetTitle ?? edit.block.language} edited`,
        blocks: [edit.block],
        tipEdit: true,
      });
    }
  }
  return examples;
}
