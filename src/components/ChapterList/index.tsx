import Link from '@docusaurus/Link';
import { useSolvedCount } from '@site/src/components/Exercise/progress';
import { useChapterExercises } from '@site/src/components/ExerciseProgress/useChapterExercises';
import { chapters } from '@site/src/data/chapters';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

const PART_TITLES = {
  I: 'Part I · Foundations: from iterators to futures',
  II: 'Part II · async/await and asyncio',
  III: 'Part III · asyncio at work',
} as const;

/** The course outline, one line a chapter, grouped by part. */
export default function ChapterList(): ReactNode {
  return (
    <div className={styles.parts}>
      {(['I', 'II', 'III'] as const).map((part) => (
        <section key={part} aria-labelledby={`part-${part}`}>
          <h2 id={`part-${part}`} className={styles.partTitle}>
            {PART_TITLES[part]}
          </h2>
          <ol className={styles.list} start={chapters.find((chapter) => chapter.part === part)?.number}>
            {chapters
              .filter((chapter) => chapter.part === part)
              .map((chapter) => (
                <li key={chapter.path} className={styles.item}>
                  <Link to={`/docs/${chapter.path}`} className={styles.link}>
                    {chapter.title}
                  </Link>
                  <span className={styles.summary}>{chapter.summary}</span>
                  <ChapterExercises path={chapter.path} />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** "1 of 2 exercises solved" under a chapter that has exercises (the count needs this browser's
 * progress, so the server's HTML says how many there are). */
function ChapterExercises({ path }: { path: string }): ReactNode {
  const ids = useChapterExercises(path);
  const solved = useSolvedCount(ids);
  if (ids.length === 0) return null;
  return (
    <span className={styles.exercises} data-exercises-solved={solved}>
      {solved > 0 ? `${solved} of ${ids.length} exercises solved` : `${ids.length} exercises`}
    </span>
  );
}
