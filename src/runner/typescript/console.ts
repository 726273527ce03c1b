// A `console` for the reader's program whose text equals Node's console (same util.inspect).
import { formatWithOptions, inspect } from './inspect';

export type Write = (stream: 'stdout' | 'stderr', text: string) => void;

export interface ConsoleHooks {
  write: Write;
  /** Turns a fresh Error's stack into the reader's frames (for console.trace). */
  traceStack(): string;
  /** Points a logged Error's stack at the reader's lines. */
  prepareError(error: Error): void;
  now(): number;
}

const kIndex = '(index)';
const kIteration = '(iteration index)';
const kKey = 'Key';
const kValues = 'Values';

export function createConsole(hooks: ConsoleHooks): Console {
  let indent = '';
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();

  const out = (stream: 'stdout' | 'stderr', text: string): void => {
    // Node indents every line of a grouped message.
    if (indent !== '') {
      if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
      text = indent + text;
    }
    hooks.write(stream, text + '\n');
  };
  const format = (args: unknown[]): string => {
    for (const a of args) if (a instanceof Error) hooks.prepareError(a);
    return formatWithOptions({}, ...args);
  };
  const log = (...args: unknown[]): void => out('stdout', format(args));
  const warn = (...args: unknown[]): void => out('stderr', format(args));
  const warning = (text: string): void => hooks.write('stderr', `Warning: ${text}\n`);

  const timeLog = (name: string, label: unknown, data?: unknown[]): void => {
    const key = `${label === undefined ? 'default' : String(label)}`;
    const start = timers.get(key);
    if (start === undefined) {
      warning(`No such label '${key}' for console.${name}()`);
      return;
    }
    const formatted = formatTime(hooks.now() - start);
    if (data === undefined) log('%s: %s', key, formatted);
    else log('%s: %s', key, formatted, ...data);
    if (name === 'timeEnd') timers.delete(key);
  };

  const con = {
    log,
    info: log,
    debug: log,
    dirxml: log,
    warn,
    error: warn,
    dir(obj: unknown, options?: object): void {
      out('stdout', inspect(obj, { customInspect: false, ...options }));
    },
    assert(value: unknown, ...args: unknown[]): void {
      if (!value) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${String(args[0])}`}`;
        warn(...args);
      }
    },
    count(label: unknown = 'default'): void {
      const key = `${String(label)}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      log(`${key}: ${n}`);
    },
    countReset(label: unknown = 'default'): void {
      const key = `${String(label)}`;
      if (!counts.has(key)) warning(`Count for '${key}' does not exist`);
      else counts.set(key, 0);
    },
    group(...label: unknown[]): void {
      if (label.length > 0) log(...label);
      indent += '  ';
    },
    groupCollapsed(...label: unknown[]): void {
      con.group(...label);
    },
    groupEnd(): void {
      indent = indent.slice(0, Math.max(0, indent.length - 2));
    },
    time(label: unknown = 'default'): void {
      const key = `${String(label)}`;
      if (timers.has(key)) warning(`Label '${key}' already exists for console.time()`);
      else timers.set(key, hooks.now());
    },
    timeEnd(label?: unknown): void {
      timeLog('timeEnd', label);
    },
    timeLog(label?: unknown, ...data: unknown[]): void {
      timeLog('timeLog', label, data.length ? data : undefined);
    },
    trace(...args: unknown[]): void {
      const message = format(args);
      out('stderr', `Trace${message ? `: ${message}` : ''}${hooks.traceStack()}`);
    },
    table(data: unknown, properties?: readonly string[]): void {
      if (data === null || typeof data !== 'object') {
        log(data);
        return;
      }
      log(renderTable(data, properties));
    },
    // Browser-only profiling APIs: accepted and ignored, as Node does.
    profile(): void {},
    profileEnd(): void {},
    timeStamp(): void {},
    clear(): void {},
  };
  return con as unknown as Console;
}

// Node's formatTime (lib/internal/console/constructor.js).
function formatTime(ms: number): string {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60_000) {
      if (ms >= 3_600_000) {
        hours = Math.floor(ms / 3_600_000);
        ms = ms % 3_600_000;
      }
      minutes = Math.floor(ms / 60_000);
      ms = ms % 60_000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const pad = (v: number | string): string => String(v).padStart(2, '0');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${res}:${pad(s ?? '0')}.${frac ?? '000'} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// console.table, following Node 20's algorithm and its left-aligned cells.
function renderTable(data: object, properties?: readonly string[]): string {
  const cell = (v: unknown): string => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
  };
  const indexes = (n: number): string[] => Array.from({ length: n }, (_, i) => cell(i));

  if (data instanceof Map) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [k, v] of data) {
      keys.push(cell(k));
      values.push(cell(v));
    }
    return drawTable([kIteration, kKey, kValues], [indexes(keys.length), keys, values]);
  }
  if (data instanceof Set) {
    const values = [...data].map(cell);
    return drawTable([kIteration, kValues], [indexes(values.length), values]);
  }

  const map: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  let hasPrimitives = false;
  const primitiveValues: string[] = [];
  const indexKeys = Object.keys(data);
  const record = data as Record<string, unknown>;
  indexKeys.forEach((indexKey, i) => {
    const item = record[indexKey];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
    } else {
      const keys = properties ?? Object.keys(item as object);
      for (const key of keys) {
        map[key] ??= [];
        map[key][i] =
          (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)
            ? ''
            : cell((item as Record<string, unknown>)[key]);
      }
    }
  });
  const head = Object.keys(map);
  const columns: string[][] = Object.values(map);
  if (hasPrimitives) {
    head.push(kValues);
    columns.push(primitiveValues);
  }
  head.unshift(kIndex);
  columns.unshift(indexKeys);
  return drawTable(head, columns);
}

// Approximates Node's getStringWidth: wide East Asian characters and emoji take two columns.
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x1f900 && cp <= 0x1f9ff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function drawTable(head: string[], columns: string[][]): string {
  const widths = head.map(width);
  const longest = Math.max(0, ...columns.map((c) => c.length));
  const rows: string[][] = [];
  head.forEach((_, i) => {
    const column = columns[i] ?? [];
    for (let j = 0; j < longest; j++) {
      const row = (rows[j] ??= []);
      const value = Object.prototype.hasOwnProperty.call(column, j) ? (column[j] ?? '') : '';
      row[i] = value;
      widths[i] = Math.max(widths[i] ?? 0, width(value));
    }
  });
  const renderRow = (row: string[]): string =>
    '│ ' + row.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join(' │ ') + ' │';
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${renderRow(head)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderRow(row)}\n`;
  return result + `└${divider.join('┴')}┘`;
}
