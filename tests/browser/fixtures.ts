import { test as base, expect, type Page } from '@playwright/test';

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

export { expect };
