import clsx from 'clsx';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

interface StaticCodeProps {
  code: string;
  /** The code highlighted at build time (src/remark/highlight.ts), when it is the original. */
  highlightedHtml?: string | undefined;
}

/**
 * The example as ordinary highlighted code: what the server renders and what the reader sees until
 * they start editing. The highlighting is done at build time and carries both colour modes, so
 * hydration has nothing to do inside it and a dark-mode reader needs no second render. Code that
 * did not come from the page (a shared link) shows as plain text until the editor has loaded.
 */
export default function StaticCode({ code, highlightedHtml }: StaticCodeProps): ReactNode {
  if (highlightedHtml !== undefined) {
    return (
      <pre
        className={clsx('static-code', 'build-time-highlighted', styles.staticCode)}
        dangerouslySetInnerHTML={{ __html: highlightedHtml }}
      />
    );
  }
  return (
    <pre className={clsx('static-code', styles.staticCode)}>
      <code>
        {code
          .replace(/\n$/, '')
          .split('\n')
          .map((line, index) => (
            <span key={index} className="line">
              <span className="line-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{`${line}\n`}</span>
            </span>
          ))}
      </code>
    </pre>
  );
}
