import type { Page } from '@playwright/test';

import { expect, openHydrated, test, useColorMode, type ColorMode } from './fixtures';

// src/css/icons.css: the theme's icons are clip paths, so no CSS on the page paints an SVG image
// (each one costs the browser a whole document while it builds the first frame), and they stay
// visible in a high-contrast mode.

/** Every CSS-painted image on the page, its pseudo-elements included, that is an SVG. */
function svgImagesInCss(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const properties = ['background-image', 'mask-image', '-webkit-mask-image', 'list-style-image', 'content'];
    const found = new Set<string>();
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        const style = getComputedStyle(element, pseudo);
        for (const property of properties) {
          const value = style.getPropertyValue(property);
          if (/url\("?(data:image\/svg|[^")]*\.svg)/.test(value)) {
            found.add(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''} ${property}`);
          }
        }
      }
    }
    return [...found];
  });
}

/** The clip path that draws a pseudo-element's icon, and the colour that fills it. */
function iconOf(page: Page, selector: string, pseudo: '::before' | '::after') {
  return page
    .locator(selector)
    .first()
    .evaluate((element, which) => {
      const style = getComputedStyle(element, which);
      return { clipPath: style.clipPath, fill: style.backgroundColor };
    }, pseudo);
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

for (const mode of ['light', 'dark'] satisfies ColorMode[]) {
  test.describe(`${mode} mode`, () => {
    test.beforeEach(async ({ page }) => useColorMode(page, mode));

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

      test('a chapter paints no SVG image from CSS, and its chevrons are drawn', async ({ page }) => {
        await openHydrated(page, 'docs/generators');
        const tocButton = page.locator('.theme-doc-toc-mobile > button');
        await tocButton.tap();
        await expect(page.locator('.theme-doc-toc-mobile').getByRole('link').first()).toBeVisible();
        await page.getByRole('button', { name: 'Toggle navigation bar' }).tap();
        await expect(page.locator('.navbar-sidebar').getByRole('link').first()).toBeVisible();

        expect(await svgImagesInCss(page)).toEqual([]);
        for (const [selector, pseudo] of [
          ['.theme-doc-toc-mobile > button', '::after'],
          ['.breadcrumbs__item', '::after'],
          ['.theme-back-to-top-button', '::after'],
          ['.navbar-sidebar .menu__caret', '::before'],
        ] as const) {
          const icon = await iconOf(page, selector, pseudo);
          expect(icon.clipPath, selector).toMatch(/^polygon\(/);
          expect(icon.fill, selector).not.toBe(TRANSPARENT);
        }
      });
    });

    test.describe('on a wide screen', () => {
      test.use({ viewport: { width: 1280, height: 800 } });

      test('a chapter paints no SVG image from CSS, and its icons are drawn', async ({ page }) => {
        await openHydrated(page, 'docs/generators');
        expect(await svgImagesInCss(page)).toEqual([]);
        for (const [selector, pseudo, shape] of [
          ['.theme-doc-sidebar-menu .menu__caret', '::before', /^polygon\(/],
          ['.header-github-link', '::before', /^path\(/],
        ] as const) {
          const icon = await iconOf(page, selector, pseudo);
          expect(icon.clipPath, selector).toMatch(shape);
          expect(icon.fill, selector).not.toBe(TRANSPARENT);
        }
      });
    });
  });
}

test.describe('in a high-contrast mode', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the icons take the text colour, not the background colour that the mode imposes', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openHydrated(page, 'docs/generators');
    const textColour = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.color = 'CanvasText';
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    for (const [selector, pseudo] of [
      ['.theme-doc-sidebar-menu .menu__caret', '::before'],
      ['.breadcrumbs__item', '::after'],
      ['.theme-back-to-top-button', '::after'],
      ['.header-github-link', '::before'],
    ] as const) {
      expect((await iconOf(page, selector, pseudo)).fill, selector).toBe(textColour);
    }
    // The version menu's caret is a border triangle: its sides stay transparent, or it is a bar.
    const caretSide = await page
      .locator('.navbar .dropdown > .navbar__link')
      .first()
      .evaluate((element) => getComputedStyle(element, '::after').borderLeftColor);
    expect(caretSide).toBe(TRANSPARENT);
  });
});
