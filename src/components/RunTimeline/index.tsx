import type { TimelinePosition } from '@site/src/components/Timeline';
import type { TimelineData } from '@site/src/runner/timeline/model';
import { lazy, Suspense, type ReactNode } from 'react';

import styles from './styles.module.css';

// The timeline's drawing arrives on the first press of the Timeline toggle.
const Timeline = lazy(() => import('@site/src/components/Timeline'));

interface RunTimelineProps {
  running: boolean;
  /** The last recorded run's timeline, numbered so that each recording draws afresh. */
  timeline: { data: TimelineData; run: number } | null;
  /** Why the last run has no timeline, if it has none. */
  note: string | null;
  onPosition(position: TimelinePosition): void;
}

/** What an example's output panel shows with the timeline on: the recording, or why there is none. */
export default function RunTimeline({ running, timeline, note, onPosition }: RunTimelineProps): ReactNode {
  if (running) return <p className={styles.note}>Recording the timeline…</p>;
  if (timeline)
    return (
      <Suspense fallback={<p className={styles.note}>Loading the timeline…</p>}>
        <Timeline key={timeline.run} data={timeline.data} onPosition={onPosition} />
      </Suspense>
    );
  return note ? <p className={styles.note}>{note}</p> : null;
}
