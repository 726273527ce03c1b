import { expect, pickSuggestion, test } from './fixtures';

test('searching for a word from a chapter finds that chapter', async ({ page }) => {
  await page.goto('');
  await pickSuggestion(page, 'StopIteration', 'Iterators and iterables');
  await expect(page).toHaveURL(/\/docs\/iterators/);
});

test('a glossary term is found and lands on its anchor', async ({ page }) => {
  await page.goto('');
  await pickSuggestion(page, 'GeneratorExit', 'Glossary');
  await expect(page).toHaveURL(/\/docs\/reference\/glossary(\?[^#]*)?#generator-exit$/);
});

test('the search page lists results across chapters', async ({ page }) => {
  await page.goto('search?q=generator');
  const results = page.locator('a[href*="_highlight=generator"]');
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs.map((href) => href?.split('#')[0])).size).toBeGreaterThan(1);
});
