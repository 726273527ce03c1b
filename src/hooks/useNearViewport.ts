import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether `element` has come within `margin` of the viewport (once true, it stays true). Heavy
 * things on a page (a diagram, a live playground) are drawn then, rather than while the page
 * loads, so that the page is ready to read sooner.
 */
export function useNearViewport(element: RefObject<Element | null>, margin = '1000px 0px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return undefined;
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
      { rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, margin]);
  return near;
}
