import BrowserOnly from '@docusaurus/BrowserOnly';
import type { Props } from '@theme/CodeBlock';
import StringContent from '@theme/CodeBlock/Content/String';
import InitialCodeBlock from '@theme-init/CodeBlock';
import { useNearViewport } from '@site/src/hooks/useNearViewport';
import { lazy, Suspense, useRef, type ReactNode } from 'react';

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
  return <LiveDemo {...codeBlockProps} />;
}

/**
 * A ```jsx live demo: the plain code block until it comes near the viewport, then the playground.
 * Mounting the playground (its editor, highlighting and first render) took about 1.7 s of a
 * phone's main thread under Lighthouse (4× CPU) when it ran right after hydration.
 */
function LiveDemo(props: CodeBlockProps): ReactNode {
  const { live: _live, ...staticProps } = props;
  const slot = useRef<HTMLDivElement>(null);
  const near = useNearViewport(slot);
  const placeholder = <InitialCodeBlock {...staticProps} />;
  return (
    <div ref={slot} data-live-demo={near ? 'live' : 'waiting'}>
      {near ? (
        <BrowserOnly fallback={placeholder}>
          {() => (
            <Suspense fallback={placeholder}>
              <LivePlaygroundCodeBlock {...props} />
            </Suspense>
          )}
        </BrowserOnly>
      ) : (
        placeholder
      )}
    </div>
  );
}
