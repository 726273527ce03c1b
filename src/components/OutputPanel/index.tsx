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
  /** The output the page documents, shown until the reader runs the code. */
  expectedOutput: string;
  running: boolean;
  /** One line under the output: status, duration and runtime. */
  footer?: ReactNode;
  status?: string;
}

/** The output of a live example: documented output first, then what the reader's run printed. */
export default function OutputPanel({ chunks, expectedOutput, running, footer, status }: OutputPanelProps): ReactNode {
  const showingExpected = chunks === null;
  return (
    <div className={styles.panel}>
      <div className={styles.heading} aria-hidden="true">
        {showingExpected ? 'Output' : running ? 'Output (running…)' : 'Output of your run'}
      </div>
      <div
        role="log"
        aria-label="Output"
        aria-busy={running}
        data-status={status ?? (showingExpected ? 'expected' : running ? 'running' : 'done')}
        className={styles.log}
        tabIndex={0}>
        {showingExpected ? (
          <pre className={styles.text}>{expectedOutput}</pre>
        ) : chunks.length === 0 && !running ? (
          <p className={styles.empty}>The program printed nothing.</p>
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
      {footer && (
        <div className={styles.footer} aria-live="polite">
          {footer}
        </div>
      )}
    </div>
  );
}
