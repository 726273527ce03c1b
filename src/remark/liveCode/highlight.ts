import { normalizeTokens, Prism, type PrismTheme } from 'prism-react-renderer';

import type { LiveLanguage } from './blocks';

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

const PRISM_LANGUAGE: Record<LiveLanguage, string> = { python: 'python', typescript: 'tsx' };

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

/**
 * Highlights a program at build time into the inner HTML of a `<pre>`: one `<span>` per line with
 * its number, tokens carrying both themes' styles as custom properties. The page then needs no
 * Prism and no re-render when the reader's colour mode differs from the server's.
 */
export function highlightToHtml(code: string, language: LiveLanguage, themes: CodeThemes): string {
  const prismLanguage = PRISM_LANGUAGE[language];
  const grammar = Prism.languages[prismLanguage];
  if (!grammar) throw new Error(`Prism has no grammar for ${prismLanguage}`);
  const lines = normalizeTokens(Prism.tokenize(code.replace(/\n$/, ''), grammar));
  const plain = [
    ...customProperties('lp', themes.light.plain as Style),
    ...customProperties('dp', themes.dark.plain as Style),
  ].join(';');
  const body = lines
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
      return `<span class="line"><span class="line-number" aria-hidden="true">${index + 1}</span><span>${text}\n</span></span>`;
    })
    .join('');
  return `<code style="${plain}">${body}</code>`;
}
