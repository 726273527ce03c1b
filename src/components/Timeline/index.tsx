import {
  analyseTimeline,
  describeEvent,
  laneKindWord,
  laneLabels,
  laneStateAt,
  printedUpTo,
  type LaneState,
  type TimelineData,
} from '@site/src/runner/timeline/model';
import clsx from 'clsx';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

import styles from './styles.module.css';

export interface TimelinePosition {
  /** Index of the current event. */
  index: number;
  /** The editor line of the current event, if it has one. */
  line: number | null;
  /** What the program printed up to and including the current event. */
  printed: { stream: 'stdout' | 'stderr'; text: string }[];
}

export interface TimelineProps {
  data: TimelineData;
  /** Called whenever the current event changes (and once at the start). */
  onPosition?(position: TimelinePosition): void;
}

const ROW_HEIGHT = 28;
const BAR: Partial<Record<LaneState, { y: number; h: number }>> = {
  running: { y: 5, h: 18 },
  calling: { y: 8, h: 12 },
  suspended: { y: 12, h: 4 },
  idle: { y: 13, h: 2 },
};

const STATE_WORDS: Record<LaneState, string> = {
  absent: 'not started',
  idle: 'created, not started',
  running: 'running',
  calling: 'waiting for a call it made',
  suspended: 'suspended',
  done: 'finished',
};

interface ListProps {
  lines: readonly string[];
  times: readonly number[];
  current: number;
  onPick(index: number): void;
}

const EventItem = memo(function EventItem({
  index,
  text,
  t,
  current,
  onPick,
}: {
  index: number;
  text: string;
  t: number;
  current: boolean;
  onPick(index: number): void;
}): ReactNode {
  return (
    <li
      className={clsx(styles.item, current && styles.currentItem)}
      aria-current={current ? 'step' : undefined}
      data-index={index}
      onClick={() => onPick(index)}>
      <span className={styles.time}>{t.toFixed(1)} ms</span> {text}
    </li>
  );
});

function EventList({ lines, times, current, onPick }: ListProps): ReactNode {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const item = list?.children[current] as HTMLElement | undefined;
    if (!list || !item) return;
    // Keep the current event in view inside the list, without scrolling the page.
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 2);
    }
  }, [current]);
  return (
    <ol ref={listRef} className={styles.list} aria-label="Timeline events" tabIndex={0}>
      {lines.map((text, i) => (
        <EventItem key={i} index={i} text={text} t={times[i] ?? 0} current={i === current} onPick={onPick} />
      ))}
    </ol>
  );
}

/** The timeline of one run: a lane per generator, coroutine or task, and a step-through. */
export default function Timeline({ data, onPosition }: TimelineProps): ReactNode {
  const count = data.events.length;
  const analysis = useMemo(() => analyseTimeline(data), [data]);
  const labels = useMemo(() => laneLabels(data.lanes), [data]);
  const sentences = useMemo(() => data.events.map((e) => describeEvent(e, labels)), [data, labels]);
  const times = useMemo(() => data.events.map((e) => e.t), [data]);
  const [index, setIndex] = useState(0);
  const current = Math.min(index, Math.max(0, count - 1));
  const event = data.events[current];

  const step = useCallback((delta: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + delta))), [count]);
  const pick = useCallback((i: number) => setIndex(i), []);

  const positionCallback = useRef(onPosition);
  positionCallback.current = onPosition;
  useEffect(() => {
    positionCallback.current?.({
      index: current,
      line: data.events[current]?.line ?? null,
      printed: printedUpTo(data, analysis, current),
    });
  }, [analysis, current, data]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    // The slider moves itself with the arrow keys; everything else in the timeline steps here.
    if ((e.target as HTMLElement).tagName === 'INPUT') return;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => step(-1),
      ArrowUp: () => step(-1),
      ArrowRight: () => step(1),
      ArrowDown: () => step(1),
      Home: () => setIndex(0),
      End: () => setIndex(count - 1),
      PageUp: () => step(-10),
      PageDown: () => step(10),
    };
    const action = keys[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  };

  const rows = data.lanes.length + (analysis.hasLaneless ? 1 : 0);
  const height = rows * ROW_HEIGHT;
  const width = Math.max(count, 1);
  const running = analysis.runningAfter[current] ?? -1;

  const onTrackPointer = (e: PointerEvent<SVGSVGElement>): void => {
    if (e.type === 'pointermove' && e.buttons !== 1) return;
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    setIndex(Math.max(0, Math.min(count - 1, Math.floor(((e.clientX - box.left) / box.width) * width))));
  };

  const bars = useMemo(
    () =>
      analysis.segments.flatMap((segments, lane) =>
        segments.flatMap((s) => {
          const bar = BAR[s.state];
          if (!bar) return [];
          return [
            <rect
              key={`${lane}-${s.from}`}
              className={styles[s.state]}
              x={s.from}
              width={s.to - s.from}
              y={lane * ROW_HEIGHT + bar.y}
              height={bar.h}
            />,
          ];
        }),
      ),
    [analysis],
  );
  const marks = useMemo(
    () =>
      data.events.flatMap((e, i) => {
        if (e.kind !== 'print' && e.kind !== 'timer') return [];
        const row = e.lane >= 0 ? e.lane : data.lanes.length;
        return [
          <rect
            key={`m${i}`}
            className={e.kind === 'print' ? styles.printMark : styles.timerMark}
            x={i + 0.2}
            width={0.6}
            y={row * ROW_HEIGHT + 1}
            height={e.kind === 'print' ? 4 : ROW_HEIGHT - 2}
          />,
        ];
      }),
    [data],
  );

  if (count === 0) {
    return <p className={styles.empty}>The run recorded no events.</p>;
  }

  return (
    <div className={styles.timeline} role="group" aria-label="Timeline" onKeyDown={onKeyDown}>
      <div className={styles.controls}>
        <button
          type="button"
          className="button button--sm button--secondary"
          aria-label="Previous event"
          aria-keyshortcuts="ArrowLeft"
          disabled={current === 0}
          onClick={() => step(-1)}>
          ◀ Previous
        </button>
        <input
          className={styles.slider}
          type="range"
          min={0}
          max={count - 1}
          value={current}
          aria-label="Event"
          aria-valuetext={`Event ${current + 1} of ${count}`}
          onChange={(e) => setIndex(Number(e.target.value))}
        />
        <button
          type="button"
          className="button button--sm button--secondary"
          aria-label="Next event"
          aria-keyshortcuts="ArrowRight"
          disabled={current === count - 1}
          onClick={() => step(1)}>
          Next ▶
        </button>
        <span className={styles.counter}>
          {current + 1} / {count}
        </span>
      </div>
      <p className={styles.current} aria-live="polite" data-testid="timeline-current">
        {event ? sentences[current] : ''}
      </p>
      {data.virtualTime && (
        <p className={styles.notice} role="note">
          This Check ran on virtual time: the waits were skipped, and the times are those the program's clock read.
        </p>
      )}
      {data.truncated && (
        <p className={styles.notice} role="note">
          The run had more than {data.maxEvents.toLocaleString('en')} events: the timeline shows the first{' '}
          {data.maxEvents.toLocaleString('en')}. The program itself ran to its end.
        </p>
      )}
      <div className={styles.lanes}>
        <ul className={styles.labels} aria-label="Lanes">
          {data.lanes.map((lane, i) => {
            const state = laneStateAt(analysis, i, current);
            return (
              <li
                key={lane.id}
                className={clsx(styles.label, i === running && styles.runningLabel)}
                style={{ height: ROW_HEIGHT }}
                data-state={state}
                title={`${labels[i]}: ${laneKindWord(lane.kind)}, ${STATE_WORDS[state]}`}>
                <span className={styles.laneName}>{labels[i]}</span>{' '}
                <span className={styles.laneState}>{i === running ? 'running' : STATE_WORDS[state]}</span>
              </li>
            );
          })}
          {analysis.hasLaneless && (
            <li className={styles.label} style={{ height: ROW_HEIGHT }}>
              <span className={styles.laneName}>outside any lane</span>
            </li>
          )}
        </ul>
        <svg
          className={styles.track}
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="none"
          style={{ height }}
          aria-hidden="true"
          onPointerDown={onTrackPointer}
          onPointerMove={onTrackPointer}>
          {data.lanes.map((lane, i) => (
            <rect
              key={`row${lane.id}`}
              className={i === running ? styles.rowRunning : i % 2 ? styles.rowOdd : styles.rowEven}
              x={0}
              width={width}
              y={i * ROW_HEIGHT}
              height={ROW_HEIGHT}
            />
          ))}
          {bars}
          {marks}
          <line
            className={styles.cursor}
            x1={current + 0.5}
            x2={current + 0.5}
            y1={0}
            y2={height}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
      </div>
      <p className={styles.legend} aria-hidden="true">
        <span className={clsx(styles.key, styles.running)} /> running{' '}
        <span className={clsx(styles.key, styles.calling)} /> waiting for a call it made{' '}
        <span className={clsx(styles.key, styles.suspended)} /> suspended{' '}
        <span className={clsx(styles.key, styles.printMark)} /> printed
      </p>
      <details className={styles.details} open>
        <summary>All {count.toLocaleString('en')} events</summary>
        <EventList lines={sentences} times={times} current={current} onPick={pick} />
      </details>
    </div>
  );
}
