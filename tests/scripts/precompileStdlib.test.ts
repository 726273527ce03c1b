import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '@site/src/editions';
import { RUNNER_MODULES, RUNNER_MODULES_DIR } from '@site/src/runner/python/modules';
import { precompileStdlib } from '../../scripts/precompile-stdlib.mjs';

interface Pyodide {
  runPython(code: string): unknown;
  globals: { get(name: string): unknown };
  pyimport(name: string): { path: { append(path: string): void } };
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
}

const CHECK = readFileSync(fileURLToPath(new URL('./precompiled_stdlib_check.py', import.meta.url)), 'utf8');

describe.each(EDITIONS.map((edition) => [edition.pyodidePackage, edition.python]))(
  'precompiled standard library of %s (Python %s)',
  (packageName) => {
    it('holds bytecode that matches its sources, and start-up and the driver import nothing from source', async () => {
      const zip = await precompileStdlib(packageName);
      const file = join(mkdtempSync(join(tmpdir(), 'stdlib-')), 'python_stdlib.zip');
      writeFileSync(file, zip);
      const { loadPyodide } = (await import(packageName)) as {
        loadPyodide(options: { stdLibURL: string }): Promise<Pyodide>;
      };
      const pyodide = await loadPyodide({ stdLibURL: file });
      pyodide.FS.mkdirTree(RUNNER_MODULES_DIR);
      for (const [name, source] of Object.entries(RUNNER_MODULES)) {
        pyodide.FS.writeFile(`${RUNNER_MODULES_DIR}/${name}.py`, source);
      }
      pyodide.pyimport('sys').path.append(RUNNER_MODULES_DIR);
      pyodide.runPython(CHECK);
      const report = JSON.parse(String(pyodide.globals.get('report'))) as {
        pycs: number;
        problems: string[];
        fromSource: string[];
        traceback: string;
      };
      expect(report.pycs).toBeGreaterThan(100);
      expect(report.problems).toEqual([]);
      expect(report.fromSource).toEqual([]);
      // Sources stay in the zip: a traceback through the standard library shows its lines.
      expect(report.traceback).toMatch(
        /File "\/lib\/python3\d+\.zip\/json\/decoder\.py", line \d+, in raw_decode\n {4}\S/,
      );
    });
  },
);
