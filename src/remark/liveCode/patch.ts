/**
 * The edits of "Try this" tips: a small patch against an example's program, as a writer writes it
 * in a ```python edit fence. Each line starts with "-" (removed), "+" (added) or a space (kept);
 * an empty line is a kept empty line. A line holding only "@@" separates hunks. The kept and
 * removed lines of a hunk must occur in the program, in order and contiguous, exactly once.
 */

export interface PatchLine {
  kind: 'kept' | 'removed' | 'added';
  text: string;
}

export class PatchError extends Error {}

const KINDS: Record<string, PatchLine['kind']> = { ' ': 'kept', '-': 'removed', '+': 'added' };

/** The patch's hunks, each a list of lines. */
export function parsePatch(patch: string): PatchLine[][] {
  const hunks: PatchLine[][] = [[]];
  patch
    .replace(/\n$/, '')
    .split('\n')
    .forEach((line, index) => {
      if (line === '@@') {
        hunks.push([]);
        return;
      }
      // Editors strip the space of an empty kept line; an empty line is one.
      const kind = line === '' ? 'kept' : KINDS[line[0]!];
      if (!kind) throw new PatchError(`line ${index + 1} of the edit starts with neither "-", "+" nor a space`);
      hunks.at(-1)!.push({ kind, text: line.slice(1) });
    });
  for (const hunk of hunks) {
    if (!hunk.some((line) => line.kind !== 'kept')) throw new PatchError('a hunk of the edit changes nothing');
    if (!hunk.some((line) => line.kind !== 'added')) {
      throw new PatchError('a hunk of the edit only adds lines: give a line it keeps or removes, to say where');
    }
  }
  return hunks;
}

function occurrences(lines: string[], block: string[]): number[] {
  const found: number[] = [];
  for (let start = 0; start + block.length <= lines.length; start += 1) {
    if (block.every((line, offset) => lines[start + offset] === line)) found.push(start);
  }
  return found;
}

/** The program with the patch applied, hunk after hunk. */
export function applyPatch(program: string, patch: string): string {
  let lines = program.split('\n');
  for (const hunk of parsePatch(patch)) {
    const before = hunk.filter((line) => line.kind !== 'added').map((line) => line.text);
    const after = hunk.filter((line) => line.kind !== 'removed').map((line) => line.text);
    const found = occurrences(lines, before);
    if (found.length !== 1) {
      const first = before.find((line) => line.trim() !== '') ?? before[0];
      throw new PatchError(
        found.length === 0
          ? `the edit's lines starting "${first}" are not in the program`
          : `the edit's lines starting "${first}" occur ${found.length} times in the program: give more context`,
      );
    }
    lines = [...lines.slice(0, found[0]), ...after, ...lines.slice(found[0]! + before.length)];
  }
  return lines.join('\n');
}
