import { expect, openHydrated, test } from './fixtures';

// patches/: the fixes patch-package applies to Docusaurus on install, checked on the built site.

// A chapter with ordinary code blocks on show, drawn by the theme's CodeBlock (on most chapters
// the theme's blocks are the folded outputs of "Try this" tips, hidden until opened).
const CHAPTER_WITH_CODE_BLOCKS = 'docs/blocking-work/threads-and-workers';

test('a chapter hydrates without calling localeCompare (patch to @docusaurus/theme-common)', async ({ page }) => {
  // A page's first localeCompare builds an ICU collator; the theme's code blocks called it to sort
  // three option names.
  await page.addInitScript(() => {
    const original = String.prototype.localeCompare;
    (window as unknown as { localeCompareCalls: number }).localeCompareCalls = 0;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
      (window as unknown as { localeCompareCalls: number }).localeCompareCalls += 1;
      return original.apply(this, args);
    };
  });
  await openHydrated(page, CHAPTER_WITH_CODE_BLOCKS);
  // The chapter's code blocks are drawn by the theme's CodeBlock, the caller before the patch.
  await expect(page.locator('.theme-code-block').filter({ visible: true }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { localeCompareCalls: number }).localeCompareCalls)).toBe(0);
});

test('prefetching asks once for each chunk, and never for one the page has loaded (patch to @docusaurus/core)', async ({
  page,
}) => {
  // On a wide screen the sidebar shows a link to every chapter, so every doc route is prefetched,
  // and all of them share the docs layout's chunks.
  await page.setViewportSize({ width: 1280, height: 900 });
  await openHydrated(page, 'docs/generators');
  const prefetched = page.locator('link[rel=prefetch]');
  // Prefetching runs in idle time (src/clientModules/idlePrefetch.ts): wait until it settles.
  await expect(async () => {
    const before = await prefetched.count();
    await page.waitForTimeout(500);
    expect(before).toBeGreaterThan(0);
    expect(await prefetched.count()).toBe(before);
  }).toPass({ timeout: 20_000 });
  const hrefs = await prefetched.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs.filter((href) => scripts.includes(href))).toEqual([]);
});

test('on a phone the page still settles into its phone layout, now set in a transition (patch to @docusaurus/theme-common)', async ({
  page,
}) => {
  // The server renders the desktop table of contents for every reader; once the page knows its
  // window is narrow, the theme takes it out and renders the phone's collapsible one.
  await page.setViewportSize({ width: 412, height: 823 });
  await openHydrated(page, CHAPTER_WITH_CODE_BLOCKS);
  await expect(page.locator('.theme-doc-toc-desktop')).toHaveCount(0);
  await expect(page.locator('.theme-doc-toc-mobile')).toBeVisible();
  // And the parts drawn only in a browser (the code blocks' buttons) are there.
  await expect(
    page.locator('.theme-code-block').filter({ visible: true }).first().getByRole('button', { name: /copy/i }),
  ).toBeAttached();
});

test('hydration starts in a task after the start-up scripts have run (patch to @docusaurus/core)', async ({ page }) => {
  // DOMContentLoaded fires once the deferred scripts have run, in the same task. Unpatched, the
  // entry's preload promise resolved in that task's microtasks and created the React root there.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { rootAtStartUp: boolean }).rootAtStartUp = 'docusaurusRoot' in window;
    });
  });
  await openHydrated(page, 'docs/generators');
  expect(await page.evaluate(() => (window as unknown as { rootAtStartUp: boolean }).rootAtStartUp)).toBe(false);
  expect(await page.evaluate(() => 'docusaurusRoot' in window)).toBe(true);
});
