// Runs the same programs on the machine's real engines, to compare with the runner's output.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'sucrase';
import { DRIVER_FILE } from '../../src/runner/python/node';

const dir = mkdtempSync(join(tmpdir(), 'runner-tests-'));
let counter = 0;

/** Runs TypeScript with the real `node` as an ES module (top-level await allowed). */
export function runInRealNode(code: string): { stdout: string; stderr: string; status: number | null } {
  const js = transform(code, { transforms: ['typescript'], disableESTransforms: true }).code;
  const file = join(dir, `main-${++counter}.mjs`);
  writeFileSync(file, js);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', cwd: dir, timeout: 20_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

// The real interpreter, not a version-manager shim (a shell script that costs seconds per run).
const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();

/** Runs Python with the machine's CPython through the same driver; stderr merged in order. */
export function runInCPython(code: string): { output: string; status: number } {
  const file = join(dir, `main-${++counter}.py`);
  writeFileSync(file, code);
  try {
    const output = execFileSync('sh', ['-c', `exec "${PYTHON}" -u "${DRIVER_FILE}" "${file}" 2>&1`], {
      encoding: 'utf8',
      cwd: dir,
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8' },
    });
    return { output, status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; status?: number };
    return { output: err.stdout ?? '', status: err.status ?? -1 };
  }
}

export const CPYTHON_VERSION = execFileSync(PYTHON, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
  encoding: 'utf8',
}).trim();

/**
 * Differences that come from CPython's version, not from the runner: the caret lines under
 * traceback source lines (3.11 draws fewer than 3.13+), also inside exception-group boxes.
 */
export function normaliseTraceback(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^[\s|]*[\^~]+\s*$/.test(line))
    .join('\n');
}
