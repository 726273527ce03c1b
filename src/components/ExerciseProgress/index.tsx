import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { useSolvedCount, useReset } from '@site/src/components/Exercise/progress';
import { chapterPath } from '@site/src/plugins/exercises/chapterPath';
import { useState, type ReactNode } from 'react';

import styles from './styles.module.css';
import { useChapterExercises } from './useChapterExercises';

/** "You have solved 1 of 2 exercises in this chapter", with a way to start the chapter afresh. */
export default function ExerciseProgress(): ReactNode {
  const folder = useDoc().metadata.sourceDirName;
  const ids = useChapterExercises(chapterPath(folder));
  const solved = useSolvedCount(ids);
  const reset = useReset(ids);
  const [confirming, setConfirming] = useState(false);
  if (ids.length === 0) return null;
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <p className={styles.count}>{`You have solved ${solved} of ${ids.length} exercises in this chapter.`}</p>
      {solved > 0 &&
        (confirming ? (
          <span className={styles.confirm}>
            Forget what you solved and wrote here?{' '}
            <button
              type="button"
              className="button button--sm button--danger"
              onClick={() => {
                reset();
                setConfirming(false);
              }}>
              Reset
            </button>{' '}
            <button type="button" className="button button--sm button--secondary" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="button button--sm button--secondary" onClick={() => setConfirming(true)}>
            Reset this chapter's exercises
          </button>
        ))}
    </div>
  );
}
