import { expect, loadedScripts, openHydrated, test } from './fixtures';

// A chapter with ordinary (not live) code blocks, highlighted at build time.
const CHAPTER = 'docs/blocking-work/threads-and-workers';
const TITLE = 'to-thread.py (CPython only)';

const isPrism = (script: string): boolean => script.includes('languages.extend');

test('ordinary code blocks come highlighted in both colour modes, and the chapter loads no Prism', async ({ page }) => {
  const scriptLog = loadedScripts(page);
  const colours: Record<string, string> = {};
  for (const mode of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: mode });
    await openHydrated(page, CHAPTER);
    const block = page.locator('.theme-code-block').filter({ hasText: TITLE });
    const keyword = block.locator('.token', { hasText: /^def$/ }).first();
    await expect(keyword).toBeVisible();
    const [keywordColour, plainColour] = await keyword.evaluate((token) => [
      getComputedStyle(token).color,
      getComputedStyle(token.closest('pre')!).color,
    ]);
    expect(keywordColour).not.toBe(plainColour);
    colours[mode] = keywordColour!;
  }
  expect(colours.light).not.toBe(colours.dark);
  await page.waitForLoadState('networkidle');
  const scripts = await scriptLog();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter(isPrism)).toEqual([]);
});

test("the theme's copy button copies a highlighted block's code exactly", async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, CHAPTER);
  const block = page.locator('.theme-code-block').filter({ hasText: TITLE });
  await block.hover();
  await block.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^import asyncio\nimport time\n/);
  expect(copied).toContain('data = await asyncio.to_thread(blocking_read)');
  expect(copied.trimEnd()).toBe((await block.locator('pre').innerText()).trimEnd());
});

test('the glossary opened from a chapter, drawn in the browser, still highlights its code with Prism, loaded on demand', async ({
  page,
}) => {
  // Opened directly, the glossary's code comes highlighted in its HTML (glossary.spec.ts); after a
  // client-side navigation React draws it, and the theme's Prism highlights it.
  await openHydrated(page, CHAPTER);
  const scriptLog = loadedScripts(page, { prefetched: true });
  await page.locator('[data-term] > a').first().click();
  await expect(page).toHaveURL(/\/reference\/glossary#/);
  await expect(page.locator('.theme-code-block .token-line').first()).toBeAttached();
  await page.waitForLoadState('networkidle');
  expect((await scriptLog()).some(isPrism)).toBe(true);
});
