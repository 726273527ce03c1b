// Node-only host glue for running programs in-process (the test harness); never bundled for the page.
import type { RejectionListener } from './execute';

/**
 * Hears unhandled rejections while a program runs. Other listeners (e.g. the test runner's,
 * which would fail the test) are detached meanwhile and restored afterwards.
 */
export function subscribeNodeUnhandledRejections(listener: RejectionListener): () => void {
  const saved = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const ours = (reason: unknown): void => listener(reason);
  process.on('unhandledRejection', ours);
  return () => {
    process.off('unhandledRejection', ours);
    for (const l of saved) process.on('unhandledRejection', l);
  };
}
