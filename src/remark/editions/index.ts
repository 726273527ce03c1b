import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

import { EDITIONS, editionOfFile, pythonInRange, type Edition, type PythonRange } from '../../editions';

/**
 * The course is written once, in docs/, for every edition. Three components say where editions
 * differ; this plugin resolves them for the edition of the file it compiles (from its path), so a
 * page holds only its own edition's text and nothing of this runs in the browser:
 *
 *   <Edition python="3.12">…</Edition>          the content, only in editions whose Python is in range
 *   <EditionNote python="3.12">…</EditionNote>  the same, as a note titled with the edition's Python
 *   <EditionInfo of="label" />                  "Python 3.14": this edition's label, `python` ("3.14"),
 *                                               or `others`, the other editions' labels
 *
 * A range is python="3.12", or min="3.13" and/or max="3.12" (both ends included).
 */
export const EDITION_COMPONENTS = ['Edition', 'EditionNote', 'EditionInfo'] as const;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsxElement(node: unknown): node is JsxElement {
  const type = (node as { type?: string }).type;
  return type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement';
}

function fail(node: JsxElement, file: string, message: string): Error {
  return new Error(`${file}:${node.position?.start.line ?? 0}: <${node.name}> ${message}`);
}

function attributes(node: JsxElement, file: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw fail(node, file, 'takes plain string attributes only, like python="3.12"');
    }
    found.set(attribute.name, attribute.value);
  }
  return found;
}

/** The Pythons an <Edition> or <EditionNote> is for. */
export function editionRange(node: JsxElement, file: string): PythonRange {
  const range: PythonRange = {};
  for (const [name, value] of attributes(node, file)) {
    if (!/^3\.\d+$/.test(value)) throw fail(node, file, `${name}="${value}" is not a Python version like 3.12`);
    if (name === 'python') range.min = range.max = value;
    else if (name === 'min' || name === 'max') range[name] = value;
    else throw fail(node, file, `has no attribute ${name} (python, min or max)`);
  }
  if (range.min === undefined && range.max === undefined) throw fail(node, file, 'needs python=, min= or max=');
  return range;
}

function editionInfo(node: JsxElement, file: string, edition: Edition): string {
  const of = attributes(node, file).get('of');
  switch (of) {
    case 'python':
      return edition.python;
    case 'label':
      return edition.label;
    case 'others':
      return EDITIONS.filter((other) => other.version !== edition.version)
        .map((other) => other.label)
        .join(' and ');
    default:
      throw fail(node, file, `of="${of ?? ''}" is not one of python, label, others`);
  }
}

export default function remarkEditions() {
  return (tree: Root, vfile: VFile) => {
    const file = vfile.path ?? '<mdx>';
    const edition = editionOfFile(file);
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!isJsxElement(node) || !parent || index === undefined) return;
      const replace = (...nodes: RootContent[]) => {
        parent.children.splice(index, 1, ...nodes);
        // Visit what took the element's place (an <Edition> may hold another).
        const next: [typeof SKIP, number] = [SKIP, index];
        return next;
      };
      switch (node.name) {
        case 'Edition':
          return replace(...(pythonInRange(edition.python, editionRange(node, file)) ? node.children : []));
        case 'EditionNote':
          if (!pythonInRange(edition.python, editionRange(node, file))) return replace();
          // An admonition, as :::note[Python 3.12] writes it, for the theme's admonition plugin.
          return replace({
            type: 'containerDirective',
            name: 'note',
            attributes: { title: edition.label },
            children: node.children,
          } as unknown as RootContent);
        case 'EditionInfo':
          return replace({ type: 'text', value: editionInfo(node, file, edition) });
        default:
          return undefined;
      }
    });
  };
}
