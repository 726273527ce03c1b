import clsx from 'clsx';
import type { ReactNode } from 'react';

import type { LiveCodeProps } from '.';
import StaticCode from './StaticCode';
import styles from './styles.module.css';
import { Toolbar } from './Toolbar';

/** A program this edition's Python cannot run (min=/max= on its fence): shown, with where it runs. */
export default function CodeForAnotherPython({
  language,
  code,
  title,
  highlightedHtml,
  notRunnableHere,
}: LiveCodeProps): ReactNode {
  return (
    <section
      className={clsx('live-code', styles.liveCode)}
      aria-label={title ? `Python example: ${title}` : 'Python example'}
      data-language={language}>
      <Toolbar title={title ?? 'Python'} />
      <StaticCode code={code} language={language} original highlightedHtml={highlightedHtml} />
      <p className={styles.notice}>{notRunnableHere}</p>
    </section>
  );
}
