import type { WrapperProps } from '@docusaurus/types';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import { useNearViewport } from '@site/src/hooks/useNearViewport';
import { useRef, type ReactNode } from 'react';

import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

// Start drawing a diagram this far ahead of the reader, so it is there before they scroll to it.
const DRAW_AHEAD = '1000px 0px';

/**
 * Mermaid is over a megabyte of script and draws on the page's main thread. A diagram is drawn
 * when it comes near the viewport instead of while the page loads, so a chapter is ready to read
 * (and to run) sooner.
 */
export default function MermaidWrapper(props: Props): ReactNode {
  const slot = useRef<HTMLDivElement>(null);
  const near = useNearViewport(slot, DRAW_AHEAD);

  return (
    <div ref={slot} className={styles.slot} data-diagram-state={near ? 'drawn' : 'waiting'}>
      {near ? <Mermaid {...props} /> : null}
    </div>
  );
}
