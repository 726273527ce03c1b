import type { Code, Parent, RootContent } from 'mdast';

import { parseLiveFenceMeta } from './meta';

export type LiveLanguage = 'python' | 'typescript';

/** One runnable block as the writer wrote it, with the output the page documents for it. */
export interface LiveBlock {
  language: LiveLanguage;
  code: string;
  expectedOutput: string;
  title?: string;
  timeoutMs?: number;
  minPython?: string;
  /** 1-based line of the fence in the source file, for error messages. */
  line: number;
}

const LANGUAGES: Record<string, LiveLanguage> = {
  python: 'python',
  py: 'python',
  ts: 'typescript',
  typescript: 'typescript',
};

export class LiveCodeError extends Error {}

function isLiveFence(node: RootContent): node is Code {
  return node.type === 'code' && Boolean(node.lang && LANGUAGES[node.lang]) && parseLiveFenceMeta(node.meta).live;
}

/**
 * Finds the live blocks among a parent's children. Each must be followed directly by an
 * ```output fence: one source of truth for what the page shows and what the tests expect.
 * Returns the blocks with the index of their fence, so a caller can rewrite the tree.
 */
export function findLiveBlocks(parent: Parent, file: string): { index: number; block: LiveBlock }[] {
  const found: { index: number; block: LiveBlock }[] = [];
  parent.children.forEach((node, index) => {
    if (!isLiveFence(node)) return;
    const line = node.position?.start.line ?? 0;
    const next = parent.children[index + 1];
    if (next?.type !== 'code' || next.lang !== 'output') {
      throw new LiveCodeError(
        `${file}:${line}: a live ${node.lang} block must be followed by an \`\`\`output block with what it prints`,
      );
    }
    const meta = parseLiveFenceMeta(node.meta);
    found.push({
      index,
      block: {
        language: LANGUAGES[node.lang!]!,
        code: node.value,
        expectedOutput: next.value,
        title: meta.title,
        timeoutMs: meta.timeoutMs,
        minPython: meta.minPython,
        line,
      },
    });
  });
  return found;
}
