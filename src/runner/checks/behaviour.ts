// Behaviour checks: what the recorded timeline says the reader's program did over time. A lane is
// one generator, coroutine or task (src/runner/timeline/model.ts); a function's lanes are those
// whose function has the name the check gives ("tick", or a method "run" of any class).
import {
  analyseTimeline,
  laneLabels,
  type TimelineData,
  type TimelineEvent,
  type TimelineLane,
} from '../timeline/model';
import type { Check } from './types';

interface LaneRun {
  lane: TimelineLane;
  label: string;
  /** Event index of its first start, and of its return or raise (Infinity: never ended). */
  start: number;
  end: number;
  ending?: TimelineEvent;
  lastSuspend?: TimelineEvent;
  lastWake?: TimelineEvent;
  /** Its first start, and a start or resume that brought it a cancellation, if any. */
  first: TimelineEvent;
  cancelledAt?: TimelineEvent;
  steps: number;
}

/** What a cancellation looks like in an event's detail: Python's CancelledError thrown in; in
 * TypeScript an aborted signal's reason (AbortError from abort(), TimeoutError from
 * AbortSignal.timeout) rejecting an await or thrown. */
const CANCELLATION = {
  python: /\bCancelledError\b/,
  typescript: /\bAbortError\b|\bTimeoutError\b/,
} as const;

function matches(lane: TimelineLane, name: string): boolean {
  return lane.name === name || lane.name.endsWith(`.${name}`);
}

function laneRuns(data: TimelineData, name: string): LaneRun[] {
  const labels = laneLabels(data.lanes);
  const cancellation = CANCELLATION[data.language];
  const runs = new Map<number, LaneRun>();
  data.events.forEach((event, index) => {
    const lane = data.lanes[event.lane];
    if (!lane || !matches(lane, name)) return;
    let run = runs.get(lane.id);
    if (event.kind === 'start' && !run) {
      run = { lane, label: labels[lane.id] ?? name, start: index, end: Infinity, steps: 0, first: event };
      runs.set(lane.id, run);
    }
    if (!run) return;
    if (event.kind === 'start' || event.kind === 'resume') {
      run.steps += 1;
      run.lastWake = event;
      if (!run.cancelledAt && cancellation.test(event.detail)) run.cancelledAt = event;
    } else if (event.kind === 'suspend') {
      run.lastSuspend = event;
    } else if ((event.kind === 'return' || event.kind === 'raise') && run.end === Infinity) {
      run.end = index;
      run.ending = event;
    }
  });
  return [...runs.values()];
}

/** Closed by the program's own close() / return() call (the recorder saw the call). */
function closedByProgram(run: LaneRun): boolean {
  // A close the recorder did not see called is Python's garbage collector closing a generator
  // nobody refers to any more; the recorder says "(GeneratorExit thrown in)" for it.
  return run.lastWake?.cause === 'close' && !run.lastWake.detail.includes('thrown in');
}

/** Python closes a generator nobody refers to any more: for the reader's program, it was left paused. */
function abandoned(run: LaneRun): boolean {
  return run.ending?.kind === 'raise' && run.ending.detail.startsWith('GeneratorExit') && !closedByProgram(run);
}

const at = (event: TimelineEvent | undefined) => (event?.line != null ? ` at line ${event.line}` : '');
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

function noneRan(name: string): string {
  return `no \`${name}\` ran as a generator, coroutine or task`;
}

/** The most lanes in progress at once, and the labels of the first set that reached it. */
function peak(runs: LaneRun[]): { count: number; labels: string[] } {
  let best: { count: number; labels: string[] } = { count: 0, labels: [] };
  for (const run of runs) {
    const open = runs.filter((other) => other.start <= run.start && other.end > run.start);
    if (open.length > best.count) best = { count: open.length, labels: open.map((other) => other.label) };
  }
  return best;
}

/** A time over the limit, to a tenth of a second unless that would not show it is over. */
function over(ms: number, limitSeconds: number): string {
  const tenths = (ms / 1000).toFixed(1);
  return `${Number(tenths) > limitSeconds ? tenths : (ms / 1000).toFixed(3).replace(/0+$/, '')} s`;
}

function checkWithin(check: Extract<Check, { kind: 'within' }>, data: TimelineData): string | null {
  const clock = data.virtualTime ? ' of virtual time' : '';
  const limit = check.seconds * 1000;
  if (check.name === undefined) {
    const took = data.events.at(-1)?.t ?? 0;
    if (took <= limit) return null;
    return `the program took ${over(took, check.seconds)}${clock} from start to end; it should take at most ${check.seconds} s`;
  }
  const runs = laneRuns(data, check.name);
  if (runs.length === 0) return noneRan(check.name);
  for (const run of runs) {
    if (!run.ending) return `\`${run.label}\` never finished: it was left paused${at(run.lastSuspend)}`;
    const took = run.ending.t - run.first.t;
    if (took > limit)
      return `\`${run.label}\` took ${over(took, check.seconds)}${clock} from its start to its end; it should take at most ${check.seconds} s`;
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function checkAwaits(check: Extract<Check, { kind: 'awaits' }>, data: TimelineData): string | null {
  const runs = laneRuns(data, check.name);
  if (runs.length === 0) return noneRan(check.name);
  const awaiters = new Set(runs.map((run) => run.lane.id));
  const target = escapeRegExp(check.target);
  // The await's operand as written (TypeScript: "fetchOne(1)", "Promise.all(tasks)") or what it
  // was (Python: "task Task-2 (fetch_one)", "gather() of 3").
  const names = new RegExp(`(^|[^\\w$.])${target}\\s*\\(|\\(${target}\\)`);
  const { runningAfter } = analyseTimeline(data);
  const awaited: string[] = [];
  for (const [index, event] of data.events.entries()) {
    if (!awaiters.has(event.lane) && event.kind !== 'start') continue;
    if (event.kind === 'suspend' && event.cause === 'await') {
      if (names.test(event.detail)) return null;
      if (!awaited.includes(event.detail)) awaited.push(event.detail);
    }
    // Python: a coroutine awaited directly starts inside the await, passed on by its awaiter.
    const lane = data.lanes[event.lane];
    if (
      event.kind === 'start' &&
      event.cause === 'delegate' &&
      lane &&
      matches(lane, check.target) &&
      index > 0 &&
      awaiters.has(runningAfter[index - 1]!)
    )
      return null;
  }
  const what = awaited.length
    ? `it awaited ${awaited
        .slice(0, 4)
        .map((text) => `\`${text}\``)
        .join(', ')}${awaited.length > 4 ? ', …' : ''}`
    : 'it awaited nothing';
  return `\`${runs[0]!.label}\` never awaited \`${check.target}\`: ${what}`;
}

function checkCancelled(check: Extract<Check, { kind: 'cancelled' }>, data: TimelineData): string | null {
  const runs = laneRuns(data, check.name);
  if (runs.length === 0) return noneRan(check.name);
  for (const run of runs) {
    if (run.ending?.kind === 'raise' && CANCELLATION[data.language].test(run.ending.detail)) continue;
    const ended = !run.ending
      ? `was left paused${at(run.lastSuspend)}`
      : run.ending.kind === 'return'
        ? `returned${at(run.ending)}`
        : `ended with ${run.ending.detail}${at(run.ending)}`;
    if (run.cancelledAt) {
      const error = data.language === 'python' ? '`CancelledError`' : 'the abort';
      return `the cancellation reached \`${run.label}\`${at(run.cancelledAt)}, but it ${ended} instead of letting ${error} end it`;
    }
    return `no cancellation reached \`${run.label}\`: it ${ended}`;
  }
  return null;
}

/** Null when the timeline shows what the check asks; else what it shows instead. */
export function checkBehaviour(
  check: Exclude<Check, { kind: 'output' } | { kind: 'shape' }>,
  data: TimelineData,
): string | null {
  if (check.kind === 'within') return checkWithin(check, data);
  if (check.kind === 'awaits') return checkAwaits(check, data);
  if (check.kind === 'cancelled') return checkCancelled(check, data);
  const runs = laneRuns(data, check.name);
  const name = check.name;
  switch (check.kind) {
    case 'overlap': {
      if (runs.length < 2) return runs.length === 0 ? noneRan(name) : `only one \`${name}\` ran (${runs[0]!.label})`;
      if (peak(runs).count >= 2) return null;
      const [first, second] = runs.sort((a, b) => a.start - b.start);
      return `\`${first!.label}\` finished${at(first!.ending)} before \`${second!.label}\` started: each \`${name}\` ran to its end before the next began, one after another rather than taking turns`;
    }
    case 'at-most': {
      const { count, labels } = peak(runs);
      if (count <= check.limit) return null;
      return `${count} \`${name}\` were in progress at once (${labels.join(', ')}); at most ${check.limit} may be`;
    }
    case 'count':
      if (runs.length === check.count) return null;
      return runs.length === 0
        ? noneRan(name)
        : `\`${name}\` ran ${times(runs.length)}; it should run ${times(check.count)}`;
    case 'finishes': {
      if (runs.length === 0) return noneRan(name);
      const unfinished = runs.find((run) => run.ending?.kind !== 'return');
      if (!unfinished) return null;
      return unfinished.ending && !abandoned(unfinished)
        ? `\`${unfinished.label}\` ended with ${unfinished.ending.detail}${at(unfinished.ending)} instead of returning`
        : `\`${unfinished.label}\` never finished: it was left paused${at(unfinished.lastSuspend)}`;
    }
    case 'closed': {
      if (runs.length === 0) return noneRan(name);
      const open = runs.find((run) => !run.ending || !closedByProgram(run));
      if (!open) return null;
      if (!open.ending || abandoned(open))
        return `\`${open.label}\` was never closed: it was left paused${at(open.lastSuspend)}`;
      return `\`${open.label}\` ended by itself${at(open.ending)}, not because it was closed`;
    }
    case 'steps-at-most': {
      if (runs.length === 0) return noneRan(name);
      const steps = runs.reduce((sum, run) => sum + run.steps, 0);
      if (steps <= check.limit) return null;
      return `\`${name}\` was started or resumed ${times(steps)}; at most ${times(check.limit)} is enough`;
    }
  }
}
