import type { ReactNode } from 'react';
import type { LanguageForm } from '@site/src/data/glossary/terms';
import InlineMarkup from '@site/src/components/Term/InlineMarkup';

import { FILTER_TEXT } from '@site/src/components/GlossaryEntry/markers';
import styles from './styles.module.css';

/** One row of an entry's "how each language spells it" list: the language, its forms and a note. */
export default function GlossaryLanguageForm({ language, form }: { language: string; form: LanguageForm }): ReactNode {
  return (
    <div className={styles.formRow}>
      <dt>{language}</dt>
      <dd>
        {form.match === 'closest' && <span className={styles.noCounterpart}>No direct counterpart. Closest: </span>}
        <span className={styles.formList}>
          {form.forms.map((code, index) => (
            <span key={code}>
              {index > 0 && ' '}
              <code {...FILTER_TEXT}>
                <InlineMarkup text={code} />
              </code>
            </span>
          ))}
        </span>
        {form.note && (
          <span className={styles.formNote} {...FILTER_TEXT}>
            {' '}
            <InlineMarkup text={form.note} />
          </span>
        )}
      </dd>
    </div>
  );
}
