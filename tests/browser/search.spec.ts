import { expect, test } from './fixtures';

test('searching for a word from a chapter finds that chapter', async ({ page }) => {
  await page.goto('');
  const searchBox = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  await searchBox.fill('StopIteration');
  const suggestion = page.locator('a[href*="/docs/iterators"]').first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/docs\/iterators/);
});

test('the search page lists results across chapters', async ({ page }) => {
  await page.goto('search?q=generator');
  const results = page.locator('main a[href*="/docs/"]');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs.map((href) => href?.split('#')[0])).size).toBeGreaterThan(1);
});
