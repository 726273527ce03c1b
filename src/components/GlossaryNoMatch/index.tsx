import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';

import styles from './styles.module.css';

/** What the glossary shows when the filter matches nothing: a way on to the full-text search, or back. */
export default function GlossaryNoMatch({ query, onClear }: { query: string; onClear: () => void }): ReactNode {
  return (
    <div className={styles.noMatch}>
      <p>
        No glossary term matches <strong>“{query}”</strong>.
      </p>
      <p>
        <Link to={`/search?${new URLSearchParams({ q: query }).toString()}`}>
          Search the whole tutorial for “{query}”
        </Link>{' '}
        or{' '}
        <button type="button" className={styles.clearButton} onClick={onClear}>
          clear the filter
        </button>
        .
      </p>
    </div>
  );
}
