import { exampleId } from '@site/src/remark/liveCode/exampleId';
import { buildShareUrl, readSharedCode } from '@site/src/components/LiveCode/shareLink';
import { describe, expect, test } from 'vitest';

describe('share links', () => {
  const id = exampleId('python', 'print("original")\n');

  test('example ids are stable, per language and per code', () => {
    expect(exampleId('python', 'print("original")\n')).toBe(id);
    expect(exampleId('typescript', 'print("original")\n')).not.toBe(id);
    expect(exampleId('python', 'print("other")\n')).not.toBe(id);
    expect(id).toMatch(/^live-py-[0-9a-z]+$/);
  });

  test('round-trips edited code through the URL, compressed', () => {
    const code = 'async def main():\n    print("é ✓ & = ? #")\n'.repeat(20);
    const url = new URL(buildShareUrl('https://example.org/docs/generators?x=1#send', id, code));
    expect(url.pathname).toBe('/docs/generators');
    expect(url.hash).toBe(`#${id}`);
    expect(url.search.length).toBeLessThan(code.length);
    expect(readSharedCode(url.search, id)).toBe(code);
  });

  test('a link for another example, or a damaged link, fills nothing', () => {
    const url = new URL(buildShareUrl('https://example.org/docs/x', id, 'print(1)'));
    expect(readSharedCode(url.search, 'live-py-other')).toBeNull();
    expect(readSharedCode(`?live=${id}&code=%%%`, id)).toBeNull();
    expect(readSharedCode('', id)).toBeNull();
  });
});
