import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

import { describeRange, editionOfFile } from '../../editions';
import { expectedOutputOn, runsOn } from '../liveCode/blocks';
import { findTipEdits, type TipEdit } from '../liveCode/tips';

const LANGUAGE_NAMES = { python: 'Python', typescript: 'TypeScript' } as const;

function attribute(name: string, value: string | undefined): MdxJsxAttribute[] {
  return value === undefined ? [] : [{ type: 'mdxJsxAttribute', name, value }];
}

function element(name: string, attributes: MdxJsxAttribute[], children: RootContent[] = []): RootContent {
  return { type: 'mdxJsxFlowElement', name, attributes, children } as MdxJsxFlowElement as unknown as RootContent;
}

function text(value: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

/**
 * Remark plugin: a "Try this" tip with edits (```python edit + ```output, CONTRIBUTING.md)
 * becomes a small predict-then-run exercise. The task stays as written; each edit is shown as a
 * <TryThisEdit>, a diff with a button that puts the edited program into its example's editor;
 * what each edited program prints, and everything the tip says after it, folds into a "What
 * happens" <details>. Run it before remarkLiveCode, which takes the live fences the edits target.
 */
export default function remarkTryThis() {
  return (tree: Root, vfile: VFile) => {
    const file = vfile.path ?? '<mdx>';
    const edition = editionOfFile(file);
    for (const { tip, edits } of findTipEdits(tree, file)) {
      const firstEdit = edits[0]!.index;
      const spans = new Set(edits.flatMap(({ index, span }) => Array.from({ length: span }, (_, i) => index + i)));
      const task = tip.children.slice(0, firstEdit);
      const afterwards = tip.children.filter((_, index) => index > firstEdit && !spans.has(index));
      const outputs = edits.flatMap(({ edit }) => outcome(edit, edition.python, edits.length > 1));
      tip.children = [
        ...task,
        ...edits.map(({ edit }) => tryThisEdit(edit, edition)),
        element(
          'details',
          [],
          [element('summary', [], [{ type: 'text', value: 'What happens' } as RootContent]), ...outputs, ...afterwards],
        ),
      ] as Parent['children'];
    }
  };
}

function tryThisEdit(edit: TipEdit, edition: ReturnType<typeof editionOfFile>): RootContent {
  const runnable = runsOn(edit.block, edition.python);
  return element('TryThisEdit', [
    ...attribute('language', edit.block.language),
    ...attribute('target', edit.targetId),
    ...attribute('patch', edit.patch),
    ...attribute('title', edit.targetTitle),
    ...(runnable
      ? []
      : attribute(
          'notRunnableHere',
          `This change needs Python ${describeRange(edit.block.python)}; this edition runs ${edition.label}.`,
        )),
  ]);
}

/** What the edited program prints, as this edition's Python prints it. */
function outcome(edit: TipEdit, python: string, named: boolean): RootContent[] {
  if (!runsOn(edit.block, python)) return [];
  const printed = expectedOutputOn(edit.block, python);
  const output: RootContent =
    printed === '' ? text('It prints nothing.') : { type: 'code', lang: 'text', value: printed };
  return named ? [text(`${LANGUAGE_NAMES[edit.block.language]} prints:`), output] : [output];
}
