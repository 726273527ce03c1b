#!/usr/bin/env node
// Copies the Python runtimes the live examples need from node_modules into static/runtimes/, so
// the build serves them itself (no CDN at run time). Runs before `start` and `build`; the copies
// are not committed. Each edition's runtime gets its own folder, named after the Python it ships
// (src/editions.ts lists them).
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createJiti } from 'jiti';

import { precompiledStdlib } from './precompile-stdlib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { EDITIONS, runtimeFolder } = await createJiti(import.meta.url).import(join(root, 'src', 'editions.ts'));

// Only what loadPyodide() fetches for the interpreter and the standard library. Pyodide 0.27
// ships its wasm glue as pyodide.asm.js, later releases as pyodide.asm.mjs.
const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const PYODIDE_GLUE = ['pyodide.asm.mjs', 'pyodide.asm.js'];

for (const { pyodidePackage: packageName, python } of EDITIONS) {
  const folder = runtimeFolder(python);
  const source = dirname(require.resolve(`${packageName}/package.json`));
  const target = join(root, 'static', 'runtimes', folder);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const glue = PYODIDE_GLUE.find((file) => existsSync(join(source, file)));
  if (!glue) throw new Error(`${packageName} has no ${PYODIDE_GLUE.join(' or ')}`);
  for (const file of [...PYODIDE_FILES, glue]) {
    if (!existsSync(join(source, file))) throw new Error(`${packageName} has no ${file}`);
    cpSync(join(source, file), join(target, file));
  }
  // The standard library with bytecode for what start-up needs: loads in a third of the time.
  writeFileSync(join(target, 'python_stdlib.zip'), await precompiledStdlib(packageName));
  console.log(`copied ${packageName} → static/runtimes/${folder} (standard library precompiled)`);
}
