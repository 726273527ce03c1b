import { normalizeTokens, Prism, type PrismTheme, type Token } from 'prism-react-renderer';

import type { Language } from '../runner/types';

/** The site's two code themes, the same objects `themeConfig.prism` gets. */
export interface CodeThemes {
  light: PrismTheme;
  dark: PrismTheme;
}

// Each style property a theme may set, and the short custom-property name it travels under.
// The stylesheet beside StaticCode reads a token's `--l-*` in light mode and `--d-*` in dark mode,
// and the code's plain colours from `--lp-*` and `--dp-*`: named apart, so that a token without a
// style of its own does not inherit the code's background or colour as if it were its own.
const PROPERTIES = {
  color: 'c',
  backgroundColor: 'bg',
  fontStyle: 'fs',
  fontWeight: 'fw',
  opacity: 'o',
  textDecorationLine: 'td',
} as const;

type StyleProperty = keyof typeof PROPERTIES;
type Style = Partial<Record<StyleProperty, string | number>>;

/** What the site highlights at build time; other languages are left to the theme's CodeBlock. */
export type HighlightLanguage = Language | 'text';

// Prism's grammar for each, `null` for text, which has no tokens.
const PRISM_LANGUAGE: Record<HighlightLanguage, string | null> = { python: 'python', typescript: 'tsx', text: null };

/** prism-react-renderer's rule: a token takes the styles of all its types, later types winning. */
function styleFor(theme: PrismTheme, types: string[], language: string): Style {
  const style: Style = {};
  for (const type of types) {
    for (const rule of theme.styles) {
      if (!rule.types.includes(type)) continue;
      if (rule.languages && !rule.languages.includes(language)) continue;
      Object.assign(style, rule.style);
    }
  }
  return style;
}

function customProperties(prefix: 'l' | 'd' | 'lp' | 'dp', style: Style): string[] {
  for (const property of Object.keys(style)) {
    if (!(property in PROPERTIES)) {
      throw new Error(`Code theme sets "${property}", which build-time highlighting does not carry`);
    }
  }
  return Object.entries(style).map(
    ([property, value]) => `--${prefix}-${PROPERTIES[property as StyleProperty]}:${String(value)}`,
  );
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);

export interface LinesOptions {
  /** Number each line (live examples do; the theme's ordinary code blocks do not by default). */
  lineNumbers?: boolean;
}

/** The code's lines as tokens: one array per line, a text block's lines as single plain tokens. */
function tokenize(code: string, language: HighlightLanguage): Token[][] {
  const prismLanguage = PRISM_LANGUAGE[language];
  const text = code.replace(/\n$/, '');
  if (prismLanguage === null) return text.split('\n').map((line) => [{ types: ['plain'], content: line }]);
  const grammar = Prism.languages[prismLanguage];
  if (!grammar) throw new Error(`Prism has no grammar for ${prismLanguage}`);
  return normalizeTokens(Prism.tokenize(text, grammar));
}

/**
 * Highlights code at build time into HTML lines: one `<span class="line">` per line, tokens
 * carrying both themes' styles as custom properties. The page then needs no Prism and no
 * re-render when the reader's colour mode differs from the server's.
 */
export function highlightLinesToHtml(
  code: string,
  language: HighlightLanguage,
  themes: CodeThemes,
  { lineNumbers = true }: LinesOptions = {},
): string {
  const prismLanguage = PRISM_LANGUAGE[language] ?? 'plain';
  return tokenize(code, language)
    .map((tokens, index) => {
      const text = tokens
        // An empty line is one token whose content is a newline; the line adds its own.
        .filter((token) => !token.empty && token.content !== '')
        .map((token) => {
          const isPlain = token.types.length === 1 && token.types[0] === 'plain';
          const vars = isPlain
            ? []
            : [
                ...customProperties('l', styleFor(themes.light, token.types, prismLanguage)),
                ...customProperties('d', styleFor(themes.dark, token.types, prismLanguage)),
              ];
          const content = escapeHtml(token.content);
          return vars.length === 0 ? content : `<span class="token" style="${vars.join(';')}">${content}</span>`;
        })
        .join('');
      const number = lineNumbers ? `<span class="line-number" aria-hidden="true">${index + 1}</span>` : '';
      return `<span class="line">${number}<span>${text}\n</span></span>`;
    })
    .join('');
}

/**
 * A live example's program highlighted at build time into the inner HTML of its `<pre>`: the
 * numbered lines of `highlightLinesToHtml` in a `<code>` that carries both themes' plain colours.
 */
export function highlightToHtml(code: string, language: HighlightLanguage, themes: CodeThemes): string {
  const plain = [
    ...customProperties('lp', themes.light.plain as Style),
    ...customProperties('dp', themes.dark.plain as Style),
  ].join(';');
  return `<code style="${plain}">${highlightLinesToHtml(code, language, themes)}</code>`;
}
