/** Entries for iteration, generators and delegation (chapters 1 to 3). */
import type { TermId } from '../summaries';
import type { TermDetails } from '../types';

export const iterationEntries = {
  iterable: {
    aliases: ['iterable object'],
    keywords: ['__iter__', 'iter()', 'for...of', 'Iterable<T>', 'reusable'],
    definition:
      'An iterable is anything you can loop over: it knows how to produce an iterator, and `iter(x)` asks it for one. ' +
      'Lists, strings, dicts, files and ranges are iterables. ' +
      'A well-behaved iterable hands out a fresh iterator on every request, which is why you can loop over a list twice but not over the iterator it returned.',
    python: {
      match: 'same',
      forms: ['__iter__(self)', 'iter(x)', 'collections.abc.Iterable'],
      note: 'Only `__iter__` is required; calling `next()` on a plain iterable is a `TypeError`.',
    },
    typescript: {
      match: 'same',
      forms: ['[Symbol.iterator](): Iterator<T>', 'Iterable<T>', 'for (const x of xs)'],
    },
    snippet: {
      python:
        'xs = [1, 2, 3]\nprint(iter(xs) is iter(xs))  # False: a new iterator each time\nprint(sum(xs), sum(xs))     # 6 6: reusable',
    },
    seeAlso: ['iterator', 'iterator-protocol', 'symbol-iterator', 'async-iterable'],
    introducedIn: {
      doc: '01-iterators/index.mdx',
      anchor: 'iterables',
      section: 'Iterables: things that hand out iterators',
    },
  },

  iterator: {
    aliases: ['iterator object'],
    keywords: ['__next__', 'next()', 'one-shot', 'stateful', 'IterableIterator'],
    definition:
      'An iterator produces items one at a time: each `next(it)` returns the following item, and when there are none left it raises `StopIteration`. ' +
      'It keeps its position as state, so it is usually one-shot: once exhausted it stays exhausted. ' +
      'Every iterator is also an iterable whose `__iter__` returns the iterator itself, so you can pass one to a `for` loop.',
    python: {
      match: 'same',
      forms: ['__next__(self)', '__iter__(self) → self', 'next(it)', 'next(it, default)', 'collections.abc.Iterator'],
    },
    typescript: {
      match: 'same',
      forms: ['next(): IteratorResult<T>', 'Iterator<T>', 'IterableIterator<T>'],
      note: 'The end is a result object `{ done: true }`, not an exception.',
    },
    snippet: {
      python: "it = iter('ab')\nprint(next(it), next(it))  # a b\nprint(next(it, 'end'))     # end",
      typescript: "const it = ['a', 'b'][Symbol.iterator]();\nconsole.log(it.next()); // { value: 'a', done: false }",
    },
    seeAlso: ['iterable', 'stop-iteration', 'generator', 'async-iterator'],
    introducedIn: { doc: '01-iterators/index.mdx', anchor: 'iterators', section: 'Iterators: one value at a time' },
  },

  'iterator-protocol': {
    aliases: ['iteration protocol'],
    keywords: ['for loop desugared', 'PEP 234', 'IteratorResult'],
    definition:
      'The iterator protocol is the contract between a loop and the thing it loops over. ' +
      'The loop calls `iter()` once to get an iterator, then `next()` again and again until `StopIteration` ends it, which the loop catches for you. ' +
      'Any object that implements the two methods works with `for`, unpacking, `list()`, `sum()` and every other consumer.',
    python: {
      match: 'same',
      forms: ['__iter__', '__next__', 'StopIteration'],
      note: 'Specified by PEP 234.',
    },
    typescript: {
      match: 'same',
      forms: ['[Symbol.iterator]()', 'next()', '{ value, done }', 'return?()'],
      note: 'The optional `return()` method lets a consumer that stops early tell the iterator, as `break` does.',
    },
    snippet: {
      python:
        "def for_each(iterable, body):\n    it = iter(iterable)\n    while True:\n        try:\n            item = next(it)\n        except StopIteration:\n            return\n        body(item)\n\nfor_each('hi', print)",
    },
    seeAlso: ['iterator', 'iterable', 'stop-iteration', 'symbol-iterator'],
    introducedIn: { doc: '01-iterators/index.mdx', anchor: 'iterator-protocol', section: 'The iterator protocol' },
  },

  'stop-iteration': {
    aliases: [],
    keywords: ['exhausted', 'done: true', 'StopIteration.value', 'PEP 479'],
    definition:
      '`StopIteration` is how an iterator says "no more items": `next()` raises it, and loops treat it as the normal end. ' +
      "When a generator returns, its return value travels in the exception's `value` attribute, which is how `yield from` and coroutines pass results back. " +
      'Since Python 3.7 (PEP 479) a `StopIteration` that escapes from inside a generator body is turned into a `RuntimeError`, so a stray `next()` inside cannot silently end the generator.',
    python: {
      match: 'same',
      forms: ['StopIteration', 'StopIteration.value'],
    },
    typescript: {
      match: 'closest',
      forms: ['{ value: undefined, done: true }', '{ value: returnValue, done: true }'],
      note: "No exception: the iterator returns a result object with `done: true`, whose `value` carries a generator's return value.",
    },
    snippet: {
      python:
        "def g():\n    yield 1\n    return 'result'\n\nit = g()\nnext(it)\ntry:\n    next(it)\nexcept StopIteration as stop:\n    print(stop.value)  # result",
    },
    seeAlso: ['iterator', 'stop-async-iteration', 'yield-from', 'generator'],
    introducedIn: { doc: '01-iterators/index.mdx', anchor: 'iterator-protocol', section: 'The iterator protocol' },
  },

  'symbol-iterator': {
    aliases: ['@@iterator'],
    keywords: ['well-known symbol', 'for...of', 'spread', 'Array.from'],
    definition:
      '`Symbol.iterator` is a well-known symbol used as a method name: an object with a `[Symbol.iterator]()` method that returns an iterator is iterable. ' +
      '`for...of`, spread syntax, destructuring and `Array.from` all look it up. ' +
      "It plays the role of Python's `__iter__`; using a symbol rather than a string name means it cannot clash with ordinary properties.",
    python: {
      match: 'closest',
      forms: ['__iter__'],
      note: 'Python uses a dunder method name instead of a symbol for the same hook.',
    },
    typescript: {
      match: 'same',
      forms: ['[Symbol.iterator]()', 'Iterable<T>'],
    },
    snippet: {
      typescript:
        'const pair = {\n  *[Symbol.iterator]() {\n    yield 1;\n    yield 2;\n  },\n};\nconsole.log([...pair]); // [ 1, 2 ]',
    },
    seeAlso: ['iterable', 'iterator-protocol', 'symbol-async-iterator'],
    introducedIn: { doc: '01-iterators/index.mdx', anchor: 'typescript-iterators', section: 'Iterators in TypeScript' },
  },

  'generator-function': {
    aliases: ['generator def', 'function*'],
    keywords: ['yield', 'def', 'lazy', 'PEP 255'],
    definition:
      'A generator function is a `def` whose own body contains `yield` somewhere, not counting functions nested inside it. ' +
      'Calling it runs none of the body: it returns a new generator object, and the body runs in steps as that generator is advanced. ' +
      'The presence of `yield` decides this when the function is compiled, not at run time.',
    python: {
      match: 'same',
      forms: ['def f(): ... yield ...', 'inspect.isgeneratorfunction(f)'],
      note: 'Introduced by PEP 255.',
    },
    typescript: {
      match: 'same',
      forms: ['function* f() { yield … }', '*method() { … }'],
      note: 'JavaScript marks generator functions with `*` instead of inferring it from the body.',
    },
    snippet: {
      python:
        "def countdown(n):\n    print('started')\n    while n:\n        yield n\n        n -= 1\n\ng = countdown(2)  # prints nothing yet\nprint(list(g))   # started, then [2, 1]",
    },
    seeAlso: ['generator', 'yield', 'coroutine-function', 'js-async-generator'],
    introducedIn: { doc: '02-generators/index.mdx', anchor: 'generator-functions', section: 'Generator functions' },
  },

  generator: {
    aliases: ['generator object', 'generator iterator'],
    keywords: ['gi_frame', 'getgeneratorstate', 'GEN_SUSPENDED', 'suspended frame'],
    definition:
      'A generator is the object a generator function returns: a function call that can pause. ' +
      'Each `next()` runs the body to its next `yield` and hands out the yielded value, and the local variables survive until the following step. ' +
      'It is an iterator, and it also accepts `send()`, `throw()` and `close()`, which is what lets generators act as coroutines.',
    python: {
      match: 'same',
      forms: ['types.GeneratorType', 'collections.abc.Generator', 'inspect.getgeneratorstate(g)'],
      note: 'States: `GEN_CREATED`, `GEN_RUNNING`, `GEN_SUSPENDED`, `GEN_CLOSED`.',
    },
    typescript: {
      match: 'same',
      forms: ['Generator<TYield, TReturn, TNext>', 'g.next(v)', 'g.throw(e)', 'g.return(v)'],
    },
    seeAlso: ['generator-function', 'yield', 'send', 'coroutine'],
    introducedIn: { doc: '02-generators/index.mdx', anchor: 'generator-functions', section: 'Generator functions' },
  },

  'generator-expression': {
    aliases: ['genexp'],
    keywords: ['comprehension', 'lazy', 'PEP 289'],
    definition:
      'A generator expression looks like a list comprehension in round brackets and produces a generator instead of a list. ' +
      'Nothing is computed until something iterates over it, so it can describe huge or endless sequences in constant memory. ' +
      'Like any generator it can be consumed once.',
    python: {
      match: 'same',
      forms: ['(expr for x in xs if cond)'],
      note: 'When it is the only argument, the extra brackets can go: `sum(x * x for x in xs)`.',
    },
    typescript: {
      match: 'closest',
      forms: ['(function* () { for (const x of xs) yield x * x; })()'],
      note: 'No generator expressions; wrap a loop in a generator function. Newer runtimes add lazy iterator helpers such as `iterator.map()`.',
    },
    snippet: {
      python:
        'squares = (x * x for x in range(4))\nprint(squares)        # <generator object <genexpr> at ...>\nprint(sum(squares))   # 14',
    },
    seeAlso: ['generator', 'async-comprehension', 'iterable'],
    introducedIn: {
      doc: '10-async-iteration/index.mdx',
      anchor: 'async-comprehensions',
      section: 'Async comprehensions',
    },
  },

  yield: {
    aliases: ['yield expression'],
    keywords: ['suspend', 'pause', 'resume'],
    definition:
      '`yield value` pauses the generator and hands `value` to whoever advanced it. ' +
      'It is an expression: when the generator is resumed, `yield` evaluates to whatever was passed in by `send()`, or to `None` after a plain `next()`. ' +
      'A paused `yield` is also where `throw()` and `close()` raise their exceptions.',
    python: {
      match: 'same',
      forms: ['yield value', 'received = yield value'],
    },
    typescript: {
      match: 'same',
      forms: ['yield value', 'const received = yield value'],
      note: "In TypeScript the type of `received` is the generator's `TNext` parameter.",
    },
    snippet: {
      python:
        "def echo():\n    received = yield 'ready'\n    print('got', received)\n    yield 'done'\n\ng = echo()\nprint(next(g))       # ready\nprint(g.send('hi'))  # got hi, then done",
    },
    seeAlso: ['generator', 'send', 'yield-from', 'await'],
    introducedIn: { doc: '02-generators/index.mdx', anchor: 'generator-functions', section: 'Generator functions' },
  },

  send: {
    aliases: ['generator.send()'],
    keywords: ['PEP 342', 'next(v)', 'prime', 'coroutine'],
    definition:
      '`g.send(value)` resumes a paused generator and makes the paused `yield` expression evaluate to `value`; it returns the next value the generator yields. ' +
      '`next(g)` is the same as `g.send(None)`. ' +
      'A generator that has not started has no paused `yield` to receive a value, so its first send must be `None`; anything else is a `TypeError`.',
    python: {
      match: 'same',
      forms: ['g.send(value)', 'coro.send(None)'],
      note: 'Added by PEP 342; asyncio steps every coroutine with `send`.',
    },
    typescript: {
      match: 'same',
      forms: ['g.next(value)'],
      note: 'The argument of the first `next()` is silently ignored rather than rejected.',
    },
    snippet: {
      python:
        'def running_total():\n    total = 0\n    while True:\n        total += yield total\n\nacc = running_total()\nnext(acc)           # prime it: run to the first yield\nprint(acc.send(5))  # 5\nprint(acc.send(2))  # 7',
    },
    seeAlso: ['yield', 'throw', 'close', 'coroutine'],
    introducedIn: { doc: '02-generators/index.mdx', anchor: 'send', section: 'send: the value of a yield' },
  },

  throw: {
    aliases: ['generator.throw()'],
    keywords: ['raise inside', 'PEP 342'],
    definition:
      '`g.throw(exc)` resumes a paused generator by raising `exc` at the `yield` where it stopped. ' +
      'The generator may catch it and carry on, in which case `throw` returns the next yielded value, or let it propagate out to the caller. ' +
      'Event loops use it to deliver errors, and cancellation, into a waiting coroutine.',
    python: {
      match: 'same',
      forms: ['g.throw(exc)'],
    },
    typescript: {
      match: 'same',
      forms: ['g.throw(error)'],
    },
    seeAlso: ['send', 'close', 'cancellation', 'yield'],
    introducedIn: {
      doc: '02-generators/index.mdx',
      anchor: 'throw',
      section: 'throw: an exception at the paused yield',
    },
  },

  close: {
    aliases: ['generator.close()'],
    keywords: ['finally', 'cleanup', 'return()'],
    definition:
      '`g.close()` finishes a generator early by raising `GeneratorExit` at its paused `yield`, so `finally` blocks and `with` exits run. ' +
      'If the generator yields again instead of finishing, `close()` raises `RuntimeError`. ' +
      'Closing a generator that has not started, or has already ended, does nothing.',
    python: {
      match: 'same',
      forms: ['g.close()'],
      note: 'Garbage collection also closes a generator that is dropped while suspended. From Python 3.13, if the generator returns a value on `GeneratorExit`, `close()` returns it.',
    },
    typescript: {
      match: 'closest',
      forms: ['g.return(value)'],
      note: '`return()` behaves like a `return` statement at the paused `yield`: `finally` blocks run, but nothing can be caught, and a `yield` inside `finally` may pause the generator again.',
    },
    seeAlso: ['generator-exit', 'throw', 'send', 'context-manager'],
    introducedIn: { doc: '02-generators/index.mdx', anchor: 'close', section: 'close: asking a generator to finish' },
  },

  'generator-exit': {
    aliases: [],
    keywords: ['BaseException', 'close()', 'cleanup'],
    definition:
      '`GeneratorExit` is the exception `close()` raises inside a generator. ' +
      'It derives from `BaseException`, not `Exception`, so a broad `except Exception` does not swallow it. ' +
      'A generator should let it propagate or simply return; yielding a value in response is a `RuntimeError`.',
    python: {
      match: 'same',
      forms: ['GeneratorExit'],
    },
    typescript: {
      match: 'closest',
      forms: ['try { … } finally { … }'],
      note: 'No counterpart: `return()` runs `finally` blocks without raising anything the generator could catch.',
    },
    snippet: {
      python:
        "def worker():\n    try:\n        yield 1\n    finally:\n        print('cleaned up')\n\ng = worker()\nnext(g)\ng.close()  # cleaned up",
    },
    seeAlso: ['close', 'generator', 'cancelled-error'],
    introducedIn: {
      doc: '02-generators/index.mdx',
      anchor: 'generator-exit',
      section: 'GeneratorExit: how close works',
    },
  },

  'context-manager': {
    aliases: [],
    keywords: ['with statement', '__enter__', '__exit__', 'contextmanager', 'contextlib', 'using', 'Symbol.dispose'],
    definition:
      'A context manager wraps a block of code with setup and cleanup: `with` calls its `__enter__` before the block and its `__exit__` after it, even when the block raises. ' +
      '`contextlib.contextmanager` builds one from a generator with a single `yield`: the code before it is the setup, the code after it the cleanup. ' +
      'That decorator is the everyday proof that a paused generator is useful state.',
    python: {
      match: 'same',
      forms: ['with cm as x:', '__enter__', '__exit__', '@contextlib.contextmanager'],
    },
    typescript: {
      match: 'closest',
      forms: ['try { … } finally { … }', 'using x = …', '[Symbol.dispose]()'],
      note: 'Explicit resource management (`using` and `Symbol.dispose`) gives the same guaranteed cleanup, but the disposer cannot see or suppress the exception as `__exit__` can; where the runtime lacks it, `try...finally` does the job by hand.',
    },
    snippet: {
      python:
        "from contextlib import contextmanager\n\n@contextmanager\ndef tag(name):\n    print(f'<{name}>')\n    yield\n    print(f'</{name}>')\n\nwith tag('p'):\n    print('hello')",
    },
    seeAlso: ['async-context-manager', 'generator', 'close'],
    introducedIn: {
      doc: '02-generators/02-generators-at-work.mdx',
      anchor: 'contextmanager',
      section: 'contextmanager: a generator that guards a block',
    },
  },

  'yield-from': {
    aliases: ['delegation', 'yield*'],
    keywords: ['PEP 380', 'delegate', 'subgenerator', 'StopIteration.value'],
    definition:
      '`yield from it` runs another iterable to the end inside the current generator, passing each of its items out as if they were yielded here. ' +
      'With a generator it also forwards `send()`, `throw()` and `close()` to the innermost one, so the delegating generator is out of the picture until its subgenerator finishes. ' +
      "The expression's value is the subgenerator's return value, which makes `result = yield from task()` read like a function call.",
    python: {
      match: 'same',
      forms: ['yield from iterable', 'result = yield from subgen()'],
      note: 'Added by PEP 380 (Python 3.3); inside `async def`, `await` plays this role.',
    },
    typescript: {
      match: 'same',
      forms: ['yield* iterable', 'const result = yield* subgen()'],
      note: '`yield*` forwards `next`, `throw` and `return`, and evaluates to the inner return value.',
    },
    snippet: {
      python:
        "def inner():\n    yield 1\n    return 'inner done'\n\ndef outer():\n    result = yield from inner()\n    print(result)\n\nprint(list(outer()))  # inner done, then [1]",
      typescript:
        "function* inner(): Generator<number, string> {\n  yield 1;\n  return 'inner done';\n}\nfunction* outer() {\n  console.log(yield* inner());\n}\nconsole.log([...outer()]); // inner done, then [ 1 ]",
    },
    seeAlso: ['subgenerator', 'await', 'stop-iteration', 'generator-based-coroutine'],
    introducedIn: {
      doc: '03-yield-from/index.mdx',
      anchor: 'yield-from-reyields',
      section: 'Re-yielding everything from an iterable',
    },
  },

  subgenerator: {
    aliases: ['delegated generator', 'inner generator'],
    keywords: ['yield from', 'delegating generator', 'delegator'],
    definition:
      'A subgenerator is the generator on the right of a `yield from`; the generator containing that expression is the delegator. ' +
      'While it runs, values go straight between the subgenerator and the outermost caller, including values sent in and exceptions thrown in. ' +
      "When it returns, its return value becomes the value of the delegator's `yield from` expression.",
    python: {
      match: 'same',
      forms: ['yield from subgen()', 'gi_yieldfrom'],
      note: "A paused delegator's `gi_yieldfrom` attribute shows the subgenerator it is waiting on.",
    },
    typescript: {
      match: 'same',
      forms: ['yield* subgen()'],
    },
    seeAlso: ['yield-from', 'generator', 'await'],
    introducedIn: {
      doc: '03-yield-from/index.mdx',
      anchor: 'delegation-forwards-send-throw-close',
      section: 'Delegation forwards send, throw and close',
    },
  },
} as const satisfies Partial<Record<TermId, TermDetails<TermId>>>;
