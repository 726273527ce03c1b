import type { CheckResult } from '@site/src/runner/checks';
import clsx from 'clsx';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** Inline code in a check's words: `name` becomes <code>name</code>. */
function withCode(text: string): ReactNode[] {
  return text.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/** Each check of the last Check, passed or failed with its message. */
export default function CheckList({ results }: { results: readonly CheckResult[] }): ReactNode {
  return (
    <ul className={styles.checks}>
      {results.map((result, index) => (
        <li key={index} className={clsx(styles.check, result.passed ? styles.passed : styles.failed)}>
          <span className={styles.mark} aria-hidden="true">
            {result.passed ? '✓' : '✗'}
          </span>
          <span>
            <span className={styles.visuallyHidden}>{result.passed ? 'Passed: ' : 'Failed: '}</span>
            {withCode(result.label)}
            {result.message && <span className={styles.message}>{withCode(result.message)}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
