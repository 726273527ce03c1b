import type { RunResult } from '@site/src/runner/types';

/** The line under the output that says how a run ended. */
export function describeResult(result: RunResult, timeoutMs: number): string {
  const duration = `${Math.round(result.durationMs)} ms`;
  switch (result.status) {
    case 'ok':
      return `Finished in ${duration} · ${result.runtimeLabel}`;
    case 'error':
      return `Ended with an error after ${duration} · ${result.runtimeLabel}`;
    case 'timeout':
      return `Stopped: the run took longer than the ${timeoutMs / 1000} s time limit · ${result.runtimeLabel}`;
    case 'stopped':
      return `Stopped by you after ${duration} · ${result.runtimeLabel}`;
    case 'output-limit':
      return `Stopped: the output was cut at its size limit · ${result.runtimeLabel}`;
  }
}
