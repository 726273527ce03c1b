import type { ClientModule } from '@docusaurus/types';

/**
 * Docusaurus prefetches a page's code as soon as a link to it scrolls into view, inside the
 * IntersectionObserver callback. The docs sidebar shows a link to every chapter, so as a page
 * hydrates that is a dozen route lookups and a couple of hundred <link rel=prefetch> at once. This client module keeps the prefetching and moves it to idle time, a few
 * routes per idle period. Preloading on hover or touch, which a click waits for, is untouched.
 */

type Docusaurus = Window['docusaurus'];

// Leave the browser this much of an idle period for its own work.
const MIN_IDLE_MS = 4;
// And take no more than this of one: a route's lookup and links cost a few milliseconds each, and
// on a slow phone an idle period's task should stay well under the 50 ms of a long task.
const MAX_SLICE_MS = 8;

const queue: string[] = [];
let scheduled = false;

function whenIdle(callback: (deadline: { timeRemaining(): number }) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback);
  else setTimeout(() => callback({ timeRemaining: () => 0 }), 200);
}

function drain(original: Docusaurus, deadline: { timeRemaining(): number }): void {
  // At least one route per idle period, more while the period and the slice last.
  const sliceEnd = performance.now() + MAX_SLICE_MS;
  do {
    const path = queue.shift();
    if (path !== undefined) void original.prefetch(path);
  } while (queue.length > 0 && deadline.timeRemaining() > MIN_IDLE_MS && performance.now() < sliceEnd);
  if (queue.length > 0) whenIdle((next) => drain(original, next));
  else scheduled = false;
}

/** A `window.docusaurus` whose `prefetch` queues the route and runs the original when idle. */
export function deferPrefetch(original: Docusaurus): Docusaurus {
  return {
    ...original,
    prefetch(path) {
      if (!queue.includes(path)) queue.push(path);
      if (!scheduled) {
        scheduled = true;
        whenIdle((deadline) => drain(original, deadline));
      }
      // The theme ignores the result; the original's promise is not available yet.
      return false;
    },
  };
}

let installed = false;

const clientModule: ClientModule = {
  // Runs as the first page hydrates (a layout effect), before any link's observer reports.
  onRouteDidUpdate() {
    if (installed || typeof window === 'undefined' || !window.docusaurus) return;
    installed = true;
    window.docusaurus = deferPrefetch(window.docusaurus);
  },
};

export default clientModule;
