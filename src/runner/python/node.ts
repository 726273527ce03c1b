// Node-only: loads Pyodide from node_modules (tests). Never bundled for the page.
import { CURRENT_EDITION, pyodidePackage, type PythonRuntimeId } from '../../editions';
import type { PyodideLike } from './session';

export async function loadPyodideInNode(id: PythonRuntimeId = CURRENT_EDITION.python): Promise<PyodideLike> {
  const mod = (await import(pyodidePackage(id))) as { loadPyodide: () => Promise<unknown> };
  return (await mod.loadPyodide()) as PyodideLike;
}
