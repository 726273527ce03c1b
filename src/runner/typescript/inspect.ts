// node-inspect-extracted (Node's util.inspect for the web), with the one difference from Node 20
// that shows in ordinary output corrected: Node puts an object's symbol keys in brackets
// (`{ [Symbol(id)]: 1 }`), the extracted copy does not (`{ Symbol(id): 1 }`).
//
// The library styles symbol keys and symbol values alike (style 'symbol'), so each symbol is
// marked while formatting and the marks are resolved afterwards: one followed by the key's ':'
// becomes brackets (unless the library already bracketed a non-enumerable key), others are
// dropped. A mark is one character wide, as a bracket is, so keys
// keep the width Node measures when it decides where to break lines. (A symbol *value* measures
// two characters wider than in Node, which matters only for a line right at the break length.)
import {
  formatWithOptions as formatWithOptionsExtracted,
  inspect as inspectExtracted,
  type InspectOptions,
  type Style,
} from 'node-inspect-extracted';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const KEY = new RegExp(`(\\[?)${OPEN}([^${CLOSE}]*)${CLOSE}(\\]?)(?=:[ \\n])`, 'g');
const MARK = new RegExp(`[${OPEN}${CLOSE}]`, 'g');

function stylize(text: string, style: Style): string {
  return style === 'symbol' ? `${OPEN}${text}${CLOSE}` : text;
}

function resolveMarks(text: string): string {
  if (!text.includes(OPEN)) return text;
  // A non-enumerable key (shown with showHidden) already comes in brackets: Node 20 prints it so.
  const keys = text.replace(KEY, (_, open: string, key: string, close: string) =>
    open && close ? `[${key}]` : `${open}[${key}]${close}`,
  );
  return keys.replace(MARK, '');
}

export function inspect(value: unknown, options: InspectOptions = {}): string {
  return resolveMarks(inspectExtracted(value, { ...options, stylize } as InspectOptions));
}

export function formatWithOptions(options: InspectOptions, ...args: unknown[]): string {
  return resolveMarks(formatWithOptionsExtracted({ ...options, stylize } as InspectOptions, ...args));
}
