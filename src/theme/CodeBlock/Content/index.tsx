import { useThemeConfig } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useContext, useEffect, useState, type CSSProperties, type ReactNode } from 'react';

import { HighlightedHtmlContext } from '../highlightedHtmlContext';
import styles from './styles.module.css';

// The theme's Content highlights with Prism on the page. It is loaded only for blocks the build
// did not highlight (code from React components, languages the build leaves alone). Not with
// React.lazy: the theme's word-wrap button measures the <pre> as soon as it mounts, so a <pre>
// must be there from the start, the plain one until Prism has loaded.
let PrismContent: ((props: Props) => ReactNode) | undefined;
let prismContentLoading: Promise<void> | undefined;
function loadPrismContent(): Promise<void> {
  prismContentLoading ??= import('./prismContent').then(
    (module) => {
      PrismContent = module.default;
    },
    (error: unknown) => {
      // Tried again by the next block that needs it; this one stays plain.
      prismContentLoading = undefined;
      throw error;
    },
  );
  return prismContentLoading;
}

/** Both themes' plain colours, which build-time highlighted lines fall back to (src/css/build-time-highlighting.css). */
function usePlainColours(): CSSProperties {
  const { prism } = useThemeConfig();
  const light = prism.theme.plain;
  const dark = (prism.darkTheme ?? prism.theme).plain;
  return {
    '--lp-c': light.color,
    '--lp-bg': light.backgroundColor,
    '--dp-c': dark.color,
    '--dp-bg': dark.backgroundColor,
  } as CSSProperties;
}

function BuildTimeHighlightedContent({ html, className }: { html: string; className?: string }): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      // Focusable as the theme's are, so keyboard readers can scroll long lines.
      tabIndex={0}
      className={clsx(
        className,
        'prism-code',
        `language-${metadata.language}`,
        'build-time-highlighted',
        styles.codeBlock,
        'thin-scrollbar',
      )}
      style={usePlainColours()}>
      <code className={styles.codeBlockLines} dangerouslySetInnerHTML={{ __html: html }} />
    </pre>
  );
}

/** The code unhighlighted: in the server HTML and until Prism has loaded. */
function PlainContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  return (
    <pre ref={wordWrap.codeBlockRef} tabIndex={0} className={clsx(className, styles.codeBlock, 'thin-scrollbar')}>
      <code className={styles.codeBlockLines}>{metadata.code}</code>
    </pre>
  );
}

function PrismHighlightedContent(props: Props): ReactNode {
  // Plain while hydrating, as the server drew it; highlighted from the next render on.
  const isBrowser = useIsBrowser();
  const [, setLoaded] = useState(PrismContent !== undefined);
  useEffect(() => {
    if (PrismContent === undefined) {
      loadPrismContent()
        .then(() => setLoaded(true))
        .catch(() => undefined);
    }
  }, []);
  return isBrowser && PrismContent ? <PrismContent {...props} /> : <PlainContent {...props} />;
}

export default function CodeBlockContentWrapper(props: Props): ReactNode {
  const highlightedHtml = useContext(HighlightedHtmlContext);
  if (highlightedHtml !== undefined) {
    return <BuildTimeHighlightedContent html={highlightedHtml} className={props.className} />;
  }
  return <PrismHighlightedContent {...props} />;
}
