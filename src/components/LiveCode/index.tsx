import type { CodeEditorHandle } from '@site/src/components/CodeEditor';
import OutputPanel from '@site/src/components/OutputPanel';
import RunTimeline from '@site/src/components/RunTimeline';
import { exampleId } from '@site/src/remark/liveCode/exampleId';
import { DEFAULT_TIMEOUT_MS, LANGUAGE_NAMES, type Language } from '@site/src/runner/types';
import clsx from 'clsx';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

import CodeForAnotherPython from './CodeForAnotherPython';
import { describeResult } from './describeResult';
import EditorSlot from './EditorSlot';
import { registerExample } from './registry';
import { useDwellIntent } from './runnerBridge';
import styles from './styles.module.css';
import { Toolbar, ToolbarButton } from './Toolbar';
import { useExampleSession } from './useExampleSession';

export interface LiveCodeProps {
  language: Language;
  code: string;
  /** What the program prints on the edition's runtime (absent with notRunnableHere). */
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

/** One live, editable, runnable program with its output: the unit every example is made of. */
export default function LiveCode(props: LiveCodeProps): ReactNode {
  return props.notRunnableHere ? <CodeForAnotherPython {...props} /> : <RunnableCode {...props} />;
}

function RunnableCode(props: LiveCodeProps): ReactNode {
  const { language, code: originalCode, expectedOutput, title } = props;
  const timeoutMs = Number(props.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const languageName = LANGUAGE_NAMES[language];
  const id = exampleId(language, originalCode);

  const codeRef = useRef(originalCode);
  const session = useExampleSession(language, timeoutMs, codeRef);
  const { program, editing, setEditing, focusEditorOnMount, preload, startEditing, run } = session;
  const { timelineOn, toggleTimeline, position, setPosition } = session;

  const [initialCode, setInitialCode] = useState(originalCode);
  const [modified, setModified] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const sectionRef = useRef<HTMLElement>(null);
  const editorRef = useRef<CodeEditorHandle>(null);
  const runButtonRef = useRef<HTMLButtonElement>(null);

  /** Starts the editor afresh from `code` (a shared link, a tip, Reset). */
  const replaceCode = useCallback(
    (code: string, message: string | null) => {
      codeRef.current = code;
      setInitialCode(code);
      setModified(code !== originalCode);
      setNotice(message);
      program.clear();
    },
    [originalCode, program.clear], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // A shared link fills the editor with the sender's code. It never runs by itself.
  useEffect(() => {
    if (!window.location.search.includes(id)) return;
    void import('./shareLink').then(({ readSharedCode }) => {
      const shared = readSharedCode(window.location.search, id);
      if (shared === null) return;
      replaceCode(
        shared,
        'This example holds code from a shared link. Press Run to run it, or Reset for the original.',
      );
      setEditing(true);
    });
  }, [id, replaceCode, setEditing]);

  // A "Try this" tip puts its edited program here, shows this example and hands Run to the reader.
  useEffect(
    () =>
      registerExample(id, {
        originalCode,
        load(code, message) {
          replaceCode(code, message);
          setEditing(true);
          sectionRef.current?.dispatchEvent(
            new CustomEvent('live-code-shown', { bubbles: true, detail: { language } }),
          );
          requestAnimationFrame(() => {
            sectionRef.current?.scrollIntoView({ block: 'nearest' });
            runButtonRef.current?.focus({ preventScroll: true });
          });
        },
      }),
    [id, language, originalCode, replaceCode, setEditing],
  );

  // Reaching for an example (the pointer resting on it, focus, hover over Run) starts loading its
  // runner, so most of the load is over by the time the reader clicks.
  const dwell = useDwellIntent(preload);

  const reset = useCallback(() => {
    replaceCode(originalCode, null);
    editorRef.current?.setCode(originalCode);
  }, [originalCode, replaceCode]);

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

  const { running, result, timeline, timelineNote } = program;
  const footer = program.statusMessage ?? (result ? describeResult(result, timeoutMs) : running ? 'Running…' : null);

  return (
    <section
      ref={sectionRef}
      id={id}
      className={clsx('live-code', styles.liveCode)}
      aria-label={title ? `${languageName} example: ${title}` : `${languageName} example`}
      data-language={language}
      onPointerEnter={dwell.onPointerEnter}
      onPointerLeave={dwell.onPointerLeave}>
      <Toolbar title={title ?? languageName}>
        <ToolbarButton
          primary
          buttonRef={runButtonRef}
          onClick={() => void run()}
          onPointerEnter={preload}
          onFocus={preload}
          disabled={running}
          aria-keyshortcuts="Control+Enter Meta+Enter">
          Run
        </ToolbarButton>
        <ToolbarButton onClick={program.stop} disabled={!running}>
          Stop
        </ToolbarButton>
        <ToolbarButton onClick={reset} disabled={!modified && program.chunks === null}>
          Reset
        </ToolbarButton>
        <ToolbarButton onClick={() => void copy()}>Copy</ToolbarButton>
        <ToolbarButton onClick={() => void copyLink()}>Copy link</ToolbarButton>
      </Toolbar>
      <EditorSlot
        language={language}
        code={initialCode}
        originalCode={originalCode}
        highlightedHtml={props.highlightedHtml}
        editing={editing}
        focusOnMount={focusEditorOnMount}
        ariaLabel={`${languageName} editor`}
        error={program.errorLocation}
        activeLine={timelineOn && position ? position.line : null}
        editorRef={editorRef}
        onStartEditing={startEditing}
        onChange={(next) => {
          codeRef.current = next;
          setModified(next !== originalCode);
          if (program.errorLocation) program.clearErrorLocation();
        }}
        onRun={() => void run()}
        onEscape={() => runButtonRef.current?.focus()}
      />
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      <OutputPanel
        chunks={program.chunks}
        expectedOutput={modified ? null : (expectedOutput ?? '')}
        running={running}
        footer={footer}
        status={result?.status ?? (running ? 'running' : undefined)}
        timelineToggle={{ pressed: timelineOn, onToggle: toggleTimeline }}
        printedSoFar={timelineOn && timeline && position ? position.printed : null}>
        {timelineOn && (
          <RunTimeline running={running} timeline={timeline} note={timelineNote} onPosition={setPosition} />
        )}
      </OutputPanel>
    </section>
  );
}
