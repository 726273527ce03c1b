import type { Code, Parent, RootContent } from 'mdast';

import { pythonInRange, type PythonRange } from '../../editions';
import type { Language } from '../../runner/types';
import { parseLiveFenceMeta } from './meta';

/** An output that replaces the block's usual one on the Pythons in its range (```output max=3.12). */
export interface OutputVariant {
  python: PythonRange;
  text: string;
}

/** One runnable block as the writer wrote it, with the output the page documents for it. */
export interface LiveBlock {
  language: Language;
  code: string;
  /** What the program prints, unless a variant covers the Python that runs it. */
  expectedOutput: string;
  outputVariants: OutputVariant[];
  title?: string;
  timeoutMs?: number;
  /** The Pythons the block runs on (min=/max= on the fence); open ends when not given. */
  python: PythonRange;
  /** 1-based line of the fence in the source file, for error messages. */
  line: number;
}

const LANGUAGES: Record<string, Language> = {
  python: 'python',
  py: 'python',
  ts: 'typescript',
  typescript: 'typescript',
};

export class LiveCodeError extends Error {}

export function isLiveFence(node: RootContent): node is Code {
  return node.type === 'code' && Boolean(node.lang && LANGUAGES[node.lang]) && parseLiveFenceMeta(node.meta).live;
}

function isOutputFence(node: RootContent | undefined): node is Code {
  return node?.type === 'code' && node.lang === 'output';
}

/** The output a block documents for the Python that runs it (TypeScript: its only output). */
export function expectedOutputOn(block: LiveBlock, python: string | undefined): string {
  if (python === undefined) return block.expectedOutput;
  return (
    block.outputVariants.findLast((variant) => pythonInRange(python, variant.python))?.text ?? block.expectedOutput
  );
}

/** Whether a Python runs the block, by its fence's min=/max= (TypeScript blocks: always). */
export function runsOn(block: LiveBlock, python: string): boolean {
  return block.language !== 'python' || pythonInRange(python, block.python);
}

/** The outputs documented after a fence: the usual one, then any per Python. */
export interface DocumentedOutputs {
  expectedOutput: string;
  outputVariants: OutputVariant[];
  /** How many fences the fence and its outputs span. */
  span: number;
}

/**
 * Reads the ```output fence(s) after the fence at `index`: the first is the usual output, the
 * ones after it are each for the Pythons they name (```output max=3.12).
 */
export function readOutputs(parent: Parent, index: number, language: Language, file: string): DocumentedOutputs {
  const fence = parent.children[index] as Code;
  const line = fence.position?.start.line ?? 0;
  const fail = (message: string, at = line) => new LiveCodeError(`${file}:${at}: ${message}`);
  const first = parent.children[index + 1];
  const kind = parseLiveFenceMeta(fence.meta).edit ? 'an edit' : 'a live';
  if (!isOutputFence(first)) {
    throw fail(`${kind} ${fence.lang} block must be followed by an \`\`\`output block with what it prints`);
  }
  if (Object.keys(parseLiveFenceMeta(first.meta).python).length > 0) {
    throw fail('the first ```output after a program is its usual output; give min=/max= to the ones after it');
  }
  const outputVariants: OutputVariant[] = [];
  let span = 2;
  for (let next = parent.children[index + span]; isOutputFence(next); next = parent.children[index + span]) {
    const python = parseLiveFenceMeta(next.meta).python;
    const at = next.position?.start.line ?? line;
    if (language !== 'python') throw fail('only Python blocks have outputs per Python', at);
    if (Object.keys(python).length === 0) throw fail('an extra ```output needs min=, max= or python=', at);
    outputVariants.push({ python, text: next.value });
    span += 1;
  }
  return { expectedOutput: first.value, outputVariants, span };
}

/** The language of a ```python / ```ts fence, if it is one. */
export function fenceLanguage(node: RootContent): Language | undefined {
  return node.type === 'code' && node.lang ? LANGUAGES[node.lang] : undefined;
}

/**
 * Finds the live blocks among a parent's children. Each must be followed directly by an
 * ```output fence: one source of truth for what the page shows and what the tests expect. More
 * output fences may follow, each with the Pythons it is for (```output max=3.12), where a
 * program prints differently on some Pythons. Returns the blocks with the index of their fence
 * and how many fences they span, so a caller can rewrite the tree.
 */
export function findLiveBlocks(parent: Parent, file: string): { index: number; span: number; block: LiveBlock }[] {
  const found: { index: number; span: number; block: LiveBlock }[] = [];
  parent.children.forEach((node, index) => {
    if (!isLiveFence(node)) return;
    const line = node.position?.start.line ?? 0;
    const language = LANGUAGES[node.lang!]!;
    const meta = parseLiveFenceMeta(node.meta);
    if (language !== 'python' && Object.keys(meta.python).length > 0) {
      throw new LiveCodeError(`${file}:${line}: min=/max= are for Python blocks`);
    }
    const { span, ...outputs } = readOutputs(parent, index, language, file);
    found.push({
      index,
      span,
      block: {
        language,
        code: node.value,
        ...outputs,
        title: meta.title,
        timeoutMs: meta.timeoutMs,
        python: meta.python,
        line,
      },
    });
  });
  return found;
}
