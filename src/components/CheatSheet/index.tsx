import { Fragment, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { chapterTitles } from '@site/src/data/glossary/chapters';
import { chapterNumber, glossaryEntries, type GlossaryEntry, type LanguageForm } from '@site/src/data/glossary/terms';
import InlineMarkup from '@site/src/components/Term/InlineMarkup';
import { useGlossaryPath } from '@site/src/components/Term/links';

import styles from './styles.module.css';

interface ChapterRows {
  chapter: number;
  entries: GlossaryEntry[];
}

// Rows follow the tutorial: by the chapter that introduces each term, alphabetical within it.
const rowsByChapter: ChapterRows[] = (() => {
  const chapters = new Map<number, GlossaryEntry[]>();
  for (const entry of glossaryEntries) {
    const chapter = chapterNumber(entry.introducedIn.doc) ?? 0;
    chapters.set(chapter, [...(chapters.get(chapter) ?? []), entry]);
  }
  return [...chapters].sort(([a], [b]) => a - b).map(([chapter, entries]) => ({ chapter, entries }));
})();

// The glossary lists every form; a cheat sheet keeps the most used few.
const FORMS_PER_CELL = 3;

/** The Python ↔ TypeScript cheat sheet: one table, generated from the glossary data. */
export default function CheatSheet(): ReactNode {
  const glossaryPath = useGlossaryPath();
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div
      className={styles.wrapper}
      data-component="cheat-sheet"
      role="region"
      aria-label="Python and TypeScript names, side by side"
      tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          Every glossary term with its Python and TypeScript spelling, in the order the chapters introduce them.
          “Closest” marks an honest lack of a direct counterpart.
        </caption>
        <thead>
          <tr>
            <th scope="col">Idea</th>
            <th scope="col">Python</th>
            <th scope="col">TypeScript</th>
          </tr>
        </thead>
        {rowsByChapter.map(({ chapter, entries }) => (
          <tbody key={chapter}>
            <tr className={styles.chapterRow}>
              <th scope="colgroup" colSpan={3}>
                Chapter {chapter}: {chapterTitles[chapter] ?? ''}
              </th>
            </tr>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" className={styles.idea}>
                  <Link to={`${glossaryPath}#${entry.id}`}>
                    <InlineMarkup text={entry.name} />
                  </Link>
                </th>
                <td>
                  <FormCell form={entry.python} />
                </td>
                <td>
                  <FormCell form={entry.typescript} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function FormCell({ form }: { form: LanguageForm }): ReactNode {
  return (
    <>
      {form.match === 'closest' && <span className={styles.closest}>Closest: </span>}
      {form.forms.slice(0, FORMS_PER_CELL).map((code, index) => (
        <Fragment key={code}>
          {index > 0 && <br />}
          <code>{code}</code>
        </Fragment>
      ))}
      {form.match === 'closest' && (
        <span className={styles.note}>
          <InlineMarkup text={form.note} />
        </span>
      )}
    </>
  );
}
