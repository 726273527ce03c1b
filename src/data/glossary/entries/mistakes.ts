/** Entries for the common mistakes and the course's close (chapter 15). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const mistakeEntries = {
  'floating-promise': {
    aliases: ['floating promises', 'unawaited promise'],
    keywords: ['forgot await', 'no-floating-promises', 'forEach(async)', 'never awaited'],
    definition:
      'A floating promise is one that the code creates and then drops: it is not awaited, not returned and has no rejection handler. ' +
      'The work it stands for still runs, because async functions start when called, but nothing waits for it and its failure becomes an unhandled rejection. ' +
      "Python's version of the mistake is a coroutine that is never awaited, which never runs at all.",
    python: {
      match: 'closest',
      forms: ['coro()  # without await', "RuntimeWarning: coroutine '…' was never awaited"],
      note: 'A forgotten coroutine does not run; Python warns when it is destroyed, and debug mode says where it was created.',
    },
    typescript: {
      match: 'same',
      forms: ['fetchUser(1); // without await', 'items.forEach(async …)', '@typescript-eslint/no-floating-promises'],
    },
    seeAlso: ['unhandled-rejection', 'async-function', 'background-task', 'debug-mode'],
    introducedIn: {
      doc: '15-common-mistakes/index.mdx',
      anchor: 'forgetting-await',
      section: 'Forgetting await',
    },
  },

  'background-task': {
    aliases: ['fire-and-forget task', 'fire and forget'],
    keywords: ['weak reference', 'Task was destroyed but it is pending', 'add_done_callback', 'discard'],
    definition:
      'A background task is started with `create_task` and left to run while its creator carries on. ' +
      'The loop holds tasks only weakly, so the program must keep a reference until the task is done, for example in a set the task removes itself from, or start it in a task group. ' +
      'Someone must also retrieve its result, or its exception is reported only when the task is destroyed.',
    python: {
      match: 'same',
      forms: ['background.add(task)', 'task.add_done_callback(background.discard)', 'tg.create_task(coro)'],
    },
    typescript: {
      match: 'closest',
      forms: ['a Set of pending promises', 'promise.catch(…)'],
      note: 'A waiting async function is kept alive by whatever will resume it, so it is not collected mid-flight; tracking still matters for errors and for shutting down.',
    },
    seeAlso: ['task', 'create-task', 'task-group', 'floating-promise'],
    introducedIn: {
      doc: '15-common-mistakes/index.mdx',
      anchor: 'fire-and-forget',
      section: 'Fire-and-forget tasks',
    },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
