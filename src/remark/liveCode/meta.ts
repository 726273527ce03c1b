import type { PythonRange } from '../../editions';

/**
 * What a writer may put after the language of a live fence (```python live title="a.py" min=3.12
 * timeout=20000), of a tip's edit fence (```python edit) or of an output fence (```output max=3.12).
 */
export interface LiveFenceMeta {
  live: boolean;
  /** A "Try this" edit of the example before it (```python edit), src/remark/liveCode/tips.ts. */
  edit: boolean;
  title?: string;
  timeoutMs?: number;
  /** The Pythons that run the block (min=3.13, max=3.12, python=3.12); editions outside skip it. */
  python: PythonRange;
}

const ATTRIBUTE = /(\w+)(?:=(?:"([^"]*)"|(\S+)))?/g;

function pythonVersion(name: string, value: string | undefined): string {
  if (!value || !/^3\.\d+$/.test(value)) throw new Error(`${name}=${value ?? ''} is not a Python version like 3.12`);
  return value;
}

export function parseLiveFenceMeta(meta: string | null | undefined): LiveFenceMeta {
  const result: LiveFenceMeta = { live: false, edit: false, python: {} };
  for (const match of (meta ?? '').matchAll(ATTRIBUTE)) {
    const [, name, quoted, bare] = match;
    const value = quoted ?? bare;
    switch (name) {
      case 'live':
        result.live = true;
        break;
      case 'edit':
        result.edit = true;
        break;
      case 'title':
        result.title = value;
        break;
      case 'timeout': {
        const timeoutMs = Number(value);
        if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
          throw new Error(`timeout=${value ?? ''} is not a whole number of milliseconds`);
        }
        result.timeoutMs = timeoutMs;
        break;
      }
      case 'min':
        result.python.min = pythonVersion(name, value);
        break;
      case 'max':
        result.python.max = pythonVersion(name, value);
        break;
      case 'python':
        result.python.min = result.python.max = pythonVersion(name, value);
        break;
      default:
        // Other attributes (e.g. showLineNumbers) belong to the code block itself.
        break;
    }
  }
  return result;
}
