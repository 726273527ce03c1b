import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import type { Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { findLiveBlocks, type LiveBlock } from './blocks';

/** An example as the harness sees it: the blocks of one <LiveExample>, or one lone live block. */
export interface LiveExampleSource {
  file: string;
  /** 1-based line where the example starts. */
  line: number;
  title: string;
  blocks: LiveBlock[];
}

/** Reads the live examples of one MDX page with the same rules the site's remark plugin uses. */
export function extractLiveExamples(mdxSource: string, file: string): LiveExampleSource[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkMdx)
    // The site's `{#anchor}` heading ids are escaped by Docusaurus before MDX sees them; do the same.
    .parse(escapeMarkdownHeadingIds(mdxSource)) as Root;
  const examples: LiveExampleSource[] = [];
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const blocks = findLiveBlocks(parent, file).map(({ block }) => block);
    if (blocks.length === 0) return;
    const isGroup = (parent as unknown as MdxJsxFlowElement).name === 'LiveExample';
    const groups = isGroup ? [blocks] : blocks.map((block) => [block]);
    for (const group of groups) {
      examples.push({
        file,
        line: isGroup ? (parent.position?.start.line ?? group[0]!.line) : group[0]!.line,
        title: group.map((block) => block.title ?? block.language).join(' + '),
        blocks: group,
      });
    }
  });
  return examples;
}
