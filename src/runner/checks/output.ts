// Output checks: what the reader's program printed against what the exercise documents.

function lines(text: string): string[] {
  const trimmed = text.replace(/\n+$/, '');
  return trimmed === '' ? [] : trimmed.split('\n');
}

function quote(line: string): string {
  return line === '' ? 'an empty line' : `“${line.length > 70 ? `${line.slice(0, 69)}…` : line}”`;
}

/** Null when `actual` prints `expected` line for line; else what differs first. */
export function compareOutput(actual: string, expected: string): string | null {
  const got = lines(actual);
  const want = lines(expected);
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    const g = got[i];
    const w = want[i];
    if (g === w) continue;
    const where = `line ${i + 1} of the output`;
    if (g === undefined)
      return `the output stops after ${got.length} line${got.length === 1 ? '' : 's'}; ${where} should be ${quote(w as string)}`;
    if (w === undefined) return `the output goes on past the expected ${want.length} lines: ${where} is ${quote(g)}`;
    return `${where} is ${quote(g)}; it should be ${quote(w)}`;
  }
  return null;
}

/** Null when `actual` prints the lines of `expected` in some order; else a line that is missing or extra. */
export function compareOutputUnordered(actual: string, expected: string): string | null {
  const remaining = new Map<string, number>();
  for (const line of lines(expected)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  for (const line of lines(actual)) {
    const left = remaining.get(line) ?? 0;
    if (left === 0) return `the output has ${quote(line)}, which the expected output does not (or not that often)`;
    remaining.set(line, left - 1);
  }
  for (const [line, left] of remaining) if (left > 0) return `the output is missing ${quote(line)}`;
  return null;
}
