import type { PrismTheme } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';

import config from '../../docusaurus.config';

// Every token colour of both code themes, against the theme's own background, for every token
// type the theme styles (not only the ones some page happens to show). The browser tests leave
// code blocks out of the per-page contrast check; this is where their colours are held to WCAG AA.
const AA_NORMAL_TEXT = 4.5;
// Line numbers in the live examples take the code's colour at this opacity (LiveCode/styles.module.css).
const LINE_NUMBER_OPACITY = 0.7;

type Rgb = [number, number, number];

function parseColor(color: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`unexpected colour ${color}`);
}

function blend(foreground: Rgb, background: Rgb, opacity: number): Rgb {
  return foreground.map((channel, i) => channel * opacity + background[i]! * (1 - opacity)) as Rgb;
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

function tokenColors(theme: PrismTheme): { name: string; color: Rgb }[] {
  const background = parseColor(theme.plain.backgroundColor!);
  const plain = parseColor(theme.plain.color!);
  const colors = [
    { name: 'plain text', color: plain },
    { name: 'line numbers', color: blend(plain, background, LINE_NUMBER_OPACITY) },
  ];
  // A later entry for a token type overrides an earlier one, as prism-react-renderer applies them.
  const styleOf = new Map<string, { color?: string; opacity?: unknown }>();
  for (const { types, style } of theme.styles) {
    for (const type of types) styleOf.set(type, { ...styleOf.get(type), ...style });
  }
  for (const [type, style] of styleOf) {
    const base = style.color ? parseColor(style.color) : plain;
    const opacity = typeof style.opacity === 'number' ? style.opacity : 1;
    colors.push({ name: type, color: blend(base, background, opacity) });
  }
  return colors;
}

const prism = (config.themeConfig as { prism: { theme: PrismTheme; darkTheme: PrismTheme } }).prism;

describe.each([
  ['light', prism.theme],
  ['dark', prism.darkTheme],
])('the %s code theme', (_mode, theme) => {
  test('every token colour meets WCAG AA (4.5:1) on the code background', () => {
    const background = parseColor(theme.plain.backgroundColor!);
    const failing = tokenColors(theme)
      .map(({ name, color }) => ({ name, ratio: Number(contrast(color, background).toFixed(2)) }))
      .filter(({ ratio }) => ratio < AA_NORMAL_TEXT);
    expect(failing).toEqual([]);
  });
});

test('the contrast arithmetic matches known WCAG values', () => {
  expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  expect(contrast(parseColor('#767676'), parseColor('#ffffff'))).toBeCloseTo(4.54, 2);
});
