import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import type { Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { intersectRanges, type PythonRange } from '../../editions';
import { editionRange } from '../editions';
import { findLiveBlocks, type LiveBlock } from './blocks';

/** An example as the harness sees it: the blocks of one <LiveExample>, or one lone live block. */
export interface LiveExampleSource {
  file: string;
  /** 1-based line where the example starts. */
  line: number;
  title: string;
  blocks: LiveBlock[];
}

/**
 * Reads the live examples of one MDX page with the same rules the site's remark plugins use. A
 * block inside <Edition min="3.13"> runs only where that edition's text appears, so its range is
 * narrowed to the element's.
 */
export function extractLiveExamples(mdxSource: string, file: string): LiveExampleSource[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkMdx)
    // The site's `{#anchor}` heading ids are escaped by Docusaurus before MDX sees them; do the same.
    .parse(escapeMarkdownHeadingIds(mdxSource)) as Root;
  const examples: LiveExampleSource[] = [];
  const walk = (parent: Parent, range: PythonRange) => {
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
  return examples;
}
