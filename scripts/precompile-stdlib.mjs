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
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const COMPILE_SCRIPT = join(root, 'scripts', 'precompile_stdlib.py');
/** The runner's Python modules (the driver and the timeline recorder). */
const RUNNER_DIR = join(root, 'src', 'runner', 'python');
const RUNNER_DIR_IN_PYODIDE = '/examples_runner';
const runnerModuleFiles = () => readdirSync(RUNNER_DIR).filter((name) => name.endsWith('.py'));

/**
 * Imported before the modules to compile are collected: what the tutorial's examples import.
 * The runner's own modules (src/runner/python/*.py) are imported too, and Pyodide's start-up
 * imports come on top.
 */
export const PRELOADED_MODULES = [
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

/**
 * python_stdlib.zip of the given Pyodide npm package, with bytecode added for the modules that
 * start-up, the driver and the examples import. Takes a few seconds (it loads Pyodide in Node).
 */
export async function precompileStdlib(packageName) {
  const { loadPyodide } = await import(packageName);
  const pyodide = await loadPyodide();
  // The runner's own modules are imported too, so whatever they import is compiled.
  pyodide.FS.mkdirTree(RUNNER_DIR_IN_PYODIDE);
  for (const name of runnerModuleFiles()) {
    pyodide.FS.writeFile(`${RUNNER_DIR_IN_PYODIDE}/${name}`, readFileSync(join(RUNNER_DIR, name), 'utf8'));
  }
  pyodide.pyimport('sys').path.append(RUNNER_DIR_IN_PYODIDE);
  const modules = [...PRELOADED_MODULES, ...runnerModuleFiles().map((name) => name.replace(/\.py$/, ''))];
  const namespace = pyodide.globals.get('dict')();
  pyodide.runPython(readFileSync(COMPILE_SCRIPT, 'utf8'), { globals: namespace, filename: COMPILE_SCRIPT });
  namespace.get('precompile')(pyodide.toPy(modules), pyodide.toPy(PRELOADED_PACKAGES), '/tmp/precompiled_stdlib.zip');
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
    .update(readFileSync(COMPILE_SCRIPT))
    .update(
      runnerModuleFiles()
        .map((name) => readFileSync(join(RUNNER_DIR, name), 'utf8'))
        .join('\n'),
    )
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
