import useIsBrowser from '@docusaurus/useIsBrowser';
import { usePrismTheme } from '@docusaurus/theme-common';
import { Highlight } from 'prism-react-renderer';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/**
 * The example as ordinary highlighted code: what the server renders and what the reader sees until
 * they start editing. Same Prism theme as every other code block on the site.
 */
export default function StaticCode({ code, language }: { code: string; language: 'python' | 'typescript' }): ReactNode {
  const theme = usePrismTheme();
  // The server renders the light theme; hydration keeps server attributes, so re-render once in
  // the browser to pick up the reader's colour mode (as the theme's own CodeBlock does).
  const isBrowser = useIsBrowser();
  return (
    <Highlight
      key={String(isBrowser)}
      code={code.replace(/\n$/, '')}
      language={language === 'python' ? 'python' : 'tsx'}
      theme={theme}>
      {({ className, style, tokens, getLineProps, getTokenProps }) => (
        <pre className={`${className} ${styles.staticCode}`} style={style}>
          <code>
            {tokens.map((line, lineIndex) => (
              <span key={lineIndex} {...getLineProps({ line })} className={styles.staticLine}>
                <span className={styles.lineNumber} aria-hidden="true">
                  {lineIndex + 1}
                </span>
                <span>
                  {line.map((token, tokenIndex) => (
                    <span key={tokenIndex} {...getTokenProps({ token })} />
                  ))}
                  {'\n'}
                </span>
              </span>
            ))}
          </code>
        </pre>
      )}
    </Highlight>
  );
}
