import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import type { PrismTheme } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';

import config from '../../docusaurus.config';

// Every token colour of both code themes, against every background a token can sit on, for every
// token type the theme styles (not only the ones some page happens to show). The browser tests
// leave code blocks out of the per-page contrast check; this is where their colours are held to
// WCAG AA. The backgrounds come from the stylesheets the site ships, read here, not copied.
const AA_NORMAL_TEXT = 4.5;
// Line numbers in the live examples take the code's colour at this opacity (LiveCode/styles.module.css).
const LINE_NUMBER_OPACITY = 0.7;

type Rgb = [number, number, number];
interface Rgba {
  rgb: Rgb;
  alpha: number;
}

const root = join(__dirname, '..', '..');
const infimaCss = readFileSync(createRequire(__filename).resolve('infima/dist/css/default/default.css'), 'utf8');
const siteCss = readFileSync(join(root, 'src', 'css', 'custom.css'), 'utf8');

function parseColor(color: string): Rgba {
  const text = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((digit) => digit + digit).join('') : hex[1]!;
    return { rgb: [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb, alpha: 1 };
  }
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(text);
  if (rgb) return { rgb: [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])], alpha: rgb[4] ? Number(rgb[4]) : 1 };
  throw new Error(`unexpected colour ${color}`);
}

function opaque(color: string): Rgb {
  const { rgb, alpha } = parseColor(color);
  if (alpha !== 1) throw new Error(`${color} is not opaque`);
  return rgb;
}

function blend(foreground: Rgb, background: Rgb, opacity: number): Rgb {
  return foreground.map((channel, i) => channel * opacity + background[i]! * (1 - opacity)) as Rgb;
}

/** A possibly translucent colour painted over an opaque one. */
function over(color: string, background: Rgb): Rgb {
  const { rgb, alpha } = parseColor(color);
  return blend(rgb, background, alpha);
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The custom properties declared in the blocks of `css` whose selector is exactly `selector`. */
function customProperties(css: string, selector: string): Map<string, string> {
  const properties = new Map<string, string>();
  const escaped = selector.replace(/[[\]().*+?^$|\\]/g, '\\$&');
  for (const block of css.matchAll(new RegExp(`(?:^|[}\\s])${escaped}\\s*\\{([^}]*)\\}`, 'g'))) {
    for (const [, name, value] of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
      properties.set(name!, value!.replace(/\s+/g, ' ').trim());
    }
  }
  return properties;
}

type Mode = 'light' | 'dark';

/** Infima's variables and the site's, as each colour mode sees them (the dark block overrides). */
const variables: Record<Mode, Map<string, string>> = (() => {
  const light = new Map([...customProperties(infimaCss, ':root'), ...customProperties(siteCss, ':root')]);
  const dark = new Map([
    ...light,
    ...customProperties(infimaCss, "html[data-theme='dark']"),
    ...customProperties(siteCss, "[data-theme='dark']"),
  ]);
  return { light, dark };
})();

function resolve(mode: Mode, value: string): string {
  const reference = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value.trim());
  if (!reference) return value;
  const next = variables[mode].get(reference[1]!);
  if (next === undefined) throw new Error(`${reference[1]} is not declared for ${mode} mode`);
  return resolve(mode, next);
}

const variable = (mode: Mode, name: string): string => resolve(mode, `var(${name})`);

// Admonition types and the Infima alert each draws (@docusaurus/theme-classic's Admonition/Type).
const ADMONITION_ALERTS = { note: 'secondary', tip: 'success', info: 'info', warning: 'warning', danger: 'danger' };

function alertBackground(mode: Mode, alert: string): string {
  const rule = new RegExp(`\\.alert--${alert}\\s*\\{[^}]*--ifm-alert-background-color:\\s*([^;]+);`).exec(infimaCss);
  if (!rule) throw new Error(`Infima has no background for .alert--${alert}`);
  return resolve(mode, rule[1]!.replace(/\s+/g, ''));
}

/**
 * Every background a token can sit on, opaque: the code block's own; the theme's highlighted line
 * on it (also the editor's active line, CodeEditor/styles.module.css); and, where a long line runs
 * past the box that carries the code's background, whatever is behind the block: the page (tabs
 * have no background of their own) or an admonition's fill.
 */
function backgrounds(mode: Mode, theme: PrismTheme): { name: string; color: Rgb }[] {
  const code = opaque(theme.plain.backgroundColor!);
  const page = variable(mode, '--ifm-background-color');
  // Infima leaves the light page transparent: the browser's canvas, white, shows through.
  const pageColor = page === 'transparent' ? opaque('#ffffff') : opaque(page);
  return [
    { name: 'code block', color: code },
    { name: 'highlighted line', color: over(variable(mode, '--docusaurus-highlighted-code-line-bg'), code) },
    { name: 'page (and tabs)', color: pageColor },
    ...Object.entries(ADMONITION_ALERTS).map(([type, alert]) => ({
      name: `${type} admonition`,
      color: over(alertBackground(mode, alert), pageColor),
    })),
  ];
}

/** Each token type's colour and opacity, and the plain text's, as prism-react-renderer applies them. */
function tokenStyles(theme: PrismTheme): { name: string; color: Rgb; opacity: number }[] {
  const plain = opaque(theme.plain.color!);
  const styles = [
    { name: 'plain text', color: plain, opacity: 1 },
    { name: 'line numbers', color: plain, opacity: LINE_NUMBER_OPACITY },
  ];
  // A later entry for a token type overrides an earlier one.
  const styleOf = new Map<string, { color?: string; opacity?: unknown }>();
  for (const { types, style } of theme.styles) {
    for (const type of types) styleOf.set(type, { ...styleOf.get(type), ...style });
  }
  for (const [type, style] of styleOf) {
    styles.push({
      name: type,
      color: style.color ? opaque(style.color) : plain,
      opacity: typeof style.opacity === 'number' ? style.opacity : 1,
    });
  }
  return styles;
}

const prism = (config.themeConfig as { prism: { theme: PrismTheme; darkTheme: PrismTheme } }).prism;

describe.each([
  ['light', prism.theme],
  ['dark', prism.darkTheme],
] as const)('the %s code theme', (mode, theme) => {
  test('every token colour meets WCAG AA (4.5:1) on every background a token can sit on', () => {
    const failing = backgrounds(mode, theme).flatMap((background) =>
      tokenStyles(theme)
        .map(({ name, color, opacity }) => ({
          token: name,
          background: background.name,
          ratio: Number(contrast(blend(color, background.color, opacity), background.color).toFixed(2)),
        }))
        .filter(({ ratio }) => ratio < AA_NORMAL_TEXT),
    );
    expect(failing).toEqual([]);
  });
});

test('the backgrounds are read from the stylesheets', () => {
  // Infima's tip admonition and the site's highlighted line, as a browser computes them.
  expect(over(alertBackground('light', 'success'), [255, 255, 255])).toEqual([230, 246, 230]);
  expect(variable('dark', '--ifm-background-color')).toBe('#1b1b1d');
  expect(backgrounds('light', prism.theme).map(({ name }) => name)).toContain('highlighted line');
});

test('the check fails on the colours it was written for', () => {
  // The class-name colour of the light theme as it was, on a tip's background: 4.08:1.
  const tip = over(alertBackground('light', 'success'), [255, 255, 255]);
  expect(contrast(opaque('#267f99'), tip)).toBeLessThan(AA_NORMAL_TEXT);
  expect(contrast(opaque('#267f99'), tip)).toBeCloseTo(4.08, 2);
});

test('the contrast arithmetic matches known WCAG values', () => {
  expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  expect(contrast(opaque('#767676'), opaque('#ffffff'))).toBeCloseTo(4.54, 2);
});
