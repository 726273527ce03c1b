/**
 * The attributes the glossary's filter finds an entry's parts by (src/components/Glossary/domFilter.ts).
 * The entries are static markup in the page's HTML, not React state, so the filter works on the DOM.
 */

/** On an entry's h3 and on the body that follows it; the value is the entry's id. */
export const ENTRY_HEADING_ATTRIBUTE = 'data-entry-heading';
export const ENTRY_BODY_ATTRIBUTE = 'data-entry-body';
/** The empty "Related to …" line, filled when a filter word matches only a hidden keyword. */
export const KEYWORD_NOTE_ATTRIBUTE = 'data-keyword-note';
/** Text the filter highlights its words in: names, aliases, the definition, API names, notes. */
export const FILTER_TEXT_ATTRIBUTE = 'data-filter-text';
export const FILTER_TEXT = { [FILTER_TEXT_ATTRIBUTE]: '' };
