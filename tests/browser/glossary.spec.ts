import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { glossaryEntries, plainText } from '../../src/data/glossary/terms';
import { axeViolations } from './axe';
import { BUILD_DIR, builtHtml, builtPages } from './builtPages';
import { expect, loadedScripts, openHydrated, test, useColorMode, type ColorMode } from './fixtures';

const GLOSSARY = 'docs/reference/glossary';

/** A built chapter page that uses <Term>, found from the HTML so the test follows the content. */
function pageWithTerms(): string {
  const path = builtPages().find(
    (candidate) =>
      candidate.startsWith('docs/') &&
      !candidate.startsWith('docs/reference') &&
      builtHtml(candidate).includes('data-term='),
  );
  if (!path) throw new Error('No built docs page uses <Term>');
  return path;
}

function filterBox(page: Page) {
  return page.getByLabel('Filter the glossary');
}

function entryHeading(page: Page, id: string) {
  return page.locator(`h3[id="${id}"]`);
}

/**
 * Axe findings within `scope`. The site-wide spec checks every page as a whole; code blocks are
 * left out here because their colours come from the site's Prism theme, not from the glossary.
 */
function scopedViolations(page: Page, scope: string): Promise<string[]> {
  return axeViolations(page, { include: [scope], exclude: ['.theme-code-block'] });
}

test.describe('glossary page', () => {
  test('every entry is in the server-rendered HTML as an h3 with its id', async ({ request }) => {
    const html = await (await request.get(GLOSSARY)).text();
    const missing = glossaryEntries
      .map((entry) => entry.id)
      // The build minifies HTML, so attribute quotes are optional.
      .filter((id) => !new RegExp(`<h3[^>]*\\bid="?${id}[\\s">]`).test(html));
    expect(missing).toEqual([]);
    expect((html.match(/<h3[^>]*\bid=/g) ?? []).length).toBe(glossaryEntries.length);
  });

  test('without JavaScript every entry is there to read, with its code highlighted', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GLOSSARY);
    await expect(page.locator('main h3')).toHaveCount(glossaryEntries.length);
    await expect(entryHeading(page, 'future')).toBeVisible();
    const keyword = page.locator('.theme-code-block .token', { hasText: /^(def|async|await)$/ }).first();
    await expect(keyword).toBeVisible();
    await context.close();
  });

  test('opened directly, the entries are kept as the server drew them: no Prism, no redrawn list', async ({ page }) => {
    const scriptLog = loadedScripts(page, { prefetched: true });
    await page.goto(GLOSSARY);
    // A node of the server's list, marked before hydration, is still the one on the page after it.
    await page.locator('h3[id="future"]').evaluate((heading) => heading.setAttribute('data-before-hydration', ''));
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.locator('h3[id="future"][data-before-hydration]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect((await scriptLog()).filter((script) => script.includes('languages.extend'))).toEqual([]);
  });

  test('a #term address lands on its entry, with or without a filter', async ({ page }) => {
    await openHydrated(page, `${GLOSSARY}#task-group`);
    await expect(entryHeading(page, 'task-group')).toBeInViewport();
    await openHydrated(page, `${GLOSSARY}?q=task#task-group`);
    await expect(filterBox(page)).toHaveValue('task');
    await expect(entryHeading(page, 'task-group')).toBeInViewport();
  });

  test("an entry's code block gets the theme's copy button, which copies its code", async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openHydrated(page, `${GLOSSARY}#future`);
    const future = glossaryEntries.find((entry) => entry.id === 'future');
    const code = future?.snippet?.python;
    if (!code) throw new Error('The future entry has no Python snippet');
    const block = page.locator('h3[id="future"] + div .theme-code-block').first();
    await block.hover();
    await block.getByRole('button', { name: /copy/i }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test('typing "awai" shows awaitable, await and __await__ at once, highlighted', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    await filterBox(page).pressSequentially('awai');
    // The names that match are listed together in the filter box, all on screen at once.
    const nameMatches = page.getByRole('navigation', { name: 'Terms matching by name' });
    for (const name of ['await', '__await__', 'awaitable']) {
      await expect(nameMatches.getByRole('link', { name, exact: true })).toBeInViewport();
    }
    // Their entries come first, highlighted.
    const headings = page.locator('main h3');
    await expect(headings.nth(0)).toHaveAttribute('id', 'await');
    await expect(headings.nth(1)).toHaveAttribute('id', 'dunder-await');
    await expect(headings.nth(2)).toHaveAttribute('id', 'awaitable');
    for (const id of ['awaitable', 'await', 'dunder-await']) {
      await expect(entryHeading(page, id).locator('mark')).toHaveText(/awai/i);
    }
    await expect(entryHeading(page, 'iterator')).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]q=awai(&|#|$)/);

    // Opening one from the list lands on its entry.
    await nameMatches.getByRole('link', { name: 'awaitable', exact: true }).click();
    await expect(page).toHaveURL(/#awaitable$/);
    await expect(entryHeading(page, 'awaitable')).toBeInViewport();
  });

  test('filters by a term name, by an alias and by definition text', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    const box = filterBox(page);

    await box.fill('subgenerator');
    await expect(entryHeading(page, 'subgenerator')).toBeVisible();
    await expect(entryHeading(page, 'promise')).toHaveCount(0);

    // An alias: "genexp" is another name for a generator expression.
    await box.fill('genexp');
    await expect(entryHeading(page, 'generator-expression')).toBeVisible();
    await expect(page.locator('main h3')).toHaveCount(1);

    // Words that appear only in a definition.
    await box.fill('one-shot');
    await expect(entryHeading(page, 'iterator')).toBeVisible();
    await expect(page.locator(`h3[id="iterator"] + div mark`).first()).toHaveText('one-shot');

    // "Promise" finds the promise entry and also future, its Python counterpart.
    await box.fill('Promise');
    await expect(entryHeading(page, 'promise')).toBeVisible();
    await expect(entryHeading(page, 'future')).toBeVisible();
  });

  test('a ?q= address opens the filtered view', async ({ page }) => {
    await openHydrated(page, `${GLOSSARY}?q=awai`);
    await expect(filterBox(page)).toHaveValue('awai');
    await expect(entryHeading(page, 'dunder-await')).toBeVisible();
    await expect(entryHeading(page, 'generator')).toHaveCount(0);
  });

  test('Escape clears the filter and the ?q= parameter', async ({ page }) => {
    await openHydrated(page, `${GLOSSARY}?q=awai`);
    await filterBox(page).press('Escape');
    await expect(filterBox(page)).toHaveValue('');
    await expect(entryHeading(page, 'generator')).toBeVisible();
    await expect(page).not.toHaveURL(/[?&]q=/);
  });

  test('no match says so and links to the full-text search', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    await filterBox(page).fill('zzqx');
    await expect(page.getByText('No glossary term matches')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('0 of');
    const searchLink = page.getByRole('link', { name: /Search the whole tutorial/ });
    await expect(searchLink).toHaveAttribute('href', /search\?q=zzqx$/);
  });

  test('a name in the match list, clicked before the address has caught up with the typing, keeps the filter', async ({
    page,
  }) => {
    // The page's clock stands still, so the click lands inside the pause after which the address
    // follows typing, however busy the machine.
    const start = new Date('2026-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await openHydrated(page, GLOSSARY);
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await filterBox(page).fill('awai');
    const nameMatches = page.getByRole('navigation', { name: 'Terms matching by name' });
    await nameMatches.getByRole('link', { name: 'awaitable', exact: true }).click();
    await expect(page).toHaveURL(/\/reference\/glossary#awaitable$/);
    await expect(filterBox(page)).toHaveValue('awai');
    await page.clock.runFor(1_000);
    await expect(page).toHaveURL(/\?q=awai#awaitable$/);
    await expect(nameMatches.getByRole('link', { name: '__await__', exact: true })).toBeVisible();
  });

  test('done when: "awai" shows awaitable, await and __await__ at once; open one, follow a see-also, land in its chapter', async ({
    page,
  }) => {
    await openHydrated(page, GLOSSARY);
    await filterBox(page).pressSequentially('awai');
    const nameMatches = page.getByRole('navigation', { name: 'Terms matching by name' });
    for (const name of ['awaitable', 'await', '__await__']) {
      await expect(nameMatches.getByRole('link', { name, exact: true })).toBeInViewport();
    }

    // Open awaitable.
    await nameMatches.getByRole('link', { name: 'awaitable', exact: true }).click();
    await expect(page).toHaveURL(/\?q=awai#awaitable$/);
    await expect(entryHeading(page, 'awaitable')).toBeInViewport();

    // Follow its "see also" to future, which the filter hides: the filter clears and the entry shows.
    const awaitableBody = page.locator('h3[id="awaitable"] + div');
    await awaitableBody.getByRole('link', { name: 'future', exact: true }).click();
    await expect(page).toHaveURL(/\/reference\/glossary#future$/);
    await expect(filterBox(page)).toHaveValue('');
    await expect(entryHeading(page, 'future')).toBeInViewport();

    // Its "introduced in" link lands on the chapter section that explains futures.
    const future = glossaryEntries.find((entry) => entry.id === 'future');
    if (!future) throw new Error('The glossary has no future entry');
    const { anchor, section } = future.introducedIn;
    await page
      .locator('h3[id="future"] + div')
      .getByRole('link', { name: new RegExp(`^Chapter \\d+, .*: ${section}$`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/docs/futures#${anchor}$`));
    const heading = page.locator(`h2[id="${anchor}"], h3[id="${anchor}"]`);
    await expect(heading).toBeInViewport();
    await expect(heading).toContainText(section);
  });

  test('Enter in the filter box moves focus to the first match', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    await filterBox(page).pressSequentially('awai');
    await filterBox(page).press('Enter');
    await expect(entryHeading(page, 'await')).toBeFocused();
    await expect(entryHeading(page, 'await')).toBeInViewport();
  });

  test('the letter index jumps to a letter and has no links for empty letters', async ({ page }) => {
    await openHydrated(page, GLOSSARY);
    const letters = page.getByRole('navigation', { name: 'Glossary letters' });
    const used = new Set(
      glossaryEntries.map((entry) =>
        plainText(entry.name)
          .replace(/^[^a-z0-9]+/i, '')[0]
          ?.toUpperCase(),
      ),
    );
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      await expect(letters.getByRole('link', { name: letter, exact: true })).toHaveCount(used.has(letter) ? 1 : 0);
    }
    await letters.getByRole('link', { name: 'T', exact: true }).click();
    await expect(page).toHaveURL(/#letter-t$/);
    await expect(page.locator('h2[id="letter-t"]')).toBeInViewport();
    // The first term under T follows its letter heading.
    await expect(page.locator('h2[id="letter-t"] ~ h3').first()).toHaveAttribute('id', 'task');
  });

  for (const mode of ['light', 'dark'] as ColorMode[]) {
    test(`the filtered glossary and its no-match state have no axe violations in ${mode} mode`, async ({ page }) => {
      await useColorMode(page, mode);
      await openHydrated(page, `${GLOSSARY}?q=awai`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      await expect(entryHeading(page, 'awaitable').locator('mark')).toBeVisible();
      expect(await scopedViolations(page, '[data-component="glossary"]')).toEqual([]);

      await filterBox(page).fill('zzqx');
      await expect(page.getByText('No glossary term matches')).toBeVisible();
      expect(await scopedViolations(page, '[data-component="glossary"]')).toEqual([]);
    });
  }
});

test.describe('<Term> in a chapter', () => {
  test('shows the definition on hover, links to the glossary, and Escape dismisses it', async ({ page }) => {
    await openHydrated(page, pageWithTerms());
    const term = page.locator('[data-term] > a').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const tooltipId = await term.getAttribute('aria-describedby');
    expect(tooltipId).toBeTruthy();
    const tooltip = page.locator(`[id="${tooltipId}"]`);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveAttribute('role', 'tooltip');
    await expect(tooltip).not.toBeEmpty();
    await expect(term).not.toHaveAttribute('title', /.+/);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();

    const id = await page.locator('[data-term]').first().getAttribute('data-term');
    await expect(term).toHaveAttribute('href', new RegExp(`/reference/glossary#${id}$`));
  });

  test('every term carries its definition for screen readers before the reader reaches it', async ({ page }) => {
    await openHydrated(page, pageWithTerms());
    const terms = page.locator('[data-term] > a');
    const last = terms.last();
    // Added once the browser is idle after loading, so the first focus already has a description.
    await expect(last).toHaveAttribute('aria-describedby', /.+/);
    const tooltip = page.locator(`[id="${await last.getAttribute('aria-describedby')}"]`);
    await expect(tooltip).toHaveAttribute('role', 'tooltip');
    await expect(tooltip).toBeHidden();
    await expect(tooltip).not.toBeEmpty();
    expect(await page.locator('[data-term] [role="tooltip"]').count()).toBe(await terms.count());
  });

  test('clicking a term goes to its glossary entry without reloading the page', async ({ page }) => {
    await openHydrated(page, pageWithTerms());
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const term = page.locator('[data-term] > a').first();
    const id = await page.locator('[data-term]').first().getAttribute('data-term');
    await term.click();
    await expect(page).toHaveURL(new RegExp(`/reference/glossary#${id}$`));
    await expect(entryHeading(page, id!)).toBeInViewport();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  test('shows the definition on keyboard focus', async ({ page }) => {
    await openHydrated(page, pageWithTerms());
    const term = page.locator('[data-term] > a').first();
    await term.focus();
    const tooltip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(tooltip).toBeHidden();
  });

  for (const mode of ['light', 'dark'] as ColorMode[]) {
    test(`an open tooltip has no axe violations in ${mode} mode`, async ({ page }) => {
      await useColorMode(page, mode);
      await openHydrated(page, pageWithTerms());
      const term = page.locator('[data-term] > a').first();
      await term.focus();
      await expect(page.getByRole('tooltip').first()).toBeVisible();
      // Only the term and its tooltip: the rest of the chapter is the site-wide spec's business.
      await term.evaluate((link) => link.parentElement?.setAttribute('data-axe-scope', ''));
      expect(await scopedViolations(page, '[data-axe-scope]')).toEqual([]);
    });
  }
});

test.describe('site search', () => {
  // The built index holds a section per entry, under the entry's own anchor, named as the entry is.
  test('the search index has every glossary term under its anchor', () => {
    const index = JSON.parse(readFileSync(join(BUILD_DIR, 'search-index.json'), 'utf8')) as {
      documents: { t: string; u: string; h?: string }[];
    }[];
    const sections = new Set(
      index
        .flatMap((part) => part.documents)
        .filter((document) => document.u === `/${GLOSSARY}`)
        .map((document) => `${document.h ?? ''} ${document.t}`),
    );
    const missing = glossaryEntries
      .map((entry) => `#${entry.id} ${plainText(entry.name)}`)
      .filter((section) => !sections.has(section));
    expect(missing).toEqual([]);
  });

  test('suggests every glossary term by its name; a suggestion lands on its anchor', async ({ page }) => {
    test.setTimeout(180_000);
    await openHydrated(page, 'docs/introduction');
    const searchBox = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
    // Following a suggestion is the search bar's one code path for every entry: a few, the
    // first, the last and one with punctuation in its name, are followed to their anchors.
    const followed = new Set([glossaryEntries[0]!.id, glossaryEntries.at(-1)!.id]);
    const punctuated = glossaryEntries.find((entry) => /[_().]/.test(plainText(entry.name)));
    if (punctuated) followed.add(punctuated.id);
    for (const entry of glossaryEntries) {
      const name = plainText(entry.name);
      // Typed as a reader would: the search bar finds nothing for a query ending in "()".
      const query = name.replace(/\(\)$/, '');
      const suggestion = page
        .getByRole('listbox')
        .getByRole('option')
        .filter({ hasText: /Reference › Glossary$/ })
        .filter({ has: page.locator('[class*="hitTitle"]').getByText(name, { exact: true }) });
      // The index loads on first use and the bar may still be hydrating: type until it answers.
      await expect(async () => {
        await searchBox.fill('');
        await searchBox.fill(query);
        await expect(suggestion.first()).toBeVisible({ timeout: 5_000 });
      }, `"${query}" suggests the glossary entry ${entry.id}`).toPass({ timeout: 30_000 });
      if (!followed.has(entry.id)) continue;
      await suggestion.first().click();
      await expect(page, `"${query}" lands on #${entry.id}`).toHaveURL(
        new RegExp(`/docs/reference/glossary(\\?[^#]*)?#${entry.id}$`),
      );
      await expect(entryHeading(page, entry.id)).toBeInViewport();
    }
  });
});
