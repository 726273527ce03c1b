import { editionOfVersion, runtimeFolder, type PythonRuntimeId } from '@site/src/editions';
import type { Language } from '@site/src/runner/types';
import { useCallback, useEffect, useRef } from 'react';

/** The Python that runs the examples of a docs version (an edition). */
export function pythonRuntimeForVersion(versionName: string | undefined): PythonRuntimeId {
  return editionOfVersion(versionName).python;
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
    ? getRunner(
        'python',
        location.pythonRuntime,
        `${location.runtimesBaseUrl}${runtimeFolder(location.pythonRuntime)}/`,
      )
    : getRunner('typescript');
}

/**
 * Starts loading a runner (its worker; for Python, the runtime) ahead of a Run the reader seems
 * to be reaching for. `onStatus` hears the loading message, then `(null, thatMessage)` once loading
 * is over. A failed load is not reported here: the run that needs the runtime reports it.
 */
export async function preloadRunner(
  language: Language,
  location: RunnerLocation,
  onStatus: (message: string | null, ended?: string) => void,
): Promise<void> {
  let shown: string | undefined;
  try {
    const runner = await runnerFor(language, location);
    await runner.preload({
      onStatus(message) {
        shown = message;
        onStatus(message || null);
      },
    });
  } catch {
    // reported by the run
  } finally {
    if (shown) onStatus(null, shown);
  }
}

/** How long the pointer rests on an example before that counts as reaching for it (passing over
 * it while scrolling does not). */
export const INTENT_DWELL_MS = 200;

/** Pointer handlers for an example: `onIntent` runs once the pointer has rested on it a moment
 * (never with the browser's data saver on). */
export function useDwellIntent(onIntent: () => void): { onPointerEnter(): void; onPointerLeave(): void } {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  useEffect(() => cancel, [cancel]);
  const onPointerEnter = useCallback(() => {
    cancel();
    // A reader who asked the browser to save data downloads a runtime only when they press Run.
    if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
    timer.current = setTimeout(onIntent, INTENT_DWELL_MS);
  }, [cancel, onIntent]);
  return { onPointerEnter, onPointerLeave: cancel };
}
