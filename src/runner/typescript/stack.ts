// Where the reader's code is in the engine's stacks: the body's line offset, stack rewriting (the
// reader's line numbers, without the runner's frames) and the line that is running now.
import { TRANSPILED_LINE_OFFSET } from './transpile';

export const FILE_NAME = 'main.ts';

/** (editor line, 1-based column in the code that ran) → column in the plain transpiled code. */
export type ColumnMapper = (line: number, column: number) => number;

export type AsyncFn = (...args: unknown[]) => Promise<unknown>;
export const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => AsyncFn;

// Lines the engine puts before the body of `new AsyncFunction(...)`, measured once (V8: 2)
// rather than assumed, because engines differ; plus transpile()'s extra first line.
let headerLines: number | undefined;
export function bodyLineOffset(): number {
  if (headerLines === undefined) {
    headerLines = 2;
    try {
      const probe = new AsyncFunction('report', 'report(new Error("probe"));\n//# sourceURL=probe.ts');
      // The body runs synchronously up to its first await, so `report` is called right away.
      void probe((e: Error) => {
        const m = /probe\.ts:(\d+)/.exec(String(e.stack));
        if (m) headerLines = Number(m[1]) - 1;
      });
    } catch {
      // keep the V8 value
    }
  }
  return headerLines + TRANSPILED_LINE_OFFSET;
}

/** Maps engine stack frames to the reader's line numbers and drops the runner's own frames. */
export function rewriteStack(
  stack: string,
  offset = bodyLineOffset(),
  /** For instrumented (timeline) runs: the plain code's column for a column of the run code. */
  mapColumn?: ColumnMapper,
): string {
  const lines = stack.split('\n');
  // Everything below the reader's outermost frame is the runner or the host calling it.
  let last = lines.length - 1;
  while (last >= 0 && !lines[last]?.includes(`${FILE_NAME}:`)) last--;
  if (last >= 0) lines.length = last + 1;
  const outLines: string[] = [];
  for (const line of lines) {
    const isFrame = /^\s+at /.test(line) || /^[^\s]*@/.test(line);
    if (!isFrame) {
      outLines.push(line);
      continue;
    }
    if (line.includes(`${FILE_NAME}:`)) {
      outLines.push(
        line
          .replace(/main\.ts:(\d+)(?::(\d+))?/g, (_, n: string, c?: string) => {
            const line = Number(n) - offset;
            const column = c === undefined ? '' : `:${mapColumn ? mapColumn(line, Number(c)) : c}`;
            return `${FILE_NAME}:${line}${column}`;
          })
          // V8 names the top-level body "eval"; Node names module top level by its file only.
          .replace(/^(\s+at (?:async )?)(?:eval|anonymous) \((main\.ts:\d+:\d+)\)$/, '$1$2'),
      );
    } else if (!/:\d+:\d+\)?$/.test(line) && !/^\s+at (?:async )?eval$/.test(line)) {
      outLines.push(line); // engine-internal frames such as `at Array.map (<anonymous>)`
    }
  }
  return outLines.join('\n');
}

export function firstUserFrame(stack: string): { line: number; column?: number } | undefined {
  const m = /main\.ts:(\d+)(?::(\d+))?/.exec(stack);
  return m ? { line: Number(m[1]), column: m[2] ? Number(m[2]) : undefined } : undefined;
}

// Errors whose stack was already rewritten (rewriting twice would shift lines twice).
const rewritten = new WeakSet<object>();

/** Rewrites, in place, the stacks of an error, its cause and its aggregated errors. */
export function rewriteErrorStacks(value: unknown, seen = new Set<unknown>(), mapColumn?: ColumnMapper): void {
  if (!(value instanceof Error) || seen.has(value)) return;
  seen.add(value);
  if (!rewritten.has(value)) {
    rewritten.add(value);
    try {
      if (typeof value.stack === 'string') value.stack = rewriteStack(value.stack, undefined, mapColumn);
    } catch {
      // frozen or exotic error: print it as it is
    }
  }
  rewriteErrorStacks((value as { cause?: unknown }).cause, seen, mapColumn);
  if (value instanceof AggregateError) for (const e of value.errors) rewriteErrorStacks(e, seen, mapColumn);
}

/** The reader's line (1-based) that is running now, from the engine's stack; null if unknown. */
export function currentUserLine(): number | null {
  const m = /main\.ts:(\d+)/.exec(String(new Error().stack));
  return m ? Number(m[1]) - bodyLineOffset() : null;
}
