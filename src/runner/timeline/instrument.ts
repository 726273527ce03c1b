// Instruments transpiled TypeScript (JavaScript after sucrase's type strip) so that generators,
// async functions and async generators report to the timeline recorder (`$__tl`, see
// tsRecorder.ts) when they start, yield, await, resume and finish. Edits only insert or replace
// text on a line, never add or remove line breaks, so runtime line numbers stay the editor's;
// `mapColumn` turns a column of the instrumented code back into the plain code's column so
// stack traces print exactly as without recording.
import { parse, type Node } from 'acorn';

import type { LaneKind } from './model';

/** Names the instrumented code uses; the recorder is passed in as a parameter of the body. */
export const RECORDER_PARAM = '$__tl';
const LANE_VAR = '$__tlL';
const ERROR_VAR = '$__tlE';
const CAUGHT_VAR = '$__tlC';

export interface Instrumented {
  code: string;
  /** Maps a 1-based column on a line of the instrumented code to the plain code's column. */
  mapColumn(codeLine: number, column: number): number;
}

interface Edit {
  /** Offset in the plain code. */
  at: number;
  /** Characters of the plain code replaced (0: pure insertion). */
  remove: number;
  text: string;
  /** Insertions at one offset: closing text of deeper nodes first, opening text of outer first. */
  order: number;
}

type AnyNode = Node & Record<string, unknown>;

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'range') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

function isFunction(node: AnyNode): boolean {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
  );
}

function keyName(key: unknown): string | undefined {
  if (!isNode(key)) return undefined;
  if (key.type === 'Identifier' || key.type === 'PrivateIdentifier') return String(key.name);
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

/** The name a reader would call the function by: its own, its variable's, or Class.method. */
function functionName(fn: AnyNode, parents: AnyNode[], code: string): string {
  const own = isNode(fn.id) ? String(fn.id.name) : undefined;
  if (own) return own;
  const parent = parents[parents.length - 1];
  if (!parent) return '(anonymous)';
  if (parent.type === 'VariableDeclarator' && isNode(parent.id) && parent.id.type === 'Identifier') {
    return String(parent.id.name);
  }
  if (parent.type === 'AssignmentExpression' && isNode(parent.left)) {
    const left = parent.left;
    if (left.type === 'Identifier') return String(left.name);
    if (left.type === 'MemberExpression') return keyName(left.property) ?? '(anonymous)';
  }
  if (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') {
    const key = parent.key as AnyNode;
    const name = parent.computed ? `[${code.slice(key.start, key.end)}]` : (keyName(key) ?? '(anonymous)');
    const owner = parents[parents.length - 3];
    if (parent.type !== 'Property' && owner && isNode(owner.id)) return `${String(owner.id.name)}.${name}`;
    return name;
  }
  return '(anonymous)';
}

function laneKind(fn: AnyNode): LaneKind {
  if (fn.generator && fn.async) return 'async-generator';
  if (fn.generator) return 'generator';
  return 'async-function';
}

/** Parameters that can be listed as arguments: plain names (with or without a default). */
function argumentNames(fn: AnyNode): string[] {
  const names: string[] = [];
  for (const param of (fn.params as AnyNode[]) ?? []) {
    let p = param;
    if (p.type === 'AssignmentPattern' && isNode(p.left)) p = p.left;
    if (p.type === 'RestElement' && isNode(p.argument)) p = p.argument;
    if (p.type === 'Identifier') names.push(String(p.name));
  }
  return names;
}

/**
 * Instruments `code` (the transpiled program; its line n is the editor's line n - lineOffset).
 * Returns null when acorn cannot parse it (the run then goes ahead without a timeline).
 */
export function instrument(code: string, lineOffset = 1): Instrumented | null {
  let program: AnyNode;
  try {
    program = parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
      preserveParens: true,
      locations: true,
    }) as unknown as AnyNode;
  } catch {
    return null;
  }
  const edits: Edit[] = [];
  const lineOf = (node: AnyNode): number => (node.loc?.start.line ?? 1) - lineOffset;
  const insert = (at: number, text: string, order: number): void => {
    edits.push({ at, remove: 0, text, order });
  };
  const source = (node: AnyNode): string => code.slice(node.start, node.end);

  /** `fn` is the innermost enclosing function (null: top level), `lane` its lane expression. */
  const visit = (node: AnyNode, parents: AnyNode[], fn: AnyNode | null, depth: number): void => {
    let inner = fn;
    if (isFunction(node)) {
      inner = node;
      if (node.async || node.generator) instrumentFunction(node, parents, depth);
    }
    const traced = inner === null || Boolean(inner.async || inner.generator);
    const lane = inner === null ? '0' : LANE_VAR;
    if (traced) {
      if (node.type === 'AwaitExpression' && isNode(node.argument)) {
        // $__tl.ar(L, await $__tl.aw(L, value, line, "source text"))
        const arg = node.argument;
        const text = JSON.stringify(clip(source(arg).replace(/\s+/g, ' '), 40));
        insert(node.start, `${RECORDER_PARAM}.ar(${lane},`, 2 * depth);
        insert(arg.start, `${RECORDER_PARAM}.aw(${lane},`, 2 * depth + 1);
        insert(arg.end, `,${lineOf(node)},${text}))`, -2 * depth);
      } else if (node.type === 'CatchClause' && isNode(node.body)) {
        let param = isNode(node.param) && node.param.type === 'Identifier' ? String(node.param.name) : 'void 0';
        if (!node.param) {
          // `catch {`: bind the error anyway, so the timeline can say what was caught.
          param = CAUGHT_VAR;
          insert(node.body.start, `(${CAUGHT_VAR})`, 2 * depth);
        }
        insert(node.body.start + 1, `${RECORDER_PARAM}.caught(${lane},${param});`, 2 * depth + 1);
      } else if (node.type === 'TryStatement' && isNode(node.finalizer)) {
        insert(node.finalizer.start + 1, `${RECORDER_PARAM}.caught(${lane});`, 2 * depth + 1);
      } else if (node.type === 'YieldExpression' && inner) {
        instrumentYield(node, inner, depth);
      } else if (node.type === 'ReturnStatement' && inner && isNode(node.argument)) {
        insert(node.argument.start, `${RECORDER_PARAM}.ret(${LANE_VAR},`, 2 * depth + 1);
        insert(node.argument.end, `,${lineOf(node)})`, -2 * depth);
      }
    }
    const nextParents = [...parents, node];
    for (const child of children(node)) visit(child, nextParents, inner, depth + 1);
  };

  const instrumentYield = (node: AnyNode, fn: AnyNode, depth: number): void => {
    const line = lineOf(node);
    const arg = isNode(node.argument) ? node.argument : null;
    if (node.delegate) {
      if (fn.async || !arg) return; // yield* over an async iterable: not followed
      insert(arg.start, `${RECORDER_PARAM}.gd(${LANE_VAR},`, 2 * depth + 1);
      insert(arg.end, `,${line})`, -2 * depth);
      return;
    }
    if (fn.async) {
      // $__tl.ar(L, yield $__tl.ay(L, value, line))
      insert(node.start, `${RECORDER_PARAM}.ar(${LANE_VAR},`, 2 * depth);
      if (arg) {
        insert(arg.start, `${RECORDER_PARAM}.ay(${LANE_VAR},`, 2 * depth + 1);
        insert(arg.end, `,${line}))`, -2 * depth);
      } else {
        insert(node.end, ` ${RECORDER_PARAM}.ay(${LANE_VAR},void 0,${line}))`, -2 * depth);
      }
      return;
    }
    // (yield* $__tl.gy(L, value, line)): a helper generator that notes the pause and what
    // resumes it (next/send, throw or return) and passes everything through unchanged.
    edits.push({ at: node.start, remove: 5, text: `(yield* ${RECORDER_PARAM}.gy(${LANE_VAR},`, order: 2 * depth });
    if (arg) insert(arg.end, `,${line}))`, -2 * depth);
    else insert(node.start + 5, `void 0,${line}))`, -2 * depth);
  };

  const instrumentFunction = (fn: AnyNode, parents: AnyNode[], depth: number): void => {
    const body = fn.body as AnyNode;
    const names = argumentNames(fn);
    const enter =
      `const ${LANE_VAR}=${RECORDER_PARAM}.enter(${JSON.stringify(laneKind(fn))},` +
      `${JSON.stringify(functionName(fn, parents, code))},${lineOf(fn)},[${names.join(',')}]);try{`;
    const leave =
      `}catch(${ERROR_VAR}){${RECORDER_PARAM}.raise(${LANE_VAR},${ERROR_VAR});throw ${ERROR_VAR}}` +
      `finally{${RECORDER_PARAM}.exit(${LANE_VAR},${(body.loc?.end.line ?? 1) - lineOffset})}`;
    if (body.type === 'BlockStatement') {
      // After any directive prologue ("use strict"), which must stay first.
      let at = body.start + 1;
      for (const statement of body.body as AnyNode[]) {
        if (statement.type === 'ExpressionStatement' && typeof statement.directive === 'string') at = statement.end;
        else break;
      }
      if (at === body.end - 1) {
        insert(at, enter + leave, 2 * depth + 1); // an empty body: one insertion, in order
      } else {
        insert(at, enter, 2 * depth + 1);
        insert(body.end - 1, leave, -2 * depth);
      }
    } else {
      // Concise arrow body: async (x) => expr  →  async (x) => {…try{return $__tl.ret(L,expr)}…}
      insert(body.start, `{${enter}return ${RECORDER_PARAM}.ret(${LANE_VAR},`, 2 * depth + 1);
      insert(body.end, `,${lineOf(body)})${leave}}`, -2 * depth);
    }
  };

  visit(program, [], null, 0);
  return apply(code, edits);
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function apply(code: string, edits: Edit[]): Instrumented {
  // Same offset: higher `order` first… but closings (negative) of deeper nodes come before
  // closings of outer nodes (more negative = deeper = earlier), and openings of outer nodes
  // before openings of inner ones. Sorting by (at, order) with closings negative does both.
  edits.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = 0;
  // Per line of the code: [plain column where an edit happens, characters added there].
  const shifts = new Map<number, [number, number][]>();
  let line = 1;
  let lineStart = 0;
  const advance = (to: number): void => {
    for (let i = code.indexOf('\n', last); i !== -1 && i < to; i = code.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
  };
  for (const edit of edits) {
    advance(edit.at);
    out += code.slice(last, edit.at) + edit.text;
    last = edit.at + edit.remove;
    const list = shifts.get(line) ?? [];
    list.push([edit.at - lineStart, edit.text.length - edit.remove]);
    shifts.set(line, list);
  }
  out += code.slice(last);
  return {
    code: out,
    mapColumn(codeLine, column) {
      const list = shifts.get(codeLine);
      if (!list) return column;
      let shift = 0;
      const c = column - 1;
      for (const [at, added] of list) {
        if (c < at + shift) break;
        if (c < at + shift + added) return at + 1; // inside inserted text: the spot it went in
        shift += added;
      }
      return c - shift + 1;
    },
  };
}
