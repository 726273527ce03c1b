// The timeline's event model, shared by the Python recorder (sys.monitoring inside Pyodide), the
// TypeScript recorder (instrumented code) and the drawing. No runtime-specific code lives here.
import type { Language } from '../types';

/** What a lane stands for. `main` is the program's top level. */
export type LaneKind = 'main' | 'generator' | 'coroutine' | 'async-generator' | 'async-function' | 'task';

export interface TimelineLane {
  /** Index in `TimelineData.lanes`; lanes are in the order they were created (or first ran). */
  id: number;
  kind: LaneKind;
  /** The function's name, e.g. "factorial" or "Worker.run". */
  name: string;
  /** Its arguments as the reader would write them, e.g. "5, 'a'" (may be empty). */
  args?: string;
  /** Python tasks: the task's name, e.g. "Task-2". */
  task?: string;
  /** Where its function is defined (1-based editor line). */
  line?: number;
}

export type TimelineEventKind =
  /** The lane exists (a task was created) but has not run yet. */
  | 'create'
  /** The lane runs for the first time. */
  | 'start'
  /** The lane runs again after a suspension; `detail` says what woke it. */
  | 'resume'
  /** The lane paused; `detail` says what it handed out or waits on. */
  | 'suspend'
  /** The lane finished normally; `detail` is the returned value. */
  | 'return'
  /** The lane finished with an exception; `detail` describes it. */
  | 'raise'
  /** The program printed `detail` (on `stream`) while `lane` was running. */
  | 'print'
  /** Something outside any lane happened, e.g. a timer fired. */
  | 'timer';

/** How a lane was woken (start, resume) or why it paused (suspend). */
export type EventCause =
  | 'next'
  | 'send'
  | 'throw'
  | 'close'
  | 'call'
  | 'loop'
  | 'future'
  | 'timer'
  | 'task'
  | 'promise'
  | 'delegate'
  | 'yield'
  | 'await';

export interface TimelineEvent {
  kind: TimelineEventKind;
  /** The lane it concerns, or -1 for none (a timer, a callback printing outside any lane). */
  lane: number;
  /** 1-based editor line, when known. */
  line: number | null;
  /** Milliseconds since the run started. */
  t: number;
  detail: string;
  cause?: EventCause;
  stream?: 'stdout' | 'stderr';
}

export interface TimelineData {
  language: Language;
  lanes: TimelineLane[];
  events: TimelineEvent[];
  /** Recording stopped after `maxEvents` events; the run itself went on. */
  truncated: boolean;
  maxEvents: number;
  /** The run was on virtual time (RunOptions.virtualTime): `t` is what the program's clock read. */
  virtualTime?: boolean;
}

/** Runs with more events than this are cut (the program still runs to its end). */
export const MAX_TIMELINE_EVENTS = 5000;

// ---------------------------------------------------------------------------------------------
// Analysis: the state of every lane at every step, derived from the events alone.

/**
 * `running`: the lane's code runs now. `calling`: it is on the stack below the running lane (it
 * called next()/send(), or awaited a coroutine that runs now). `suspended`: paused at a yield or
 * await. `idle`: created but not started yet. `done`: returned or raised.
 */
export type LaneState = 'absent' | 'idle' | 'running' | 'calling' | 'suspended' | 'done';

/** A stretch of events, `from` inclusive to `to` exclusive, in which a lane kept one state. */
export interface LaneSegment {
  from: number;
  to: number;
  state: LaneState;
}

export interface TimelineAnalysis {
  /** Per lane, its states over the run (index ranges cover 0..events.length). */
  segments: LaneSegment[][];
  /** The lane running after event i (-1: none of the lanes, e.g. between callbacks). */
  runningAfter: Int32Array;
  /** How many print events happened up to and including event i. */
  printsUpTo: Int32Array;
  /** Indexes of the print events, in order. */
  printIndexes: number[];
  /** Whether any event concerns no lane (the drawing then adds a row for them). */
  hasLaneless: boolean;
}

export function analyseTimeline(data: TimelineData): TimelineAnalysis {
  const n = data.events.length;
  const laneCount = data.lanes.length;
  const state: LaneState[] = new Array<LaneState>(laneCount).fill('absent');
  const since = new Array<number>(laneCount).fill(0);
  const segments: LaneSegment[][] = data.lanes.map(() => []);
  const stack: number[] = [];
  const runningAfter = new Int32Array(n);
  const printsUpTo = new Int32Array(n);
  const printIndexes: number[] = [];
  let hasLaneless = false;

  const set = (lane: number, next: LaneState, at: number): void => {
    const previous = state[lane];
    if (previous === undefined || previous === next) return;
    if (at > (since[lane] ?? 0)) segments[lane]?.push({ from: since[lane] ?? 0, to: at, state: previous });
    state[lane] = next;
    since[lane] = at;
  };
  const restack = (at: number): void => {
    stack.forEach((lane, i) => set(lane, i === stack.length - 1 ? 'running' : 'calling', at));
  };
  const remove = (lane: number): void => {
    const i = stack.lastIndexOf(lane);
    if (i !== -1) stack.splice(i, 1);
  };

  let prints = 0;
  data.events.forEach((event, i) => {
    const lane = event.lane;
    const valid = lane >= 0 && lane < laneCount;
    if (!valid) hasLaneless = true;
    switch (event.kind) {
      case 'create':
        if (valid && state[lane] === 'absent') set(lane, 'idle', i);
        break;
      case 'start':
      case 'resume':
        if (valid) {
          remove(lane);
          stack.push(lane);
          restack(i);
        }
        break;
      case 'suspend':
      case 'return':
      case 'raise':
        if (valid) {
          remove(lane);
          set(lane, event.kind === 'suspend' ? 'suspended' : 'done', i);
          restack(i);
        }
        break;
      case 'print':
        prints++;
        printIndexes.push(i);
        break;
      case 'timer':
        break;
    }
    runningAfter[i] = stack.length ? (stack[stack.length - 1] as number) : -1;
    printsUpTo[i] = prints;
  });
  for (let lane = 0; lane < laneCount; lane++) set(lane, 'absent', n);
  return { segments, runningAfter, printsUpTo, printIndexes, hasLaneless };
}

/** The state of `lane` just after event `index`. */
export function laneStateAt(analysis: TimelineAnalysis, lane: number, index: number): LaneState {
  const segments = analysis.segments[lane];
  if (!segments) return 'absent';
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid] as LaneSegment;
    if (index < s.from) hi = mid - 1;
    else if (index >= s.to) lo = mid + 1;
    else return s.state;
  }
  return 'absent';
}

/** What the program printed up to and including event `index`, as output chunks. */
export function printedUpTo(
  data: TimelineData,
  analysis: TimelineAnalysis,
  index: number,
): { stream: 'stdout' | 'stderr'; text: string }[] {
  const count = index < 0 ? 0 : (analysis.printsUpTo[Math.min(index, data.events.length - 1)] ?? 0);
  const chunks: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  for (const i of analysis.printIndexes.slice(0, count)) {
    const event = data.events[i] as TimelineEvent;
    const stream = event.stream ?? 'stdout';
    const last = chunks[chunks.length - 1];
    if (last && last.stream === stream) last.text += event.detail;
    else chunks.push({ stream, text: event.detail });
  }
  return chunks;
}

// ---------------------------------------------------------------------------------------------
// Words: how lanes and events read, in the drawing, the event list and the live announcement.

const KIND_WORDS: Record<LaneKind, string> = {
  main: 'main program',
  generator: 'generator',
  coroutine: 'coroutine',
  'async-generator': 'async generator',
  'async-function': 'async function',
  task: 'task',
};

export function laneKindWord(kind: LaneKind): string {
  return KIND_WORDS[kind];
}

/** Short labels for every lane: "factorial(5)", "worker('a') · Task-2", "main program". Lanes
 * that would read the same get "#2", "#3"… in creation order. */
export function laneLabels(lanes: readonly TimelineLane[]): string[] {
  const base = lanes.map((lane) => {
    if (lane.kind === 'main') return 'main program';
    const call = lane.args === undefined ? lane.name : `${lane.name}(${lane.args})`;
    return lane.task ? `${call} · ${lane.task}` : call;
  });
  const totals = new Map<string, number>();
  for (const label of base) totals.set(label, (totals.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return base.map((label) => {
    if ((totals.get(label) ?? 0) < 2) return label;
    const k = (seen.get(label) ?? 0) + 1;
    seen.set(label, k);
    return `${label} #${k}`;
  });
}

function quoteOutput(text: string): string {
  const oneLine = text.replace(/\n$/, '').replace(/\n/g, '⏎');
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

/** One sentence for an event, e.g. "factorial(5) yields None (line 7)". */
export function describeEvent(event: TimelineEvent, labels: readonly string[]): string {
  const who = event.lane >= 0 ? (labels[event.lane] ?? `lane ${event.lane}`) : 'outside any lane';
  const at = event.line !== null ? ` (line ${event.line})` : '';
  const detail = event.detail;
  switch (event.kind) {
    case 'create':
      return `${who} is created${at}`;
    case 'start':
      return `${who} starts${at}${detail ? `, started by ${detail}` : ''}`;
    case 'resume':
      return `${who} resumes${at}${detail ? `, woken by ${detail}` : ''}`;
    case 'suspend':
      if (event.cause === 'yield') return `${who} yields ${detail}${at}`;
      if (event.cause === 'delegate') return `${who} passes on ${detail}${at}`;
      return `${who} waits on ${detail}${at}`;
    case 'return':
      return detail ? `${who} returns ${detail}${at}` : `${who} ends${at}`;
    case 'raise':
      return `${who} ends with ${detail}${at}`;
    case 'print':
      return `${event.lane >= 0 ? who : 'a callback'} prints “${quoteOutput(detail)}”${at}`;
    case 'timer':
      return `${detail}${at}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Recording helpers used by both recorders.

/** Collects events up to a limit; past it, `add` only sets `truncated`. */
export class TimelineBuilder {
  readonly lanes: TimelineLane[] = [];
  readonly events: TimelineEvent[] = [];
  truncated = false;
  private readonly started: number;

  constructor(
    readonly language: Language,
    readonly maxEvents = MAX_TIMELINE_EVENTS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  get full(): boolean {
    return this.truncated;
  }

  addLane(lane: Omit<TimelineLane, 'id'>): number {
    const id = this.lanes.length;
    this.lanes.push({ id, ...lane });
    return id;
  }

  add(event: Omit<TimelineEvent, 't'>): void {
    if (this.events.length >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    this.events.push({ ...event, t: Math.round((this.now() - this.started) * 100) / 100 });
  }

  finish(): TimelineData {
    return {
      language: this.language,
      lanes: this.lanes,
      events: this.events,
      truncated: this.truncated,
      maxEvents: this.maxEvents,
    };
  }
}

const EVENT_KINDS = new Set<string>(['create', 'start', 'resume', 'suspend', 'return', 'raise', 'print', 'timer']);
const LANE_KINDS = new Set<string>(['main', 'generator', 'coroutine', 'async-generator', 'async-function', 'task']);

/**
 * Reads the Python recorder's JSON: `{"lanes": [[kind, name, args, task, line], …], "events":
 * [[kind, lane, line, t, detail, cause, stream], …], "truncated": bool, "max": int}`.
 */
export function decodeCompactTimeline(json: string, language: Language): TimelineData {
  const raw = JSON.parse(json) as { lanes: unknown[][]; events: unknown[][]; truncated: boolean; max: number };
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const lanes: TimelineLane[] = raw.lanes.map((l, id) => {
    const kind = str(l[0]) ?? 'generator';
    const lane: TimelineLane = {
      id,
      kind: (LANE_KINDS.has(kind) ? kind : 'generator') as LaneKind,
      name: str(l[1]) ?? '?',
    };
    const args = str(l[2]);
    if (args !== undefined) lane.args = args;
    const task = str(l[3]);
    if (task !== undefined) lane.task = task;
    const line = num(l[4]);
    if (line !== null) lane.line = line;
    return lane;
  });
  const events: TimelineEvent[] = [];
  for (const e of raw.events) {
    const kind = str(e[0]);
    if (!kind || !EVENT_KINDS.has(kind)) continue;
    const event: TimelineEvent = {
      kind: kind as TimelineEventKind,
      lane: num(e[1]) ?? -1,
      line: num(e[2]),
      t: num(e[3]) ?? 0,
      detail: str(e[4]) ?? '',
    };
    const cause = str(e[5]);
    if (cause) event.cause = cause as EventCause;
    const stream = str(e[6]);
    if (stream === 'stdout' || stream === 'stderr') event.stream = stream;
    events.push(event);
  }
  return { language, lanes, events, truncated: Boolean(raw.truncated), maxEvents: num(raw.max) ?? MAX_TIMELINE_EVENTS };
}
