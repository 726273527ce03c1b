import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import { comparePython, pythonInRange, type PythonRange } from '@site/src/editions';
import { DRIVER_FILE, loadPyodideInNode } from '@site/src/runner/python/node';
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
  }
  return scratch;
}

export interface CPython {
  /** "3.11" */
  version: string;
  executable: string;
}

function probe(command: string): CPython | undefined {
  // The interpreter itself, not a version-manager shim that costs a shell start per run.
  const result = spawnSync(
    command,
    ['-c', 'import sys; print(sys.executable); print(f"{sys.version_info[0]}.{sys.version_info[1]}")'],
    { encoding: 'utf8' },
  );
  const [executable, version] = result.status === 0 ? result.stdout.trim().split('\n') : [];
  return executable && version ? { executable, version } : undefined;
}

/** The machine's python3 first, then the other CPythons pyenv has (3.11 and later), newest first. */
const cpythons: CPython[] = (() => {
  const found = [probe('python3')];
  const pyenvRoot = process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');
  const versions = existsSync(join(pyenvRoot, 'versions')) ? readdirSync(join(pyenvRoot, 'versions')) : [];
  for (const name of versions.filter((version) => /^3\.\d+\.\d+$/.test(version))) {
    if (comparePython(name, '3.11') >= 0) found.push(probe(join(pyenvRoot, 'versions', name, 'bin', 'python3')));
  }
  const unique = new Map(found.filter((cpython) => cpython !== undefined).map((cpython) => [cpython.version, cpython]));
  const [machine, ...others] = [...unique.values()];
  return machine ? [machine, ...others.sort((a, b) => comparePython(b.version, a.version))] : [];
})();

/** The CPython to run a block on: the machine's python3 if the block allows it, else the newest that does. */
export function cpythonFor(range: PythonRange): CPython | undefined {
  return cpythons.find((cpython) => pythonInRange(cpython.version, range));
}

let runCount = 0;
let running = 0;
const waiting: (() => void)[] = [];
const MAX_PARALLEL = 2;

/** The machine's CPython, through the same driver; stdout and stderr merged in the order written. */
export async function runPythonOnCPython(cpython: CPython, code: string, timeoutMs = 10_000): Promise<CapturedRun> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    const dir = scratchDir();
    const id = runCount++;
    const program = join(dir, `program-${id}.py`);
    const outputFile = join(dir, `output-${id}.txt`);
    writeFileSync(program, code);
    const fd = openSync(outputFile, 'w');
    const child = spawn(cpython.executable, ['-u', DRIVER_FILE, program], {
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
