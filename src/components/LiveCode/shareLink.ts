import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

// A shared example travels in the query string, compressed the way the TypeScript Playground does
// it: ?live=<example id>&code=<lz-string>#<example id>. The hash scrolls the reader to the example.
const EXAMPLE_PARAM = 'live';
const CODE_PARAM = 'code';

export function buildShareUrl(pageUrl: string, id: string, code: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.searchParams.set(EXAMPLE_PARAM, id);
  url.searchParams.set(CODE_PARAM, compressToEncodedURIComponent(code));
  url.hash = id;
  return url.toString();
}

/** The shared code for this example, if the page was opened from its share link. */
export function readSharedCode(search: string, id: string): string | null {
  const params = new URLSearchParams(search);
  if (params.get(EXAMPLE_PARAM) !== id) return null;
  const compressed = params.get(CODE_PARAM);
  if (!compressed) return null;
  return decompressFromEncodedURIComponent(compressed) || null;
}
