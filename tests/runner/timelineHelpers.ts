// Shared by the timeline recorder tests: a compact, readable form of a recorded run.
import { laneLabels, type TimelineData } from '../../src/runner/timeline/model';

/** One line per event: "kind lane: detail" (prints: the text, JSON-quoted). */
export function eventLines(data: TimelineData): string[] {
  const labels = laneLabels(data.lanes);
  return data.events.map((e) => {
    const who = e.lane >= 0 ? labels[e.lane] : '-';
    if (e.kind === 'print') return `print ${who}: ${JSON.stringify(e.detail)}`;
    return `${e.kind} ${who}${e.detail ? `: ${e.detail}` : ''}`;
  });
}

/** The same, with lines: "kind lane @line". */
export function eventLinesWithLines(data: TimelineData): string[] {
  const labels = laneLabels(data.lanes);
  return data.events.map((e) => `${e.kind} ${e.lane >= 0 ? labels[e.lane] : '-'} @${e.line ?? '?'}`);
}

/**
 * The events of two `tick` generators taking turns (a: two steps, b: one), which the Python and
 * the TypeScript recorders must both produce for their versions of the same program.
 */
export const TICK_ROUND_ROBIN_EVENTS = [
  'start main program',
  "start tick('a', 2): next()",
  `print tick('a', 2): "a 0\\n"`,
  "suspend tick('a', 2): 'a'",
  "start tick('b', 1): next()",
  `print tick('b', 1): "b 0\\n"`,
  "suspend tick('b', 1): 'b'",
  "resume tick('a', 2): next()",
  `print tick('a', 2): "a 1\\n"`,
  "suspend tick('a', 2): 'a'",
  "resume tick('b', 1): next()",
  "return tick('b', 1): 1",
  'print main program: "done 1\\n"',
  "resume tick('a', 2): next()",
  "return tick('a', 2): 2",
  'print main program: "done 2\\n"',
  'return main program',
];
