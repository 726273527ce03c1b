import type { Language, PythonRuntimeId } from '@site/src/runner/types';

/** Docs versions are named after the Python they teach; the current edition runs the newest. */
export function pythonRuntimeForVersion(versionName: string | undefined): PythonRuntimeId {
  return versionName === '3.12' ? '3.12' : '3.14';
}

export interface RunnerLocation {
  pythonRuntime: PythonRuntimeId;
  /** Where the build serves self-hosted runtimes (Pyodide), with the site's baseUrl. */
  runtimesBaseUrl: string;
}

/** Loads the runner client (workers, transpiler, Pyodide glue) on first use, never at page load. */
export async function runnerFor(language: Language, location: RunnerLocation) {
  const { getRunner } = await import('@site/src/runner/client');
  return language === 'python'
    ? getRunner('python', location.pythonRuntime, `${location.runtimesBaseUrl}pyodide-${location.pythonRuntime}/`)
    : getRunner('typescript');
}
