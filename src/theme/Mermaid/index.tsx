import type { WrapperProps } from '@docusaurus/types';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import { useEffect, useRef, useState, type ReactNode } from 'react';

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
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = slot.current;
    if (!element) return undefined;
    if (typeof IntersectionObserver !== 'function') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: DRAW_AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={slot} className={styles.slot} data-diagram-state={near ? 'drawn' : 'waiting'}>
      {near ? <Mermaid {...props} /> : null}
    </div>
  );
}
