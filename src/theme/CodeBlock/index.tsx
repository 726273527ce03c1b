import BrowserOnly from '@docusaurus/BrowserOnly';
import type { Props } from '@theme/CodeBlock';
import StringContent from '@theme/CodeBlock/Content/String';
import InitialCodeBlock from '@theme-init/CodeBlock';
import { lazy, Suspense, type ReactNode } from 'react';

import { HighlightedHtmlContext } from './highlightedHtmlContext';

// theme-live-codeblock's CodeBlock imports react-live and sucrase statically, so every page with
// any code block would load them. Only ```jsx live demos need them: load the playground lazily
// for those and give every other block the plain classic CodeBlock.
const LivePlaygroundCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

type CodeBlockProps = Props & {
  live?: boolean;
  /** The code's lines highlighted at build time (src/remark/staticCodeBlocks). */
  highlightedHtml?: string;
};

function isReactLiveDemo(props: CodeBlockProps): boolean {
  return Boolean(props.live) && (props.children === undefined || typeof props.children === 'string');
}

export default function CodeBlockWrapper(props: CodeBlockProps): ReactNode {
  const { highlightedHtml, ...codeBlockProps } = props;
  if (highlightedHtml !== undefined && typeof props.children === 'string') {
    // The theme's own layout, title and buttons around lines highlighted at build time. The
    // theme's CodeBlock is skipped on purpose: it remounts its content once hydrated, to
    // re-highlight for the reader's colour mode, which these lines already carry.
    return (
      <HighlightedHtmlContext.Provider value={highlightedHtml}>
        <StringContent {...codeBlockProps}>{props.children}</StringContent>
      </HighlightedHtmlContext.Provider>
    );
  }
  if (!isReactLiveDemo(codeBlockProps)) {
    return <InitialCodeBlock {...codeBlockProps} />;
  }
  const { live: _live, ...staticProps } = codeBlockProps;
  const placeholder = <InitialCodeBlock {...staticProps} />;
  return (
    <BrowserOnly fallback={placeholder}>
      {() => (
        <Suspense fallback={placeholder}>
          <LivePlaygroundCodeBlock {...codeBlockProps} />
        </Suspense>
      )}
    </BrowserOnly>
  );
}
