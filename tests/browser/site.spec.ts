import type { Page } from '@playwright/test';

import { axeViolations } from './axe';
import { builtHtml, builtPages, currentEditionTwin } from './builtPages';
import { expect, openHydrated, test, useColorMode } from './fixtures';

const pages = builtPages();

// Code is left out of the page-wide axe runs: the theme's code blocks and the live examples'
// highlighted programs take their colours from the two Prism themes, which
// tests/config/prismThemes.test.ts holds to WCAG AA for every token type. Leaving their thousands
// of token spans out keeps this check, which runs on every page, to seconds a page. The rest of
// each live example (its editor box, buttons and output) is checked here with the page.
const WITHOUT_CODE = { exclude: ['.prism-code', '.static-code'] };

/** Waits until React has hydrated the page and no CSS transition is still moving a colour. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

test('the build has the home page, the introduction, the search page and the 3.12 edition', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'docs/introduction', 'search', 'docs/3.12/introduction']));
});

test("no page's HTML holds a Suspense boundary, so each hydrates in one piece", () => {
  // React hydrates a server-rendered Suspense boundary apart from the page, and the theme's first
  // update after hydration must then stop, hydrate it and start over. React marks one <!--$-->.
  const withBoundaries = pages.filter((path) => /<!--\$[!?]?-->/.test(builtHtml(path)));
  expect(withBoundaries).toEqual([]);
});

for (const path of pages) {
  const twin = currentEditionTwin(path);
  if (twin !== null) {
    // A frozen-edition page whose article is the current edition's, markup for markup, built from
    // the same components and styles: loading it would repeat the checks of /${twin} below.
    test(`/${path}: same markup as /${twin}, which is checked in both colour modes`, () => {
      expect(pages).toContain(twin);
    });
    continue;
  }
  test(`/${path}: loads cleanly, stays on loopback, no axe violations in light and dark mode`, async ({
    page,
    pageProblems,
  }) => {
    // The glossary holds every entry's markup (thousands of elements): axe takes about a minute there.
    test.slow(path.endsWith('reference/glossary'));
    await useColorMode(page, 'light');
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await settled(page);
    expect(await axeViolations(page, WITHOUT_CODE), 'light mode').toEqual([]);
    // The site follows the reader's system preference live; only colours change with the mode.
    await useColorMode(page, 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await settled(page);
    expect(await axeViolations(page, WITHOUT_CODE, ['color-contrast']), 'dark mode').toEqual([]);
    expect(pageProblems).toEqual([]);
  });
}

for (const path of ['', 'docs/introduction', 'docs/cancellation', 'docs/reference/glossary']) {
  test(`/${path} on a phone: nothing makes the page scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openHydrated(page, path);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });
}
