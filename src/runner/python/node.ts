// Node-only: loads Pyodide from node_modules (tests). Never bundled for the page.
import { fileURLToPath } from 'node:url';

import { CURRENT_EDITION, pyodidePackage, type PythonRuntimeId } from '../../editions';
import type { PyodideLike } from './session';

/** The driver as a file, for CPython: `python3 -u <DRIVER_FILE> program.py` runs the program. */
export const DRIVER_FILE = fileURLToPath(new URL('./examples_driver.py', import.meta.url));

export async function loadPyodideInNode(id: PythonRuntimeId = CURRENT_EDITION.python): Promise<PyodideLike> {
  const mod = (await import(pyodidePackage(id))) as { loadPyodide: () => Promise<unknown> };
  return (await mod.loadPyodide()) as PyodideLike;
}
