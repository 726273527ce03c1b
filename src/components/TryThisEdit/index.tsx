import { findExample } from '@site/src/components/LiveCode/registry';
import { LANGUAGE_NAMES, type Language } from '@site/src/runner/types';
import { applyPatch, parsePatch } from '@site/src/remark/liveCode/patch';
import clsx from 'clsx';
import { Fragment, useState, type ReactNode } from 'react';

import styles from './styles.module.css';

export interface TryThisEditProps {
  language: Language;
  /** The id of the example the edit changes (src/remark/liveCode/tips.ts). */
  target: string;
  /** The edit as the tip's writer wrote it (src/remark/liveCode/patch.ts). */
  patch: string;
  /** The example's title, e.g. "countdown.py". */
  title?: string;
  /** Set when this edition's Python cannot run the edited program. */
  notRunnableHere?: string;
}

const MARKS = { kept: ' ', removed: '−', added: '+' } as const;
const SPOKEN = { kept: '', removed: 'Removed: ', added: 'Added: ' } as const;

/**
 * One edit of a "Try this" tip: the change, drawn as a diff, and a button that makes it in the
 * example's editor, so the reader can predict what the changed program prints and then run it.
 */
export default function TryThisEdit({ language, target, patch, title, notRunnableHere }: TryThisEditProps): ReactNode {
  const [problem, setProblem] = useState<string | null>(null);
  const languageName = LANGUAGE_NAMES[language];
  const put = () => {
    const example = findExample(target);
    if (!example) {
      setProblem(`The ${languageName} example this tip changes is not on the page.`);
      return;
    }
    example.load(
      applyPatch(example.originalCode, patch),
      "The editor holds the program with the tip's change. Run it to check your prediction; Reset brings back the page's program.",
    );
  };
  return (
    <div className={styles.edit}>
      <pre className={styles.diff} aria-label={`The change to ${title ?? `the ${languageName} example`}`} tabIndex={0}>
        <code>
          {parsePatch(patch).map((hunk, index) => (
            <Fragment key={index}>
              {index > 0 && (
                <span className={styles.gap} aria-label="and further down">
                  ⋯{'\n'}
                </span>
              )}
              {hunk.map((line, lineIndex) => (
                <span key={lineIndex} className={clsx(styles.line, styles[line.kind])}>
                  <span className={styles.mark} aria-hidden="true">
                    {MARKS[line.kind]}
                  </span>
                  {SPOKEN[line.kind] && <span className={styles.spoken}>{SPOKEN[line.kind]}</span>}
                  {`${line.text}\n`}
                </span>
              ))}
            </Fragment>
          ))}
        </code>
      </pre>
      {notRunnableHere ? (
        <p className={styles.note}>{notRunnableHere}</p>
      ) : (
        <button type="button" className="button button--sm button--primary" onClick={put}>
          Make this change in the {languageName} example
        </button>
      )}
      {problem && (
        <p className={styles.note} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
