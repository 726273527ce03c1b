import type { ReactNode } from 'react';

import styles from './styles.module.css';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** The A–Z index: a link for each letter that has terms, a greyed letter for the others. */
export default function GlossaryLetters({
  usedLetters,
  anchorOf,
}: {
  usedLetters: ReadonlySet<string>;
  anchorOf: (letter: string) => string;
}): ReactNode {
  return (
    <nav aria-label="Glossary letters" className={styles.letters}>
      <ul>
        {ALPHABET.map((letter) => (
          <li key={letter}>
            {usedLetters.has(letter) ? (
              <a href={`#${anchorOf(letter)}`}>{letter}</a>
            ) : (
              <span aria-disabled="true" className={styles.letterDisabled}>
                {letter}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
