/**
 * The glossary filter's view, applied to the entries' markup. The entries are in the page's HTML and
 * not hydrated (src/components/GlossaryEntryList), so filtering moves the matching entries' nodes into
 * the result groups, highlights the words in them, and puts everything back when the filter clears.
 */
import { matchRanges } from '@site/src/components/Term/InlineMarkup';
import {
  ENTRY_BODY_ATTRIBUTE,
  ENTRY_HEADING_ATTRIBUTE,
  FILTER_TEXT_ATTRIBUTE,
  KEYWORD_NOTE_ATTRIBUTE,
} from '@site/src/components/GlossaryEntry/markers';
import { plainText } from '@site/src/data/glossary/terms';

const MARK_ATTRIBUTE = 'data-filter-mark';

export interface FilteredView {
  /** Entry ids in the order shown, in each group. */
  byName: readonly string[];
  inText: readonly string[];
  /** Lower-case filter words to highlight. */
  words: readonly string[];
  /** For entries a word finds only through a keyword the entry does not show: those keywords. */
  keywordNotes: ReadonlyMap<string, readonly string[]>;
}

export interface ResultGroups {
  byName: HTMLElement | null;
  inText: HTMLElement | null;
}

interface EntryNodes {
  heading: HTMLElement;
  body: HTMLElement;
}

/** Wraps every occurrence of the words in the text under `root` in <mark>. */
function highlight(root: Element, words: readonly string[]): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const content = text.data;
    const ranges = matchRanges(content, words);
    if (ranges.length === 0) continue;
    const pieces = root.ownerDocument.createDocumentFragment();
    let position = 0;
    for (const [start, end] of ranges) {
      if (start > position) pieces.append(content.slice(position, start));
      const mark = root.ownerDocument.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, '');
      mark.textContent = content.slice(start, end);
      pieces.append(mark);
      position = end;
    }
    if (position < content.length) pieces.append(content.slice(position));
    text.replaceWith(pieces);
  }
}

function removeHighlights(root: Element): void {
  for (const mark of root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)) {
    const parent = mark.parentNode;
    mark.replaceWith(mark.textContent ?? '');
    parent?.normalize();
  }
}

export class GlossaryDomFilter {
  private readonly list: HTMLElement;
  /** Each letter section with the nodes it held as drawn, to put back when the filter clears. */
  private readonly sections: ReadonlyArray<{ section: Element; nodes: Node[] }>;
  private readonly entries = new Map<string, EntryNodes>();
  /** Entries changed by the current view: highlighted or given a keyword note. */
  private touched = new Set<EntryNodes>();
  private filtered = false;

  constructor(list: HTMLElement) {
    this.list = list;
    this.sections = [...list.children].map((section) => ({ section, nodes: [...section.childNodes] }));
    for (const heading of list.querySelectorAll<HTMLElement>(`[${ENTRY_HEADING_ATTRIBUTE}]`)) {
      const id = heading.getAttribute(ENTRY_HEADING_ATTRIBUTE)!;
      const body = list.querySelector<HTMLElement>(`[${ENTRY_BODY_ATTRIBUTE}="${CSS.escape(id)}"]`);
      if (body) this.entries.set(id, { heading, body });
    }
  }

  /** Shows `view` in the result groups, or, with null, the full alphabetical list again. */
  show(view: FilteredView | null, groups: ResultGroups): void {
    for (const entry of this.touched) this.reset(entry);
    this.touched = new Set();
    if (view === null) {
      if (this.filtered) {
        for (const { section, nodes } of this.sections) section.replaceChildren(...nodes);
        this.list.replaceChildren(...this.sections.map(({ section }) => section));
        this.filtered = false;
      }
      return;
    }
    // Out of the document while filtering, so an entry that does not match is not on the page at all.
    this.list.replaceChildren();
    this.filtered = true;
    groups.byName?.replaceChildren(...this.place(view.byName, view));
    groups.inText?.replaceChildren(...this.place(view.inText, view));
  }

  private place(ids: readonly string[], view: FilteredView): Node[] {
    return ids.flatMap((id) => {
      const entry = this.entries.get(id);
      if (!entry) return [];
      for (const part of [entry.heading, entry.body]) {
        for (const text of part.querySelectorAll(`[${FILTER_TEXT_ATTRIBUTE}]`)) highlight(text, view.words);
      }
      const keywords = view.keywordNotes.get(id);
      const note = entry.body.querySelector<HTMLElement>(`[${KEYWORD_NOTE_ATTRIBUTE}]`);
      if (keywords && keywords.length > 0 && note) {
        note.textContent = `Related to ${keywords.map(plainText).join(', ')}`;
        highlight(note, view.words);
        note.hidden = false;
      }
      this.touched.add(entry);
      return [entry.heading, entry.body];
    });
  }

  private reset(entry: EntryNodes): void {
    removeHighlights(entry.heading);
    removeHighlights(entry.body);
    const note = entry.body.querySelector<HTMLElement>(`[${KEYWORD_NOTE_ATTRIBUTE}]`);
    if (note) {
      note.hidden = true;
      note.replaceChildren();
    }
  }
}
