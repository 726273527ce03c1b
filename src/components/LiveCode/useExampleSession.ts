import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { TimelinePosition } from '@site/src/components/Timeline';
import type { Language, RunResult } from '@site/src/runner/types';
import { useCallback, useState, type RefObject } from 'react';

import { preloadRunner, pythonRuntimeForVersion, runnerFor } from './runnerBridge';
import { useProgramRun, type ProgramRun } from './useProgramRun';

export interface ExampleSession {
  program: ProgramRun;
  /** The editor replaces the highlighted code once the reader starts editing. */
  editing: boolean;
  setEditing(editing: boolean): void;
  focusEditorOnMount: boolean;
  /** Starts loading this program's runner: called when the reader reaches for the example. */
  preload(): void;
  startEditing(focus: boolean): void;
  /** Runs the code in `codeRef`, recorded for the timeline if asked (by default, when it is on). */
  run(record?: boolean, virtualTime?: boolean): Promise<RunResult | null>;
  timelineOn: boolean;
  toggleTimeline(): void;
  position: TimelinePosition | null;
  setPosition(position: TimelinePosition | null): void;
}

/**
 * What every editable program on the page shares, a live example's or an exercise's: its runner
 * on this edition's Python, loaded on the reader's first intent; the run; the editor, mounted on
 * the first edit; and the timeline toggle, which records a run and highlights its lines.
 */
export function useExampleSession(language: Language, timeoutMs: number, codeRef: RefObject<string>): ExampleSession {
  const pythonRuntime = pythonRuntimeForVersion(useActiveVersion(undefined)?.name);
  const runtimesBaseUrl = useBaseUrl('/runtimes/');
  const runner = useCallback(
    () => runnerFor(language, { pythonRuntime, runtimesBaseUrl }),
    [language, pythonRuntime, runtimesBaseUrl],
  );
  const program = useProgramRun(runner, timeoutMs);
  const { setStatusMessage } = program;

  const [editing, setEditing] = useState(false);
  const [focusEditorOnMount, setFocusEditorOnMount] = useState(false);
  // Timeline: off by default; when on, runs are recorded and can be stepped through.
  const [timelineOn, setTimelineOn] = useState(false);
  const [position, setPosition] = useState<TimelinePosition | null>(null);

  const preload = useCallback(() => {
    void preloadRunner(language, { pythonRuntime, runtimesBaseUrl }, (message, ended) =>
      setStatusMessage((current) => message ?? (current === ended ? null : current)),
    );
  }, [language, pythonRuntime, runtimesBaseUrl, setStatusMessage]);

  const startEditing = useCallback(
    (focus: boolean) => {
      preload();
      if (editing) return;
      setFocusEditorOnMount(focus);
      setEditing(true);
    },
    [editing, preload],
  );

  const run = useCallback(
    async (record: boolean = timelineOn, virtualTime = false) => {
      setPosition(null);
      const result = await program.run(codeRef.current, record, virtualTime);
      if (result?.errorLocation) setEditing(true);
      return result;
    },
    [program, timelineOn, codeRef],
  );

  const toggleTimeline = useCallback(() => {
    if (timelineOn) {
      setTimelineOn(false);
      setPosition(null);
      return;
    }
    setTimelineOn(true);
    setEditing(true); // the editor highlights the current event's line
    if (!program.running) void run(true);
  }, [program.running, run, timelineOn]);

  return {
    program,
    editing,
    setEditing,
    focusEditorOnMount,
    preload,
    startEditing,
    run,
    timelineOn,
    toggleTimeline,
    position,
    setPosition,
  };
}
