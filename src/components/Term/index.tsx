import { useCallback, useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { getTermSummary } from '@site/src/data/glossary/summaries';

import InlineMarkup from './InlineMarkup';
import { useGlossaryPath } from './links';
import styles from './styles.module.css';

export interface TermProps {
  /** A glossary id from src/data/glossary/summaries.ts; an unknown id throws. */
  id: string;
  /** The words as they read in the sentence; defaults to the term's name. */
  children?: ReactNode;
}

// Leaving the word for the tooltip crosses a small gap; a short delay keeps it open meanwhile.
const HIDE_DELAY_MS = 150;

/**
 * A glossary term in running text: links to its glossary entry and shows the one-sentence
 * definition on hover and on keyboard focus.
 */
export default function Term({ id, children }: TermProps): ReactNode {
  // Throws during the static render for an unknown id, so a typo fails the build.
  const summary = getTermSummary(id);
  const glossaryPath = useGlossaryPath();
  const tooltipId = useId();
  const anchorRef = useRef<HTMLSpanElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [placement, setPlacement] = useState({ above: false, alignEnd: false });
  const history = useHistory();
  const href = `${glossaryPath}#${id}`;
  // The build still fails on a term whose glossary anchor does not exist.
  useBrokenLinks().collectLink(href);

  // A plain link with client-side navigation: @docusaurus/Link would give each of a chapter's
  // dozens of terms its own IntersectionObserver and prefetch, all for the same glossary page.
  const navigate = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      ) {
        return;
      }
      event.preventDefault();
      history.push(href);
    },
    [history, href],
  );

  const show = useCallback(() => {
    clearTimeout(hideTimer.current);
    // What @docusaurus/Link does on hover: load the glossary page's code before the click.
    window.docusaurus.preload(href);
    const box = anchorRef.current?.getBoundingClientRect();
    if (box) {
      setPlacement({ above: box.bottom > window.innerHeight * 0.7, alignEnd: box.left > window.innerWidth / 2 });
    }
    setOpen(true);
  }, [href]);
  const hide = useCallback(() => {
    clearTimeout(hideTimer.current);
    setOpen(false);
  }, []);
  const hideSoon = useCallback(() => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setOpen(false), HIDE_DELAY_MS);
  }, []);

  // Escape dismisses the tooltip wherever focus is, as WCAG 1.4.13 asks for hover content.
  useEffect(() => {
    if (!open) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        hide();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, hide]);
  useEffect(() => () => clearTimeout(hideTimer.current), []);

  return (
    <span
      ref={anchorRef}
      className={styles.term}
      data-term={id}
      onMouseEnter={show}
      onMouseLeave={hideSoon}
      onFocus={show}
      onBlur={hide}>
      <a href={href} className={styles.link} aria-describedby={tooltipId} onClick={navigate}>
        {children ?? <InlineMarkup text={summary.name} />}
      </a>
      {/* In the server HTML, hidden, so a screen reader hears the definition from the first focus
          and the page adds nothing once loaded; the site search skips it (docusaurus.config.ts). */}
      <span
        role="tooltip"
        id={tooltipId}
        hidden={!open}
        className={clsx(styles.tooltip, placement.above && styles.above, placement.alignEnd && styles.alignEnd)}>
        <strong className={styles.tooltipName}>
          <InlineMarkup text={summary.name} />
        </strong>
        {': '}
        <InlineMarkup text={summary.short} />
      </span>
    </span>
  );
}
