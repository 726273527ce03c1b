"""The timeline recorder: ``run_recorded(source, max_events)`` runs a program through the driver's
``run`` while recording, and returns ``(outcome, timeline_json)``.

It watches only the reader's code (code objects compiled from "main.py") through
``sys.monitoring`` (PEP 669): PY_START, PY_RESUME, PY_YIELD and PY_RETURN as local events on the
generator and coroutine code objects, CALL on every main.py code object (to see next(), send(),
throw() and close() calls and their arguments), and PY_THROW and PY_UNWIND globally. Task names
come from asyncio itself: the driver's event loop reports each task it creates. Nothing is
rewritten, and the recorder never calls the reader's code (values are described without calling
their __repr__), so the program prints what it prints without recording.
"""

import codecs
import dis
import io
import json
import sys
import types
import weakref

from examples_driver import FILENAME, PYODIDE_LOOP_CLASS, hide_from_tracebacks, recorder_clock, run

hide_from_tracebacks(globals())

TOOL = 4
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
BUILTIN_METHOD = type([].append)
METHOD_DESCRIPTORS = (type(types.GeneratorType.send), type(types.CoroutineType.send))
SUSPENDABLE = (types.GeneratorType, types.CoroutineType)
AWAITING_KINDS = ("coroutine", "task")
# Opcodes that tell how a frame resumed the one it called.
SEND = dis.opmap.get("SEND", -1)
FOR_ITER = dis.opmap.get("FOR_ITER", -1)
CACHE = dis.opmap.get("CACHE", 0)


def _lane_kind(code):
    flags = code.co_flags
    if flags & CO_ASYNC_GENERATOR:
        return "async-generator"
    if flags & CO_COROUTINE:
        return "coroutine"
    if flags & (CO_GENERATOR | CO_ITERABLE_COROUTINE):
        return "generator"
    return None


def _clip(text, limit=80):
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _repr(value, depth=0):
    # Describes a value without running any of the reader's code (no user __repr__).
    t = type(value)
    try:
        if value is None or t in (bool, int, float, complex):
            return _clip(repr(value), 40)
        if t is str or t is bytes:
            return repr(value if len(value) <= 40 else value[:40]) + ("…" if len(value) > 40 else "")
        if t in (tuple, list, set, frozenset) and depth < 2:
            items = list(value)[:6] if t in (tuple, list) else []
            if t in (set, frozenset):
                return "%s of %d" % (t.__name__, len(value))
            inner = ", ".join(_repr(v, depth + 1) for v in items)
            if len(value) > 6:
                inner += ", …"
            if t is tuple:
                return "(" + inner + ("," if len(value) == 1 else "") + ")"
            return "[" + inner + "]"
        if t is dict and depth < 2:
            parts = ["%s: %s" % (_repr(k, 2), _repr(v, depth + 1)) for k, v in list(value.items())[:4]]
            return "{" + ", ".join(parts) + (", …" if len(value) > 4 else "") + "}"
        if isinstance(value, BaseException):
            args = getattr(value, "args", ())
            if type(args) is not tuple:
                args = ()
            return "%s(%s)" % (t.__name__, ", ".join(_repr(a, 2) for a in args[:3]))
        if _is_future(value):
            return _future_words(value)
        if t is types.GeneratorType:
            return "<generator %s>" % value.gi_code.co_qualname
        if t is types.CoroutineType:
            return "<coroutine %s>" % value.cr_code.co_qualname
        if t is types.FunctionType:
            return "<function %s>" % value.__qualname__
        if isinstance(value, type):
            return "<class %s>" % type.__getattribute__(value, "__qualname__")
        return "<%s object>" % t.__qualname__
    except Exception:
        return "<%s object>" % t.__name__


def _is_future(value):
    asyncio = sys.modules.get("asyncio")
    return asyncio is not None and isinstance(value, asyncio.Future)


def _future_words(fut):
    asyncio = sys.modules["asyncio"]
    if isinstance(fut, asyncio.Task):
        coro = fut.get_coro()
        code = getattr(coro, "cr_code", None)
        return "task %s (%s)" % (fut.get_name(), code.co_qualname if code else "?")
    children = getattr(fut, "_children", None)
    if isinstance(children, list):
        return "gather() of %d" % len(children)
    delay = _timer_delay(fut)
    if delay is not None:
        return "a %s s timer" % _seconds(delay)
    return "a future"


def _seconds(delay):
    text = "%.3f" % max(delay, 0.0)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _timer_delay(fut):
    # asyncio.sleep(d) schedules futures._set_result_unless_cancelled(fut, result) d seconds ahead.
    try:
        loop = fut.get_loop()
        for handle in loop._scheduled:
            args = handle._args
            if args and args[0] is fut:
                return handle.when() - loop.time()
    except Exception:
        pass
    return None


def _no_referent():
    # Stands for a weak reference to what cannot be referred to weakly (or to nothing).
    return None


def _future_outcome(fut):
    # Reads a done future's outcome without marking its exception as retrieved.
    try:
        if fut.cancelled():
            return "cancelled"
        exc = fut._exception
        if exc is not None:
            return "raised " + _repr(exc)
        return _repr(fut._result)
    except Exception:
        return "done"


class Recorder:
    def __init__(self, max_events):
        self.max = max_events
        self.events = []
        self.lanes = []
        self.truncated = False
        # Set again as the program starts, on the clock it runs on (virtual time, if so); a
        # syntax error is printed before that.
        self.t0 = recorder_clock()
        self.codes = set()
        self.top = None
        self.by_frame = {}  # id(frame) -> lane
        self.frames = {}  # lane -> frame id
        self.state = {}  # lane -> "idle" | "running" | "suspended" | "done"
        self.stack = []  # lanes, innermost last
        self.pending = {}  # id(frame) -> (cause, detail) from a next()/send()/throw()/close() call
        self.waiting = {}  # lane -> (weakref to a future or None, words, is_timer)
        self.causes = {}  # lane -> detail of what last woke it
        self.implicit = set()  # lanes resumed because a throw passed through them
        self.last_yield = None  # (lane, id(value), id(caller frame)) of the last yield
        self.active = False
        self.tasks = {}  # lane -> weak reference to its asyncio task (names can change)
        self.sleep_code = None  # asyncio.sleep's code: its delay names the timer exactly
        self.sleep_delay = None

    # -- output ---------------------------------------------------------------------------------

    def emit(self, kind, lane, line, detail="", cause=None, stream=None):
        if len(self.events) >= self.max:
            if not self.truncated:
                self.truncated = True
                self.detach()
            return
        t = round((recorder_clock() - self.t0) * 1000, 2)
        self.events.append((kind, lane, line, t, detail, cause, stream))

    def to_json(self):
        for lane, ref in self.tasks.items():
            task = ref()
            if task is not None:
                kind, name, args, _, line = self.lanes[lane]
                self.lanes[lane] = (kind, name, args, task.get_name(), line)
        return json.dumps({"lanes": self.lanes, "events": self.events, "truncated": self.truncated, "max": self.max})

    def on_print(self, stream, text):
        if self.truncated or not text:
            return
        self.last_yield = None
        lane = self.stack[-1] if self.stack else -1
        f = sys._getframe(2)
        while f is not None and f.f_code.co_filename != FILENAME:
            f = f.f_back
        line = f.f_lineno if f is not None else None
        last = self.events[-1] if self.events else None
        if (
            last is not None
            and last[0] == "print"
            and last[1] == lane
            and last[2] == line
            and last[6] == stream
            and not last[4].endswith("\n")
        ):
            self.events[-1] = last[:4] + (last[4] + text,) + last[5:]
            return
        self.emit("print", lane, line, text, None, stream)

    # -- lanes ------------------------------------------------------------------------------------

    def new_lane(self, kind, code, frame, task=None):
        lane = len(self.lanes)
        args = None
        if kind != "main":
            try:
                names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
                if names and names[0] in ("self", "cls") and "." in code.co_qualname:
                    names = names[1:]  # methods: the object is in the name already
                values = frame.f_locals
                args = ", ".join(_repr(values[n], 1) for n in names if n in values)
                args = _clip(args, 40)
            except Exception:
                args = None
        self.lanes.append((kind, code.co_qualname if kind != "main" else "<module>", args, task, code.co_firstlineno))
        self.by_frame[id(frame)] = lane
        self.frames[lane] = id(frame)
        self.state[lane] = "idle"
        return lane

    def label(self, lane):
        kind, name, args, task, _ = self.lanes[lane]
        if kind == "main":
            return "the main program"
        ref = self.tasks.get(lane)
        live = ref() if ref is not None else None
        if live is not None:
            task = live.get_name()
        text = "%s(%s)" % (name, args or "")
        return text + (" · " + task if task else "")

    def push(self, lane):
        if lane in self.stack:
            self.stack.remove(lane)
        self.stack.append(lane)
        self.state[lane] = "running"

    def pop(self, lane, state):
        if lane in self.stack:
            self.stack.remove(lane)
        self.state[lane] = state
        self.implicit.discard(lane)

    def lane_of(self, frame, code):
        lane = self.by_frame.get(id(frame))
        if lane is None or self.lanes[lane][1] != code.co_qualname:
            return None
        return lane

    # -- why a lane runs --------------------------------------------------------------------------

    def wake_cause(self, lane, frame, starting):
        pending = self.pending.pop(id(frame), None)
        if pending is not None:
            return pending
        kind = self.lanes[lane][0]
        waiting = self.waiting.pop(lane, None)
        if waiting is not None:
            ref, words, is_timer = waiting
            fut = ref() if ref is not None else None
            if ref is None:
                return ("loop", "the event loop (after sleep(0))")
            if fut is not None and fut.done():
                outcome = _future_outcome(fut)
                if is_timer:
                    return ("timer", "%s firing" % words)
                if isinstance(fut, sys.modules["asyncio"].Task):
                    return ("task", "%s finishing: %s" % (words, outcome))
                return ("future", "%s done: %s" % (words, outcome))
        back = frame.f_back
        if back is not None and back.f_code.co_filename == FILENAME:
            parent = self.by_frame.get(id(back))
            op = _current_op(back)
            if parent is not None and self.state.get(parent) == "running" and op == SEND:
                before = self.causes.get(parent)
                via = "await" if kind in AWAITING_KINDS else "yield from"
                text = "%s passing it on (%s)" % (self.label(parent), via)
                return ("delegate", text + (" after " + before if before else ""))
            if op == FOR_ITER:
                return ("next", "a for loop (next)")
        if kind in AWAITING_KINDS:
            return ("loop", "the event loop" + (" (task start)" if starting else ""))
        return ("next", "next()")

    # -- sys.monitoring callbacks -----------------------------------------------------------------

    def on_start(self, code, offset):
        try:
            frame = sys._getframe(1)
            if code is self.sleep_code:
                # asyncio.sleep(delay) starts: its timer is the next thing a coroutine waits on.
                self.sleep_delay = frame.f_locals.get("delay")
                return
            self.last_yield = None
            if code is self.top:
                lane = self.new_lane("main", code, frame)
                self.push(lane)
                self.emit("start", lane, code.co_firstlineno or 1, "", None)
                return
            kind = _lane_kind(code)
            if kind is None or code.co_name == "<genexpr>":
                return
            lane = self.lane_of(frame, code)
            if lane is None or self.state.get(lane) != "idle":
                lane = self.new_lane(kind, code, frame)
            ref = self.tasks.get(lane)
            task = ref() if ref is not None else None
            if task is not None:
                kind, qualname, args, _, line = self.lanes[lane]
                self.lanes[lane] = (kind, qualname, args, task.get_name(), line)
            self.run_lane(lane, frame, "start")
        except Exception:
            pass

    def on_resume(self, code, offset):
        try:
            frame = sys._getframe(1)
            lane = self.lane_of(frame, code)
            if lane is None:
                return
            self.last_yield = None
            if lane in self.implicit:
                self.implicit.discard(lane)
                return
            self.run_lane(lane, frame, "resume")
        except Exception:
            pass

    def on_yield(self, code, offset, value):
        try:
            frame = sys._getframe(1)
            lane = self.lane_of(frame, code)
            if lane is None:
                return
            self.ensure_running(lane, frame)
            kind = self.lanes[lane][0]
            last = self.last_yield
            passed_on = last is not None and last[1] == id(value) and last[2] == id(frame)
            if kind in AWAITING_KINDS:
                if passed_on and last[0] in self.waiting:
                    ref, words, is_timer = self.waiting[last[0]]
                else:
                    ref, words, is_timer = self.awaited(value)
                self.waiting[lane] = (ref, words, is_timer)
                cause, detail = "await", words
            elif passed_on:
                cause, detail = "delegate", "%s from %s" % (_repr(value), self.label(last[0]))
            else:
                cause, detail = "yield", _repr(value)
            self.pop(lane, "suspended")
            self.emit("suspend", lane, frame.f_lineno, detail, cause)
            self.last_yield = (lane, id(value), id(frame.f_back) if frame.f_back is not None else None)
            # Lanes a throw() passed through give the value on without running any bytecode.
            while self.stack and self.stack[-1] in self.implicit:
                parent = self.stack[-1]
                self.pop(parent, "suspended")
                self.emit("suspend", parent, None, "%s from %s" % (detail, self.label(lane)), "delegate")
        except Exception:
            pass

    def awaited(self, value):
        if value is None:
            self.sleep_delay = None
            return (None, "the event loop (sleep(0))", False)
        if _is_future(value):
            asyncio = sys.modules["asyncio"]
            is_timer = not isinstance(value, asyncio.Task) and _timer_delay(value) is not None
            try:
                ref = weakref.ref(value)
            except TypeError:
                ref = _no_referent
            words = _future_words(value)
            delay, self.sleep_delay = self.sleep_delay, None
            if is_timer and isinstance(delay, (int, float)):
                words = "a %s s timer" % _seconds(delay)
            return (ref, words, is_timer)
        return (_no_referent, _repr(value), False)

    def run_lane(self, lane, frame, kind):
        """The lane runs (kind "start" or "resume"), woken by whatever wake_cause finds."""
        cause, detail = self.wake_cause(lane, frame, kind == "start")
        self.causes[lane] = detail
        self.push(lane)
        self.emit(kind, lane, frame.f_lineno, detail, cause)

    def finish(self, code):
        """The lane of the frame that is ending (its caller's caller), now closed; or None."""
        frame = sys._getframe(2)
        lane = self.lane_of(frame, code)
        if lane is None:
            return None, frame
        self.ensure_running(lane, frame)
        self.last_yield = None
        self.pop(lane, "done")
        self.by_frame.pop(id(frame), None)
        return lane, frame

    def on_return(self, code, offset, value):
        try:
            lane, frame = self.finish(code)
            if lane is None:
                return
            detail = "" if self.lanes[lane][0] == "main" else _repr(value)
            self.emit("return", lane, frame.f_lineno or None, detail, None)
        except Exception:
            pass

    def on_unwind(self, code, offset, exc):
        try:
            if code.co_filename != FILENAME:
                return
            lane, frame = self.finish(code)
            if lane is None:
                return
            self.emit("raise", lane, frame.f_lineno or None, _repr(exc), None)
        except Exception:
            pass

    def on_throw(self, code, offset, exc):
        # A throw() resumes the frame it lands in and every suspended lane it passed through
        # (yield from / await chains), outermost first.
        try:
            frame = sys._getframe(1)
            chain = []
            f = frame
            while f is not None:
                lane = self.by_frame.get(id(f))
                if lane is None or self.lanes[lane][1] != f.f_code.co_qualname:
                    if f is frame:
                        f = f.f_back
                        continue
                    break
                if self.state.get(lane) in ("suspended", "idle"):
                    chain.append((lane, f))
                elif self.state.get(lane) == "running" and lane in self.implicit:
                    self.implicit.discard(lane)
                f = f.f_back
            if not chain:
                return
            self.last_yield = None
            pending = None
            for _, f in chain:
                pending = self.pending.pop(id(f), None) or pending
            asyncio = sys.modules.get("asyncio")
            if pending is not None and pending[0] == "close":
                cause, detail = pending
            elif isinstance(exc, GeneratorExit):
                cause, detail = "close", "close() (GeneratorExit thrown in)"
            elif asyncio is not None and isinstance(exc, asyncio.CancelledError):
                cause, detail = "throw", "cancellation (CancelledError thrown in)"
            else:
                cause, detail = "throw", "throw(%s)" % _repr(exc)
            for lane, f in reversed(chain):
                lane_cause, lane_detail = cause, detail
                waiting = self.waiting.pop(lane, None)
                fut = waiting[0]() if waiting is not None and waiting[0] is not None else None
                if fut is not None and fut.done():
                    lane_cause = "task" if isinstance(fut, asyncio.Task) else "future"
                    lane_detail = "%s finishing: %s (%s thrown in)" % (
                        waiting[1],
                        _future_outcome(fut),
                        type(exc).__name__,
                    )
                self.causes[lane] = lane_detail
                kind = "start" if self.state.get(lane) == "idle" else "resume"
                self.push(lane)
                if f is not frame:
                    self.implicit.add(lane)
                self.emit(kind, lane, f.f_lineno, lane_detail, lane_cause)
        except Exception:
            pass

    def on_call(self, code, offset, fn, arg0):
        try:
            if fn is next:
                target, cause, detail = arg0, "next", "next()"
            elif type(fn) in METHOD_DESCRIPTORS and fn.__name__ in ("send", "throw", "close"):
                # g.send(v) calls the method with g as its first argument; the value it sends is
                # not among what CALL reports.
                target = arg0
                name = fn.__name__
                cause, detail = name, name + ("()" if name == "close" else "(…)")
            elif type(fn) is BUILTIN_METHOD and isinstance(getattr(fn, "__self__", None), SUSPENDABLE):
                name = fn.__name__
                target = fn.__self__
                if name == "send":
                    cause, detail = "send", "send(%s)" % _repr(arg0)
                elif name == "throw":
                    cause, detail = "throw", "throw(%s)" % _repr(arg0)
                elif name == "close":
                    cause, detail = "close", "close()"
                else:
                    return
            else:
                return sys.monitoring.DISABLE
            if not isinstance(target, SUSPENDABLE):
                return
            frame = target.gi_frame if type(target) is types.GeneratorType else target.cr_frame
            if frame is not None:
                self.pending[id(frame)] = (cause, detail)
        except Exception:
            pass

    def ensure_running(self, lane, frame):
        # A lane that runs without a resume event (an exception passed into it) resumes now.
        if self.state.get(lane) == "running":
            if lane in self.implicit:
                self.implicit.discard(lane)
            return
        self.push(lane)
        self.emit("resume", lane, frame.f_lineno, "an exception passed in", "throw")

    def on_task_created(self, task, coro):
        try:
            code = getattr(coro, "cr_code", None)
            frame = getattr(coro, "cr_frame", None)
            if code is None or frame is None or code not in self.codes:
                return
            name = task.get_name()
            lane = self.lane_of(frame, code)
            try:
                ref = weakref.ref(task)
            except TypeError:
                ref = _no_referent
            if lane is None:
                lane = self.new_lane("task", code, frame, name)
                f = sys._getframe(1)
                while f is not None and f.f_code.co_filename != FILENAME:
                    f = f.f_back
                self.emit("create", lane, f.f_lineno if f is not None else None, "", None)
            else:
                kind, qualname, args, _, line = self.lanes[lane]
                self.lanes[lane] = ("task", qualname, args, name, line)
            self.tasks[lane] = ref
        except Exception:
            pass

    # -- switching monitoring on and off ------------------------------------------------------------

    def attach(self, code):
        M = sys.monitoring
        E = M.events
        self.t0 = recorder_clock()
        self.top = code
        todo = [code]
        while todo:
            c = todo.pop()
            if c.co_filename != FILENAME or c in self.codes:
                continue
            self.codes.add(c)
            todo.extend(k for k in c.co_consts if isinstance(k, types.CodeType))
        if M.get_tool(TOOL) is not None:
            M.free_tool_id(TOOL)
        M.use_tool_id(TOOL, "timeline")
        M.register_callback(TOOL, E.PY_START, self.on_start)
        M.register_callback(TOOL, E.PY_RESUME, self.on_resume)
        M.register_callback(TOOL, E.PY_YIELD, self.on_yield)
        M.register_callback(TOOL, E.PY_RETURN, self.on_return)
        M.register_callback(TOOL, E.PY_UNWIND, self.on_unwind)
        M.register_callback(TOOL, E.PY_THROW, self.on_throw)
        M.register_callback(TOOL, E.CALL, self.on_call)
        lane_events = E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN | E.CALL
        for c in self.codes:
            if c is code:
                M.set_local_events(TOOL, c, E.PY_START | E.PY_RETURN | E.CALL)
            elif _lane_kind(c) is not None and c.co_name != "<genexpr>":
                M.set_local_events(TOOL, c, lane_events)
            else:
                M.set_local_events(TOOL, c, E.CALL)
        asyncio = sys.modules.get("asyncio")
        sleep = getattr(getattr(asyncio, "tasks", None), "sleep", None)
        self.sleep_code = getattr(sleep, "__code__", None)
        if self.sleep_code is not None:
            M.set_local_events(TOOL, self.sleep_code, E.PY_START)
        M.set_events(TOOL, E.PY_UNWIND | E.PY_THROW)
        self.active = True

    def detach(self):
        if not self.active:
            return
        self.active = False
        M = sys.monitoring
        try:
            M.set_events(TOOL, 0)
            for c in self.codes:
                M.set_local_events(TOOL, c, 0)
            if self.sleep_code is not None:
                M.set_local_events(TOOL, self.sleep_code, 0)
            for event in (
                M.events.PY_START,
                M.events.PY_RESUME,
                M.events.PY_YIELD,
                M.events.PY_RETURN,
                M.events.PY_UNWIND,
                M.events.PY_THROW,
                M.events.CALL,
            ):
                M.register_callback(TOOL, event, None)
            M.free_tool_id(TOOL)
        except Exception:
            pass


def _current_op(frame):
    # The instruction a frame is executing (3.12 can point into the inline cache after it).
    try:
        code = frame.f_code.co_code
        i = frame.f_lasti
        while i > 0 and code[i] == CACHE:
            i -= 2
        return code[i]
    except Exception:
        return None


class _RecordingRaw(io.RawIOBase):
    # Sits under the program's sys.stdout / sys.stderr (a real io.TextIOWrapper, as without
    # recording) and notes every write before passing it on to the file descriptor.
    def __init__(self, fd, stream, recorder, encoding, errors):
        self._file = io.FileIO(fd, "w", closefd=False)
        self._stream = stream
        self._recorder = recorder
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")

    @property
    def name(self):
        return self._file.name

    @property
    def mode(self):
        return self._file.mode

    def fileno(self):
        return self._file.fileno()

    def isatty(self):
        return self._file.isatty()

    def writable(self):
        return True

    def write(self, data):
        data = bytes(data)
        self._recorder.on_print(self._stream, self._decoder.decode(data))
        view = memoryview(data)
        while view:
            written = self._file.write(view)
            view = view[written or 0 :]
        return len(data)


def _recording_stream(like, fd, stream, recorder):
    raw = _RecordingRaw(fd, stream, recorder, like.encoding, like.errors)
    return io.TextIOWrapper(raw, encoding=like.encoding, errors=like.errors, write_through=True)


def timeline_available():
    return hasattr(sys, "monitoring")


def run_recorded(source, max_events, virtual_time=False):
    """Runs like run(source, virtual_time=…) while recording; returns (outcome, timeline_json)."""
    recorder = Recorder(max_events)
    streams = (sys.stdout, sys.stderr)
    sys.stdout = _recording_stream(streams[0], 1, "stdout", recorder)
    sys.stderr = _recording_stream(streams[1], 2, "stderr", recorder)
    loop_class = PYODIDE_LOOP_CLASS
    if loop_class is not None:

        def create_task(self, coro, **kwargs):
            task = loop_class.__mro__[1].create_task(self, coro, **kwargs)
            recorder.on_task_created(task, coro)
            return task

        loop_class.create_task = create_task
    try:
        outcome = run(source, recorder, virtual_time)
    finally:
        recorder.detach()
        if loop_class is not None and "create_task" in loop_class.__dict__:
            del loop_class.create_task
        sys.stdout, sys.stderr = streams
    return (outcome, recorder.to_json())
