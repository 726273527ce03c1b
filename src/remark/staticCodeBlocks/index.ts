import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

import { highlightLinesToHtml, type CodeThemes, type HighlightLanguage } from '../highlight';

export interface RemarkStaticCodeBlocksOptions {
  /** The site's code themes, the same objects `themeConfig.prism` gets. */
  themes: CodeThemes;
}

const LANGUAGES: Record<string, HighlightLanguage> = {
  python: 'python',
  py: 'python',
  ts: 'typescript',
  typescript: 'typescript',
  text: 'text',
  txt: 'text',
};

// The only fence option highlighted here; a fence with others (line ranges, showLineNumbers) or
// with the theme's magic comments (`// highlight-next-line`) is left to the theme's CodeBlock,
// which knows them.
const TITLE_ONLY = /^\s*(?:title="([^"]*)")?\s*$/;
const MAGIC_COMMENT = /highlight-(?:next-line|start|end)/;

function attribute(name: string, value: string | undefined): MdxJsxAttribute[] {
  return value === undefined ? [] : [{ type: 'mdxJsxAttribute', name, value }];
}

/**
 * Remark plugin: highlights the ordinary (not live) Python, TypeScript and text fences at build
 * time and hands them to the theme's CodeBlock as <CodeBlock highlightedHtml>, so that a chapter
 * page loads no Prism and its code blocks are not drawn twice on load (src/theme/CodeBlock).
 * Run it after remarkLiveCode, which takes the live fences and their output.
 */
export default function remarkStaticCodeBlocks({ themes }: RemarkStaticCodeBlocksOptions) {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      const language = node.lang ? LANGUAGES[node.lang] : undefined;
      const options = TITLE_ONLY.exec(node.meta ?? '');
      if (!language || !options || MAGIC_COMMENT.test(node.value) || !parent || index === undefined) return;
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'CodeBlock',
        attributes: [
          ...attribute('language', node.lang!),
          ...attribute('title', options[1]),
          ...attribute('highlightedHtml', highlightLinesToHtml(node.value, language, themes, { lineNumbers: false })),
          ...attribute('children', node.value),
        ],
        children: [],
      };
      parent.children.splice(index, 1, element as unknown as Code);
    });
  };
}
