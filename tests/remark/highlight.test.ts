import { highlightToHtml, type CodeThemes } from '@site/src/remark/highlight';
import type { PrismTheme } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';

const light: PrismTheme = {
  plain: { color: '#000000', backgroundColor: '#ffffff' },
  styles: [
    { types: ['keyword'], style: { color: '#0000ff' } },
    { types: ['string'], style: { color: '#a31515' } },
    { types: ['comment'], style: { color: '#008000', fontStyle: 'italic' } },
  ],
};
const dark: PrismTheme = {
  plain: { color: '#ffffff', backgroundColor: '#282c34' },
  styles: [
    { types: ['keyword'], style: { color: '#c594c5' } },
    // Only for TypeScript: Python strings keep the plain colour in dark mode.
    { types: ['string'], languages: ['tsx'], style: { color: '#99c794' } },
  ],
};
const themes: CodeThemes = { light, dark };

/** Each line's text as a reader sees it: tags dropped, entities decoded. */
function visibleLines(html: string): string[] {
  return [...html.matchAll(/<span class="line">(.*?)\n<\/span><\/span>/g)].map(([, line]) =>
    line!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('highlightToHtml', () => {
  test('numbers every line and keeps the text, blank lines included', () => {
    const code = 'def f():\n    return "a<b>&c"\n\nprint(f())\n';
    expect(visibleLines(highlightToHtml(code, 'python', themes))).toEqual([
      '1def f():',
      '2    return "a<b>&c"',
      '3',
      '4print(f())',
    ]);
  });

  test('a token carries its light and dark styles as custom properties', () => {
    const html = highlightToHtml('def f(): pass', 'python', themes);
    expect(html).toContain('<span class="token" style="--l-c:#0000ff;--d-c:#c594c5">def</span>');
  });

  test('the code element carries both themes plain colours, apart from the tokens own', () => {
    expect(highlightToHtml('x', 'python', themes)).toMatch(
      /^<code style="--lp-c:#000000;--lp-bg:#ffffff;--dp-c:#ffffff;--dp-bg:#282c34">/,
    );
  });

  test('language-specific rules apply only to their language', () => {
    const python = highlightToHtml('"s"', 'python', themes);
    const typescript = highlightToHtml('"s";', 'typescript', themes);
    expect(python).toContain('style="--l-c:#a31515">&quot;s&quot;</span>');
    expect(typescript).toContain('style="--l-c:#a31515;--d-c:#99c794">&quot;s&quot;</span>');
  });

  test('font style travels too', () => {
    expect(highlightToHtml('# note', 'python', themes)).toContain('--l-c:#008000;--l-fs:italic');
  });

  test('a style the page cannot carry fails the build', () => {
    const odd: PrismTheme = { ...light, styles: [{ types: ['keyword'], style: { textShadow: '0 0 1px red' } }] };
    expect(() => highlightToHtml('def f(): pass', 'python', { light: odd, dark })).toThrow(/textShadow/);
  });
});
