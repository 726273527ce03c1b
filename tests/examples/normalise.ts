/**
 * The only differences the example harness forgives between a documented output and a real one.
 * Each rule is narrow and says why; anything else must match exactly.
 */
const RULES: { why: string; apply(text: string): string }[] = [
  {
    why: 'Trailing spaces and the final newline are invisible on the page.',
    apply: (text) =>
      text
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .replace(/\n+$/, ''),
  },
  {
    why: 'CPython 3.11+ underlines the failing expression in tracebacks with ^ and ~, and where it does so changed between 3.11 and 3.14; the page shows tracebacks without these lines.',
    apply: (text) =>
      text
        .split('\n')
        .filter((line) => !/^\s*[~^]+\s*$/.test(line))
        .join('\n'),
  },
  {
    why: 'Object addresses in default reprs (<… object at 0x7f…>) differ on every run.',
    apply: (text) => text.replace(/ at 0x[0-9a-f]+/g, ' at 0x…'),
  },
];

export function normaliseOutput(text: string): string {
  return RULES.reduce((current, rule) => rule.apply(current), text.replace(/\r\n/g, '\n'));
}
