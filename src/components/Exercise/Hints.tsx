import { useRef, type ReactNode } from 'react';

import { saveHintsShown, useHintsShown } from './progress';
import styles from './styles.module.css';

/** The exercise's hints, revealed one at a time on request ("Hint 2 of 4"). */
export default function Hints({ hints, exerciseId }: { hints: ReactNode[]; exerciseId: string }): ReactNode {
  // Kept with the reader's progress: the hints revealed before come back after a reload, and a
  // reset of the chapter's progress hides them again.
  const shown = Math.min(useHintsShown(exerciseId), hints.length);
  const lastHint = useRef<HTMLDivElement>(null);
  if (hints.length === 0) return null;
  const reveal = () => {
    saveHintsShown(exerciseId, Math.min(shown + 1, hints.length));
    // The new hint takes focus, so a screen reader reads it and the keyboard continues from it.
    requestAnimationFrame(() => lastHint.current?.focus());
  };
  return (
    <div className={styles.hints}>
      {hints.slice(0, shown).map((hint, index) => (
        <div
          key={index}
          ref={index === shown - 1 ? lastHint : undefined}
          tabIndex={-1}
          className={styles.hint}
          role="group"
          aria-labelledby={`${exerciseId}-hint-${index}`}>
          <p id={`${exerciseId}-hint-${index}`} className={styles.hintTitle}>
            Hint {index + 1} of {hints.length}
          </p>
          {hint}
        </div>
      ))}
      {shown < hints.length && (
        <button type="button" className="button button--sm button--secondary" onClick={reveal}>
          {shown === 0 ? `Show a hint (${hints.length} in all)` : `Show hint ${shown + 1} of ${hints.length}`}
        </button>
      )}
    </div>
  );
}
