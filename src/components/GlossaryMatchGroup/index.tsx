import { useId, type ReactNode, type Ref } from 'react';

import styles from './styles.module.css';

/**
 * A titled group of filter results. Its list is an empty element for the glossary's filter to move
 * the matching entries into (src/components/Glossary/domFilter.ts): React draws only the heading.
 */
export default function GlossaryMatchGroup({
  title,
  listRef,
}: {
  title: ReactNode;
  listRef: Ref<HTMLDivElement>;
}): ReactNode {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      <div ref={listRef} />
    </section>
  );
}
