import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

import { describeRange, editionOfFile, pythonInRange, type Edition } from '../../editions';
import { expectedOutputOn } from '../liveCode/blocks';
import { highlightToHtml, type CodeThemes } from '../highlight';
import { serverOnlyAttribute } from '../serverOnlyAttribute';
import { isExerciseElement, readExercise, type ExerciseSource } from './blocks';

export interface RemarkExerciseOptions {
  themes?: CodeThemes;
}

/** What <Exercise> gets for one language, as JSON in its `parts` attribute. */
export interface ExercisePart {
  language: 'python' | 'typescript';
  starter: string;
  solution: string;
  /** The solution's output on this edition's runtime: what the output check compares with. */
  expectedOutput: string;
  /** The checks for this language, one a line, as the author wrote them. */
  checks: string;
  timeoutMs?: number;
  /** Check runs on virtual time (a ```checks virtual-time fence). */
  virtualTime?: boolean;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export function exerciseParts(exercise: ExerciseSource, edition: Edition): ExercisePart[] {
  return (['python', 'typescript'] as const).flatMap((language) => {
    const part = exercise.languages[language];
    if (!part) return [];
    return [
      {
        language,
        starter: part.starter,
        solution: part.solution.code,
        expectedOutput: expectedOutputOn(part.solution, language === 'python' ? edition.python : undefined),
        checks: part.checks
          .map((line) => (line.language ? line.source.replace(/^\w+:\s*/, '') : line.source))
          .join('\n'),
        ...(part.solution.timeoutMs !== undefined ? { timeoutMs: part.solution.timeoutMs } : {}),
        ...(exercise.virtualTime ? { virtualTime: true } : {}),
      },
    ];
  });
}

function toElement(exercise: ExerciseSource, edition: Edition, themes: CodeThemes | undefined): MdxJsxFlowElement {
  const runnable = pythonInRange(edition.python, exercise.python);
  const parts = exerciseParts(exercise, edition).filter((part) => runnable || part.language !== 'python');
  const hints = exercise.hints.map((hint) => ({ ...hint, name: 'ExerciseHint', attributes: [] }));
  return {
    type: 'mdxJsxFlowElement',
    name: 'Exercise',
    attributes: [
      attribute('id', exercise.id),
      attribute('title', exercise.title),
      attribute('parts', JSON.stringify(parts)),
      ...(runnable
        ? []
        : [
            attribute(
              'pythonNote',
              `The Python half of this exercise needs Python ${describeRange(exercise.python)}; this edition runs ${edition.label}.`,
            ),
          ]),
      ...(themes
        ? parts.map((part) =>
            serverOnlyAttribute(
              part.language === 'python' ? 'highlightedPython' : 'highlightedTypescript',
              highlightToHtml(part.starter, part.language, themes),
            ),
          )
        : []),
    ],
    children: [...exercise.statement, ...hints] as MdxJsxFlowElement['children'],
  };
}

/**
 * Remark plugin: each <Exercise> (CONTRIBUTING.md, "Exercises") becomes the <Exercise> component
 * with its parts for this page's edition: the statement and hints stay MDX, the programs and
 * checks become props, and the wrong answers (for the tests only) are left out. Run it before
 * remarkLiveCode, so that the exercise's fences are not taken for examples.
 */
export default function remarkExercise(options: RemarkExerciseOptions = {}) {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? '<mdx>';
    const edition = editionOfFile(path);
    visit(tree, (node, index, parent) => {
      if (!isExerciseElement(node) || index === undefined || !parent) return;
      (parent as Parent).children[index] = toElement(
        readExercise(node, path),
        edition,
        options.themes,
      ) as unknown as RootContent;
      return SKIP;
    });
  };
}

export type { ExerciseSource } from './blocks';
