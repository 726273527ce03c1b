/** Entries for context variables, runners, debug mode, testing and call graphs (chapter 14). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const toolingEntries = {
  'context-variable': {
    aliases: ['ContextVar', 'contextvars'],
    keywords: ['request id', 'thread-local', 'copy_context', 'Context.run', 'AsyncLocalStorage', 'AsyncContext'],
    definition:
      'A context variable (`contextvars.ContextVar`) has `get()` and `set()` like a global, but its value is stored in the current context rather than in the module. ' +
      'asyncio runs every task in its own copy of the context, taken when the task is created, and every callback in a copy taken when it was scheduled. ' +
      'So a request id set in one handler is seen by everything that handler awaits, and never by another handler running at the same time.',
    python: {
      match: 'same',
      forms: [
        'contextvars.ContextVar("name", default=…)',
        'contextvars.copy_context()',
        'ctx.run(fn, *args)',
        'create_task(coro, context=ctx)',
      ],
      note: '`create_task(..., context=)` is Python 3.11+; `call_soon`, `call_later` and `add_done_callback` take `context=` too.',
    },
    typescript: {
      match: 'closest',
      forms: ['AsyncLocalStorage (Node)', 'an explicit ctx parameter'],
      note: 'Browsers have no context variables; Node has `AsyncLocalStorage` in `node:async_hooks`, and the AsyncContext proposal would add one to the language.',
    },
    seeAlso: ['task', 'callback', 'create-task', 'await'],
    introducedIn: {
      doc: '14-context-and-tooling/index.mdx',
      anchor: 'one-global-many-requests',
      section: 'One global, many requests',
    },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
