import type { Parent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

import { describeRange, EDITIONS, editionOfFile, pythonInRange, type Edition } from '../../editions';
import { expectedOutputOn, findLiveBlocks, runsOn, type LiveBlock } from './blocks';
import { highlightToHtml, type CodeThemes } from '../highlight';
import { serverOnlyAttribute } from '../serverOnlyAttribute';

export interface RemarkLiveCodeOptions {
  /** The site's code themes: with them, blocks are highlighted at build time, not on the page. */
  themes?: CodeThemes;
}

function attribute(name: string, value: string | number | undefined): MdxJsxAttribute[] {
  return value === undefined ? [] : [{ type: 'mdxJsxAttribute', name, value: String(value) }];
}

function toLiveCodeElement(block: LiveBlock, edition: Edition, themes: CodeThemes | undefined): MdxJsxFlowElement {
  const runnable = runsOn(block, edition.python);
  return {
    type: 'mdxJsxFlowElement',
    name: 'LiveCode',
    attributes: [
      ...attribute('language', block.language),
      ...attribute('code', block.code),
      ...(runnable ? attribute('expectedOutput', expectedOutputOn(block, edition.python)) : []),
      ...attribute('title', block.title),
      ...attribute('timeoutMs', block.timeoutMs),
      // A program this edition's Python cannot run is shown, not offered to run.
      ...(runnable ? [] : attribute('notRunnableHere', notRunnableNote(block, edition))),
      // In the server bundle only: the browser adopts the highlighted HTML the page arrives with.
      ...(themes ? [serverOnlyAttribute('highlightedHtml', highlightToHtml(block.code, block.language, themes))] : []),
    ],
    children: [],
  };
}

function notRunnableNote(block: LiveBlock, edition: Edition): string {
  const elsewhere = EDITIONS.filter((other) => pythonInRange(other.python, block.python)).map((other) => other.label);
  return (
    `This program needs Python ${describeRange(block.python)}; this edition runs ${edition.label}.` +
    (elsewhere.length > 0 ? ` The ${elsewhere.join(' and ')} edition runs it (version menu above).` : '')
  );
}

/**
 * Remark plugin: turns each ```python live / ```ts live fence and the ```output fence(s) after it
 * into one <LiveCode> element, with the output of the Python of the page's edition (from its
 * path, src/editions.ts). Other fences, including ```jsx live React demos, are left to the theme.
 */
export default function remarkLiveCode(options: RemarkLiveCodeOptions = {}) {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? '<mdx>';
    const edition = editionOfFile(path);
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      // Rewrite from the end so earlier indexes stay valid.
      for (const { index, span, block } of findLiveBlocks(parent, path).reverse()) {
        parent.children.splice(
          index,
          span,
          toLiveCodeElement(block, edition, options.themes) as unknown as Parent['children'][number],
        );
      }
    });
  };
}

export type { LiveBlock } from './blocks';
