import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useEffect, useState, type ReactNode } from 'react';

// The theme's menu toggle (Navbar/MobileSidebar/Toggle).
const TOGGLE = '.navbar__toggle';
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin'] as const;

/**
 * The theme mounts the phone menu, with a link to every chapter, as soon as a phone has loaded
 * the page, though it stays closed: a large part of the work after hydration. It is mounted here
 * when the reader first reaches for the toggle (pointer over or down, keyboard focus), a moment
 * before the click that opens it, so it still slides in.
 */
export default function MobileSidebarWrapper(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [wanted, setWanted] = useState(false);
  // Opened without a reach first (a screen reader's activation may send only a click): stay
  // mounted from then on, so closing slides out and the next opening slides in.
  if (shown && !wanted) setWanted(true);
  useEffect(() => {
    if (wanted) return undefined;
    const onIntent = (event: Event): void => {
      if (event.target instanceof Element && event.target.closest(TOGGLE)) setWanted(true);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, true);
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, true);
    };
  }, [wanted]);
  return wanted || shown ? <MobileSidebar /> : null;
}
