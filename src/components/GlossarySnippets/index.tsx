import type { ReactNode } from 'react';
import { useThemeConfig } from '@docusaurus/theme-common';
import CodeBlock from '@theme/CodeBlock';
import type { PrismTheme } from 'prism-react-renderer';

import styles from './styles.module.css';

type SnippetLanguage = 'python' | 'typescript';
type Highlighter = typeof import('@site/src/remark/highlight').highlightLinesToHtml;

// Only the server bundle highlights: the HTML carries the lines, and the browser's bundle neither
// ships Prism for them nor draws them again (the entries are not hydrated, src/components/GlossaryEntryList).
// A glossary drawn in the browser, after a client-side navigation, highlights with the theme's
// Prism on demand. A require in a branch the bundler folds away keeps the module out of the browser's bundle.
const highlightLines: Highlighter | undefined = __SERVER_BUNDLE__
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('@site/src/remark/highlight') as typeof import('@site/src/remark/highlight')).highlightLinesToHtml
  : undefined;

function Snippet({ code, language, title }: { code: string; language: SnippetLanguage; title: string }): ReactNode {
  const { prism } = useThemeConfig();
  const themes = { light: prism.theme as PrismTheme, dark: (prism.darkTheme ?? prism.theme) as PrismTheme };
  const highlightedHtml = highlightLines?.(code, language, themes, { lineNumbers: false });
  return (
    <CodeBlock language={language === 'python' ? 'python' : 'ts'} title={title} {...{ highlightedHtml }}>
      {code}
    </CodeBlock>
  );
}

/** An entry's small example in each language it has one for. */
export default function GlossarySnippets({ python, typescript }: { python?: string; typescript?: string }): ReactNode {
  return (
    <div className={styles.snippets}>
      {python && <Snippet code={python} language="python" title="Python" />}
      {typescript && <Snippet code={typescript} language="typescript" title="TypeScript" />}
    </div>
  );
}
