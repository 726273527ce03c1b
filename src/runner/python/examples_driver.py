"""Runs a reader's program as ``__main__``, the way ``python3 -u main.py`` would.

The same module runs on Pyodide (imported by the browser worker and the Node tests) and on the
machine's CPython (the tests run ``python3 -u examples_driver.py program.py``, which runs the
file's text and exits with its status), so their outputs can be compared line for line.

``run(source)`` returns ``(exit_status, error_line, error_column, error_message)``; exit status
130 means KeyboardInterrupt (a stop request). ``run(source, virtual_time=True)`` runs it on virtual
time (``VirtualClock``).
"""

import builtins
import gc
import io
import linecache
import logging
import os
import selectors
import sys
import time
import traceback
import types
import warnings

FILENAME = "main.py"
PYTHON_VERSION = "%d.%d.%d" % sys.version_info[:3]
ON_PYODIDE = sys.platform == "emscripten"
NO_INPUT = "input() is not available here: examples cannot read from the keyboard"
NO_NETWORK = "Network access is not available in the examples' sandbox"
NO_THREADS = "threads are not available in the browser's Python (Pyodide)"
NO_BROWSER = "examples run as plain CPython here: they cannot reach the browser, the page or its storage"
# Pyodide's bridges to JavaScript (the worker's global object, and through it eval and import()).
BROWSER_MODULES = ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core")
WAITS_FOREVER = (
    "the event loop has nothing left to run and nothing to wait for, so the program "
    "would wait forever (is a Future or Event never completed?)"
)
_CWD = os.getcwd()
# Namespaces of the runner's own modules, whose frames tracebacks leave out.
_RUNNER_NAMESPACES = {id(globals())}
# Pyodide only: the event loop class every run's asyncio uses (set up below), None on CPython.
PYODIDE_LOOP_CLASS = None


def hide_from_tracebacks(namespace):
    """Leaves the frames of the module with these globals out of the reader's tracebacks."""
    _RUNNER_NAMESPACES.add(id(namespace))


def _no_input(prompt=""):
    raise EOFError(NO_INPUT)


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def _user_traceback(tb):
    # Drop the driver's own frames (above the reader's code, and inside stand-ins such as
    # input()), so tracebacks look as they would for "python3 main.py".
    frames = []
    while tb is not None:
        if id(tb.tb_frame.f_globals) not in _RUNNER_NAMESPACES:
            frames.append(tb)
        tb = tb.tb_next
    while frames and frames[0].tb_frame.f_code.co_filename != FILENAME:
        frames.pop(0)
    rebuilt = None
    for t in reversed(frames):
        rebuilt = types.TracebackType(rebuilt, t.tb_frame, t.tb_lasti, t.tb_lineno)
    return rebuilt


def _last_user_line(tb):
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _exit_status(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    _flush()
    print(code, file=sys.stderr)
    return 1


def run(source, tracer=None, virtual_time=False):
    # tracer: the timeline recorder (examples_timeline.py), or None for a plain run.
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    main = types.ModuleType("__main__")
    main.__file__ = FILENAME
    main.__builtins__ = builtins
    saved = {
        "main": sys.modules.get("__main__"),
        "modules": set(sys.modules),
        "input": builtins.input,
        "argv": sys.argv,
        "path": list(sys.path),
        "warnings": _save_warnings(),
        "logging": _save_logging(),
        "streams": (sys.stdout, sys.stderr),
    }
    sys.modules["__main__"] = main
    sys.argv = [FILENAME]
    sys.stdin = io.StringIO("")
    builtins.input = _no_input
    if ON_PYODIDE:
        _fresh_asyncio()
    hidden = _hide_browser_modules() if ON_PYODIDE else None
    clock = VirtualClock() if virtual_time else None
    if clock is not None:
        clock.install()
    try:
        try:
            code = compile(source, FILENAME, "exec", dont_inherit=True)
        except SyntaxError as e:
            # Like CPython for a script: no "Traceback" header, just the location and caret.
            _flush()
            sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
            return (1, e.lineno, e.offset, type(e).__name__ + ": " + str(e.msg))
        if tracer is not None:
            tracer.attach(code)
        return _execute(code, main.__dict__)
    finally:
        if tracer is not None:
            tracer.detach()
        if clock is not None:
            clock.uninstall()
        if saved["main"] is not None:
            sys.modules["__main__"] = saved["main"]
        _forget_user_modules(saved["modules"])
        # The program's objects die now, as at the exit of "python3 main.py", while its output
        # is still this run's: a module's globals and its functions refer to each other, so
        # without a collection here their finalisers (__del__, a suspended generator's finally)
        # would run whenever the collector next runs, printing into a later run.
        main = None
        gc.collect()
        _flush()
        sys.stdout, sys.stderr = saved["streams"]
        builtins.input = saved["input"]
        sys.argv = saved["argv"]
        sys.path[:] = saved["path"]
        _restore_warnings(saved["warnings"])
        _restore_logging(saved["logging"])
        if hidden is not None:
            _restore_browser_modules(hidden)
        if ON_PYODIDE:
            _fresh_asyncio()
            try:
                os.chdir(_CWD)
            except OSError:
                pass


class VirtualClock:
    """Virtual time: the program's clocks move only when it waits, by what the wait would last.

    time.sleep skips its wait and moves the clocks on by it, and so does the event loop when
    nothing is ready before its next timer; time.monotonic (which the asyncio loop reads),
    time.perf_counter and time.time read the clocks. The program's own work takes no time on them,
    except that each read moves them on by a microsecond, so a loop that waits for a clock to pass
    a moment still ends. A run's timing is then the same on every machine, however slow or busy
    it is. Waits on other threads (which only CPython has) are real.
    """

    CLOCKS = ("monotonic", "perf_counter", "time")
    TICK = 1e-6

    def __init__(self):
        self.elapsed = 0.0  # seconds of virtual time since the program started
        self.saved = {}
        self.origins = {}

    def skip(self, seconds):
        if seconds > 0:
            self.elapsed += seconds

    def peek_perf_counter(self):
        # What time.perf_counter reads now, without moving the clock (for the timeline recorder).
        return self.origins["perf_counter"] + self.elapsed

    def install(self):
        global _ACTIVE_CLOCK
        names = self.CLOCKS + tuple(name + "_ns" for name in self.CLOCKS) + ("sleep",)
        self.saved = {name: getattr(time, name) for name in names}
        self.saved["DefaultSelector"] = selectors.DefaultSelector
        self.origins = {name: self.saved[name]() for name in self.CLOCKS}
        for name in self.CLOCKS:
            setattr(time, name, self._reader(self.origins[name]))
            setattr(time, name + "_ns", self._ns_reader(self.origins[name]))
        real_sleep = self.saved["sleep"]

        def sleep(seconds):
            if not isinstance(seconds, (int, float)) or seconds < 0:
                real_sleep(seconds)  # raises what time.sleep raises
            self.skip(seconds)

        time.sleep = sleep
        clock = self

        class VirtualSelector(self.saved["DefaultSelector"]):
            # The loop's wait for its next timer (CPython; Pyodide's loop calls time.sleep).
            def select(self, timeout=None):
                ready = super().select(0)
                if ready or timeout is None or timeout <= 0:
                    return ready if ready or timeout is not None else super().select(None)
                clock.skip(timeout)
                return []

        selectors.DefaultSelector = VirtualSelector
        _ACTIVE_CLOCK = self

    def _read(self):
        self.elapsed += self.TICK
        return self.elapsed

    def _reader(self, origin):
        return lambda: origin + self._read()

    def _ns_reader(self, origin):
        return lambda: int((origin + self._read()) * 1e9)

    def uninstall(self):
        global _ACTIVE_CLOCK
        for name, value in self.saved.items():
            setattr(selectors if name == "DefaultSelector" else time, name, value)
        self.saved = {}
        _ACTIVE_CLOCK = None


_ACTIVE_CLOCK = None
_REAL_PERF_COUNTER = time.perf_counter


def recorder_clock():
    """time.perf_counter for the timeline recorder: on virtual time, read without moving it."""
    clock = _ACTIVE_CLOCK
    return clock.peek_perf_counter() if clock is not None else _REAL_PERF_COUNTER()


# A program's warning filters and logging set-up (logging.basicConfig, its own loggers and
# handlers) end with it, and the next run starts as a fresh interpreter would, shows the
# warnings it shows, and configures logging anew.


def _execute(code, namespace):
    # Apart from run(), so that nothing of the program (a traceback, its frames) outlives the
    # call in a local variable and escapes run()'s collection of the program's garbage.
    try:
        exec(code, namespace)
    except SystemExit as e:
        return (_exit_status(e), None, None, None)
    except BaseException as e:
        tb = _user_traceback(e.__traceback__)
        e.__traceback__ = tb
        _flush()
        traceback.print_exception(type(e), e, tb)
        try:
            message = type(e).__name__ + (": " + str(e) if str(e) else "")
        except Exception:
            message = type(e).__name__
        status = 130 if isinstance(e, KeyboardInterrupt) else 1
        return (status, _last_user_line(tb), None, message)
    return (0, None, None, None)


def _save_warnings():
    return warnings.filters[:], warnings.showwarning, warnings.formatwarning


def _restore_warnings(saved):
    warnings.filters[:], warnings.showwarning, warnings.formatwarning = saved
    # Which warnings were shown already is kept per module (__warningregistry__) and for the
    # "once" action: forget it, or a warning the last run printed is not printed again.
    once = getattr(warnings, "onceregistry", None)
    if isinstance(once, dict):
        once.clear()
    for module in list(sys.modules.values()):
        registry = getattr(module, "__dict__", {}).get("__warningregistry__")
        if isinstance(registry, dict):
            registry.clear()


def _save_logging():
    manager = logging.Logger.manager
    loggers = [logging.root] + [v for v in manager.loggerDict.values() if isinstance(v, logging.Logger)]
    return {
        "by_name": dict(manager.loggerDict),
        "loggers": [
            (lg, lg.level, lg.parent, lg.handlers[:], lg.filters[:], lg.propagate, lg.disabled) for lg in loggers
        ],
        "disable": manager.disable,
        "logger_class": manager.loggerClass,
        "default_logger_class": logging.getLoggerClass(),
        "record_factory": logging.getLogRecordFactory(),
        "captured_showwarning": getattr(logging, "_warnings_showwarning", None),
    }


def _restore_logging(saved):
    manager = logging.Logger.manager
    in_use = {h for lg in [logging.root, *manager.loggerDict.values()] for h in getattr(lg, "handlers", ())}
    kept = set()
    for lg, level, parent, handlers, filters, propagate, disabled in saved["loggers"]:
        kept.update(handlers)
        lg.level, lg.parent, lg.propagate, lg.disabled = level, parent, propagate, disabled
        lg.handlers[:] = handlers
        lg.filters[:] = filters
    for handler in in_use - kept:
        try:
            handler.close()  # a FileHandler's file; a StreamHandler leaves its stream open
        except Exception:
            pass
    manager.loggerDict.clear()
    manager.loggerDict.update(saved["by_name"])
    manager.disable = saved["disable"]
    manager.loggerClass = saved["logger_class"]
    logging.setLoggerClass(saved["default_logger_class"])
    logging.setLogRecordFactory(saved["record_factory"])
    if hasattr(logging, "_warnings_showwarning"):
        logging._warnings_showwarning = saved["captured_showwarning"]
    manager._clear_cache()


class _NoBrowserFinder:
    # First on sys.meta_path while a program runs: importing a bridge to JavaScript fails as on
    # CPython (which has no such modules), with the reason.
    @staticmethod
    def find_spec(name, path=None, target=None):
        top = name.partition(".")[0]
        if top in BROWSER_MODULES:
            raise ModuleNotFoundError("No module named %r (%s)" % (top, NO_BROWSER), name=top)
        return None


def _is_bridge(name):
    return name.partition(".")[0] in BROWSER_MODULES


def _hide_browser_modules():
    # Take the bridges out of sys.modules, and Pyodide's finder of JavaScript modules out of
    # sys.meta_path, for the length of the run.
    modules = {name: sys.modules.pop(name) for name in list(sys.modules) if _is_bridge(name)}
    finders = sys.meta_path[:]
    sys.meta_path[:] = [_NoBrowserFinder] + [f for f in finders if type(f).__name__ != "JsFinder"]
    return modules, finders


def _restore_browser_modules(hidden):
    modules, finders = hidden
    sys.meta_path[:] = finders
    for name in list(sys.modules):
        if _is_bridge(name):
            del sys.modules[name]
    sys.modules.update(modules)


def _forget_user_modules(before):
    # Modules the program wrote (into the working directory or /tmp) and imported must not
    # leak into the next run.
    roots = tuple(os.path.join(d, "") for d in (_CWD, "/tmp"))
    for name in set(sys.modules) - before:
        path = getattr(sys.modules.get(name), "__file__", None)
        if path and os.path.abspath(path).startswith(roots):
            del sys.modules[name]


# ---------------------------------------------------------------------------------------------
# Pyodide only. Its own asyncio loop (WebLoop) needs WebAssembly stack switching to block in
# asyncio.run, which Node 20 and Safari lack. Stock asyncio on a selector loop that watches
# pipes and otherwise sleeps until the next timer behaves exactly as on CPython, since nothing
# here can wait on sockets or other threads.


def _setup_pyodide():
    import asyncio
    import selectors
    import socket
    import threading
    import time

    # Pyodide wraps asyncio.run and time.sleep to use its WebLoop (and stack switching where the
    # engine has it); put the originals back so every engine behaves like CPython.
    try:
        from pyodide import webloop

        asyncio.run = getattr(webloop, "_orig_run", asyncio.run)
        time.sleep = getattr(webloop, "_orig_sleep", time.sleep)
    except ImportError:
        pass

    # Unbuffered, as with "python -u": partial lines and stdout/stderr order come out as written.
    def unbuffered(fd, like):
        return io.TextIOWrapper(
            io.FileIO(fd, "w", closefd=False),
            encoding=like.encoding,
            errors=like.errors,
            write_through=True,
        )

    sys.stdout = sys.__stdout__ = unbuffered(1, sys.__stdout__)
    sys.stderr = sys.__stderr__ = unbuffered(2, sys.__stderr__)

    # Pyodide's poll() reports readiness but never sleeps, and nothing outside this one thread
    # can make a file ready while the loop waits: so look once, and if nothing is ready, sleep
    # until the next timer. Pipes are all a program can open here (socketpair() fails).
    class PipeSelector(selectors.PollSelector):
        def select(self, timeout=None):
            ready = super().select(0)
            if ready:
                return ready
            if timeout is None:
                raise RuntimeError(WAITS_FOREVER)
            if timeout > 0:
                time.sleep(timeout)  # really sleeps on Pyodide (busy-waits)
            return []

    base_loop = asyncio.SelectorEventLoop

    class Loop(base_loop):
        def __init__(self, selector=None):
            super().__init__(PipeSelector())

        # No self-pipe: there are no other threads or signals to wake the loop up.
        def _make_self_pipe(self):
            self._ssock = self._csock = None

        def _close_self_pipe(self):
            pass

        def _write_to_self(self):
            pass

        async def getaddrinfo(self, *args, **kwargs):
            raise OSError(NO_NETWORK)

        async def getnameinfo(self, *args, **kwargs):
            raise OSError(NO_NETWORK)

    # Same names as CPython's loop so that printing a loop gives the same text.
    Loop.__name__ = Loop.__qualname__ = base_loop.__name__
    Loop.__module__ = base_loop.__module__
    global PYODIDE_LOOP_CLASS
    PYODIDE_LOOP_CLASS = Loop  # the timeline recorder hears about task creation through it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import asyncio.unix_events as unix_events

        base_policy = getattr(unix_events, "_UnixDefaultEventLoopPolicy", None)
        if base_policy is None:
            base_policy = asyncio.DefaultEventLoopPolicy

    class Policy(base_policy):
        _loop_factory = Loop

    Policy.__name__ = Policy.__qualname__ = base_policy.__name__
    Policy.__module__ = base_policy.__module__

    global _fresh_asyncio

    def _fresh_asyncio():
        # Each run: no running or current loop, and a fresh policy (as in a new process).
        asyncio.events._set_running_loop(None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            asyncio.set_event_loop_policy(Policy())

    def blocked(*args, **kwargs):
        raise OSError(NO_NETWORK)

    for name in ("connect", "connect_ex", "bind", "sendto"):
        setattr(socket.socket, name, blocked)
    for name in (
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "create_connection",
        "create_server",
    ):
        setattr(socket, name, blocked)

    start = threading.Thread.start

    def start_thread(self):
        try:
            start(self)
        except RuntimeError as e:
            raise RuntimeError(str(e) + ": " + NO_THREADS) from None

    threading.Thread.start = start_thread


def _fresh_asyncio():
    pass


if ON_PYODIDE:
    _setup_pyodide()


if __name__ == "__main__":
    # CPython: python3 -u examples_driver.py program.py
    with open(sys.argv[1], encoding="utf-8") as f:
        _source = f.read()
    sys.exit(run(_source)[0])
