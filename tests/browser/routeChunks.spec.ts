import { expect, openHydrated, test } from './fixtures';

// src/plugins/routeChunkScripts: a page's HTML lists its route's chunks, so the start-up script
// creates none (webpack marks the script elements it creates with data-webpack).
test("a chapter's HTML lists its route's chunks, and the page adds no script of its own at load", async ({ page }) => {
  await openHydrated(page, 'docs/generators');
  const listed = await page
    .locator('head script[src]')
    .evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')));
  expect(listed.length).toBeGreaterThan(5);
  expect(listed.at(-1)).toMatch(/\/main\.[0-9a-f]+\.js$/);
  expect(await page.locator('script[data-webpack]').count()).toBe(0);
});
