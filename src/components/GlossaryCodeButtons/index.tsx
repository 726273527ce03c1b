import { useLayoutEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useThemeConfig } from '@docusaurus/theme-common';
import { CodeBlockContextProvider, createCodeBlockMetadata, useCodeWordWrap } from '@docusaurus/theme-common/internal';
import Buttons from '@theme/CodeBlock/Buttons';

export interface StaticCodeBlock {
  /** The block's <pre>, drawn by the server and not hydrated. */
  pre: HTMLPreElement;
  code: string;
  language: string;
}

/**
 * The theme's copy and word-wrap buttons for one code block of static markup, drawn beside its
 * <pre> with the theme's own components, as its CodeBlock would. The theme leaves these buttons out
 * of the server HTML; the glossary adds them once the reader's pointer or focus reaches the block.
 */
function CodeBlockButtons({ block }: { block: StaticCodeBlock }): ReactNode {
  const { prism } = useThemeConfig();
  const metadata = createCodeBlockMetadata({
    code: block.code,
    language: block.language,
    className: undefined,
    metastring: undefined,
    title: undefined,
    showLineNumbers: undefined,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
  });
  const wordWrap = useCodeWordWrap();
  const { codeBlockRef } = wordWrap;
  // Before the word-wrap hook's own effects, which measure the <pre>.
  useLayoutEffect(() => {
    codeBlockRef.current = block.pre;
  }, [codeBlockRef, block.pre]);
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Buttons />
    </CodeBlockContextProvider>
  );
}

/** Buttons for each static code block in `blocks`, each in its block's content box beside the <pre>. */
export default function GlossaryCodeButtons({ blocks }: { blocks: readonly StaticCodeBlock[] }): ReactNode {
  return blocks.map((block, index) =>
    block.pre.parentElement
      ? createPortal(<CodeBlockButtons block={block} />, block.pre.parentElement, String(index))
      : null,
  );
}
