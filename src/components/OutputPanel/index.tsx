import clsx from 'clsx';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface OutputPanelProps {
  /** What the program printed, in order; null before the reader's first run. */
  chunks: readonly OutputLine[] | null;
  /**
   * The output the page documents, shown until the reader runs the code; null when the program is
   * no longer the page's (edited, or put there by a tip), whose output the page cannot know.
   */
  expectedOutput: string | null;
  running: boolean;
  /** One line under the output: status, duration and runtime. */
  footer?: ReactNode;
  status?: string;
  /** The Timeline toggle (omitted: no toggle). */
  timelineToggle?: { pressed: boolean; onToggle(): void; disabled?: boolean };
  /** While stepping through a timeline: what the program had printed at the current event. */
  printedSoFar?: readonly OutputLine[] | null;
  /** Shown under the output (the timeline). */
  children?: ReactNode;
}

/** The output of a live example: documented output first, then what the reader's run printed. */
export default function OutputPanel({
  chunks: allChunks,
  expectedOutput,
  running,
  footer,
  status,
  timelineToggle,
  printedSoFar,
  children,
}: OutputPanelProps): ReactNode {
  const stepping = !running && allChunks !== null && printedSoFar != null;
  const chunks = stepping ? printedSoFar : allChunks;
  const showingExpected = chunks === null;
  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <div className={styles.heading} aria-hidden="true">
          {showingExpected
            ? 'Output'
            : running
              ? 'Output (running…)'
              : stepping
                ? 'Output up to this event'
                : 'Output of your run'}
        </div>
        {timelineToggle && (
          <button
            type="button"
            className={clsx('button button--sm', timelineToggle.pressed ? 'button--primary' : 'button--secondary')}
            aria-pressed={timelineToggle.pressed}
            disabled={timelineToggle.disabled}
            onClick={timelineToggle.onToggle}>
            Timeline
          </button>
        )}
      </div>
      <div
        role="log"
        aria-label="Output"
        aria-busy={running}
        data-status={status ?? (showingExpected ? 'expected' : running ? 'running' : 'done')}
        className={styles.log}
        tabIndex={0}>
        {showingExpected ? (
          expectedOutput === null ? (
            <p className={styles.empty}>Press Run to see what this program prints.</p>
          ) : (
            <pre className={styles.text}>{expectedOutput}</pre>
          )
        ) : chunks.length === 0 && !running ? (
          <p className={styles.empty}>{stepping ? 'Nothing printed yet.' : 'The program printed nothing.'}</p>
        ) : (
          <pre className={styles.text}>
            {chunks.map((chunk, index) => (
              <span key={index} className={clsx(chunk.stream === 'stderr' && styles.stderr)} data-stream={chunk.stream}>
                {chunk.text}
              </span>
            ))}
          </pre>
        )}
      </div>
      {children}
      {footer && (
        <div className={styles.footer} aria-live="polite">
          {footer}
        </div>
      )}
    </div>
  );
}
