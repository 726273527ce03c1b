// Node-only: loads Pyodide from node_modules (tests). Never bundled for the page.
import type { PythonRuntimeId } from '../types';
import { PYODIDE_PACKAGES } from './load';
import type { PyodideLike } from './session';

export async function loadPyodideInNode(id: PythonRuntimeId = '3.14'): Promise<PyodideLike> {
  const mod = (await import(PYODIDE_PACKAGES[id])) as { loadPyodide: () => Promise<unknown> };
  return (await mod.loadPyodide()) as PyodideLike;
}
