import { memo, useState, type ReactNode, type Ref } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import { glossaryEntries, indexLetter, type GlossaryEntry as Entry } from '@site/src/data/glossary/terms';
import GlossaryEntry from '@site/src/components/GlossaryEntry';

import styles from './styles.module.css';

export interface LetterGroup {
  letter: string;
  entries: Entry[];
}

export const letterGroups: readonly LetterGroup[] = (() => {
  const groups = new Map<string, Entry[]>();
  for (const entry of glossaryEntries) {
    const letter = indexLetter(entry.name);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, entries]) => ({ letter, entries }));
})();

export function letterAnchor(letter: string): string {
  return `letter-${letter.toLowerCase()}`;
}

const LIST_ATTRIBUTE = 'data-glossary-entries';
// An empty inner HTML for hydration: React leaves an element's server-rendered content alone when
// the element sets dangerouslySetInnerHTML, and with the same string on every render never writes it.
const SERVER_HTML = { __html: '' };

/**
 * True when this render hydrates the page's HTML, which holds the list already. False on the server
 * and when a client-side navigation (or `docusaurus start`, which renders no HTML) mounts the page.
 * Read once: the answer must not change when hydration ends.
 */
function useServerRenderedList(): boolean {
  const isBrowser = useIsBrowser();
  const [hydrating] = useState(
    () => !isBrowser && typeof document !== 'undefined' && document.querySelector(`[${LIST_ATTRIBUTE}] > *`) !== null,
  );
  return hydrating;
}

/**
 * Every entry under its letter, as static markup: the server renders it into the HTML, and the
 * browser keeps that HTML without hydrating it (thousands of elements with nothing of React's to do).
 * The glossary's filter moves and highlights these nodes itself. Memoised with no props that
 * change, so React never touches the list after drawing it.
 */
const GlossaryEntryList = memo(function GlossaryEntryList({ ref }: { ref: Ref<HTMLDivElement> }): ReactNode {
  const keepServerHtml = useServerRenderedList();
  if (keepServerHtml) {
    return (
      <div ref={ref} {...{ [LIST_ATTRIBUTE]: '' }} dangerouslySetInnerHTML={SERVER_HTML} suppressHydrationWarning />
    );
  }
  return (
    <div ref={ref} {...{ [LIST_ATTRIBUTE]: '' }}>
      {letterGroups.map(({ letter, entries }) => (
        <section key={letter} aria-labelledby={letterAnchor(letter)}>
          <Heading as="h2" id={letterAnchor(letter)} className={styles.letterHeading}>
            {letter}
          </Heading>
          {entries.map((entry) => (
            <GlossaryEntry key={entry.id} entry={entry} />
          ))}
        </section>
      ))}
    </div>
  );
});

export default GlossaryEntryList;
