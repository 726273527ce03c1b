import type { Page } from '@playwright/test';

import { axeViolations } from './axe';
import { builtHtml, builtPages } from './builtPages';
import { expect, test, useColorMode, type ColorMode } from './fixtures';

const GLOSSARY = 'docs/reference/glossary';

/** A built chapter page that uses <Term>, found from the HTML so the test follows the content. */
function pageWithTerms(): string {
  const path = builtPages().find(
    (candidate) =>
      candidate.startsWith('docs/') &&
      !candidate.startsWith('docs/reference') &&
      builtHtml(candidate).includes('data-term='),
  );
  if (!path) throw new Error('No built docs page uses <Term>');
  return path;
}

async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

function filterBox(page: Page) {
  return page.getByLabel('Filter the glossary');
}

function entryHeading(page: Page, id: string) {
  return page.locator(`h3[id="${id}"]`);
}

/**
 * Axe findings within `scope`. The site-wide spec checks every page as a whole; code blocks are
 * left out here because their colours come from the site's Prism theme, not from the glossary.
 */
function scopedViolations(page: Page, scope: string): Promise<string[]> {
  return axeViolations(page, { include: [scope], exclude: ['.theme-code-block'] });
}

test.describe('glossary page', () => {
  test('every entry is in the server-rendered HTML as an h3 with its id', async ({ request }) => {
    const html = await (await request.get(GLOSSARY)).text();
    for (const id of ['awaitable', 'await', 'dunder-await', 'future', 'promise', 'web-worker']) {
      // The build minifies HTML, so attribute quotes are optional.
      expect(html).toMatch(new RegExp(`<h3[^>]*\\bid="?${id}[\\s">]`));
    }
    expect((html.match(/<h3[^>]*\bid=/g) ?? []).length).toBeGreaterThanOrEqual(50);
  });

  test('typing "awai" shows awaitable, await and __await__ at once, highlighted', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    await filterBox(page).pressSequentially('awai');
    // The names that match are listed together in the filter box, all on screen at once.
    const nameMatches = page.getByRole('navigation', { name: 'Terms matching by name' });
    for (const name of ['await', '__await__', 'awaitable']) {
      await expect(nameMatches.getByRole('link', { name, exact: true })).toBeInViewport();
    }
    // Their entries come first, highlighted.
    const headings = page.locator('main h3');
    await expect(headings.nth(0)).toHaveAttribute('id', 'await');
    await expect(headings.nth(1)).toHaveAttribute('id', 'dunder-await');
    await expect(headings.nth(2)).toHaveAttribute('id', 'awaitable');
    for (const id of ['awaitable', 'await', 'dunder-await']) {
      await expect(entryHeading(page, id).locator('mark')).toHaveText(/awai/i);
    }
    await expect(entryHeading(page, 'iterator')).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]q=awai(&|#|$)/);

    // Opening one from the list lands on its entry.
    await nameMatches.getByRole('link', { name: 'awaitable', exact: true }).click();
    await expect(page).toHaveURL(/#awaitable$/);
    await expect(entryHeading(page, 'awaitable')).toBeInViewport();
  });

  test('filters by a term name, by an alias and by definition text', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    const box = filterBox(page);

    await box.fill('subgenerator');
    await expect(entryHeading(page, 'subgenerator')).toBeVisible();
    await expect(entryHeading(page, 'promise')).toHaveCount(0);

    // An alias: "genexp" is another name for a generator expression.
    await box.fill('genexp');
    await expect(entryHeading(page, 'generator-expression')).toBeVisible();
    await expect(page.locator('main h3')).toHaveCount(1);

    // Words that appear only in a definition.
    await box.fill('one-shot');
    await expect(entryHeading(page, 'iterator')).toBeVisible();
    await expect(page.locator(`h3[id="iterator"] + div mark`).first()).toHaveText('one-shot');

    // "Promise" finds the promise entry and also future, its Python counterpart.
    await box.fill('Promise');
    await expect(entryHeading(page, 'promise')).toBeVisible();
    await expect(entryHeading(page, 'future')).toBeVisible();
  });

  test('a ?q= address opens the filtered view', async ({ page }) => {
    await openHydrated(page, `${GLOSSARY}?q=awai`);
    await expect(filterBox(page)).toHaveValue('awai');
    await expect(entryHeading(page, 'dunder-await')).toBeVisible();
    await expect(entryHeading(page, 'generator')).toHaveCount(0);
  });

  test('Escape clears the filter and the ?q= parameter', async ({ page }) => {
    await openHydrated(page, `${GLOSSARY}?q=awai`);
    await filterBox(page).press('Escape');
    await expect(filterBox(page)).toHaveValue('');
    await expect(entryHeading(page, 'generator')).toBeVisible();
    await expect(page).not.toHaveURL(/[?&]q=/);
  });

  test('no match says so and links to the full-text search', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    await filterBox(page).fill('zzqx');
    await expect(page.getByText('No glossary term matches')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('0 of');
    const searchLink = page.getByRole('link', { name: /Search the whole tutorial/ });
    await expect(searchLink).toHaveAttribute('href', /search\?q=zzqx$/);
  });

  test('a reader finds awaitable, follows a see-also and lands in the chapter that explains it', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    await filterBox(page).pressSequentially('awai');
    const awaitableBody = page.locator('h3[id="awaitable"] + div');
    // "future" is hidden by the filter: following the link clears the filter and lands on it.
    await awaitableBody.getByRole('link', { name: 'future', exact: true }).click();
    await expect(page).toHaveURL(/#future$/);
    await expect(filterBox(page)).toHaveValue('');
    await expect(entryHeading(page, 'future')).toBeInViewport();

    const futureBody = page.locator('h3[id="future"] + div');
    const chapterLink = futureBody.getByRole('link', { name: /^Chapter \d+/ });
    const href = await chapterLink.getAttribute('href');
    expect(href).toMatch(/#[\w-]+$/);
    await chapterLink.click();
    const anchor = (href ?? '').split('#')[1] ?? '';
    await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });

  for (const mode of ['light', 'dark'] as ColorMode[]) {
    test(`the filtered glossary and its no-match state have no axe violations in ${mode} mode`, async ({ page }) => {
      await useColorMode(page, mode);
      await openHydrated(page, `${GLOSSARY}?q=awai`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      await expect(entryHeading(page, 'awaitable').locator('mark')).toBeVisible();
      expect(await scopedViolations(page, '[data-component="glossary"]')).toEqual([]);

      await filterBox(page).fill('zzqx');
      await expect(page.getByText('No glossary term matches')).toBeVisible();
      expect(await scopedViolations(page, '[data-component="glossary"]')).toEqual([]);
    });
  }
});

test.describe('<Term> in a chapter', () => {
  test('shows the definition on hover, links to the glossary, and Escape dismisses it', async ({ page }) => {
    await openHydrated(page, pageWithTerms());
    const term = page.locator('[data-term] > a').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const tooltipId = await term.getAttribute('aria-describedby');
    expect(tooltipId).toBeTruthy();
    const tooltip = page.locator(`[id="${tooltipId}"]`);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveAttribute('role', 'tooltip');
    await expect(tooltip).not.toBeEmpty();
    await expect(term).not.toHaveAttribute('title', /.+/);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();

    const id = await page.locator('[data-term]').first().getAttribute('data-term');
    await expect(term).toHaveAttribute('href', new RegExp(`/reference/glossary#${id}$`));
  });

  test('shows the definition on keyboard focus', async ({ page }) => {
    await openHydrated(page, pageWithTerms());
    const term = page.locator('[data-term] > a').first();
    await term.focus();
    const tooltip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(tooltip).toBeHidden();
  });

  for (const mode of ['light', 'dark'] as ColorMode[]) {
    test(`an open tooltip has no axe violations in ${mode} mode`, async ({ page }) => {
      await useColorMode(page, mode);
      await openHydrated(page, pageWithTerms());
      const term = page.locator('[data-term] > a').first();
      await term.focus();
      await expect(page.getByRole('tooltip').first()).toBeVisible();
      // Only the term and its tooltip: the rest of the chapter is the site-wide spec's business.
      await term.evaluate((link) => link.parentElement?.setAttribute('data-axe-scope', ''));
      expect(await scopedViolations(page, '[data-axe-scope]')).toEqual([]);
    });
  }
});
