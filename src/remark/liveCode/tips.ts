import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

import { intersectRanges, type PythonRange } from '../../editions';
import type { Language } from '../../runner/types';
import { fenceLanguage, isLiveFence, LiveCodeError, readOutputs, type LiveBlock } from './blocks';
import { exampleId } from './exampleId';
import { parseLiveFenceMeta } from './meta';
import { applyPatch, PatchError } from './patch';

/** One edit of a "Try this" tip: the example it changes, the change, and what the result prints. */
export interface TipEdit {
  /** The edited program, as a live block: the harness runs it like any example. */
  block: LiveBlock;
  /** The patch as the writer wrote it (src/remark/liveCode/patch.ts). */
  patch: string;
  /** The page id of the example it edits (the LiveCode's section id). */
  targetId: string;
  targetTitle: string | undefined;
}

/** A tip (an admonition) that holds edits, with the index of each edit fence in its children. */
export interface TipWithEdits {
  tip: Parent;
  edits: { index: number; span: number; edit: TipEdit }[];
}

function isEditFence(node: unknown): node is Code {
  const code = node as Code;
  return code.type === 'code' && fenceLanguage(code) !== undefined && parseLiveFenceMeta(code.meta).edit;
}

/**
 * Finds the edit fences of every tip, in page order: each edits the nearest live block of its
 * language before the tip. `rangeAt` narrows the Pythons of a target (an <Edition> around it).
 */
export function findTipEdits(
  tree: Root,
  file: string,
  rangeAt: (node: Code) => PythonRange = () => ({}),
): TipWithEdits[] {
  const latest = new Map<Language, { node: Code; range: PythonRange }>();
  const tips: TipWithEdits[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'code' && isLiveFence(node)) {
      latest.set(fenceLanguage(node)!, { node, range: rangeAt(node) });
      return;
    }
    if (isEditFence(node) && (parent as { type?: string } | undefined)?.type !== 'containerDirective') {
      const line = (node as Code).position?.start.line ?? 0;
      throw new LiveCodeError(`${file}:${line}: an edit fence belongs in a :::tip`);
    }
    if (node.type !== 'containerDirective') return;
    const tip = node as Parent;
    const edits: TipWithEdits['edits'] = [];
    tip.children.forEach((child, index) => {
      if (!isEditFence(child)) return;
      const line = child.position?.start.line ?? 0;
      const language = fenceLanguage(child)!;
      const target = latest.get(language);
      if (!target)
        throw new LiveCodeError(`${file}:${line}: this ${child.lang} edit has no live ${child.lang} block before it`);
      const targetMeta = parseLiveFenceMeta(target.node.meta);
      const meta = parseLiveFenceMeta(child.meta);
      let code: string;
      try {
        code = applyPatch(target.node.value, child.value);
      } catch (error) {
        if (!(error instanceof PatchError)) throw error;
        const targetLine = target.node.position?.start.line ?? 0;
        throw new LiveCodeError(`${file}:${line}: ${error.message} (the ${child.lang} block at line ${targetLine})`);
      }
      const { span, ...outputs } = readOutputs(tip, index, language, file);
      edits.push({
        index,
        span,
        edit: {
          block: {
            language,
            code,
            ...outputs,
            title: targetMeta.title,
            timeoutMs: meta.timeoutMs ?? targetMeta.timeoutMs,
            python: intersectRanges(intersectRanges(target.range, targetMeta.python), meta.python),
            line,
          },
          patch: child.value,
          targetId: exampleId(language, target.node.value),
          targetTitle: targetMeta.title,
        },
      });
    });
    if (edits.length > 0) tips.push({ tip, edits });
  });
  return tips;
}
