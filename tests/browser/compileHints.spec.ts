import { COMPILE_HINT } from '@site/src/plugins/compileHints';

import { expect, openHydrated, test } from './fixtures';

// src/plugins/compileHints: the entry script, as served, opens with V8's compile hint; the route's
// chunks do not carry it.
test("the entry script a chapter loads opens with V8's compile hint, and only the entry script", async ({ page }) => {
  await openHydrated(page, 'docs/generators');
  const scripts = await page
    .locator('head script[src]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
  const opening = await page.evaluate(
    (urls) => Promise.all(urls.map(async (url) => (await (await fetch(url)).text()).split('\n', 1)[0])),
    scripts,
  );
  const hinted = scripts.filter((_, index) => opening[index] === COMPILE_HINT);
  expect(hinted).toHaveLength(1);
  expect(hinted[0]).toMatch(/\/main\.[0-9a-f]+\.js$/);
});
