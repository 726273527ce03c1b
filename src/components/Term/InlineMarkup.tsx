import type { ReactNode } from 'react';

/**
 * Renders glossary text: `backticked` runs become <code>, and every occurrence of any of the
 * (lower-case) `highlight` words becomes <mark>. Shared by the tooltip, the glossary page and the
 * cheat sheet, so it stays tiny.
 */
export default function InlineMarkup({
  text,
  highlight = [],
}: {
  text: string;
  highlight?: readonly string[];
}): ReactNode {
  // Odd-numbered pieces were inside backticks.
  return text.split('`').map((piece, index) => {
    const content = <Highlighted text={piece} words={highlight} />;
    return index % 2 === 1 ? <code key={index}>{content}</code> : <span key={index}>{content}</span>;
  });
}

function Highlighted({ text, words }: { text: string; words: readonly string[] }): ReactNode {
  const ranges = matchRanges(text, words);
  if (ranges.length === 0) {
    return text;
  }
  const parts: ReactNode[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) {
      parts.push(text.slice(position, start));
    }
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    position = end;
  }
  if (position < text.length) {
    parts.push(text.slice(position));
  }
  return parts;
}

/** Sorted, merged [start, end) ranges where any of `words` occurs in `text`, ignoring case. */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const found: Array<[number, number]> = [];
  for (const word of words) {
    if (!word) {
      continue;
    }
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
      found.push([at, at + word.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) {
      last[1] = Math.max(last[1], range[1]);
    } else {
      merged.push([range[0], range[1]]);
    }
  }
  return merged;
}
