import BrowserOnly from '@docusaurus/BrowserOnly';
import type { Props } from '@theme/CodeBlock';
import InitialCodeBlock from '@theme-init/CodeBlock';
import prismIncludeLanguages from '@theme/prism-include-languages';
import { Prism } from 'prism-react-renderer';
import { lazy, Suspense, type ReactNode } from 'react';

// The theme's registration of `prism.additionalLanguages`, moved here from its client module so
// that pages rendering no MDX, such as the home page, never load Prism
// (src/plugins/deferPrismLanguages). Docs pages still do: the theme's MDX components import this.
prismIncludeLanguages(Prism as Parameters<typeof prismIncludeLanguages>[0]);

// theme-live-codeblock's CodeBlock imports react-live and sucrase statically, so every page with
// any code block would load them. Only ```jsx live demos need them: load the playground lazily
// for those and give every other block the plain classic CodeBlock.
const LivePlaygroundCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

type CodeBlockProps = Props & { live?: boolean };

function isReactLiveDemo(props: CodeBlockProps): boolean {
  return Boolean(props.live) && (props.children === undefined || typeof props.children === 'string');
}

export default function CodeBlockWrapper(props: CodeBlockProps): ReactNode {
  if (!isReactLiveDemo(props)) {
    return <InitialCodeBlock {...props} />;
  }
  const { live: _live, ...staticProps } = props;
  const placeholder = <InitialCodeBlock {...staticProps} />;
  return (
    <BrowserOnly fallback={placeholder}>
      {() => (
        <Suspense fallback={placeholder}>
          <LivePlaygroundCodeBlock {...props} />
        </Suspense>
      )}
    </BrowserOnly>
  );
}
