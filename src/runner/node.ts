// Node-only entry for running examples in-process through exactly the browser's code (test
// harnesses). Never imported by the page.
import { CURRENT_EDITION } from '../editions';
import { loadPyodideInNode } from './python/node';
import { createPythonSession, type PythonSession } from './python/session';
import { runTypeScript } from './typescript/execute';
import { subscribeNodeUnhandledRejections } from './typescript/node';
import type { OutputChunk, PythonRuntimeId, RunOptions, RunResult } from './types';

export interface CapturedRun {
  result: RunResult;
  chunks: OutputChunk[];
  /** stdout and stderr interleaved in the order written */
  output: string;
  stdout: string;
  stderr: string;
}

function capture(): { chunks: OutputChunk[]; onOutput(chunk: OutputChunk): void } {
  const chunks: OutputChunk[] = [];
  return { chunks, onOutput: (chunk) => chunks.push(chunk) };
}

function captured(result: RunResult, chunks: OutputChunk[]): CapturedRun {
  const join = (stream?: OutputChunk['stream']): string =>
    chunks
      .filter((c) => !stream || c.stream === stream)
      .map((c) => c.text)
      .join('');
  return { result, chunks, output: join(), stdout: join('stdout'), stderr: join('stderr') };
}

export async function runTypeScriptInNode(code: string, options: RunOptions = {}): Promise<CapturedRun> {
  const sink = capture();
  const result = await runTypeScript(code, sink, {
    ...options,
    ...(options.timeline ? { timelineModule: await import('./timeline/typescript') } : {}),
    subscribeUnhandledRejections: subscribeNodeUnhandledRejections,
  });
  return captured(result, sink.chunks);
}

export interface NodePythonRunner {
  session: PythonSession;
  run(code: string, options?: RunOptions): Promise<CapturedRun>;
}

/** Loads Pyodide (2.5–4 s) and returns a runner that captures each run's output. */
export async function createNodePythonRunner(id: PythonRuntimeId = CURRENT_EDITION.python): Promise<NodePythonRunner> {
  const session = createPythonSession(await loadPyodideInNode(id));
  return {
    session,
    async run(code, options = {}) {
      const sink = capture();
      const result = await session.run(code, sink, options);
      return captured(result, sink.chunks);
    },
  };
}
