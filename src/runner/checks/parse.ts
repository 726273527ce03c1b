// The checks language: one check a line, words a writer can read aloud. CONTRIBUTING.md
// ("Exercises") lists every form; `ChecksSyntaxError` names the line that does not parse.
import type { Language } from '../types';
import type { Check, CheckLine, Construct, Scope } from './types';

export class ChecksSyntaxError extends Error {}

const LANGUAGE_PREFIXES: Record<string, Language> = { python: 'python', ts: 'typescript' };
const IDENTIFIER = /^[A-Za-z_$][\w$.]*$/;

function name(word: string | undefined, line: string): string {
  if (!word || !IDENTIFIER.test(word))
    throw new ChecksSyntaxError(`"${line}": expected a function name, got "${word ?? ''}"`);
  return word;
}

function count(word: string | undefined, line: string): number {
  const value = Number(word);
  if (!Number.isInteger(value) || value < 0)
    throw new ChecksSyntaxError(`"${line}": expected a whole number, got "${word ?? ''}"`);
  return value;
}

function construct(words: string[], line: string): Construct {
  const [word, argument] = words;
  switch (word) {
    case 'yield':
    case 'yield-from':
    case 'loop':
    case 'await':
      if (argument !== undefined) throw new ChecksSyntaxError(`"${line}": nothing may follow "${word}" but "in …"`);
      return { kind: word };
    case 'call':
    case 'method':
      if (!argument || words.length > 2) throw new ChecksSyntaxError(`"${line}": "${word}" takes one name`);
      return { kind: word, name: argument };
    default:
      throw new ChecksSyntaxError(
        `"${line}": expected yield, yield-from, loop, await, call NAME or method NAME, got "${word ?? ''}"`,
      );
  }
}

function shape(require: boolean, words: string[], line: string): Check {
  const at = words.indexOf('in');
  const what = at === -1 ? words : words.slice(0, at);
  let scope: Scope = { kind: 'program' };
  if (at !== -1) {
    const where = words.slice(at + 1);
    if (where.length !== 1) throw new ChecksSyntaxError(`"${line}": "in" takes one function name or "async"`);
    scope = where[0] === 'async' ? { kind: 'async' } : { kind: 'function', name: name(where[0], line) };
  }
  return { kind: 'shape', require, construct: construct(what, line), scope };
}

function parseCheck(words: string[], line: string): Check {
  const [keyword, ...rest] = words;
  const arity = (n: number) => {
    if (rest.length !== n) throw new ChecksSyntaxError(`"${line}": "${keyword}" takes ${n} word${n === 1 ? '' : 's'}`);
  };
  switch (keyword) {
    case 'output':
      if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'unordered')) {
        throw new ChecksSyntaxError(`"${line}": "output" takes nothing or "unordered"`);
      }
      return { kind: 'output', unordered: rest[0] === 'unordered' };
    case 'overlap':
    case 'finishes':
    case 'closed':
    case 'cancelled':
      arity(1);
      return { kind: keyword, name: name(rest[0], line) };
    case 'at-most':
    case 'steps-at-most':
      arity(2);
      return { kind: keyword, limit: count(rest[0], line), name: name(rest[1], line) };
    case 'within': {
      if (rest.length < 1 || rest.length > 2)
        throw new ChecksSyntaxError(`"${line}": "within" takes seconds, and a function name or nothing`);
      const seconds = Number(rest[0]);
      if (!(seconds > 0)) throw new ChecksSyntaxError(`"${line}": expected a number of seconds, got "${rest[0]}"`);
      return rest[1] === undefined
        ? { kind: 'within', seconds }
        : { kind: 'within', seconds, name: name(rest[1], line) };
    }
    case 'awaits':
      arity(2);
      return { kind: 'awaits', name: name(rest[0], line), target: name(rest[1], line) };
    case 'count':
      arity(2);
      return { kind: 'count', count: count(rest[0], line), name: name(rest[1], line) };
    case 'uses':
      return shape(true, rest, line);
    case 'avoids':
      return shape(false, rest, line);
    default:
      throw new ChecksSyntaxError(`"${line}": unknown check "${keyword ?? ''}"`);
  }
}

/** Reads a ```checks fence: one check a line, `#` comments, `| reason` after a check. */
export function parseChecks(text: string): CheckLine[] {
  const lines: CheckLine[] = [];
  for (const raw of text.split('\n')) {
    const source = raw.replace(/\s#.*$|^#.*$/, '').trim();
    if (!source) continue;
    const [body = '', ...reasonParts] = source.split('|');
    let words = body.trim().split(/\s+/);
    let language: Language | undefined;
    const prefix = /^(\w+):$/.exec(words[0] ?? '')?.[1];
    if (prefix !== undefined) {
      language = LANGUAGE_PREFIXES[prefix];
      if (!language) throw new ChecksSyntaxError(`"${source}": a prefix is "python:" or "ts:"`);
      words = words.slice(1);
    }
    const reason = reasonParts.join('|').trim();
    lines.push({
      check: parseCheck(words, source),
      ...(reason ? { reason } : {}),
      ...(language ? { language } : {}),
      source,
    });
  }
  return lines;
}

/** The checks that apply to a language. */
export function checksFor(lines: readonly CheckLine[], language: Language): CheckLine[] {
  return lines.filter((line) => line.language === undefined || line.language === language);
}
