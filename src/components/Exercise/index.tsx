import type { ExercisePart } from '@site/src/remark/exercise';
import ExerciseHint from '@site/src/components/ExerciseHint';
import LanguageTabs from '@site/src/components/LanguageTabs';
import clsx from 'clsx';
import { Children, isValidElement, useMemo, type ReactNode } from 'react';

import Hints from './Hints';
import { useSolvedExercises } from './progress';
import styles from './styles.module.css';
import Workspace from './Workspace';

export interface ExerciseProps {
  id: string;
  title: string;
  /** JSON of ExercisePart[] (src/remark/exercise), one per language, for this page's edition. */
  parts: string;
  /** Why this edition has no Python half (the exercise needs another Python). */
  pythonNote?: string;
  /** Server bundle only: the starters highlighted at build time. */
  highlightedPython?: string;
  highlightedTypescript?: string;
  children?: ReactNode;
}

const LANGUAGE_NAMES = { python: 'Python', typescript: 'TypeScript' } as const;

/** An exercise: the task, a checked editor per language, hints one at a time, and progress. */
export default function Exercise(props: ExerciseProps): ReactNode {
  const { id, title } = props;
  const parts = useMemo(() => JSON.parse(props.parts) as ExercisePart[], [props.parts]);
  const all = Children.toArray(props.children);
  const hints = all.filter((child) => isValidElement(child) && child.type === ExerciseHint);
  const statement = all.filter((child) => !(isValidElement(child) && child.type === ExerciseHint));
  const solved = useSolvedExercises()[id] ?? [];
  const highlighted = { python: props.highlightedPython, typescript: props.highlightedTypescript };

  const workspace = (part: ExercisePart) => (
    <Workspace exerciseId={id} exerciseTitle={title} part={part} highlightedHtml={highlighted[part.language]} />
  );
  return (
    <section
      id={`exercise-${id}`}
      className={clsx(styles.exercise, solved.length > 0 && styles.solved)}
      aria-label={`Exercise: ${title}`}
      data-exercise={id}
      data-solved={solved.length > 0 ? solved.join(' ') : undefined}>
      <p className={styles.status}>
        <span className={styles.kicker}>Exercise</span>
        {solved.length > 0 && (
          <span className={styles.badge}>
            Solved in {solved.map((language) => LANGUAGE_NAMES[language]).join(' and ')}
          </span>
        )}
      </p>
      <div className={styles.statement}>{statement}</div>
      {props.pythonNote && <p className={styles.note}>{props.pythonNote}</p>}
      {parts.length === 1 ? (
        workspace(parts[0]!)
      ) : (
        // Not the theme's Tabs, which remount their panels after hydration: two workspaces per
        // exercise drawn twice made an exercise page's load a second slower (Lighthouse, 4× CPU).
        <LanguageTabs
          groupId="exercise-language"
          panelsClassName="margin-top--md"
          panels={parts.map((part) => ({ language: part.language, content: workspace(part) }))}
        />
      )}
      <Hints hints={hints} exerciseId={id} />
    </section>
  );
}
