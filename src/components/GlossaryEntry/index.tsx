import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import { termSummaries } from '@site/src/data/glossary/summaries';
import type { GlossaryEntry as Entry } from '@site/src/data/glossary/terms';
import GlossaryChapterLink from '@site/src/components/GlossaryChapterLink';
import GlossaryLanguageForm from '@site/src/components/GlossaryLanguageForm';
import GlossarySnippets from '@site/src/components/GlossarySnippets';
import InlineMarkup from '@site/src/components/Term/InlineMarkup';

import { ENTRY_BODY_ATTRIBUTE, ENTRY_HEADING_ATTRIBUTE, FILTER_TEXT, KEYWORD_NOTE_ATTRIBUTE } from './markers';
import styles from './styles.module.css';

/**
 * One term: its h3 and the body that follows as a sibling. The search plugin indexes everything
 * between one h3 and the next as that heading's section, so the two must stay flat siblings.
 * Drawn once, unfiltered: the filter highlights and moves these nodes (src/components/Glossary).
 */
export default function GlossaryEntry({ entry }: { entry: Entry }): ReactNode {
  return (
    <>
      <Heading
        as="h3"
        id={entry.id}
        tabIndex={-1}
        className={styles.termHeading}
        {...{ [ENTRY_HEADING_ATTRIBUTE]: entry.id }}>
        <span {...FILTER_TEXT}>
          <InlineMarkup text={entry.name} />
        </span>
      </Heading>
      <div className={styles.entry} {...{ [ENTRY_BODY_ATTRIBUTE]: entry.id }}>
        {entry.aliases.length > 0 && (
          <p className={styles.aliases}>
            Also called{' '}
            {entry.aliases.map((alias, index) => (
              <span key={alias}>
                {index > 0 && ', '}
                <span {...FILTER_TEXT}>
                  <InlineMarkup text={alias} />
                </span>
              </span>
            ))}
          </p>
        )}
        <p className={styles.definition} {...FILTER_TEXT}>
          <InlineMarkup text={entry.definition} />
        </p>
        {entry.keywords && <p className={styles.keywordNote} hidden {...{ [KEYWORD_NOTE_ATTRIBUTE]: '' }} />}
        <dl className={styles.forms}>
          <GlossaryLanguageForm language="Python" form={entry.python} />
          <GlossaryLanguageForm language="TypeScript" form={entry.typescript} />
        </dl>
        {entry.snippet && <GlossarySnippets python={entry.snippet.python} typescript={entry.snippet.typescript} />}
        <p className={styles.related}>
          <span className={styles.relatedLabel}>See also</span>{' '}
          {entry.seeAlso.map((id, index) => (
            <span key={id}>
              {index > 0 && ' · '}
              {/* A plain anchor: the glossary's own click handler clears a filter that hides the target. */}
              <a href={`#${id}`}>
                <InlineMarkup text={termSummaries[id].name} />
              </a>
            </span>
          ))}
        </p>
        <p className={styles.related}>
          <span className={styles.relatedLabel}>Introduced in</span>{' '}
          <GlossaryChapterLink section={entry.introducedIn} />
        </p>
      </div>
    </>
  );
}
