import type { CodeEditorHandle } from '@site/src/components/CodeEditor';
import { describeResult } from '@site/src/components/LiveCode/describeResult';
import EditorSlot from '@site/src/components/LiveCode/EditorSlot';
import { Toolbar, ToolbarButton } from '@site/src/components/LiveCode/Toolbar';
import { useExampleSession } from '@site/src/components/LiveCode/useExampleSession';
import OutputPanel from '@site/src/components/OutputPanel';
import RunTimeline from '@site/src/components/RunTimeline';
import type { ExercisePart } from '@site/src/remark/exercise';
import type { CheckResult } from '@site/src/runner/checks';
import CodeBlock from '@theme/CodeBlock';
import clsx from 'clsx';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

import CheckList from './CheckList';
import { markSolved, saveCode, savedCode, useSolvedExercises } from './progress';
import styles from './styles.module.css';

const LANGUAGE_NAMES = { python: 'Python', typescript: 'TypeScript' } as const;
/** Failed checks after which the model solution may be opened without passing. */
export const ATTEMPTS_BEFORE_SOLUTION = 3;
const DEFAULT_TIMEOUT_MS = 10_000;

interface Verdict {
  results: CheckResult[];
  passed: boolean;
}

/** One language of an exercise: the reader's editor with Check, Run, Stop and Reset, the output,
 * the checks' verdicts and, once allowed, the model solution beside the editor. */
export default function Workspace({
  exerciseId,
  exerciseTitle,
  part,
  highlightedHtml,
}: {
  exerciseId: string;
  /** Names the workspace's regions: a page has several exercises, and landmarks must differ. */
  exerciseTitle: string;
  part: ExercisePart;
  highlightedHtml?: string;
}): ReactNode {
  const { language, starter } = part;
  const languageName = LANGUAGE_NAMES[language];
  const timeoutMs = part.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const codeRef = useRef(starter);
  const session = useExampleSession(language, timeoutMs, codeRef);
  const { program, editing, setEditing, focusEditorOnMount, preload, startEditing, run } = session;
  const { timelineOn, toggleTimeline, position, setPosition } = session;
  const solvedHere = useSolvedExercises()[exerciseId]?.includes(language) ?? false;

  const [initialCode, setInitialCode] = useState(starter);
  const [modified, setModified] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [checking, setChecking] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [solutionShown, setSolutionShown] = useState(false);
  const editorRef = useRef<CodeEditorHandle>(null);
  const checkButtonRef = useRef<HTMLButtonElement>(null);
  const pendingCheck = useRef<string | null>(null);

  // The reader's last code for this exercise comes back after a reload (after hydration: the
  // server's HTML holds the starter).
  useEffect(() => {
    const saved = savedCode(exerciseId, language);
    if (saved === null || saved === starter) return;
    codeRef.current = saved;
    setInitialCode(saved);
    setModified(true);
    setEditing(true);
  }, [exerciseId, language, starter, setEditing]);

  const check = useCallback(async () => {
    if (program.running) return;
    setChecking(true);
    setVerdict(null);
    pendingCheck.current = codeRef.current;
    // Checks about time run on virtual time, so that they never depend on the machine's speed.
    const result = await run(true, part.virtualTime ?? false);
    if (!result) {
      pendingCheck.current = null;
      setChecking(false);
    }
  }, [program.running, run, part.virtualTime]);

  // A Check's run is over once its result and its output are in the same render: judge it then.
  const { result, chunks, running, timeline } = program;
  useEffect(() => {
    const code = pendingCheck.current;
    if (code === null || running || !result) return;
    pendingCheck.current = null;
    const output = (chunks ?? []).map((chunk) => chunk.text).join('');
    void import('@site/src/runner/checks').then(({ evaluateChecks, parseChecks }) => {
      const results = evaluateChecks(
        parseChecks(part.checks),
        {
          language,
          code,
          output,
          status: result.status,
          ...(result.errorLocation ? { errorLocation: result.errorLocation } : {}),
          ...(timeline ? { timeline: timeline.data } : {}),
        },
        part.expectedOutput,
      );
      const passed = results.every((r) => r.passed);
      setVerdict({ results, passed });
      setChecking(false);
      if (passed) markSolved(exerciseId, language);
      else setAttempts((n) => n + 1);
    });
  }, [result, chunks, running, timeline, part, language, exerciseId]);

  const reset = useCallback(() => {
    codeRef.current = starter;
    setInitialCode(starter);
    editorRef.current?.setCode(starter);
    setModified(false);
    setVerdict(null);
    program.clear();
    saveCode(exerciseId, language, null);
  }, [starter, program, exerciseId, language]);

  const solutionAllowed = solvedHere || (verdict?.passed ?? false) || attempts >= ATTEMPTS_BEFORE_SOLUTION;
  const footer = program.statusMessage ?? (result ? describeResult(result, timeoutMs) : running ? 'Running…' : null);
  const summary = checking
    ? 'Checking…'
    : verdict
      ? verdict.passed
        ? `Solved: all ${verdict.results.length} checks passed.`
        : `${verdict.results.filter((r) => r.passed).length} of ${verdict.results.length} checks passed. ${
            // Read aloud without the backticks that mark code in the list.
            verdict.results.find((r) => !r.passed)?.message?.replaceAll('`', '') ?? ''
          }`
      : '';

  return (
    <div className={clsx(styles.workspace, solutionShown && styles.withSolution)} data-language={language}>
      <section
        className={clsx('live-code', styles.editorColumn)}
        aria-label={`Your ${languageName} program for “${exerciseTitle}”`}>
        <Toolbar title={`Your ${languageName} program`}>
          <ToolbarButton
            primary
            buttonRef={checkButtonRef}
            onClick={() => void check()}
            onPointerEnter={preload}
            onFocus={preload}
            disabled={running}>
            Check
          </ToolbarButton>
          <ToolbarButton
            onClick={() => void run(timelineOn)}
            disabled={running}
            aria-keyshortcuts="Control+Enter Meta+Enter">
            Run
          </ToolbarButton>
          <ToolbarButton onClick={program.stop} disabled={!running}>
            Stop
          </ToolbarButton>
          <ToolbarButton onClick={reset} disabled={!modified && chunks === null && verdict === null}>
            Reset
          </ToolbarButton>
        </Toolbar>
        <EditorSlot
          language={language}
          code={initialCode}
          originalCode={starter}
          highlightedHtml={highlightedHtml}
          editing={editing}
          focusOnMount={focusEditorOnMount}
          ariaLabel={`${languageName} editor`}
          error={program.errorLocation}
          activeLine={timelineOn && position ? position.line : null}
          editorRef={editorRef}
          onStartEditing={startEditing}
          onChange={(next) => {
            codeRef.current = next;
            setModified(next !== starter);
            saveCode(exerciseId, language, next === starter ? null : next);
            if (program.errorLocation) program.clearErrorLocation();
          }}
          onRun={() => void run(timelineOn)}
          onEscape={() => checkButtonRef.current?.focus()}
        />
        <OutputPanel
          chunks={chunks}
          expectedOutput={null}
          running={running}
          footer={footer}
          status={result?.status ?? (running ? 'running' : undefined)}
          timelineToggle={{ pressed: timelineOn, onToggle: toggleTimeline }}
          printedSoFar={timelineOn && timeline && position ? position.printed : null}>
          {timelineOn && (
            <RunTimeline running={running} timeline={timeline} note={program.timelineNote} onPosition={setPosition} />
          )}
        </OutputPanel>
        <div className={styles.expected}>
          <p className={styles.expectedTitle}>Your program should print</p>
          {/* Focusable, so that a keyboard can scroll a long line. */}
          <pre tabIndex={0}>{part.expectedOutput}</pre>
        </div>
        <div className={styles.verdict} data-verdict={verdict ? (verdict.passed ? 'passed' : 'failed') : undefined}>
          <p className={styles.visuallyHidden} role="status" aria-live="polite">
            {summary}
          </p>
          {verdict && (
            <>
              <p
                className={clsx(styles.verdictTitle, verdict.passed ? styles.passed : styles.failed)}
                aria-hidden="true">
                {verdict.passed
                  ? 'Solved: every check passed.'
                  : `${verdict.results.filter((r) => r.passed).length} of ${verdict.results.length} checks passed`}
              </p>
              <CheckList results={verdict.results} />
            </>
          )}
          {solutionAllowed ? (
            <button
              type="button"
              className="button button--sm button--secondary"
              aria-expanded={solutionShown}
              onClick={() => setSolutionShown((shown) => !shown)}>
              {solutionShown ? 'Hide the model solution' : 'Show the model solution'}
            </button>
          ) : (
            <p className={styles.note}>
              The model solution opens once your program passes, or after {ATTEMPTS_BEFORE_SOLUTION} checks
              {attempts > 0 ? ` (${ATTEMPTS_BEFORE_SOLUTION - attempts} to go)` : ''}.
            </p>
          )}
        </div>
      </section>
      {solutionShown && (
        <section className={styles.solution} aria-label={`Model solution in ${languageName} for “${exerciseTitle}”`}>
          <CodeBlock language={language === 'python' ? 'python' : 'ts'} title={`Model solution (${languageName})`}>
            {part.solution}
          </CodeBlock>
        </section>
      )}
    </div>
  );
}
