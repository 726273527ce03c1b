import { clickRun, expect, pickSuggestion, test } from './fixtures';

// Two editions: the current one at /docs/ (newest Pyodide Python) and the frozen 3.12 one at
// /docs/3.12/, whose Python examples run on Pyodide 0.27 (CPython 3.12).

test('the version dropdown lands on the same chapter in the other edition', async ({ page }) => {
  await page.goto('docs/generators');
  await page
    .locator('.navbar')
    .getByRole('button', { name: /^Python 3\.14/ })
    .hover();
  await page.locator('.navbar').getByRole('link', { name: 'Python 3.12' }).click();
  await expect(page).toHaveURL(/\/docs\/3\.12\/generators$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Generators/);
  await page
    .locator('.navbar')
    .getByRole('button', { name: /^Python 3\.12/ })
    .hover();
  await page
    .locator('.navbar')
    .getByRole('link', { name: /^Python 3\.14/ })
    .click();
  await expect(page).toHaveURL(/\/docs\/generators$/);
});

test('the 3.12 edition carries the banner for an older version', async ({ page }) => {
  await page.goto('docs/3.12/iterators');
  await expect(page.locator('.theme-doc-version-banner')).toContainText('Python 3.12');
  await page.goto('docs/iterators');
  await expect(page.locator('.theme-doc-version-banner')).toHaveCount(0);
});

for (const [path, python] of [
  ['docs/3.12/introduction', /Python 3\.12\.\d+ \(Pyodide 0\.27/],
  ['docs/introduction', /Python 3\.14\.\d+ \(Pyodide 314/],
] as const) {
  test(`a Python example on ${path} runs on its edition's Python`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(path);
    const region = page.getByRole('region', { name: /^Python example: hello/ });
    await clickRun(region);
    const output = region.getByRole('log', { name: 'Output' });
    await expect(output).toHaveAttribute('data-status', 'ok', { timeout: 150_000 });
    await expect(region.getByText(python)).toBeVisible();
  });
}

test('search finds pages of the edition being read', async ({ page }) => {
  await page.goto('docs/3.12/introduction');
  await pickSuggestion(page, 'StopIteration', 'Iterators and iterables');
  await expect(page).toHaveURL(/\/docs\/3\.12\/iterators/);
});
