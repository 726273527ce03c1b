import { describe, expect, it } from 'vitest';
import { TRANSPILED_LINE_OFFSET, transpile } from '../../src/runner/typescript/transpile';

describe('transpile', () => {
  it('strips types and keeps modern syntax', () => {
    const r = transpile('interface P { x: number }\nconst p: P = {x: 1};\nconsole.log(p?.x ?? 0);\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.code).not.toMatch(/interface|: P/);
    expect(r.code).toContain('p?.x ?? 0');
  });

  it('keeps every line where it was (one extra first line)', () => {
    const src = [
      'type T = {a: string};',
      'enum E { A, B }',
      'function f<T>(x: T): T {',
      '  return x;',
      '}',
      'const marker = "line6";',
      'class C { constructor(private readonly v: number) {} }',
      'const marker2 = "line8";',
    ].join('\n');
    const r = transpile(src);
    if (!r.ok) throw new Error('expected ok');
    const lines = r.code.split('\n');
    expect(lines[6 - 1 + TRANSPILED_LINE_OFFSET]).toContain('"line6"');
    expect(lines[8 - 1 + TRANSPILED_LINE_OFFSET]).toContain('"line8"');
  });

  it('reports a syntax error at the editor line and 1-based column', () => {
    const r = transpile('let a = 1;\nlet b = 2;\nlet c = );\n');
    expect(r).toEqual({ ok: false, error: { line: 3, column: 9, message: 'SyntaxError: Unexpected token' } });
  });

  it('reports errors on the first line and with tabs', () => {
    const first = transpile('foo(;');
    expect(first.ok ? undefined : first.error).toMatchObject({ line: 1, column: 5 });
    const tab = transpile('ok();\n\tfoo(;');
    expect(tab.ok ? undefined : tab.error).toMatchObject({ line: 2, column: 6 });
    const str = transpile('const x = "abc;\n');
    expect(str.ok ? undefined : str.error).toEqual({
      line: 1,
      column: 11,
      message: 'SyntaxError: Unterminated string constant',
    });
  });
});
