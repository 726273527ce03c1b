import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '@site/src/editions';
import { precompileStdlib } from '../../scripts/precompile-stdlib.mjs';

interface Pyodide {
  runPython(code: string): unknown;
}

// Checked inside a Pyodide that loaded the precompiled standard library.
const CHECK = String.raw`
import importlib.util, json, marshal, sys, traceback, zipfile
import asyncio, asyncio.unix_events, selectors, socket, threading, traceback, linecache
archive = next(p for p in sys.path if p.endswith(".zip"))
# Modules that zipimport compiled from their source (frozen and built-in ones are not in the zip).
from_source = sorted(
    m.__name__ for m in list(sys.modules.values())
    if type(getattr(m, "__loader__", None)).__name__ == "zipimporter" and m.__file__.endswith(".py")
)
problems = []
with zipfile.ZipFile(archive) as z:
    names = set(z.namelist())
    pycs = sorted(n for n in names if n.endswith(".pyc"))
    for name in pycs:
        pyc = z.read(name)
        source = z.read(name[:-1])
        if pyc[:4] != importlib.util.MAGIC_NUMBER:
            problems.append(name + ": magic")
        if int.from_bytes(pyc[4:8], "little") != 0b01:
            problems.append(name + ": not unchecked hash-based")
        if pyc[8:16] != importlib.util.source_hash(source):
            problems.append(name + ": source hash")
        if marshal.loads(pyc[16:]).co_filename != archive + "/" + name[:-1]:
            problems.append(name + ": file name")
try:
    json.loads("{")
except ValueError as e:
    shown = "".join(traceback.format_exception(e))
json.dumps({"pycs": len(pycs), "problems": problems, "fromSource": from_source, "traceback": shown})
`;

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
      const report = JSON.parse(String(pyodide.runPython(CHECK))) as {
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
