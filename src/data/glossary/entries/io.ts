/** Entries for file descriptors, readiness, selectors, transports and the poll phase (chapter 12). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

const firstPage = '12-a-loop-that-waits-for-io/index.mdx';
const secondPage = '12-a-loop-that-waits-for-io/02-serving-connections.mdx';

export const ioEntries = {
  'file-descriptor': {
    aliases: ['fd', 'file descriptors'],
    keywords: ['os.pipe', 'fileno', 'socket', 'pipe'],
    definition:
      'A file descriptor is the number the operating system gives a process for something it has opened: a file, a pipe, a socket. ' +
      'Every read, write and wait names the object by that number. ' +
      '`os.pipe()` returns two of them, the read end and the write end of one pipe.',
    python: {
      match: 'same',
      forms: ['os.pipe()', 'os.read(fd, n)', 'os.write(fd, data)', 'sock.fileno()'],
    },
    typescript: {
      match: 'closest',
      forms: ['no file descriptors in browsers', 'fs.openSync (Node)'],
      note: 'Browser scripts never see one. Node returns them from `fs.openSync`, but its network and stream APIs keep them inside libuv.',
    },
    seeAlso: ['non-blocking-io', 'readiness', 'selector'],
    introducedIn: { doc: firstPage, anchor: 'file-descriptors', section: 'File descriptors and non-blocking reads' },
  },

  'non-blocking-io': {
    aliases: ['non-blocking mode', 'O_NONBLOCK'],
    keywords: ['BlockingIOError', 'EAGAIN', 'set_blocking', 'would block'],
    definition:
      'A file descriptor in non-blocking mode never makes its caller wait: a read with nothing to read, or a write with no room, fails at once. ' +
      'In Python it raises `BlockingIOError`. ' +
      'An event loop puts every descriptor it serves in this mode, so that no single read can stall all its tasks.',
    python: {
      match: 'same',
      forms: ['os.set_blocking(fd, False)', 'sock.setblocking(False)', 'except BlockingIOError:'],
    },
    typescript: {
      match: 'closest',
      forms: ['every I/O API is asynchronous'],
      note: 'JavaScript programs never call a blocking read in the first place (Node’s `*Sync` functions aside); the host does the non-blocking I/O underneath.',
    },
    seeAlso: ['file-descriptor', 'readiness', 'blocking-call'],
    introducedIn: { doc: firstPage, anchor: 'file-descriptors', section: 'File descriptors and non-blocking reads' },
  },

  readiness: {
    aliases: ['ready for reading', 'readable'],
    keywords: ['EVENT_READ', 'EVENT_WRITE', 'poll', 'epoll', 'kqueue'],
    definition:
      'A file descriptor is ready for reading when a read would return data (or the end of the file) without waiting, and ready for writing when a write would find room. ' +
      'Readiness is a promise about the next call, not data delivered: the loop still has to read. ' +
      'Selectors report readiness; completion-based systems such as Windows’ IOCP report finished operations instead.',
    python: {
      match: 'same',
      forms: ['selectors.EVENT_READ', 'selectors.EVENT_WRITE', 'loop.add_reader(fd, callback)'],
    },
    typescript: {
      match: 'closest',
      forms: ['a "data" or "message" event'],
      note: 'JavaScript hears about I/O only after the host has read it: an event or a settled promise carries the data itself.',
    },
    seeAlso: ['selector', 'file-descriptor', 'poll-phase'],
    introducedIn: { doc: firstPage, anchor: 'readiness-and-selectors', section: 'Readiness and selectors' },
  },

  selector: {
    aliases: ['selectors', 'DefaultSelector', 'select()'],
    keywords: ['select', 'poll', 'epoll', 'kqueue', 'PollSelector', 'EpollSelector', 'register'],
    definition:
      'A selector keeps a set of registered file descriptors and answers one question: which of them are ready? ' +
      '`select(timeout)` waits until at least one is, or until the timeout passes (`0` looks without waiting, `None` waits for ever). ' +
      'An event loop makes this its only blocking call, with the timeout set to the time until its next timer.',
    python: {
      match: 'same',
      forms: ['selectors.DefaultSelector()', 'sel.register(fd, EVENT_READ, data)', 'sel.select(timeout)'],
      note: '`DefaultSelector` is the best the platform has: epoll on Linux, kqueue on macOS, poll in Pyodide.',
    },
    typescript: {
      match: 'closest',
      forms: ['libuv’s uv__io_poll (inside Node)', 'the browser’s own event loop'],
      note: 'The host owns the selector; a script cannot call it.',
    },
    seeAlso: ['readiness', 'event-loop', 'poll-phase', 'timer-heap'],
    introducedIn: { doc: firstPage, anchor: 'readiness-and-selectors', section: 'Readiness and selectors' },
  },

  transport: {
    aliases: ['transports', 'protocol'],
    keywords: [
      'data_received',
      'connection_made',
      'connect_read_pipe',
      '_SelectorSocketTransport',
      '_UnixReadPipeTransport',
    ],
    definition:
      'In asyncio a transport owns one connection (a socket, a pipe): it registers the descriptor with the loop, reads it when it is ready and passes the bytes to its protocol’s `data_received`, and it buffers writes until there is room. ' +
      'Protocols are plain callback objects; streams are built on them.',
    python: {
      match: 'same',
      forms: [
        'loop.connect_read_pipe(factory, pipe)',
        'loop.create_connection(factory, …)',
        'protocol.data_received(data)',
      ],
    },
    typescript: {
      match: 'closest',
      forms: ['the source of a ReadableStream', 'net.Socket (Node)'],
      note: 'A stream’s underlying source plays the transport’s part: it is told about data and enqueues it.',
    },
    seeAlso: ['asyncio-streams', 'readiness', 'callback'],
    introducedIn: { doc: secondPage, anchor: 'transports-and-streams', section: 'Transports, protocols and streams' },
  },

  'asyncio-streams': {
    aliases: ['StreamReader', 'StreamWriter', 'streams'],
    keywords: ['open_connection', 'start_server', 'readline', 'drain', 'feed_data'],
    definition:
      'asyncio’s streams turn a transport’s callbacks into awaitable calls. ' +
      'A `StreamReader` buffers what the transport delivers and lets a coroutine `await reader.readline()` or `read(n)`; a `StreamWriter` writes and, with `await writer.drain()`, waits when the buffer is full. ' +
      '`asyncio.open_connection` and `start_server` hand out the pair.',
    python: {
      match: 'same',
      forms: [
        'await reader.readline()',
        'writer.write(data)',
        'await writer.drain()',
        'asyncio.open_connection(host, port)',
      ],
    },
    typescript: {
      match: 'same',
      forms: ['ReadableStream', 'stream.getReader()', 'await reader.read()', 'WritableStream'],
      note: 'Web Streams read chunks, not lines: splitting lines is yours to do.',
    },
    seeAlso: ['transport', 'async-iterable'],
    introducedIn: { doc: secondPage, anchor: 'transports-and-streams', section: 'Transports, protocols and streams' },
  },

  'poll-phase': {
    aliases: ['poll', 'uv__io_poll'],
    keywords: ['libuv', 'Node event loop phases', 'timers phase', 'check phase', 'setImmediate'],
    definition:
      'Node’s loop (libuv) goes round in phases: expired timers, pending callbacks, then the poll phase, which waits for I/O for at most the time until the next timer, then `setImmediate` callbacks and close callbacks. ' +
      'The poll phase is the host’s version of the `select(timeout)` call an asyncio loop makes. ' +
      'Browsers wait in the same way inside their own loop, with no phases exposed to scripts.',
    python: {
      match: 'closest',
      forms: ['BaseEventLoop._run_once', 'self._selector.select(timeout)'],
      note: 'asyncio has no named phases: each `_run_once` polls, moves due timers to the ready queue and runs it.',
    },
    typescript: {
      match: 'same',
      forms: ['libuv’s uv_run (Node)', 'the HTML event loop (browsers)'],
      note: 'Scripts never call it; they only see the callbacks it leads to.',
    },
    seeAlso: ['event-loop', 'selector', 'task-queue', 'microtask-queue'],
    introducedIn: { doc: secondPage, anchor: 'where-javascript-hides-it', section: 'Where JavaScript hides all this' },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
