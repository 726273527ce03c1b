import { useCallback, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { hiddenKeywordMatches, queryWords, rankMatches } from '@site/src/data/glossary/filter';
import { glossaryEntries, glossaryEntriesById, type TermId } from '@site/src/data/glossary/terms';
import GlossaryCodeButtons, { type StaticCodeBlock } from '@site/src/components/GlossaryCodeButtons';
import { ENTRY_BODY_ATTRIBUTE } from '@site/src/components/GlossaryEntry/markers';
import GlossaryEntryList, { letterAnchor, letterGroups } from '@site/src/components/GlossaryEntryList';
import GlossaryFilter from '@site/src/components/GlossaryFilter';
import GlossaryLetters from '@site/src/components/GlossaryLetters';
import GlossaryMatchGroup from '@site/src/components/GlossaryMatchGroup';
import GlossaryNoMatch from '@site/src/components/GlossaryNoMatch';

import { GlossaryDomFilter, type FilteredView } from './domFilter';
import { useQueryInUrl } from './useQueryInUrl';
import styles from './styles.module.css';

const usedLetters: ReadonlySet<string> = new Set(letterGroups.map((group) => group.letter));

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The glossary page: the filter, the letter index and every entry. React draws the filter and the
 * result groups; the entries are static markup (GlossaryEntryList) that the filter moves and
 * highlights on the DOM (./domFilter), and links and code buttons inside them are handled here.
 */
export default function Glossary(): ReactNode {
  const [query, setQuery] = useQueryInUrl();
  const history = useHistory();
  const words = useMemo(() => queryWords(query), [query]);
  // null: no filter, the alphabetical list the server rendered.
  const matches = useMemo(() => (words.length === 0 ? null : rankMatches(glossaryEntries, words)), [words]);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const byNameRef = useRef<HTMLDivElement>(null);
  const inTextRef = useRef<HTMLDivElement>(null);
  const domFilter = useRef<GlossaryDomFilter | undefined>(undefined);
  // An entry to scroll to once the view that shows it is on the page.
  const scrollTarget = useRef<string | undefined>(undefined);
  // Until the view the address asks for (?q=) is on the page.
  const addressViewPending = useRef(true);
  const [codeBlocks, setCodeBlocks] = useState<readonly StaticCodeBlock[]>([]);
  const trimmedQuery = query.trim();

  useLayoutEffect(() => {
    if (!listRef.current) return;
    domFilter.current ??= new GlossaryDomFilter(listRef.current);
    const view: FilteredView | null = matches && {
      byName: matches.byName.map((entry) => entry.id),
      inText: matches.inText.map((entry) => entry.id),
      words,
      keywordNotes: new Map(
        [...matches.byName, ...matches.inText].map((entry) => [entry.id, hiddenKeywordMatches(entry, words)]),
      ),
    };
    domFilter.current.show(view, { byName: byNameRef.current, inText: inTextRef.current });
    // An address with both ?q= and #term: the browser scrolled to the unfiltered entry before the
    // filter applied, so scroll again once the filtered view is there.
    if (addressViewPending.current) {
      const addressQuery = new URLSearchParams(window.location.search).get('q');
      if (!addressQuery || matches) {
        addressViewPending.current = false;
        if (addressQuery && window.location.hash) scrollTarget.current = window.location.hash.slice(1);
      }
    }
    if (scrollTarget.current) {
      document.getElementById(decodeURIComponent(scrollTarget.current))?.scrollIntoView({ block: 'start' });
      scrollTarget.current = undefined;
    }
  }, [matches, words]);

  const goToFirstMatch = useCallback(() => {
    const first = matches ? (matches.byName[0] ?? matches.inText[0]) : glossaryEntries[0];
    const heading = first && document.getElementById(first.id);
    if (heading) {
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
  }, [matches]);

  // Links inside the static entries have no React handlers of their own.
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (event.defaultPrevented || !isPlainLeftClick(event) || !(event.target instanceof Element)) return;
      const link = event.target.closest('a[href]');
      if (!link?.closest(`[${ENTRY_BODY_ATTRIBUTE}]`)) return;
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        // While filtering, a "see also" target may not be listed: clear the filter and go there.
        if (!matches) return;
        event.preventDefault();
        scrollTarget.current = href.slice(1);
        setQuery('', { hash: href });
      } else if (href.startsWith('/')) {
        // A chapter link: navigate in the app, as @docusaurus/Link would, rather than reload.
        event.preventDefault();
        history.push(href);
      }
    },
    [history, matches, setQuery],
  );

  // The theme's code block buttons for a static block, once the reader's pointer or focus reaches it.
  const addCodeButtons = useCallback((target: EventTarget) => {
    if (!(target instanceof Element)) return;
    const pre = target.closest('.theme-code-block')?.querySelector('pre');
    const entryId = target.closest(`[${ENTRY_BODY_ATTRIBUTE}]`)?.getAttribute(ENTRY_BODY_ATTRIBUTE);
    // A block drawn by React (after a client-side navigation) has its buttons already.
    if (!pre || !entryId || pre.parentElement?.querySelector('button')) return;
    const snippet = glossaryEntriesById.get(entryId as TermId)?.snippet;
    const language = pre.classList.contains('language-python') ? 'python' : 'ts';
    const code = language === 'python' ? snippet?.python : snippet?.typescript;
    if (code === undefined) return;
    setCodeBlocks((blocks) =>
      blocks.some((block) => block.pre === pre) ? blocks : [...blocks, { pre, code, language }],
    );
  }, []);

  return (
    <div
      className={styles.glossary}
      data-component="glossary"
      onClick={onClick}
      onPointerOver={(event) => addCodeButtons(event.target)}
      onFocus={(event) => addCodeButtons(event.target)}>
      <GlossaryFilter
        query={query}
        words={words}
        matches={matches}
        total={glossaryEntries.length}
        onQueryChange={setQuery}
        onGoToFirstMatch={goToFirstMatch}
        inputRef={inputRef}
      />
      {!matches && <GlossaryLetters usedLetters={usedLetters} anchorOf={letterAnchor} />}
      {matches && matches.byName.length + matches.inText.length === 0 && (
        <GlossaryNoMatch
          query={trimmedQuery}
          onClear={() => {
            setQuery('');
            inputRef.current?.focus();
          }}
        />
      )}
      {/* Filtered views exist only in the browser; the server renders the full alphabetical list. */}
      {matches && matches.byName.length > 0 && (
        <GlossaryMatchGroup title={`Terms named “${trimmedQuery}”`} listRef={byNameRef} />
      )}
      {matches && matches.inText.length > 0 && (
        <GlossaryMatchGroup
          title={`${matches.byName.length > 0 ? 'Also mentioned in' : 'Mentioned in'} ${matches.inText.length} ${
            matches.inText.length === 1 ? 'entry' : 'entries'
          }`}
          listRef={inTextRef}
        />
      )}
      <GlossaryEntryList ref={listRef} />
      <GlossaryCodeButtons blocks={codeBlocks} />
    </div>
  );
}
