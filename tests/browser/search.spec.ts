import { expect, loadedScripts, openHydrated, pickSuggestion, test } from './fixtures';

/** Whether a loaded script is the search plugin's bar (it carries mark.js). */
const isSearchBar = (script: string): boolean => script.includes('data-markjs');

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

test('the search bar’s code loads when the reader reaches for it, and keeps what was typed meanwhile', async ({
  page,
}) => {
  const scriptLog = loadedScripts(page);
  await openHydrated(page, 'docs/generators');
  await page.waitForLoadState('networkidle');
  expect((await scriptLog()).filter(isSearchBar).length).toBe(0);

  // The keyboard shortcut reaches the stand-in; the words typed at once survive the swap.
  await page.keyboard.press('ControlOrMeta+K');
  // At a fast typist's pace, keys landing while the bar's code arrives.
  await page.keyboard.type('StopIteration', { delay: 60 });
  // By its placeholder: the bar's autocomplete gives the input the combobox role once it arrives.
  const searchBox = page.getByPlaceholder('Search');
  await expect(searchBox).toBeFocused();
  await expect(searchBox).toHaveValue('StopIteration');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('StopIteration', {
    timeout: 30_000,
  });
  expect((await scriptLog()).filter(isSearchBar).length).toBe(1);
});

test('on a page of the older edition the bar sets up once: one list of suggestions', async ({ page }) => {
  // The patched bar (patches/README.md) no longer drops the state of an index already loading when
  // the page's version differs from the site's base, which loaded it twice, with two lists.
  await openHydrated(page, 'docs/3.12/introduction');
  await page.waitForLoadState('networkidle');
  await page.getByPlaceholder('Search').pressSequentially('StopIteration', { delay: 60 });
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('StopIteration', {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('listbox')).toHaveCount(1);
});

test('a page opened from a search result marks the words it was found by', async ({ page }) => {
  await page.goto('docs/generators?_highlight=suspended');
  await expect(page.locator('article mark[data-markjs]').first()).toContainText(/suspended/i, { timeout: 30_000 });
});

test('if the search bar’s code fails to load, the stand-in stays and the next reach loads it', async ({
  page,
  pageProblems,
}) => {
  const scriptLog = loadedScripts(page);
  await openHydrated(page, 'docs/generators');
  await page.waitForLoadState('networkidle');
  // From now on every script fails, as after a deploy that removed the page's chunks.
  await page.route('**/*.js', (route) => route.abort());
  const searchBox = page.getByPlaceholder('Search');
  await searchBox.hover();
  await page.waitForTimeout(1_000);
  await expect(searchBox).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
  // The failed fetch is the browser's to report; the page itself raised nothing.
  expect(pageProblems.filter((problem) => !problem.includes('Failed to load resource'))).toEqual([]);
  pageProblems.length = 0;

  await page.unroute('**/*.js');
  await page.mouse.move(0, 0);
  await searchBox.hover();
  await expect.poll(async () => (await scriptLog()).filter(isSearchBar).length, { timeout: 15_000 }).toBe(1);
  await searchBox.click();
  await expect(page.getByRole('combobox')).toBeVisible();
});
