import { createContext } from 'react';

/**
 * The lines of the code block being drawn, highlighted at build time (src/remark/staticCodeBlocks),
 * passed from the CodeBlock wrapper to the Content wrapper past the theme's layout in between.
 * Undefined: the block highlights on the page with Prism, as the theme does.
 */
export const HighlightedHtmlContext = createContext<string | undefined>(undefined);
