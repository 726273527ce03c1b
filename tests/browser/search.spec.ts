import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** Types into the navbar search and returns its suggestions (the index loads on first focus). */
async function searchFor(page: Page, query: string) {
  const searchBox = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  await searchBox.fill(query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible({ timeout: 30_000 });
  return options;
}

test('searching for a word from a chapter finds that chapter', async ({ page }) => {
  await page.goto('');
  const options = await searchFor(page, 'StopIteration');
  await options.filter({ hasText: 'Iterators and iterables' }).first().click();
  await expect(page).toHaveURL(/\/docs\/iterators/);
});

test('a glossary term is found and lands on its anchor', async ({ page }) => {
  await page.goto('');
  const options = await searchFor(page, 'GeneratorExit');
  await options.filter({ hasText: 'Glossary' }).first().click();
  await expect(page).toHaveURL(/\/docs\/reference\/glossary#generator-exit$/);
});

test('the search page lists results across chapters', async ({ page }) => {
  await page.goto('search?q=generator');
  const results = page.locator('main a[href*="/docs/"]');
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs.map((href) => href?.split('#')[0])).size).toBeGreaterThan(1);
});
