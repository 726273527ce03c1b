// Lints and format-checks the project's Python files (the runner's modules under src/runner/python
// and the build scripts' programs) with Ruff, through its WebAssembly build from npm: `npm ci`
// installs it like the rest of the toolchain, with no Python package manager. Prints each problem
// as file:line:column and exits 1 if there is any; `--fix` writes Ruff's formatting instead.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['src', 'scripts', 'tests'];

/** Settings as in a pyproject.toml's [tool.ruff]. The oldest Python the files run on is the
 * machine's CPython in the tests (3.11); lines as long as Prettier's. */
export const RUFF_SETTINGS = {
  'target-version': 'py311',
  'line-length': 120,
  lint: { select: ['E', 'F', 'W', 'B', 'I'] },
  format: { 'quote-style': 'double' },
};

function pythonFiles() {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true })
      .filter((name) => name.endsWith('.py'))
      .map((name) => join(root, folder, name)),
  ).sort();
}

const fix = process.argv.includes('--fix');
const workspace = new Workspace(RUFF_SETTINGS, PositionEncoding.Utf16);
let problems = 0;
const files = pythonFiles();
for (const file of files) {
  const name = relative(root, file);
  const source = readFileSync(file, 'utf8');
  for (const d of workspace.check(source)) {
    problems += 1;
    console.log(`${name}:${d.start_location.row}:${d.start_location.column}: ${d.code ?? 'error'} ${d.message}`);
  }
  const formatted = workspace.format(source);
  if (formatted !== source) {
    if (fix) writeFileSync(file, formatted);
    else {
      problems += 1;
      console.log(`${name}: not formatted as Ruff formats it (npm run format fixes it)`);
    }
  }
}
console.log(`Ruff ${Workspace.version()}: ${files.length} Python files, ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
