import type { Parent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

import { findLiveBlocks, type LiveBlock } from './blocks';
import { highlightToHtml, type CodeThemes } from '../highlight';
import { serverOnlyAttribute } from '../serverOnlyAttribute';

export interface RemarkLiveCodeOptions {
  /** The site's code themes: with them, blocks are highlighted at build time, not on the page. */
  themes?: CodeThemes;
}

function attribute(name: string, value: string | number | undefined): MdxJsxAttribute[] {
  return value === undefined ? [] : [{ type: 'mdxJsxAttribute', name, value: String(value) }];
}

function toLiveCodeElement(block: LiveBlock, themes: CodeThemes | undefined): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'LiveCode',
    attributes: [
      ...attribute('language', block.language),
      ...attribute('code', block.code),
      ...attribute('expectedOutput', block.expectedOutput),
      ...attribute('title', block.title),
      ...attribute('timeoutMs', block.timeoutMs),
      ...attribute('minPython', block.minPython),
      // In the server bundle only: the browser adopts the highlighted HTML the page arrives with.
      ...(themes ? [serverOnlyAttribute('highlightedHtml', highlightToHtml(block.code, block.language, themes))] : []),
    ],
    children: [],
  };
}

/**
 * Remark plugin: turns each ```python live / ```ts live fence and the ```output fence after it
 * into one <LiveCode> element. Other fences, including ```jsx live React demos, are left to the
 * theme.
 */
export default function remarkLiveCode(options: RemarkLiveCodeOptions = {}) {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? '<mdx>';
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      // Rewrite from the end so earlier indexes stay valid.
      for (const { index, block } of findLiveBlocks(parent, path).reverse()) {
        parent.children.splice(
          index,
          2,
          toLiveCodeElement(block, options.themes) as unknown as Parent['children'][number],
        );
      }
    });
  };
}

export type { LiveBlock, LiveLanguage } from './blocks';
