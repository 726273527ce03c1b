// Loading Pyodide inside the browser worker, from the files the site serves.
import type { PyodideLike } from './session';

type LoadPyodide = (config: { indexURL: string; fullStdLib?: boolean }) => Promise<unknown>;

/** `indexURL` must be absolute and end with "/". */
export async function loadPyodideFromUrl(indexURL: string): Promise<PyodideLike> {
  // The bundler emits our workers as classic scripts, and Pyodide 314 refuses classic workers
  // (it probes with importScripts). Everything it loads comes through native import(), which
  // classic workers support, so hide importScripts while it loads; nothing of ours needs it.
  const scope = globalThis as { importScripts?: unknown };
  const importScripts = scope.importScripts;
  scope.importScripts = () => {
    throw new TypeError('importScripts is not available while Pyodide loads');
  };
  try {
    const mod = (await import(/* webpackIgnore: true */ `${indexURL}pyodide.mjs`)) as {
      loadPyodide: LoadPyodide;
    };
    return (await mod.loadPyodide({ indexURL })) as PyodideLike;
  } finally {
    scope.importScripts = importScripts;
  }
}
