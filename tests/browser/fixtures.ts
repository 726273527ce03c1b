import { test as base, expect, type Locator, type Page } from '@playwright/test';

export type ColorMode = 'light' | 'dark';

/** Opens pages in a colour mode through the reader's system preference, which the site follows. */
export async function useColorMode(page: Page, mode: ColorMode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode });
}

/**
 * Every page a test opens is watched: console errors, uncaught exceptions and any request that
 * leaves loopback fail the test (the site must not depend on a CDN or third-party host).
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
          problems.push(`request to a non-loopback host: ${request.url()}`);
        }
      });
      await use(problems);
    },
    { auto: true },
  ],
});

/** Opens a page of the site and waits until React has hydrated it. */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/** The scripts a page loaded, read once every response seen so far has its body. */
export type ScriptLog = () => Promise<string[]>;

/**
 * Watches, from now on, the text of every script the page loads. With `prefetched`, scripts the
 * page fetched ahead (`<link rel=prefetch>`) count too: a chunk fetched that way runs from the
 * cache later without a second script response.
 */
export function loadedScripts(page: Page, { prefetched = false } = {}): ScriptLog {
  const bodies: Promise<string | undefined>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const isScript =
      type === 'script' || (prefetched && type === 'other' && new URL(response.url()).pathname.endsWith('.js'));
    if (isScript) {
      // A response from a page already left has no body to read.
      bodies.push(response.text().catch(() => undefined));
    }
  });
  return async () => (await Promise.all(bodies)).filter((text): text is string => text !== undefined);
}

/** Types into the navbar search and picks the first suggestion that mentions `where`. */
export async function pickSuggestion(page: Page, query: string, where: string): Promise<void> {
  const searchBox = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  const suggestion = page.getByRole('listbox').getByRole('option').filter({ hasText: where }).first();
  // The search bar may still be hydrating and its index loads on first use: type until it answers.
  await expect(async () => {
    await searchBox.fill('');
    await searchBox.pressSequentially(query);
    await expect(suggestion).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await suggestion.click();
}

/**
 * Clicks Run until the example reacts: a click that lands before the page has hydrated does
 * nothing, and on a slow machine hydration can finish after the page looks ready.
 */
export async function clickRun(region: Locator): Promise<void> {
  const output = region.getByRole('log', { name: 'Output' });
  await expect(async () => {
    if ((await output.getAttribute('data-status')) === 'expected') {
      await region.getByRole('button', { name: 'Run', exact: true }).click();
    }
    await expect(output).not.toHaveAttribute('data-status', 'expected', { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

/** Focuses (or clicks) an example's code until the real editor has mounted and has the focus. */
export async function openEditor(region: Locator, language: string, how: 'click' | 'focus'): Promise<Locator> {
  const editor = region.locator(`.cm-content[aria-label="${language} editor"]`);
  await expect(async () => {
    if ((await editor.count()) === 0) {
      const placeholder = region.getByRole('textbox', { name: `${language} editor` });
      if (how === 'click') await placeholder.click();
      else await placeholder.focus();
    } else {
      await editor.click();
    }
    await expect(editor).toBeFocused({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  return editor;
}

export { expect };
