import { useThemeConfig } from '@docusaurus/theme-common';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { Language } from '@site/src/runner/types';
import clsx from 'clsx';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

import styles from './styles.module.css';

interface StaticCodeProps {
  code: string;
  language: Language;
  /** Whether `code` is the example's own program, the one the build highlighted. */
  original: boolean;
  /** The build's highlighting (src/remark/highlight.ts): in the server bundle only. */
  highlightedHtml?: string | undefined;
}

// Each program's highlighted HTML once this page load has it, so that drawing it again (the
// placeholder while the editor loads, Reset) needs no highlighter. A hydrated example leaves its
// server-drawn element here instead: serialising a dozen programs' markup up front cost a phone
// 3 ms of hydration for HTML that most readers never ask for again.
const highlightedPrograms = new Map<string, string>();
const serverDrawnPrograms = new Map<string, HTMLPreElement>();

function cachedProgram(key: string): string | undefined {
  const element = serverDrawnPrograms.get(key);
  if (element) {
    // React leaves an unmounted element's children alone, so this is still the server's markup.
    highlightedPrograms.set(key, element.innerHTML);
    serverDrawnPrograms.delete(key);
  }
  return highlightedPrograms.get(key);
}

let highlighter: Promise<typeof import('@site/src/remark/highlight')> | undefined;
function loadHighlighter(): Promise<typeof import('@site/src/remark/highlight')> {
  // A failed load (the network) is tried again by the next example that needs it.
  highlighter ??= import('@site/src/remark/highlight').catch((error: unknown) => {
    highlighter = undefined;
    throw error;
  });
  return highlighter;
}

function PlainCode({ code }: { code: string }): ReactNode {
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

/**
 * The example's own program, highlighted at build time. The HTML string reaches the page only
 * inside the server's HTML: hydrating, this renders an empty `dangerouslySetInnerHTML`, which
 * React leaves alone, so the highlighted markup stays as the server drew it and is never parsed
 * again. Drawn in the browser instead (a page reached by client-side navigation), it shows the
 * plain program until a highlighter has loaded.
 */
function HighlightedProgram({ code, language, highlightedHtml }: Omit<StaticCodeProps, 'original'>): ReactNode {
  const key = `${language}\n${code}`;
  const hydrating = !useIsBrowser();
  const [html, setHtml] = useState<string | undefined>(
    () => highlightedHtml ?? cachedProgram(key) ?? (hydrating ? '' : undefined),
  );
  const { prism } = useThemeConfig();
  const preRef = useRef<HTMLPreElement>(null);
  useLayoutEffect(() => {
    if (html === '' && preRef.current?.hasChildNodes()) {
      serverDrawnPrograms.set(key, preRef.current);
      return undefined;
    }
    if (html) return undefined;
    // No highlighting at hand: drawn in the browser, or `docusaurus start`, which has no server.
    let mounted = true;
    loadHighlighter()
      .then(({ highlightToHtml }) => {
        const highlighted = highlightToHtml(code, language, {
          light: prism.theme,
          dark: prism.darkTheme ?? prism.theme,
        });
        highlightedPrograms.set(key, highlighted);
        if (mounted) setHtml(highlighted);
      })
      // The plain program stays on screen.
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
    // Decided once per mount: `code` and `language` are this mount's for good (see StaticCode).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (html === undefined) return <PlainCode code={code} />;
  return (
    <pre
      ref={preRef}
      className={clsx('static-code', 'build-time-highlighted', styles.staticCode)}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/**
 * The example as ordinary highlighted code: what the server renders and what the reader sees until
 * they start editing. The highlighting is done at build time and carries both colour modes, so
 * hydration has nothing to do inside it and a dark-mode reader needs no second render. Code that
 * did not come from the page (a shared link) shows as plain text.
 */
export default function StaticCode({ code, language, original, highlightedHtml }: StaticCodeProps): ReactNode {
  return original ? (
    <HighlightedProgram
      key={`${language}\n${code}`}
      code={code}
      language={language}
      highlightedHtml={highlightedHtml}
    />
  ) : (
    <PlainCode code={code} />
  );
}
