// The runtime half of TypeScript recording: the `$__tl` object that instrumented code (see
// instrument.ts) calls. It keeps a stack of the lanes that run now and turns the calls into
// timeline events. Everything it does is invisible to the program: values pass through
// unchanged, `await` sees a promise that settles exactly when the plain one would, and values
// are described without calling the program's code (no getters, no toString).
import { MAX_TIMELINE_EVENTS, TimelineBuilder, type EventCause, type LaneKind, type TimelineData } from './model';

const NativePromise = Promise;
const GeneratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})())) as object;
const AsyncGeneratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())) as object;

type LaneState = 'running' | 'suspended' | 'done';

function isNativeGenerator(value: unknown): value is Generator<unknown, unknown, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto !== null && Object.getPrototypeOf(proto) === GeneratorPrototype;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function dataValue(target: object, key: PropertyKey): { ok: true; value: unknown } | { ok: false } {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return 'value' in d ? { ok: true, value: d.value } : { ok: false };
  }
  return { ok: false };
}

function className(value: object): string | undefined {
  const ctor = dataValue(value, 'constructor');
  if (!ctor.ok || typeof ctor.value !== 'function') return undefined;
  const name = dataValue(ctor.value, 'name');
  return name.ok && typeof name.value === 'string' && name.value ? name.value : undefined;
}

/** A short, Node-like description of a value, e.g. `'abc'`, `[ 1, 2 ]`, `Promise`. */
export function describeValue(value: unknown, depth = 0): string {
  try {
    switch (typeof value) {
      case 'undefined':
        return 'undefined';
      case 'string':
        return `'${clip(value, 40).replace(/\n/g, '\\n')}'`;
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint':
        return `${value}n`;
      case 'boolean':
        return String(value);
      case 'symbol':
        return clip(Symbol.prototype.toString.call(value), 40);
      case 'function': {
        const name = dataValue(value, 'name');
        const text = name.ok && typeof name.value === 'string' && name.value ? name.value : '(anonymous)';
        return `[Function: ${text}]`;
      }
    }
    if (value === null) return 'null';
    const object = value as object;
    if (object instanceof NativePromise) return 'Promise';
    if (isNativeGenerator(object)) return 'Object [Generator] {}';
    const proto = Object.getPrototypeOf(object) as object | null;
    if (proto && Object.getPrototypeOf(proto) === AsyncGeneratorPrototype) return 'Object [AsyncGenerator] {}';
    if (typeof DOMException === 'function' && object instanceof DOMException) {
      // An aborted signal's AbortError: its name and message are the platform's own getters.
      const get = (key: 'name' | 'message') =>
        Object.getOwnPropertyDescriptor(DOMException.prototype, key)?.get?.call(object) as string | undefined;
      const name = get('name') ?? 'DOMException';
      const message = get('message');
      return clip(message ? `${name}: ${message}` : name, 60);
    }
    if (object instanceof Error) {
      const name = dataValue(object, 'name');
      const message = dataValue(object, 'message');
      const n = name.ok && typeof name.value === 'string' ? name.value : 'Error';
      const m = message.ok && typeof message.value === 'string' ? message.value : '';
      return clip(m ? `${n}: ${m}` : n, 60);
    }
    if (Array.isArray(object)) {
      if (depth > 1) return '[Array]';
      const items: string[] = [];
      const length = object.length;
      for (let i = 0; i < Math.min(length, 6); i++) {
        const item = dataValue(object, i);
        items.push(item.ok ? describeValue(item.value, depth + 1) : '[Getter]');
      }
      if (length > 6) items.push(`… ${length - 6} more`);
      return clip(items.length ? `[ ${items.join(', ')} ]` : '[]', 80);
    }
    if (object instanceof Map) return `Map(${sizeOf(object, Map.prototype)})`;
    if (object instanceof Set) return `Set(${sizeOf(object, Set.prototype)})`;
    const name = className(object);
    if (depth > 1) return name && name !== 'Object' ? `[${name}]` : '[Object]';
    const keys = Object.keys(object).slice(0, 4);
    const parts = keys.map((key) => {
      const item = dataValue(object, key);
      return `${key}: ${item.ok ? describeValue(item.value, depth + 1) : '[Getter]'}`;
    });
    if (Object.keys(object).length > 4) parts.push('…');
    const body = parts.length ? `{ ${parts.join(', ')} }` : '{}';
    return clip(name && name !== 'Object' ? `${name} ${body}` : body, 80);
  } catch {
    return '[value]';
  }
}

function sizeOf(object: object, proto: object): number {
  const getter = Object.getOwnPropertyDescriptor(proto, 'size')?.get;
  return getter ? (getter.call(object) as number) : 0;
}

export interface TypeScriptRecorderOptions {
  maxEvents?: number;
  now?: () => number;
}

/** One run's recorder; instrumented code reaches it as `$__tl`. */
export class TypeScriptTimelineRecorder {
  private readonly builder: TimelineBuilder;
  private readonly stack: number[] = [];
  private readonly state: LaneState[] = [];
  private readonly returned = new Map<number, { text: string; line: number }>();
  /** What each lane awaits now (the source text of the operand). */
  private readonly awaiting = new Map<number, { text: string; line: number }>();
  private readonly calls: string[] = [];
  /** The macrotask whose microtasks run now (e.g. "setTimeout(…, 100) firing"), or ''. */
  private context = '';
  private lastSuspended = -1;

  constructor(options: TypeScriptRecorderOptions = {}) {
    this.builder = new TimelineBuilder('typescript', options.maxEvents ?? MAX_TIMELINE_EVENTS, options.now);
    this.builder.addLane({ kind: 'main', name: 'main program', line: 1 });
    this.state.push('running');
    this.calls.push('the main program');
    this.stack.push(0);
    this.builder.add({ kind: 'start', lane: 0, line: 1, detail: '' });
  }

  finish(): TimelineData {
    return this.builder.finish();
  }

  // -- called by the host (execute.ts) ------------------------------------------------------------

  print(stream: 'stdout' | 'stderr', text: string, line: number | null): void {
    if (!text || this.builder.full) return;
    const lane = this.stack.length ? (this.stack[this.stack.length - 1] as number) : -1;
    const events = this.builder.events;
    const last = events[events.length - 1];
    if (
      last &&
      last.kind === 'print' &&
      last.lane === lane &&
      last.line === line &&
      last.stream === stream &&
      !last.detail.endsWith('\n')
    ) {
      last.detail += text;
      return;
    }
    this.builder.add({ kind: 'print', lane, line, detail: text, stream });
  }

  /** A timer callback starts (its microtasks follow it). */
  timer(detail: string, line: number | null): void {
    this.context = detail;
    // Lanes left on the stack by a callback that threw are not running any more.
    this.stack.length = 0;
    for (let lane = 0; lane < this.state.length; lane++)
      if (this.state[lane] === 'running') this.state[lane] = 'suspended';
    this.builder.add({ kind: 'timer', lane: -1, line, detail });
  }

  /** The top-level code finished (normally, or with `error`). */
  mainEnd(): void {
    this.exit(0);
  }

  mainRaised(error: unknown): void {
    if (this.state[0] !== 'done') this.raise(0, error);
  }

  // -- called by instrumented code ----------------------------------------------------------------

  enter(kind: LaneKind, name: string, line: number, args: unknown[]): number {
    if (this.builder.full) return -1;
    const described = clip(args.map((a) => describeValue(a, 2)).join(', '), 40);
    const lane = this.builder.addLane({ kind, name, args: described, line });
    this.state[lane] = 'running';
    this.calls[lane] = `${name}(${described})`;
    this.stack.push(lane);
    const started = kind === 'async-function' ? 'a call' : 'next()';
    this.emit('start', lane, line, started, kind === 'async-function' ? 'call' : 'next');
    return lane;
  }

  /** A `yield` in a generator: `(yield* $__tl.gy(L, value, line))`. */
  *gy(lane: number, value: unknown, line: number): Generator<unknown, unknown, unknown> {
    if (lane < 0) return yield value;
    this.suspend(lane, line, describeValue(value), 'yield');
    let how: 'return' | 'next' | 'throw' = 'return';
    try {
      const sent = yield value;
      how = 'next';
      if (sent === undefined) this.resume(lane, line, 'next()', 'next');
      else this.resume(lane, line, `next(${describeValue(sent)})`, 'send');
      return sent;
    } catch (error) {
      how = 'throw';
      this.resume(lane, line, `throw(${describeValue(error)})`, 'throw');
      throw error;
    } finally {
      if (how === 'return') this.resume(lane, line, 'return()', 'close');
    }
  }

  /** The iterable of a `yield*` in a generator. Its iterator is taken here (once, as `yield*`
   * itself would) and wrapped, so that the delegating lane is seen to pause while the inner
   * iterator hands values out, and to resume when its caller asks for the next one. */
  gd(lane: number, iterable: unknown, line: number): unknown {
    if (lane < 0 || iterable === null || iterable === undefined) return iterable;
    const method = (iterable as { [Symbol.iterator]?: unknown })[Symbol.iterator];
    if (typeof method !== 'function') return iterable; // yield* throws its own TypeError
    const inner = method.call(iterable) as Iterator<unknown, unknown, unknown>;
    if (typeof inner !== 'object' || inner === null) return iterable;
    const next = inner.next;
    let first = true;
    const passOn = (result: IteratorResult<unknown, unknown>): IteratorResult<unknown, unknown> => {
      if (result !== null && typeof result === 'object' && !result.done) {
        const from = this.lastSuspended >= 0 ? ` from ${this.calls[this.lastSuspended] ?? '?'}` : '';
        this.suspend(lane, line, `${describeValue(result.value)}${from}`, 'delegate');
      }
      return result;
    };
    type Step = (value?: unknown) => IteratorResult<unknown, unknown>;
    const call = (method: unknown, value: unknown): IteratorResult<unknown, unknown> => {
      this.lastSuspended = -1;
      return passOn((method as Step).call(inner, value));
    };
    const wrapper: Iterator<unknown, unknown, unknown> & Iterable<unknown> = {
      [Symbol.iterator]: () => wrapper,
      next: (sent?: unknown) => {
        if (!first) {
          if (sent === undefined) this.resume(lane, line, 'next()', 'next');
          else this.resume(lane, line, `next(${describeValue(sent)})`, 'send');
        }
        first = false;
        return call(next, sent);
      },
    };
    // throw() and return() exist on the wrapper only if the inner iterator has them, since
    // yield* behaves differently without them.
    if (inner.throw !== undefined) {
      const method = inner.throw;
      wrapper.throw = (error?: unknown) => {
        first = false;
        this.resume(lane, line, `throw(${describeValue(error)})`, 'throw');
        return call(method, error);
      };
    }
    if (inner.return !== undefined) {
      const method = inner.return;
      wrapper.return = (value?: unknown) => {
        first = false;
        this.resume(lane, line, 'return()', 'close');
        return call(method, value);
      };
    }
    return wrapper;
  }

  /** The operand of an `await`: `$__tl.ar(L, await $__tl.aw(L, value, line, text))`. The value
   * passes through untouched (no extra promise, no extra reaction), so the await takes exactly
   * as many ticks as without recording, and async stack traces stay as they are. */
  aw(lane: number, value: unknown, line: number, text: string): unknown {
    if (lane < 0 || this.builder.full) return value;
    this.suspend(lane, line, text, 'await');
    this.awaiting.set(lane, { text, line });
    return value;
  }

  /** A `yield` in an async generator, before it pauses: `$__tl.ar(L, yield $__tl.ay(L, v, line))`. */
  ay(lane: number, value: unknown, line: number): unknown {
    if (lane >= 0 && !this.builder.full) this.suspend(lane, line, describeValue(value), 'yield');
    return value;
  }

  /** Right after an await (or an async generator's yield) continues normally. */
  ar(lane: number, result: unknown): unknown {
    if (lane < 0 || this.state[lane] === 'running') return result;
    const awaited = this.awaiting.get(lane);
    this.awaiting.delete(lane);
    const context = this.context ? ` (in the ${this.context} turn)` : '';
    if (awaited) this.resume(lane, awaited.line, `${awaited.text} → ${describeValue(result)}${context}`, 'promise');
    else if (result === undefined) this.resume(lane, null, 'next()', 'next');
    else this.resume(lane, null, `next(${describeValue(result)})`, 'send');
    return result;
  }

  /** First thing in a catch or finally block: the lane may have been resumed by an exception
   * (a rejected await, a throw() into an async generator). */
  caught(lane: number, error?: unknown): void {
    if (lane < 0 || this.state[lane] === 'running' || this.state[lane] === 'done') return;
    const awaited = this.awaiting.get(lane);
    this.awaiting.delete(lane);
    const what = error === undefined ? 'an exception' : describeValue(error);
    const context = this.context ? ` (in the ${this.context} turn)` : '';
    if (awaited) this.resume(lane, awaited.line, `${awaited.text} rejecting with ${what}${context}`, 'throw');
    else this.resume(lane, null, `${what} passed in`, 'throw');
  }

  ret(lane: number, value: unknown, line: number): unknown {
    if (lane >= 0) this.returned.set(lane, { text: describeValue(value), line });
    return value;
  }

  raise(lane: number, error: unknown): void {
    if (lane < 0 || this.state[lane] === 'done') return;
    this.ensureRunning(lane);
    this.pop(lane, 'done');
    this.emit('raise', lane, null, describeValue(error));
  }

  /** The function's body is left (`line`: where it ends). */
  exit(lane: number, line: number | null = null): void {
    if (lane < 0 || this.state[lane] === 'done') return;
    this.ensureRunning(lane);
    this.pop(lane, 'done');
    const returned = this.returned.get(lane);
    this.emit('return', lane, returned?.line ?? line, lane === 0 ? '' : (returned?.text ?? 'undefined'));
  }

  // -- the lane stack -----------------------------------------------------------------------------

  private emit(
    kind: 'start' | 'resume' | 'suspend' | 'return' | 'raise',
    lane: number,
    line: number | null,
    detail: string,
    cause?: EventCause,
  ): void {
    this.builder.add(cause ? { kind, lane, line, detail, cause } : { kind, lane, line, detail });
  }

  private pop(lane: number, state: LaneState): void {
    const i = this.stack.lastIndexOf(lane);
    if (i !== -1) this.stack.splice(i, 1);
    this.state[lane] = state;
  }

  private resume(lane: number, line: number | null, detail: string, cause: EventCause): void {
    if (this.state[lane] === 'running' || this.state[lane] === 'done') return;
    this.stack.push(lane);
    this.state[lane] = 'running';
    this.emit('resume', lane, line, detail, cause);
  }

  private suspend(lane: number, line: number, detail: string, cause: EventCause): void {
    this.ensureRunning(lane);
    this.pop(lane, 'suspended');
    this.lastSuspended = lane;
    this.emit('suspend', lane, line, detail, cause);
  }

  /** A lane that runs without having been seen to resume (an exception or return() passed in). */
  private ensureRunning(lane: number): void {
    if (this.state[lane] === 'running') return;
    const awaited = this.awaiting.get(lane);
    this.awaiting.delete(lane);
    if (awaited) this.resume(lane, awaited.line, `${awaited.text} rejecting`, 'throw');
    else this.resume(lane, null, 'an exception or return() passed in', 'throw');
  }
}
