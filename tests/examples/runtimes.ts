import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DRIVER_SOURCE } from '@site/src/runner/python/driver';
import { loadPyodideInNode } from '@site/src/runner/python/node';
import { createPythonSession, type PythonSession } from '@site/src/runner/python/session';
import { runTypeScript } from '@site/src/runner/typescript/execute';
import { subscribeNodeUnhandledRejections } from '@site/src/runner/typescript/node';
import type { OutputChunk, PythonRuntimeId } from '@site/src/runner/types';

export interface CapturedRun {
  output: string;
  status: string;
}

function collector() {
  const chunks: OutputChunk[] = [];
  return { onOutput: (chunk: OutputChunk) => chunks.push(chunk), text: () => chunks.map((c) => c.text).join('') };
}

/** TypeScript exactly as the browser runs it: the same transpile step and runner, in-process. */
export async function runTypeScriptInNode(code: string, timeoutMs?: number): Promise<CapturedRun> {
  const output = collector();
  const result = await runTypeScript(code, output, {
    timeoutMs,
    subscribeUnhandledRejections: subscribeNodeUnhandledRejections,
  });
  return { output: output.text(), status: result.status };
}

const sessions = new Map<PythonRuntimeId, Promise<PythonSession>>();

/** Python on Pyodide in Node: the browser's runtime, driver and event loop. */
export async function runPythonOnPyodide(
  runtime: PythonRuntimeId,
  code: string,
  timeoutMs?: number,
): Promise<CapturedRun & { pythonVersion: string }> {
  let session = sessions.get(runtime);
  if (!session) {
    session = loadPyodideInNode(runtime).then((pyodide) => createPythonSession(pyodide));
    sessions.set(runtime, session);
  }
  const ready = await session;
  const output = collector();
  const result = await ready.run(code, output, { timeoutMs });
  return { output: output.text(), status: result.status, pythonVersion: ready.pythonVersion };
}

let scratch: string | undefined;
function scratchDir(): string {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'examples-'));
    writeFileSync(join(scratch, 'driver.py'), DRIVER_SOURCE);
  }
  return scratch;
}

// The interpreter itself, not a version-manager shim that costs a shell start per run.
const PYTHON = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();

/** "3.11" for the machine's python3. */
export function cpythonVersion(): string {
  const result = spawnSync(PYTHON, ['-c', 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'], {
    encoding: 'utf8',
  });
  return result.stdout.trim();
}

let runCount = 0;
let running = 0;
const waiting: (() => void)[] = [];
const MAX_PARALLEL = 2;

/** The machine's CPython, through the same driver; stdout and stderr merged in the order written. */
export async function runPythonOnCPython(code: string, timeoutMs = 10_000): Promise<CapturedRun> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    const dir = scratchDir();
    const id = runCount++;
    const program = join(dir, `program-${id}.py`);
    const outputFile = join(dir, `output-${id}.txt`);
    writeFileSync(program, code);
    const fd = openSync(outputFile, 'w');
    const child = spawn(PYTHON, ['-u', join(dir, 'driver.py'), program], {
      stdio: ['ignore', fd, fd],
      timeout: timeoutMs,
      env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1' },
    });
    const [exitCode, signal] = (await once(child, 'exit')) as [number | null, string | null];
    closeSync(fd);
    return {
      output: readFileSync(outputFile, 'utf8'),
      status: signal ? 'timeout' : exitCode === 0 ? 'ok' : 'error',
    };
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export function atLeast(version: string, minimum: string | undefined): boolean {
  if (!minimum) return true;
  const [major, minor] = version.split('.').map(Number);
  const [minMajor, minMinor] = minimum.split('.').map(Number);
  return major! > minMajor! || (major === minMajor && minor! >= minMinor!);
}
