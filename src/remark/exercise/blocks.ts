// Reads one <Exercise> element of an MDX page into what the page, the tests and the home page
// need: its statement, each language's starter, model solution (with its documented output),
// typical wrong answers (with the message each must fail with), hints and checks.
import type { Code, Parent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

import type { PythonRange } from '../../editions';
import { checksFor, parseChecks, type CheckLine } from '../../runner/checks';
import type { Language } from '../../runner/types';
import { fenceLanguage, readOutputs, type LiveBlock } from '../liveCode/blocks';
import { parseLiveFenceMeta } from '../liveCode/meta';

export class ExerciseError extends Error {}

export interface WrongAnswer {
  code: string;
  /** Part of the failure message this program must get. */
  message: string;
  line: number;
}

export interface ExerciseLanguage {
  starter: string;
  /** The model solution, with its documented output(s), as a live block is. */
  solution: LiveBlock;
  wrongAnswers: WrongAnswer[];
  /** The checks that apply to this language, as written. */
  checks: CheckLine[];
}

export interface ExerciseSource {
  id: string;
  title: string;
  file: string;
  line: number;
  /** The Pythons the exercise needs (min=/max=/python= on <Exercise>). */
  python: PythonRange;
  languages: Partial<Record<Language, ExerciseLanguage>>;
  /** The hints' MDX nodes, in order (<Hint> children). */
  hints: MdxJsxFlowElement[];
  /** Everything else inside <Exercise>: the task as the reader reads it. */
  statement: RootContent[];
  /** The ```checks fence(s) text, as written, for the page. */
  checksSource: string;
  /** Checks run on virtual time (```checks virtual-time): waits are skipped, clocks move on. */
  virtualTime: boolean;
}

export const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function stringAttributes(element: MdxJsxFlowElement, fail: (m: string) => Error): Map<string, string> {
  const found = new Map<string, string>();
  for (const attribute of element.attributes as MdxJsxAttribute[]) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw fail('<Exercise> takes plain string attributes only');
    }
    found.set(attribute.name, attribute.value);
  }
  return found;
}

function pythonRange(attributes: Map<string, string>, fail: (m: string) => Error): PythonRange {
  const range: PythonRange = {};
  for (const name of ['min', 'max', 'python'] as const) {
    const value = attributes.get(name);
    if (value === undefined) continue;
    if (!/^3\.\d+$/.test(value)) throw fail(`${name}="${value}" is not a Python version like 3.12`);
    if (name === 'python') range.min = range.max = value;
    else range[name] = value;
  }
  return range;
}

export function isExerciseElement(node: unknown): node is MdxJsxFlowElement {
  const element = node as MdxJsxFlowElement;
  return element.type === 'mdxJsxFlowElement' && element.name === 'Exercise';
}

type Role = 'starter' | 'solution' | 'wrong';

function roleOf(fence: Code): Role | undefined {
  const words = (fence.meta ?? '').split(/\s+/);
  if (words.includes('starter')) return 'starter';
  if (words.includes('solution')) return 'solution';
  if (words.includes('wrong')) return 'wrong';
  return undefined;
}

/** Reads an <Exercise> element; `file` names it in errors. */
export function readExercise(element: MdxJsxFlowElement, file: string): ExerciseSource {
  const line = element.position?.start.line ?? 0;
  const fail = (message: string, at = line) => new ExerciseError(`${file}:${at}: ${message}`);
  const attributes = stringAttributes(element, fail);
  const id = attributes.get('id');
  if (!id || !EXERCISE_ID.test(id)) throw fail('<Exercise> needs an id of lower-case words joined by "-"');
  const title = attributes.get('title');
  if (!title) throw fail(`<Exercise id="${id}"> needs a title`);
  for (const name of attributes.keys()) {
    if (!['id', 'title', 'min', 'max', 'python'].includes(name)) throw fail(`<Exercise> has no attribute ${name}`);
  }
  const python = pythonRange(attributes, fail);

  const parent = element as unknown as Parent;
  const found: Partial<Record<Language, { starter?: string; solution?: LiveBlock; wrongAnswers: WrongAnswer[] }>> = {};
  const hints: MdxJsxFlowElement[] = [];
  const statement: RootContent[] = [];
  let checksText = '';
  let virtualTime = false;
  let skip = 0;
  parent.children.forEach((node, index) => {
    if (skip > 0) {
      skip -= 1;
      return;
    }
    const at = node.position?.start.line ?? line;
    if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Hint') {
      hints.push(node as MdxJsxFlowElement);
      return;
    }
    if (node.type === 'code' && node.lang === 'checks') {
      checksText += `${node.value}\n`;
      for (const word of (node.meta ?? '').split(/\s+/).filter(Boolean)) {
        if (word !== 'virtual-time') throw fail(`a checks fence takes only "virtual-time", not "${word}"`, at);
        virtualTime = true;
      }
      return;
    }
    const language = fenceLanguage(node);
    const role = node.type === 'code' && language ? roleOf(node) : undefined;
    if (!language || !role) {
      statement.push(node);
      return;
    }
    const fence = node as Code;
    const entry = (found[language] ??= { wrongAnswers: [] });
    if (role === 'starter') {
      if (entry.starter !== undefined) throw fail(`a second ${fence.lang} starter`, at);
      entry.starter = fence.value;
    } else if (role === 'wrong') {
      const message = /message="([^"]+)"/.exec(fence.meta ?? '')?.[1];
      if (!message) throw fail('a wrong answer needs message="…": part of the failure it must get', at);
      entry.wrongAnswers.push({ code: fence.value, message, line: at });
    } else {
      if (entry.solution) throw fail(`a second ${fence.lang} solution`, at);
      const meta = parseLiveFenceMeta(fence.meta);
      const { span, ...outputs } = readOutputs(parent, index, language, file);
      skip = span - 1;
      entry.solution = {
        language,
        code: fence.value,
        ...outputs,
        ...(meta.timeoutMs !== undefined ? { timeoutMs: meta.timeoutMs } : {}),
        python: language === 'python' ? python : {},
        line: at,
      };
    }
  });

  let lines: CheckLine[];
  try {
    lines = parseChecks(checksText);
  } catch (error) {
    throw fail(`checks: ${(error as Error).message}`);
  }
  if (lines.length === 0) throw fail(`<Exercise id="${id}"> needs a \`\`\`checks fence`);
  const timed = lines.find((l) => l.check.kind === 'within');
  if (timed && !virtualTime)
    throw fail(
      `"${timed.source}" measures time: write the fence as \`\`\`checks virtual-time so that it never depends on the machine`,
    );
  const languages: Partial<Record<Language, ExerciseLanguage>> = {};
  for (const [language, entry] of Object.entries(found) as [Language, (typeof found)[Language]][]) {
    if (!entry) continue;
    if (entry.starter === undefined) throw fail(`the ${language} part needs a starter fence`);
    if (!entry.solution) throw fail(`the ${language} part needs a solution fence followed by its output`);
    languages[language] = {
      starter: entry.starter,
      solution: entry.solution,
      wrongAnswers: entry.wrongAnswers,
      checks: checksFor(lines, language),
    };
  }
  if (Object.keys(languages).length === 0) throw fail(`<Exercise id="${id}"> needs a starter and a solution`);
  return { id, title, file, line, python, languages, hints, statement, checksSource: checksText, virtualTime };
}
