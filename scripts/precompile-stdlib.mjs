// Pyodide ships its standard library as Python source only, so at start-up CPython compiles every
// module it imports (about 190, asyncio included) from source, in WebAssembly: most of the
// runtime's load time in the browser. This adds bytecode (.pyc) for the modules a live example
// needs to start, next to their sources in python_stdlib.zip, compiled by the very same Pyodide
// (so the bytecode matches its interpreter). Sources stay, so tracebacks and `inspect` show them.
//
// The .pyc files are "unchecked hash-based" (PEP 552): the import system loads them without
// comparing them to their source, which never changes inside the zip. Each carries the hash of
// its source, which the tests compare.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/**
 * Imported before the modules to compile are collected: the examples' driver and timeline
 * recorder (src/runner/python, src/runner/timeline), and what the tutorial's examples import.
 * Pyodide's own start-up imports come on top.
 */
export const PRELOADED_MODULES = [
  // driver
  'asyncio',
  'asyncio.unix_events',
  'selectors',
  'socket',
  'threading',
  'time',
  'traceback',
  'linecache',
  'types',
  'warnings',
  'io',
  // timeline recorder
  'codecs',
  'json',
  'weakref',
  'dis',
  // examples
  'ast',
  'collections',
  'collections.abc',
  'concurrent.futures',
  'contextlib',
  'dataclasses',
  'enum',
  'fractions',
  'functools',
  'gc',
  'heapq',
  'inspect',
  'itertools',
  'math',
  'pickle',
  'queue',
  'random',
  'typing',
];

/** Packages compiled whole, whatever the start-up imports of them. */
export const PRELOADED_PACKAGES = ['asyncio', 'concurrent'];

const COMPILE = String.raw`
import importlib
import importlib.util
import io
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc


def precompile(modules, packages):
    archive = next(p for p in sys.path if p.endswith(".zip"))
    prefix = archive + "/"
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    wanted = set()
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None) or ""
        if path.startswith(prefix) and path.endswith(".py"):
            wanted.add(path[len(prefix):])
    whole = tuple(p + "/" for p in packages)
    out = io.BytesIO()
    count = 0
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = set(source.namelist())
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data)
            name = info.filename
            if not name.endswith(".py") or name + "c" in names:
                continue
            if name in wanted or name.startswith(whole):
                # As zipimport compiles a source: same file name, same flags.
                code = compile(data, prefix + name, "exec", dont_inherit=True)
                pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
                target.writestr(zipfile.ZipInfo(name + "c", info.date_time), bytes(pyc), zipfile.ZIP_DEFLATED)
                count += 1
    with open("/tmp/precompiled_stdlib.zip", "wb") as f:
        f.write(out.getvalue())
    return count


precompile(MODULES, PACKAGES)
`;

/**
 * python_stdlib.zip of the given Pyodide npm package, with bytecode added for the modules that
 * start-up, the driver and the examples import. Takes a few seconds (it loads Pyodide in Node).
 */
export async function precompileStdlib(packageName) {
  const { loadPyodide } = await import(packageName);
  const pyodide = await loadPyodide();
  pyodide.globals.set('MODULES', pyodide.toPy(PRELOADED_MODULES));
  pyodide.globals.set('PACKAGES', pyodide.toPy(PRELOADED_PACKAGES));
  pyodide.runPython(COMPILE);
  return Buffer.from(pyodide.FS.readFile('/tmp/precompiled_stdlib.zip'));
}

/**
 * The same, kept in node_modules/.cache between builds (keyed by the package's version and this
 * script), since every `build` and `start` copies the runtimes afresh.
 */
export async function precompiledStdlib(packageName) {
  const packageDir = dirname(require.resolve(`${packageName}/package.json`));
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const key = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(packageDir, 'python_stdlib.zip')))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = join(root, 'node_modules', '.cache', 'precompiled-stdlib');
  const cached = join(cacheDir, `${packageName}-${version}-${key}.zip`);
  if (existsSync(cached)) return readFileSync(cached);
  const zip = await precompileStdlib(packageName);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, zip);
  return zip;
}
