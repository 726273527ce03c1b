// Runs an exercise's programs the way the page's Check button does (timeline recorded), on the
// site's runtimes in Node and on a CPython of the machine that can record (3.12+, sys.monitoring).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { comparePython, pythonInRange, type PythonRange, type PythonRuntimeId } from '@site/src/editions';
import type { CheckedRun } from '@site/src/runner/checks';
import { createNodePythonRunner, runTypeScriptInNode, type NodePythonRunner } from '@site/src/runner/node';
import { DRIVER_FILE } from '@site/src/runner/python/node';
import { decodeCompactTimeline } from '@site/src/runner/timeline/model';

export async function runTypeScriptChecked(code: string, timeoutMs?: number, virtualTime = false): Promise<CheckedRun> {
  const run = await runTypeScriptInNode(code, {
    timeline: true,
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(virtualTime ? { virtualTime } : {}),
  });
  return checkedRun('typescript', code, run.output, run.result);
}

const pyodides = new Map<PythonRuntimeId, Promise<NodePythonRunner>>();

export async function runPyodideChecked(
  runtime: PythonRuntimeId,
  code: string,
  virtualTime = false,
): Promise<CheckedRun & { version: string }> {
  let runner = pyodides.get(runtime);
  if (!runner) {
    runner = createNodePythonRunner(runtime);
    pyodides.set(runtime, runner);
  }
  const ready = await runner;
  const run = await ready.run(code, { timeline: true, ...(virtualTime ? { virtualTime } : {}) });
  return { ...checkedRun('python', code, run.output, run.result), version: ready.session.pythonVersion };
}

function checkedRun(
  language: CheckedRun['language'],
  code: string,
  output: string,
  result: Pick<CheckedRun, 'status' | 'errorLocation' | 'timeline'>,
): CheckedRun {
  return {
    language,
    code,
    output,
    status: result.status,
    ...(result.errorLocation ? { errorLocation: result.errorLocation } : {}),
    ...(result.timeline ? { timeline: result.timeline } : {}),
  };
}

export interface CPython {
  version: string;
  executable: string;
}

/** The pyenv CPythons that can record a timeline (3.12 and later), newest first. */
const recordingCPythons: CPython[] = (() => {
  const root = process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');
  const names = existsSync(join(root, 'versions')) ? readdirSync(join(root, 'versions')) : [];
  const candidates = [
    'python3',
    ...names.filter((name) => /^3\.\d+\.\d+$/.test(name)).map((name) => join(root, 'versions', name, 'bin', 'python3')),
  ];
  const found = new Map<string, CPython>();
  for (const executable of candidates) {
    const probe = spawnSync(executable, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
      encoding: 'utf8',
    });
    const version = probe.status === 0 ? probe.stdout.trim() : '';
    if (version && comparePython(version, '3.12') >= 0 && !found.has(version))
      found.set(version, { version, executable });
  }
  return [...found.values()].sort((a, b) => comparePython(b.version, a.version));
})();

export function recordingCPythonFor(range: PythonRange): CPython | undefined {
  return recordingCPythons.find((cpython) => pythonInRange(cpython.version, range));
}

// Runs the program through the site's driver with the timeline recorder, as Pyodide does: the
// runner's modules are imported from where they live (src/runner/python).
const RECORDING_MAIN = `
import sys
sys.path.insert(0, sys.argv[1])
from examples_timeline import run_recorded
with open(sys.argv[2], encoding="utf-8") as program:
    outcome, timeline = run_recorded(program.read(), 5000, sys.argv[4] == "virtual")
with open(sys.argv[3], "w", encoding="utf-8") as out:
    out.write(timeline)
sys.exit(outcome[0])
`;

let scratch: string | undefined;
let runs = 0;

export async function runCPythonChecked(
  cpython: CPython,
  code: string,
  timeoutMs = 10_000,
  virtualTime = false,
): Promise<CheckedRun> {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'exercises-'));
    writeFileSync(join(scratch, 'main.py'), RECORDING_MAIN);
  }
  const id = runs++;
  const [program, outputFile, timelineFile] = ['program.py', 'output.txt', 'timeline.json'].map((name) =>
    join(scratch!, `${id}-${name}`),
  ) as [string, string, string];
  writeFileSync(program, code);
  const fd = openSync(outputFile, 'w');
  const child = spawn(
    cpython.executable,
    ['-u', join(scratch, 'main.py'), dirname(DRIVER_FILE), program, timelineFile, virtualTime ? 'virtual' : 'real'],
    {
      stdio: ['ignore', fd, fd],
      timeout: timeoutMs,
      env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1' },
    },
  );
  const [exitCode, signal] = (await once(child, 'exit')) as [number | null, string | null];
  closeSync(fd);
  return {
    language: 'python',
    code,
    output: readFileSync(outputFile, 'utf8'),
    status: signal ? 'timeout' : exitCode === 0 ? 'ok' : 'error',
    ...(existsSync(timelineFile)
      ? {
          timeline: {
            ...decodeCompactTimeline(readFileSync(timelineFile, 'utf8'), 'python'),
            ...(virtualTime ? { virtualTime } : {}),
          },
        }
      : {}),
  };
}
