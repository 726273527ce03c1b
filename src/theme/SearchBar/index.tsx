import ErrorBoundary from '@docusaurus/ErrorBoundary';
import clsx from 'clsx';
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type MutableRefObject,
  type ReactNode,
} from 'react';

import styles from './styles.module.css';

// The search plugin's bar: its code, with mark.js and its worker bridge, is a tenth of every
// page's start-up script, and it unmarks the whole article on every load. It is loaded when the
// reader reaches for the search box (pointer, touch, focus or the Ctrl/⌘ K shortcut), or at once
// on a page opened from a search result, whose words it marks. It is not a `lazy` component: a
// Suspense boundary in the server's HTML hydrates apart from the page, and the theme's first
// re-render after hydration then had to stop, hydrate it and start again.
const loadSearchBar = () => import('@theme-original/SearchBar');

/** What the reader did in the stand-in before the real bar arrived. */
interface Handover {
  value: string;
  focused: boolean;
}

const isShortcut = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

/** The real bar, given the focus if the stand-in had it and what the reader typed meanwhile. */
function ArrivedSearchBar({
  SearchBar,
  handover,
}: {
  SearchBar: ComponentType;
  handover: MutableRefObject<Handover>;
}): ReactNode {
  const wrapperRef = useRef<HTMLDivElement>(null);
  // In the commit that swaps the stand-in out, so no key lands in between: focus and text go over
  // before the bar's own mount effect, which takes its input's value into its state and, finding
  // the input focused, loads the index (its focus handler, run by focus() here, does the same;
  // the index loads once). The bar leaves that text alone once mounted: patched, see patches/.
  useLayoutEffect(() => {
    const input = wrapperRef.current?.querySelector('input');
    if (!input) return;
    if (handover.current.value) input.value = handover.current.value;
    if (handover.current.focused) input.focus();
  }, [handover]);
  return (
    <div ref={wrapperRef} className={styles.wrapper}>
      <SearchBar />
    </div>
  );
}

export default function SearchBarWrapper(): ReactNode {
  const [wanted, setWanted] = useState(false);
  const [SearchBar, setSearchBar] = useState<ComponentType | null>(null);
  const standInRef = useRef<HTMLInputElement>(null);
  const handover = useRef<Handover>({ value: '', focused: false });
  // The stand-in stays on screen, focus and text included, until the bar's code has arrived. If
  // it cannot be loaded (say, a tab left open across a deploy), the stand-in stays, and the next
  // reach for the box tries again.
  const want = useCallback(() => {
    if (SearchBar) return;
    setWanted(true);
    loadSearchBar()
      .then(({ default: loaded }) => startTransition(() => setSearchBar(() => loaded)))
      .catch(() => setWanted(false));
  }, [SearchBar]);

  useEffect(() => {
    if (wanted) return undefined;
    if (new URLSearchParams(window.location.search).has('_highlight')) {
      want();
      return undefined;
    }
    // On a touch screen the tap that reaches for the box is also the one that focuses it, and a
    // phone opens its keyboard only for a focus inside a tap. The code is fetched on the reader's
    // first touch anywhere (a scroll, most often), so the tap's touchstart can mount the real bar
    // before the tap lands.
    const preload = (): void => void loadSearchBar().catch(() => undefined);
    if (window.matchMedia('(pointer: coarse)').matches) {
      document.addEventListener('touchstart', preload, { once: true, passive: true });
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      standInRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('touchstart', preload);
    };
  }, [wanted, want]);

  // The plugin's own markup and look, without its behaviour.
  const standIn = (
    <div className={clsx('navbar__search', styles.container)} dir="ltr">
      <svg aria-hidden="true" className={styles.icon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.03 10.2a4.17 4.17 0 1 1 4.17-4.17 4.16 4.16 0 0 1-4.17 4.17Zm9.69 4.22-4.82-4.82A5.88 5.88 0 0 0 12.06 6.03 6 6 0 1 0 9.6 10.9l4.82 4.82a.9.9 0 0 0 1.3 0 .9.9 0 0 0 0-1.3Z"
        />
      </svg>
      <input
        ref={standInRef}
        placeholder="Search"
        aria-label="Search"
        className={clsx('navbar__search-input', styles.input)}
        onPointerEnter={want}
        onTouchStart={want}
        onFocus={() => {
          handover.current.focused = true;
          want();
        }}
        onBlur={() => {
          handover.current.focused = false;
        }}
        onInput={(event) => {
          handover.current.value = event.currentTarget.value;
        }}
      />
    </div>
  );
  // If the bar fails as it renders, the stand-in comes back.
  return (
    <ErrorBoundary fallback={() => standIn}>
      {SearchBar ? <ArrivedSearchBar SearchBar={SearchBar} handover={handover} /> : standIn}
    </ErrorBoundary>
  );
}
