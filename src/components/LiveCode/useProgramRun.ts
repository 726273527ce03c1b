import type { EditorErrorMarker } from '@site/src/components/CodeEditor';
import type { OutputLine } from '@site/src/components/OutputPanel';
import type { Runner } from '@site/src/runner/client';
import type { TimelineData } from '@site/src/runner/timeline/model';
import type { RunResult } from '@site/src/runner/types';
import { useCallback, useRef, useState } from 'react';

export interface ProgramRun {
  running: boolean;
  /** What the last run printed so far; null before the first run (the page's output shows). */
  chunks: OutputLine[] | null;
  result: RunResult | null;
  /** Loading messages and the like, while they last. */
  statusMessage: string | null;
  setStatusMessage(message: string | null | ((current: string | null) => string | null)): void;
  /** Where the last run failed, for the editor to mark. */
  errorLocation: EditorErrorMarker | null;
  clearErrorLocation(): void;
  /** The last recorded run's timeline, numbered so that each recording draws afresh. */
  timeline: { data: TimelineData; run: number } | null;
  timelineNote: string | null;
  /** `virtualTime`: run on virtual time (an exercise's Check, RunOptions.virtualTime). */
  run(code: string, record: boolean, virtualTime?: boolean): Promise<RunResult | null>;
  stop(): void;
  /** Back to the page's documented output. */
  clear(): void;
}

/**
 * One example's runs: starts them on the page's shared runner, batches their output per frame
 * (a chatty program must not flood React with renders), and keeps what the last run left.
 */
export function useProgramRun(runner: () => Promise<Runner>, timeoutMs: number): ProgramRun {
  const [running, setRunning] = useState(false);
  const [chunks, setChunks] = useState<OutputLine[] | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [statusMessage, setStatusMessage] = useState<string | null>(null);
  const [errorLocation, setErrorLocation] = useState<EditorErrorMarker | null>(null);
  const [timeline, setTimeline] = useState<{ data: TimelineData; run: number } | null>(null);
  const [timelineNote, setTimelineNote] = useState<string | null>(null);
  const recordings = useRef(0);
  const pendingChunks = useRef<OutputLine[]>([]);
  const flushScheduled = useRef(false);
  // Ends this example's run only: the page's examples share one runner per language.
  const runAbort = useRef<AbortController | null>(null);
  const busy = useRef(false);

  const flushOutput = useCallback(() => {
    flushScheduled.current = false;
    const batch = pendingChunks.current;
    pendingChunks.current = [];
    if (batch.length > 0) setChunks((previous) => [...(previous ?? []), ...batch]);
  }, []);

  const run = useCallback(
    async (code: string, record: boolean, virtualTime = false): Promise<RunResult | null> => {
      if (busy.current) return null;
      busy.current = true;
      setRunning(true);
      setChunks([]);
      setResult(null);
      setErrorLocation(null);
      setStatusMessage(null);
      setTimeline(null);
      setTimelineNote(null);
      pendingChunks.current = [];
      const abort = new AbortController();
      runAbort.current = abort;
      const runResult = await (
        await runner()
      ).run(
        code,
        {
          onOutput(chunk) {
            pendingChunks.current.push(chunk);
            if (!flushScheduled.current) {
              flushScheduled.current = true;
              requestAnimationFrame(flushOutput);
            }
          },
          onStatus: setStatusMessage,
        },
        {
          timeoutMs,
          signal: abort.signal,
          ...(record ? { timeline: true } : {}),
          ...(virtualTime ? { virtualTime: true } : {}),
        },
      );
      runAbort.current = null;
      flushOutput();
      setStatusMessage(null);
      setResult(runResult);
      setRunning(false);
      busy.current = false;
      if (record) {
        recordings.current += 1;
        setTimeline(runResult.timeline ? { data: runResult.timeline, run: recordings.current } : null);
        setTimelineNote(
          runResult.timelineUnavailable ?? (runResult.timeline ? null : 'This run recorded no timeline.'),
        );
      }
      if (runResult.errorLocation) setErrorLocation(runResult.errorLocation);
      return runResult;
    },
    [flushOutput, runner, timeoutMs],
  );

  const stop = useCallback(() => runAbort.current?.abort(), []);
  const clear = useCallback(() => {
    setChunks(null);
    setResult(null);
    setErrorLocation(null);
  }, []);
  const clearErrorLocation = useCallback(() => setErrorLocation(null), []);

  return {
    running,
    chunks,
    result,
    statusMessage,
    setStatusMessage,
    errorLocation,
    clearErrorLocation,
    timeline,
    timelineNote,
    run,
    stop,
    clear,
  };
}
