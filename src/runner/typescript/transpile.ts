import { transform, getVersion } from 'sucrase';
import type { ErrorLocation } from '../types';

/** `code` starts with one extra line (sucrase's "use strict" prologue goes there, so columns on
 * the reader's first line stay put): the reader's line n is line n + 1 of `code`. */
export type TranspileResult = { ok: true; code: string } | { ok: false; error: ErrorLocation };

export const TRANSPILED_LINE_OFFSET = 1;

export const SUCRASE_VERSION: string = getVersion();

/**
 * TypeScript → JavaScript, keeping every line where it was so runtime line numbers are the
 * editor's. `imports` turns import/export into require()/exports so the code can run as a
 * function body (the runner's `require` then explains that modules are unavailable).
 */
export function transpile(code: string): TranspileResult {
  try {
    const out = transform('\n' + code, {
      transforms: ['typescript', 'imports'],
      disableESTransforms: true,
      production: true,
    });
    return { ok: true, code: out.code };
  } catch (e) {
    return { ok: false, error: syntaxErrorLocation(e) };
  }
}

// Sucrase reports `Message (line:column)` with a 1-based line and a 1-based column, plus `loc`.
function syntaxErrorLocation(e: unknown): ErrorLocation {
  const err = e as { message?: unknown; loc?: { line?: unknown; column?: unknown } };
  const raw = typeof err?.message === 'string' ? err.message : String(e);
  const m = /^(.*?)\s*\((\d+):(\d+)\)\s*$/s.exec(raw);
  const text = m ? m[1] : raw;
  const reported = typeof err?.loc?.line === 'number' ? err.loc.line : m ? Number(m[2]) : 1;
  const line = Math.max(1, reported - TRANSPILED_LINE_OFFSET);
  const column = typeof err?.loc?.column === 'number' ? err.loc.column : m ? Number(m[3]) : undefined;
  return { line, column, message: `SyntaxError: ${text}` };
}
