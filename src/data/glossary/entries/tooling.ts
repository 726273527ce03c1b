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

  runner: {
    aliases: ['runner'],
    keywords: ['asyncio.run', 'run()', 'close()', 'SIGINT', 'Ctrl+C'],
    definition:
      '`asyncio.Runner` (Python 3.11+) creates an event loop on first use, runs each coroutine passed to `run()` as a task until it is done, and on `close()` cancels what is left, finishes async generators and closes the loop. ' +
      '`asyncio.run(main())` is one runner used for one coroutine. ' +
      'A runner used for several calls keeps its loop, its running tasks and its context between them.',
    python: {
      match: 'same',
      forms: ['with asyncio.Runner() as runner:', 'runner.run(coro)', 'asyncio.run(main())'],
    },
    typescript: {
      match: 'closest',
      forms: ['top-level await', 'nothing to start or close'],
      note: 'The host starts the loop before the first line and never closes it; there is nothing to run a promise "to completion" from synchronous code.',
    },
    seeAlso: ['asyncio-run', 'loop-factory', 'event-loop', 'top-level-await'],
    introducedIn: {
      doc: '14-context-and-tooling/02-runners.mdx',
      anchor: 'what-asyncio-run-does',
      section: 'What asyncio.run does',
    },
  },

  'loop-factory': {
    aliases: ['loop_factory'],
    keywords: ['uvloop', 'new_event_loop', 'EventLoop', 'task factory', 'exception handler'],
    definition:
      'A loop factory is a callable that returns a new event loop, passed as `loop_factory=` to `asyncio.Runner` (3.11+) or `asyncio.run` (3.12+). ' +
      'It picks the loop class, such as uvloop, and configures the loop before anything runs on it. ' +
      'It replaces the event-loop policies that Python 3.14 deprecates.',
    python: {
      match: 'same',
      forms: [
        'asyncio.Runner(loop_factory=f)',
        'asyncio.run(main(), loop_factory=f)',
        'uvloop.new_event_loop',
        'asyncio.EventLoop',
      ],
      note: '`asyncio.run` takes it from 3.12; `asyncio.EventLoop` exists from 3.13.',
    },
    typescript: {
      match: 'closest',
      forms: ['none: the host owns the loop'],
      note: "A JavaScript program cannot choose or configure its event loop; it can only set the host's global error hooks.",
    },
    seeAlso: ['runner', 'event-loop-policy', 'event-loop'],
    introducedIn: {
      doc: '14-context-and-tooling/02-runners.mdx',
      anchor: 'loop-factory',
      section: 'Choosing the loop: loop_factory',
    },
  },

  'event-loop-policy': {
    aliases: ['policy', 'set_event_loop_policy'],
    keywords: ['get_event_loop_policy', 'DefaultEventLoopPolicy', 'uvloop.install', 'deprecated'],
    definition:
      "An event-loop policy is a process-wide object whose `new_event_loop()` asyncio called whenever it needed a loop, and which also tracked each thread's current loop. " +
      'Replacing it with `set_event_loop_policy` was the old way to switch every loop in a program to, say, uvloop. ' +
      'Python 3.14 deprecates policies, for removal in 3.16; pass a loop factory to the runner instead.',
    python: {
      match: 'same',
      forms: ['asyncio.set_event_loop_policy(p)', 'asyncio.get_event_loop_policy()'],
      note: 'Both warn with `DeprecationWarning` from Python 3.14.',
    },
    typescript: {
      match: 'closest',
      forms: ['none'],
      note: 'There is one loop per JavaScript thread, owned by the host, and nothing to replace it with.',
    },
    seeAlso: ['loop-factory', 'runner', 'event-loop'],
    introducedIn: {
      doc: '14-context-and-tooling/02-runners.mdx',
      anchor: 'event-loop-policies',
      section: 'Policies, deprecated in 3.14',
    },
  },

  'debug-mode': {
    aliases: ['asyncio debug mode', 'PYTHONASYNCIODEBUG'],
    keywords: ['debug=True', 'set_debug', '-X dev', 'never awaited', 'never retrieved', 'source_traceback'],
    definition:
      'In debug mode an asyncio loop times every callback and task step and logs those slower than `loop.slow_callback_duration`. ' +
      'It records where each coroutine, task, future and handle was created, so warnings about coroutines never awaited and exceptions never retrieved say where the object came from. ' +
      "It also checks that loop methods are called from the loop's own thread, and it slows everything down, so it is meant for development and tests.",
    python: {
      match: 'same',
      forms: ['asyncio.run(main(), debug=True)', 'loop.set_debug(True)', 'PYTHONASYNCIODEBUG=1', 'python -X dev'],
    },
    typescript: {
      match: 'closest',
      forms: ['no-floating-promises (lint)', 'PerformanceObserver long tasks', 'monitorEventLoopDelay (Node)'],
      note: 'Engines have no such mode; linters catch floating promises, and browsers and Node measure long tasks or loop delay without naming the culprit.',
    },
    seeAlso: ['slow-callback', 'blocking-call', 'unhandled-rejection', 'coroutine'],
    introducedIn: {
      doc: '14-context-and-tooling/03-debug-mode.mdx',
      anchor: 'turning-debug-mode-on',
      section: 'Turning it on',
    },
  },

  'slow-callback': {
    aliases: ['slow_callback_duration'],
    keywords: ['Executing took seconds', 'long task', 'event loop lag'],
    definition:
      'A slow callback is a callback or a single step of a task that runs longer than `loop.slow_callback_duration` (0.1 s by default) without giving the loop back. ' +
      'In debug mode asyncio logs each one on the `asyncio` logger as "Executing … took … seconds". ' +
      'A task that is suspended in `await` is never slow in this sense, however long it waits.',
    python: {
      match: 'same',
      forms: ['loop.slow_callback_duration', 'logging.getLogger("asyncio")'],
    },
    typescript: {
      match: 'closest',
      forms: ['PerformanceObserver({ type: "longtask" })', 'a timed wrapper'],
      note: "Browsers report tasks over 50 ms to the page as long tasks, without the callback's name.",
    },
    seeAlso: ['debug-mode', 'blocking-call', 'callback'],
    introducedIn: {
      doc: '14-context-and-tooling/03-debug-mode.mdx',
      anchor: 'slow-callbacks',
      section: 'Slow callbacks',
    },
  },

  'async-test-case': {
    aliases: ['async test case', 'unittest.IsolatedAsyncioTestCase'],
    keywords: ['unittest', 'asyncSetUp', 'asyncTearDown', 'addAsyncCleanup', 'pytest-asyncio', 'test runner'],
    definition:
      '`unittest.IsolatedAsyncioTestCase` (Python 3.8+) lets test methods, `asyncSetUp` and `asyncTearDown` be coroutines. ' +
      'Each test gets its own `asyncio.Runner` in debug mode; tasks the test leaves pending are cancelled and the loop is closed afterwards. ' +
      'From Python 3.13 its `loop_factory` class attribute chooses the loop.',
    python: {
      match: 'same',
      forms: ['class T(unittest.IsolatedAsyncioTestCase)', 'async def asyncSetUp(self)', 'async def test_…(self)'],
    },
    typescript: {
      match: 'closest',
      forms: ['test("…", async () => { … })', 'return the promise'],
      note: 'JavaScript runners (node:test, Vitest, Jest) await the promise a test function returns; there is no loop to create per test.',
    },
    seeAlso: ['async-mock', 'runner', 'debug-mode', 'timeout'],
    introducedIn: {
      doc: '14-context-and-tooling/04-testing.mdx',
      anchor: 'isolated-async-test-case',
      section: 'IsolatedAsyncioTestCase',
    },
  },

  'async-mock': {
    aliases: ['unittest.mock.AsyncMock'],
    keywords: ['mock', 'assert_awaited_once_with', 'await_count', 'side_effect', 'fake'],
    definition:
      'An `AsyncMock` is a mock whose calls return coroutines: awaiting a call gives its `return_value`, or raises its `side_effect` if that is an exception. ' +
      'It records awaits as well as calls, for checks such as `assert_awaited_once_with` and `await_count`. ' +
      'A plain `Mock` returns another `Mock`, which cannot be awaited.',
    python: {
      match: 'same',
      forms: ['mock.AsyncMock()', 'm.assert_awaited_once_with(…)', 'm.await_count'],
    },
    typescript: {
      match: 'same',
      forms: ['vi.fn(async () => …)', 'jest.fn().mockResolvedValue(v)', 'a function returning a promise'],
    },
    seeAlso: ['async-test-case', 'coroutine', 'awaitable'],
    introducedIn: {
      doc: '14-context-and-tooling/04-testing.mdx',
      anchor: 'async-mock',
      section: 'Faking async dependencies: AsyncMock',
    },
  },

  'call-graph': {
    aliases: ['async call graph', 'capture_call_graph'],
    keywords: [
      'print_call_graph',
      'format_call_graph',
      'python -m asyncio ps',
      'pstree',
      'FutureCallGraph',
      'awaited by',
    ],
    definition:
      'An asyncio call graph starts at a task or future and shows the coroutine frames it is suspended in and, recursively, the tasks that await it. ' +
      'Python 3.14 captures it with `asyncio.capture_call_graph` and prints it with `print_call_graph`. ' +
      '`python -m asyncio ps PID` and `pstree PID` show the same for every task of another running process.',
    python: {
      match: 'same',
      forms: ['asyncio.capture_call_graph(task)', 'asyncio.print_call_graph(task)', 'python -m asyncio pstree PID'],
      note: 'All new in Python 3.14.',
    },
    typescript: {
      match: 'closest',
      forms: ['tracing spans with a parent', 'at async … lines in error.stack (V8)'],
      note: 'No engine API lists pending async functions or who awaits them; tracing libraries record parent links themselves.',
    },
    seeAlso: ['task', 'task-group', 'await'],
    introducedIn: {
      doc: '14-context-and-tooling/05-call-graphs.mdx',
      anchor: 'capture-call-graph',
      section: 'capture_call_graph and print_call_graph',
    },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
