import { useId, type ReactNode, type Ref } from 'react';
import type { RankedMatches } from '@site/src/data/glossary/filter';
import InlineMarkup from '@site/src/components/Term/InlineMarkup';

import styles from './styles.module.css';

// Names listed in the sticky filter box; more would push the entries off screen.
const QUICK_LIST_LENGTH = 10;

export interface GlossaryFilterProps {
  query: string;
  words: readonly string[];
  /** null: no filter. */
  matches: RankedMatches | null;
  total: number;
  onQueryChange: (query: string) => void;
  onGoToFirstMatch: () => void;
  inputRef: Ref<HTMLInputElement>;
}

/** The sticky filter box: the input, what it found, and the names that match as links. */
export default function GlossaryFilter({
  query,
  words,
  matches,
  total,
  onQueryChange,
  onGoToFirstMatch,
  inputRef,
}: GlossaryFilterProps): ReactNode {
  const inputId = useId();
  const statusId = useId();
  const matchCount = matches ? matches.byName.length + matches.inText.length : total;
  const status = matches
    ? `${matchCount} of ${total} terms match “${query.trim()}”: ` +
      `${matches.byName.length} by name, ${matches.inText.length} in their text.`
    : `${total} terms.`;
  return (
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
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            onQueryChange('');
          } else if (event.key === 'Enter') {
            event.preventDefault();
            onGoToFirstMatch();
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
  );
}
