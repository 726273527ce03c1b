// Shape checks: what the reader's program contains, read from its syntax tree with the parsers
// the editor already uses (Lezer, through CodeMirror's language packages), so a comment or a
// string that mentions `time.sleep` never counts as calling it.
import { typescriptLanguage } from '@codemirror/lang-javascript';
import { pythonLanguage } from '@codemirror/lang-python';
import type { SyntaxNode } from '@lezer/common';

import type { Language } from '../types';
import type { Construct, Scope } from './types';

interface FunctionInfo {
  name: string;
  async: boolean;
  /** How the reader wrote it: "async def main", "function* flatten", "method next". */
  words: string;
}

interface Found {
  line: number;
  /** Innermost function first. */
  functions: FunctionInfo[];
}

const PYTHON_FUNCTIONS = new Set(['FunctionDefinition', 'LambdaExpression']);
const TS_FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunction', 'MethodDeclaration']);

function childText(node: SyntaxNode, name: string, source: string): string | undefined {
  const child = node.getChild(name);
  return child ? source.slice(child.from, child.to) : undefined;
}

function methodName(node: SyntaxNode, source: string): string {
  const first = node.firstChild;
  if (first?.name === '[') {
    const inner = first.nextSibling;
    return inner ? `[${source.slice(inner.from, inner.to)}]` : '[]';
  }
  return childText(node, 'PropertyDefinition', source) ?? childText(node, 'PrivatePropertyDefinition', source) ?? '';
}

function describeFunction(node: SyntaxNode, language: Language, source: string): FunctionInfo | null {
  const isAsync = node.getChild('async') !== null;
  if (language === 'python') {
    if (!PYTHON_FUNCTIONS.has(node.name)) return null;
    if (node.name === 'LambdaExpression') return { name: '<lambda>', async: false, words: 'a lambda' };
    const name = childText(node, 'VariableName', source) ?? '';
    const inClass = node.parent?.name === 'Body' && node.parent.parent?.name === 'ClassDefinition';
    return { name, async: isAsync, words: `${inClass ? 'method' : isAsync ? 'async def' : 'def'} ${name}` };
  }
  if (!TS_FUNCTIONS.has(node.name)) return null;
  if (node.name === 'MethodDeclaration') {
    const name = methodName(node, source);
    return { name, async: isAsync, words: `method ${name}` };
  }
  let name = childText(node, 'VariableDefinition', source);
  // `const main = async () => …`: the function takes the name of what it is assigned to.
  if (!name && node.parent?.name === 'VariableDeclaration') name = childText(node.parent, 'VariableDefinition', source);
  const star = node.getChild('Star') !== null ? '*' : '';
  const resolved = name ?? '(anonymous)';
  return { name: resolved, async: isAsync, words: `${isAsync ? 'async ' : ''}function${star} ${resolved}` };
}

function isConstruct(node: SyntaxNode, construct: Construct, language: Language, source: string): boolean {
  switch (construct.kind) {
    case 'yield':
    case 'yield-from': {
      if (node.name !== 'YieldExpression' && node.name !== 'YieldStatement') return false;
      const delegates = node.getChild(language === 'python' ? 'from' : 'Star') !== null;
      return delegates === (construct.kind === 'yield-from');
    }
    case 'loop':
      return node.name === 'ForStatement' || node.name === 'WhileStatement' || node.name === 'DoStatement';
    case 'await':
      return node.name === 'AwaitExpression';
    case 'call': {
      if (node.name !== 'CallExpression') return false;
      const callee = node.firstChild;
      return callee !== null && source.slice(callee.from, callee.to).replace(/\s+/g, '') === construct.name;
    }
    case 'method': {
      const info = describeFunction(node, language, source);
      return info !== null && info.words === `method ${construct.name}`;
    }
  }
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function findAll(
  source: string,
  language: Language,
  construct: Construct,
): { found: Found[]; functions: FunctionInfo[] } {
  const parser = language === 'python' ? pythonLanguage.parser : typescriptLanguage.parser;
  const tree = parser.parse(source);
  const found: Found[] = [];
  const functions: FunctionInfo[] = [];
  const enclosing: FunctionInfo[] = [];
  const stack: (FunctionInfo | null)[] = [];
  tree.iterate({
    enter(ref) {
      const node = ref.node;
      if (isConstruct(node, construct, language, source)) {
        // A method is found as itself; everything else inside the functions around it.
        found.push({ line: lineAt(source, node.from), functions: [...enclosing].reverse() });
      }
      const info = describeFunction(node, language, source);
      stack.push(info);
      if (info) {
        functions.push(info);
        enclosing.push(info);
      }
    },
    leave() {
      if (stack.pop()) enclosing.pop();
    },
  });
  return { found, functions };
}

function constructWords(construct: Construct, language: Language): string {
  switch (construct.kind) {
    case 'yield':
      return '`yield`';
    case 'yield-from':
      return language === 'python' ? '`yield from`' : '`yield*`';
    case 'loop':
      return 'a loop (`for` or `while`)';
    case 'await':
      return '`await`';
    case 'call':
      return `a call of \`${construct.name}\``;
    case 'method':
      return `a method \`${construct.name}\``;
  }
}

function foundWords(construct: Construct, language: Language): string {
  switch (construct.kind) {
    case 'yield':
      return 'uses `yield`';
    case 'yield-from':
      return `uses ${constructWords(construct, language)}`;
    case 'loop':
      return 'has a loop';
    case 'await':
      return 'awaits';
    case 'call':
      return `calls \`${construct.name}\``;
    case 'method':
      return `defines the method \`${construct.name}\``;
  }
}

function inScope(found: Found, scope: Scope): FunctionInfo | null | undefined {
  switch (scope.kind) {
    case 'program':
      return found.functions[0] ?? null;
    case 'function':
      return found.functions.find((f) => f.name === scope.name);
    case 'async':
      return found.functions[0]?.async ? found.functions[0] : undefined;
  }
}

/** Null when the program's shape is as the check asks; else where it is not. */
export function checkShape(
  source: string,
  language: Language,
  check: { require: boolean; construct: Construct; scope: Scope },
): string | null {
  const { found, functions } = findAll(source, language, check.construct);
  const hits = found.filter((f) => inScope(f, check.scope) !== undefined);
  const what = constructWords(check.construct, language);
  if (check.require) {
    if (hits.length > 0) return null;
    switch (check.scope.kind) {
      case 'program':
        return `the program has no ${what.replace(/^an? /, '')}`;
      case 'function': {
        const name = check.scope.name;
        const target = functions.find((f) => f.name === name);
        return target
          ? `\`${target.words}\` has no ${what.replace(/^an? /, '')}`
          : `the program defines no function \`${name}\``;
      }
      case 'async':
        return `no async function in the program has ${what.replace(/^an? /, '')}`;
    }
  }
  const hit = hits[0];
  if (!hit) return null;
  const where = inScope(hit, check.scope);
  const inside = check.construct.kind !== 'method' && where ? ` inside \`${where.words}\`` : '';
  return `line ${hit.line} ${foundWords(check.construct, language)}${inside}`;
}
