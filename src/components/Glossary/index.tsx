import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import { chapterTitles } from '@site/src/data/glossary/chapters';
import { hiddenKeywordMatches, queryWords, rankMatches } from '@site/src/data/glossary/filter';
import { termSummaries } from '@site/src/data/glossary/summaries';
import {
  chapterNumber,
  docIdFromFile,
  glossaryEntries,
  indexLetter,
  type ChapterSection,
  type GlossaryEntry,
  type LanguageForm,
  type TermId,
} from '@site/src/data/glossary/terms';
import InlineMarkup from '@site/src/components/Term/InlineMarkup';
import { useDocPaths } from '@site/src/components/Term/links';

import styles from './styles.module.css';

const QUERY_PARAM = 'q';
const URL_UPDATE_DELAY_MS = 250;
// Names listed in the sticky filter box; more would push the entries off screen.
const QUICK_LIST_LENGTH = 10;

interface LetterGroup {
  letter: string;
  entries: GlossaryEntry[];
}

const letterGroups: LetterGroup[] = (() => {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of glossaryEntries) {
    const letter = indexLetter(entry.name);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, entries]) => ({ letter, entries }));
})();

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

function letterAnchor(letter: string): string {
  return `letter-${letter.toLowerCase()}`;
}

function readQuery(search: string): string {
  return new URLSearchParams(search).get(QUERY_PARAM) ?? '';
}

/**
 * The filter text, mirrored in `?q=` so a filtered view can be shared. The server renders the
 * unfiltered list; the query is read after hydration, and again on back/forward navigation.
 * Docusaurus re-renders routes asynchronously, so the input keeps its own state rather than
 * following the router's location.
 */
function useQueryInUrl(): [string, (next: string, options?: { hash?: string }) => void] {
  const history = useHistory();
  const location = useLocation();
  const [query, setQueryState] = useState('');
  const pendingUrlUpdate = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    setQueryState(readQuery(window.location.search));
    // Back and forward restore the query of that entry. A POP that keeps the address's query is
    // an in-page anchor (a name in the match list): the typed query may not be in the address yet,
    // so reading it back would clear the filter under the reader.
    let addressSearch = window.location.search;
    return history.listen((next, action) => {
      if (action === 'POP' && next.search !== addressSearch) {
        // Back or forward wins over an address update still waiting for the typing to pause.
        clearTimeout(pendingUrlUpdate.current);
        setQueryState(readQuery(next.search));
      }
      addressSearch = next.search;
    });
  }, [history]);

  useEffect(() => () => clearTimeout(pendingUrlUpdate.current), []);

  const setQuery = useCallback(
    (next: string, options?: { hash?: string }) => {
      setQueryState(next);
      clearTimeout(pendingUrlUpdate.current);
      const search = next ? `?${new URLSearchParams({ [QUERY_PARAM]: next }).toString()}` : '';
      if (options?.hash !== undefined) {
        history.push({ pathname: location.pathname, search, hash: options.hash });
        return;
      }
      // Each router update re-renders the whole route, so the address follows typing after a pause.
      pendingUrlUpdate.current = setTimeout(
        () => history.replace({ pathname: location.pathname, search, hash: window.location.hash }),
        URL_UPDATE_DELAY_MS,
      );
    },
    [history, location.pathname],
  );
  return [query, setQuery];
}

export default function Glossary(): ReactNode {
  const [query, setQuery] = useQueryInUrl();
  const words = useMemo(() => queryWords(query), [query]);
  // null: no filter, the alphabetical list the server rendered.
  const matches = useMemo(() => (words.length === 0 ? null : rankMatches(glossaryEntries, words)), [words]);
  const inputId = useId();
  const statusId = useId();
  const nameMatchesId = useId();
  const textMatchesId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const trimmedQuery = query.trim();
  const filtering = matches !== null;

  // While filtering, a "see also" target may not be listed: clear the filter and go there.
  const followLink = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, id: TermId) => {
      if (!filtering || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      setQuery('', { hash: `#${id}` });
    },
    [filtering, setQuery],
  );

  const goToFirstMatch = useCallback(() => {
    const first = matches ? (matches.byName[0] ?? matches.inText[0]) : glossaryEntries[0];
    const heading = first && document.getElementById(first.id);
    if (heading) {
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
  }, [matches]);

  const matchCount = matches ? matches.byName.length + matches.inText.length : glossaryEntries.length;
  const status = matches
    ? `${matchCount} of ${glossaryEntries.length} terms match “${trimmedQuery}”: ` +
      `${matches.byName.length} by name, ${matches.inText.length} in their text.`
    : `${glossaryEntries.length} terms.`;

  const renderEntry = (entry: GlossaryEntry) => (
    <Entry key={entry.id} entry={entry} words={matches ? words : noWords} onFollowLink={followLink} />
  );

  return (
    <div className={styles.glossary} data-component="glossary">
      <div role="search" aria-label="Glossary filter" className={styles.filter}>
        <label htmlFor={inputId} className={styles.filterLabel}>
          Filter the glossary
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          className={styles.filterInput}
          value={query}
          placeholder="A term, an alias or any word: try “awai” or “Promise”"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={statusId}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            } else if (event.key === 'Enter') {
              event.preventDefault();
              goToFirstMatch();
            }
          }}
        />
        <p id={statusId} role="status" className={styles.status}>
          {status}
          {matches && matchCount > 0 && ' Enter jumps to the first, Escape clears the filter.'}
        </p>
        {matches && matches.byName.length > 0 && (
          <nav aria-label="Terms matching by name" className={styles.quickList}>
            <ul>
              {matches.byName.slice(0, QUICK_LIST_LENGTH).map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>
                    <InlineMarkup text={entry.name} highlight={words} />
                  </a>
                </li>
              ))}
              {matches.byName.length > QUICK_LIST_LENGTH && (
                <li className={styles.quickListMore}>and {matches.byName.length - QUICK_LIST_LENGTH} more below</li>
              )}
            </ul>
          </nav>
        )}
      </div>

      {!matches && (
        <nav aria-label="Glossary letters" className={styles.letters}>
          <ul>
            {ALPHABET.map((letter) => (
              <li key={letter}>
                {letterGroups.some((group) => group.letter === letter) ? (
                  <a href={`#${letterAnchor(letter)}`}>{letter}</a>
                ) : (
                  <span aria-disabled="true" className={styles.letterDisabled}>
                    {letter}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}

      {matches && matchCount === 0 && (
        <div className={styles.noMatch}>
          <p>
            No glossary term matches <strong>“{trimmedQuery}”</strong>.
          </p>
          <p>
            <Link to={`/search?${new URLSearchParams({ q: trimmedQuery }).toString()}`}>
              Search the whole tutorial for “{trimmedQuery}”
            </Link>{' '}
            or{' '}
            <button
              type="button"
              className={styles.clearButton}
              onClick={() => {
                setQuery('');
                inputRef.current?.focus();
              }}>
              clear the filter
            </button>
            .
          </p>
        </div>
      )}

      {/* Filtered views exist only in the browser; the server renders the full alphabetical list. */}
      {matches && matches.byName.length > 0 && (
        <section aria-labelledby={nameMatchesId}>
          <h2 id={nameMatchesId} className={styles.groupHeading}>
            Terms named “{trimmedQuery}”
          </h2>
          {matches.byName.map(renderEntry)}
        </section>
      )}
      {matches && matches.inText.length > 0 && (
        <section aria-labelledby={textMatchesId}>
          <h2 id={textMatchesId} className={styles.groupHeading}>
            {matches.byName.length > 0 ? 'Also mentioned in' : 'Mentioned in'} {matches.inText.length}{' '}
            {matches.inText.length === 1 ? 'entry' : 'entries'}
          </h2>
          {matches.inText.map(renderEntry)}
        </section>
      )}

      {!matches &&
        letterGroups.map(({ letter, entries }) => (
          <section key={letter} aria-labelledby={letterAnchor(letter)}>
            <Heading as="h2" id={letterAnchor(letter)} className={styles.groupHeading}>
              {letter}
            </Heading>
            {entries.map(renderEntry)}
          </section>
        ))}
    </div>
  );
}

const noWords: readonly string[] = [];

interface EntryProps {
  entry: GlossaryEntry;
  words: readonly string[];
  onFollowLink: (event: MouseEvent<HTMLAnchorElement>, id: TermId) => void;
}

/**
 * One term: its h3 and the body that follows as a sibling. The search plugin indexes everything
 * between one h3 and the next as that heading's section, so the two must stay flat siblings.
 */
const Entry = memo(function Entry({ entry, words, onFollowLink }: EntryProps): ReactNode {
  const keywordMatches = words.length > 0 ? hiddenKeywordMatches(entry, words) : [];
  return (
    <>
      <Heading as="h3" id={entry.id} tabIndex={-1} className={styles.termHeading}>
        <InlineMarkup text={entry.name} highlight={words} />
      </Heading>
      <div className={styles.entry}>
        {entry.aliases.length > 0 && (
          <p className={styles.aliases}>
            Also called{' '}
            {entry.aliases.map((alias, index) => (
              <span key={alias}>
                {index > 0 && ', '}
                <InlineMarkup text={alias} highlight={words} />
              </span>
            ))}
          </p>
        )}
        <p className={styles.definition}>
          <InlineMarkup text={entry.definition} highlight={words} />
        </p>
        {keywordMatches.length > 0 && (
          <p className={styles.keywordMatch}>
            Related to <InlineMarkup text={keywordMatches.join(', ')} highlight={words} />
          </p>
        )}
        <dl className={styles.forms}>
          <LanguageRow language="Python" form={entry.python} words={words} />
          <LanguageRow language="TypeScript" form={entry.typescript} words={words} />
        </dl>
        {entry.snippet && <Snippets python={entry.snippet.python} typescript={entry.snippet.typescript} />}
        <p className={styles.related}>
          <span className={styles.relatedLabel}>See also</span>{' '}
          {entry.seeAlso.map((id, index) => (
            <span key={id}>
              {index > 0 && ' · '}
              <Link to={`#${id}`} onClick={(event) => onFollowLink(event, id)}>
                <InlineMarkup text={termSummaries[id].name} />
              </Link>
            </span>
          ))}
        </p>
        <p className={styles.related}>
          <span className={styles.relatedLabel}>Introduced in</span> <ChapterLink section={entry.introducedIn} />
        </p>
      </div>
    </>
  );
});

function LanguageRow({ language, form, words }: { language: string; form: LanguageForm; words: readonly string[] }) {
  return (
    <div className={styles.formRow}>
      <dt>{language}</dt>
      <dd>
        {form.match === 'closest' && <span className={styles.noCounterpart}>No direct counterpart. Closest: </span>}
        <span className={styles.formList}>
          {form.forms.map((code, index) => (
            <span key={code}>
              {index > 0 && ' '}
              <code>
                <InlineMarkup text={code} highlight={words} />
              </code>
            </span>
          ))}
        </span>
        {form.note && (
          <span className={styles.formNote}>
            {' '}
            <InlineMarkup text={form.note} highlight={words} />
          </span>
        )}
      </dd>
    </div>
  );
}

// Memoised apart from the entry: highlighting re-renders entries on every keystroke, the code does not change.
const Snippets = memo(function Snippets({ python, typescript }: { python?: string; typescript?: string }) {
  return (
    <div className={styles.snippets}>
      {python && (
        <CodeBlock language="python" title="Python">
          {python}
        </CodeBlock>
      )}
      {typescript && (
        <CodeBlock language="ts" title="TypeScript">
          {typescript}
        </CodeBlock>
      )}
    </div>
  );
});

export function ChapterLink({ section }: { section: ChapterSection }): ReactNode {
  const docPath = useDocPaths()(docIdFromFile(section.doc));
  const chapter = chapterNumber(section.doc);
  const label = (
    <>
      {chapter !== undefined && `Chapter ${chapter}, ${chapterTitles[chapter] ?? ''}: `}
      <InlineMarkup text={section.section} />
    </>
  );
  // The unit tests guarantee the file and anchor exist; a missing doc here means a version of the
  // docs without that chapter, so show the label rather than a dead link.
  return docPath ? <Link to={`${docPath}#${section.anchor}`}>{label}</Link> : <span>{label}</span>;
}
