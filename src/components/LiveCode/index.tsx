import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { CodeEditorHandle, EditorErrorMarker } from '@site/src/components/CodeEditor';
import OutputPanel, { type OutputLine } from '@site/src/components/OutputPanel';
import type { TimelinePosition } from '@site/src/components/Timeline';
import type { TimelineData } from '@site/src/runner/timeline/model';
import type { RunResult } from '@site/src/runner/types';
import clsx from 'clsx';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

import { exampleId } from './exampleId';
import { preloadRunner, pythonRuntimeForVersion, runnerFor, useDwellIntent } from './runnerBridge';
import StaticCode from './StaticCode';
import styles from './styles.module.css';

// CodeMirror arrives only when the reader starts editing: the first visit pays for highlighted text.
const CodeEditor = lazy(() => import('@site/src/components/CodeEditor'));
// The timeline's drawing arrives on the first press of the Timeline toggle.
const Timeline = lazy(() => import('@site/src/components/Timeline'));

export type LiveLanguage = 'python' | 'typescript';

export interface LiveCodeProps {
  language: LiveLanguage;
  code: string;
  /** What the program prints on the edition's runtime (absent with needsPython). */
  expectedOutput?: string;
  title?: string;
  /** Milliseconds, as a string when it comes from the remark plugin. */
  timeoutMs?: string | number;
  /**
   * Why the page's edition cannot run the program (min=/max= on its fence exclude the edition's
   * Python): the code is shown with this note, without Run and without an output.
   */
  notRunnableHere?: string;
  /**
   * `code` highlighted at build time by the remark plugin: in the server bundle only, undefined in
   * the browser, which keeps the server's markup (StaticCode).
   */
  highlightedHtml?: string;
}

const LANGUAGE_NAMES: Record<LiveLanguage, string> = { python: 'Python', typescript: 'TypeScript' };
const DEFAULT_TIMEOUT_MS = 10_000;

function describeResult(result: RunResult, timeoutMs: number): string {
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
      return `Stopped: the output was cut at its line limit · ${result.runtimeLabel}`;
  }
}

/** One live, editable, runnable program with its output: the unit every example is made of. */
export default function LiveCode(props: LiveCodeProps): ReactNode {
  return props.notRunnableHere ? <CodeForAnotherPython {...props} /> : <RunnableCode {...props} />;
}

/** A program for a newer (or older) Python than the edition's: shown, with where it runs. */
function CodeForAnotherPython({ language, code, title, highlightedHtml, notRunnableHere }: LiveCodeProps) {
  const languageName = LANGUAGE_NAMES[language];
  return (
    <section
      className={clsx('live-code', styles.liveCode)}
      aria-label={title ? `${languageName} example: ${title}` : `${languageName} example`}
      data-language={language}>
      <div className={styles.toolbar}>
        <span className={styles.title}>{title ?? languageName}</span>
      </div>
      <StaticCode code={code} language={language} original highlightedHtml={highlightedHtml} />
      <p className={styles.notice}>{notRunnableHere}</p>
    </section>
  );
}

function RunnableCode(props: LiveCodeProps): ReactNode {
  const { language, code: originalCode, expectedOutput, title } = props;
  const timeoutMs = Number(props.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const languageName = LANGUAGE_NAMES[language];
  const staticCode = (code: string) => (
    <StaticCode
      code={code}
      language={language}
      original={code === originalCode}
      highlightedHtml={props.highlightedHtml}
    />
  );
  const id = exampleId(language, originalCode);

  const activeVersion = useActiveVersion(undefined);
  const pythonRuntime = pythonRuntimeForVersion(activeVersion?.name);
  const runtimesBaseUrl = useBaseUrl('/runtimes/');

  const [editing, setEditing] = useState(false);
  const [focusEditorOnMount, setFocusEditorOnMount] = useState(false);
  const [initialCode, setInitialCode] = useState(originalCode);
  const [modified, setModified] = useState(false);
  const [running, setRunning] = useState(false);
  const [chunks, setChunks] = useState<OutputLine[] | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [statusMessage, setStatusMessage] = useState<string | null>(null);
  const [error, setError] = useState<EditorErrorMarker | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Timeline: off by default; when on, runs are recorded and can be stepped through.
  const [timelineOn, setTimelineOn] = useState(false);
  const [timeline, setTimeline] = useState<{ data: TimelineData; run: number } | null>(null);
  const [timelineNote, setTimelineNote] = useState<string | null>(null);
  const [position, setPosition] = useState<TimelinePosition | null>(null);
  const runCount = useRef(0);

  const editorRef = useRef<CodeEditorHandle>(null);
  const codeRef = useRef(originalCode);
  const runButtonRef = useRef<HTMLButtonElement>(null);
  const pendingChunks = useRef<OutputLine[]>([]);
  // Ends this example's run only: the page's examples share one runner per language.
  const runAbort = useRef<AbortController | null>(null);
  const flushScheduled = useRef(false);

  const runner = useCallback(
    () => runnerFor(language, { pythonRuntime, runtimesBaseUrl }),
    [language, pythonRuntime, runtimesBaseUrl],
  );

  // A shared link fills the editor with the sender's code. It never runs by itself.
  useEffect(() => {
    if (!window.location.search.includes(id)) return;
    void import('./shareLink').then(({ readSharedCode }) => {
      const shared = readSharedCode(window.location.search, id);
      if (shared === null) return;
      codeRef.current = shared;
      setInitialCode(shared);
      setModified(shared !== originalCode);
      setEditing(true);
      setNotice('This example holds code from a shared link. Press Run to run it, or Reset for the original.');
    });
  }, [id, originalCode]);

  // Reaching for an example (the pointer resting on it, focus, hover over Run) starts loading its
  // runner, so most of the load is over by the time the reader clicks.
  const preload = useCallback(() => {
    void preloadRunner(language, { pythonRuntime, runtimesBaseUrl }, (message, ended) =>
      setStatusMessage((current) => message ?? (current === ended ? null : current)),
    );
  }, [language, pythonRuntime, runtimesBaseUrl]);
  const dwell = useDwellIntent(preload);

  const startEditing = useCallback(
    (focus: boolean) => {
      preload();
      if (editing) return;
      setFocusEditorOnMount(focus);
      setEditing(true);
    },
    [editing, preload],
  );

  const flushOutput = useCallback(() => {
    flushScheduled.current = false;
    const batch = pendingChunks.current;
    pendingChunks.current = [];
    if (batch.length > 0) setChunks((previous) => [...(previous ?? []), ...batch]);
  }, []);

  const run = useCallback(
    async (record: boolean = timelineOn) => {
      if (running) return;
      setRunning(true);
      setChunks([]);
      setResult(null);
      setError(null);
      setStatusMessage(null);
      setTimeline(null);
      setTimelineNote(null);
      setPosition(null);
      pendingChunks.current = [];
      const abort = new AbortController();
      runAbort.current = abort;
      const activeRunner = await runner();
      const runResult = await activeRunner.run(
        codeRef.current,
        {
          onOutput(chunk) {
            pendingChunks.current.push(chunk);
            // Batch output per frame so a chatty program cannot flood React with renders.
            if (!flushScheduled.current) {
              flushScheduled.current = true;
              requestAnimationFrame(flushOutput);
            }
          },
          onStatus: setStatusMessage,
        },
        { timeoutMs, signal: abort.signal, ...(record ? { timeline: true } : {}) },
      );
      runAbort.current = null;
      flushOutput();
      setStatusMessage(null);
      setResult(runResult);
      setRunning(false);
      if (record) {
        runCount.current += 1;
        setTimeline(runResult.timeline ? { data: runResult.timeline, run: runCount.current } : null);
        setTimelineNote(
          runResult.timelineUnavailable ?? (runResult.timeline ? null : 'This run recorded no timeline.'),
        );
      }
      if (runResult.errorLocation) {
        setError(runResult.errorLocation);
        setEditing(true);
      }
    },
    [flushOutput, runner, running, timeoutMs, timelineOn],
  );

  const toggleTimeline = useCallback(() => {
    if (timelineOn) {
      setTimelineOn(false);
      setPosition(null);
      return;
    }
    setTimelineOn(true);
    setEditing(true); // the editor highlights the current event's line
    if (!running) void run(true);
  }, [run, running, timelineOn]);

  const stop = useCallback(() => runAbort.current?.abort(), []);

  const reset = useCallback(() => {
    codeRef.current = originalCode;
    setInitialCode(originalCode);
    editorRef.current?.setCode(originalCode);
    setModified(false);
    setError(null);
    setChunks(null);
    setResult(null);
    setNotice(null);
  }, [originalCode]);

  const copy = useCallback(async () => {
    await navigator.clipboard.writeText(codeRef.current);
    setNotice('Code copied to the clipboard.');
  }, []);

  const copyLink = useCallback(async () => {
    const { buildShareUrl } = await import('./shareLink');
    const url = buildShareUrl(window.location.href, id, codeRef.current);
    await navigator.clipboard.writeText(url);
    window.history.replaceState(null, '', url);
    setNotice('Link copied: it opens this page with your code in this editor.');
  }, [id]);

  const footer = statusMessage ?? (result ? describeResult(result, timeoutMs) : running ? 'Running…' : null);
  const editorLabel = `${languageName} editor`;

  return (
    <section
      id={id}
      className={clsx('live-code', styles.liveCode)}
      aria-label={title ? `${languageName} example: ${title}` : `${languageName} example`}
      data-language={language}
      onPointerEnter={dwell.onPointerEnter}
      onPointerLeave={dwell.onPointerLeave}>
      <div className={styles.toolbar}>
        <span className={styles.title}>{title ?? languageName}</span>
        <div className={styles.buttons}>
          <button
            ref={runButtonRef}
            type="button"
            className={clsx('button button--sm button--primary', styles.button)}
            onClick={() => void run()}
            onPointerEnter={preload}
            onFocus={preload}
            disabled={running}
            aria-keyshortcuts="Control+Enter Meta+Enter">
            Run
          </button>
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.button)}
            onClick={stop}
            disabled={!running}>
            Stop
          </button>
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.button)}
            onClick={reset}
            disabled={!modified && chunks === null}>
            Reset
          </button>
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.button)}
            onClick={() => void copy()}>
            Copy
          </button>
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.button)}
            onClick={() => void copyLink()}>
            Copy link
          </button>
        </div>
      </div>
      {editing ? (
        <Suspense fallback={staticCode(initialCode)}>
          <CodeEditor
            key={initialCode}
            language={language}
            initialCode={initialCode}
            ariaLabel={editorLabel}
            autoFocus={focusEditorOnMount}
            error={error}
            activeLine={timelineOn && position ? position.line : null}
            handleRef={editorRef}
            onChange={(next) => {
              codeRef.current = next;
              setModified(next !== originalCode);
              if (error) setError(null);
            }}
            onRun={() => void run()}
            onEscape={() => runButtonRef.current?.focus()}
          />
        </Suspense>
      ) : (
        // Until the reader reaches for it, the editor is the highlighted code itself: focusing,
        // clicking or typing in it swaps in the real editor in place.
        <div
          role="textbox"
          aria-label={editorLabel}
          aria-multiline="true"
          aria-readonly="false"
          tabIndex={0}
          className={styles.editorPlaceholder}
          onFocus={() => startEditing(true)}
          onPointerDown={() => startEditing(true)}>
          {staticCode(initialCode)}
        </div>
      )}
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      <OutputPanel
        chunks={chunks}
        expectedOutput={expectedOutput ?? ''}
        running={running}
        footer={footer}
        status={result?.status ?? (running ? 'running' : undefined)}
        timelineToggle={{ pressed: timelineOn, onToggle: toggleTimeline }}
        printedSoFar={timelineOn && timeline && position ? position.printed : null}>
        {timelineOn &&
          (running ? (
            <p className={styles.timelineNote}>Recording the timeline…</p>
          ) : timeline ? (
            <Suspense fallback={<p className={styles.timelineNote}>Loading the timeline…</p>}>
              <Timeline key={timeline.run} data={timeline.data} onPosition={setPosition} />
            </Suspense>
          ) : timelineNote ? (
            <p className={styles.timelineNote}>{timelineNote}</p>
          ) : null)}
      </OutputPanel>
    </section>
  );
}
