/**
 * The glossary against the chapters: every <Term id> in the docs exists, and every entry's
 * "introduced in" link points at a chapter file and heading anchor that exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { isTermId } from '@site/src/data/glossary/summaries';
import { glossaryEntries } from '@site/src/data/glossary/terms';

const ROOT = join(__dirname, '..', '..');
// docs/ is the whole course: the other editions are generated from it (scripts/editions.mjs).
const docTrees = [join(ROOT, 'docs')];

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Lines outside fenced code blocks, so examples that mention `<Term` do not count. */
function proseLines(source: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of source.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence === undefined) lines.push(line);
  }
  return lines;
}

/** Explicit heading ids, `## Title {#anchor}`, mapped to the heading text. */
function headingAnchors(source: string): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const line of proseLines(source)) {
    const match = /^#{1,6}\s+(.*?)\s*\{#([^}\s]+)\}\s*$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) anchors.set(match[2], match[1]);
  }
  return anchors;
}

describe.each(docTrees.map((tree) => [relative(ROOT, tree), tree]))('%s', (_name, tree) => {
  it('uses only glossary ids that exist in <Term id>', () => {
    const unknown: string[] = [];
    for (const file of mdxFiles(tree)) {
      const prose = proseLines(readFileSync(file, 'utf8')).join('\n');
      for (const match of prose.matchAll(
        /<Term\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g,
      )) {
        const id = match[1] ?? match[2] ?? match[3] ?? '';
        if (!isTermId(id)) unknown.push(`${relative(ROOT, file)}: <Term id="${id}">`);
      }
      // A <Term> whose id is not a literal cannot be checked here; keep them literal.
      for (const match of prose.matchAll(/<Term\b(?![^>]*\bid\s*=\s*(?:"|'|\{\s*["'`]))[^>]*>/g)) {
        unknown.push(`${relative(ROOT, file)}: ${match[0]} has no literal id`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('has the chapter file and heading anchor every "introduced in" link points to', () => {
    const problems: string[] = [];
    const anchorsByFile = new Map<string, Map<string, string> | undefined>();
    for (const entry of glossaryEntries) {
      const { doc, anchor, section } = entry.introducedIn;
      if (!anchorsByFile.has(doc)) {
        const path = join(tree, doc);
        anchorsByFile.set(doc, existsSync(path) ? headingAnchors(readFileSync(path, 'utf8')) : undefined);
      }
      const anchors = anchorsByFile.get(doc);
      if (anchors === undefined) {
        problems.push(`${entry.id}: ${doc} does not exist`);
      } else if (!anchors.has(anchor)) {
        problems.push(`${entry.id}: ${doc} has no heading {#${anchor}}`);
      } else if (anchors.get(anchor) !== section) {
        problems.push(
          `${entry.id}: the label "${section}" should match the heading "${anchors.get(anchor)}" in ${doc}#${anchor}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
