/** What a writer may put after the language of a live fence: ```python live title="a.py" min=3.12 timeout=20000 */
export interface LiveFenceMeta {
  live: boolean;
  title?: string;
  timeoutMs?: number;
  /** The oldest Python that runs the block, e.g. "3.12"; older runtimes skip it. */
  minPython?: string;
}

const ATTRIBUTE = /(\w+)(?:=(?:"([^"]*)"|(\S+)))?/g;

export function parseLiveFenceMeta(meta: string | null | undefined): LiveFenceMeta {
  const result: LiveFenceMeta = { live: false };
  for (const match of (meta ?? '').matchAll(ATTRIBUTE)) {
    const [, name, quoted, bare] = match;
    const value = quoted ?? bare;
    switch (name) {
      case 'live':
        result.live = true;
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
        if (!value || !/^3\.\d+$/.test(value)) {
          throw new Error(`min=${value ?? ''} is not a Python version like 3.12`);
        }
        result.minPython = value;
        break;
      default:
        // Other attributes (e.g. showLineNumbers) belong to the code block itself.
        break;
    }
  }
  return result;
}
