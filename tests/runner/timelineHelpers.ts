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
