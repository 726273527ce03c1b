import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  CURRENT_EDITION,
  FROZEN_EDITIONS,
  pythonInRange,
  type KnownEdition,
  type PythonRange,
} from '../../src/editions';
import { builtHtml, builtPages, currentEditionTwin } from './builtPages';
import { clickRun, expect, pickSuggestion, test } from './fixtures';

// Every edition is built from docs/ (scripts/editions.mjs): the current one at /docs/, each
// frozen one at /docs/<python>/, whose Python examples run on that Python's Pyodide.

const ROOT = join(__dirname, '..', '..');
const EDIT_LINK = /href=[^ >]*\/edit\/main\/(docs\/[^ >"]+\.mdx?)/;

function article(html: string): string {
  return /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
}

/** The source file a built page says it was made from, by its "Edit this page" link. */
function sourceOf(path: string): string | undefined {
  return EDIT_LINK.exec(builtHtml(path))?.[1];
}

function rangeOf(attributes: string): PythonRange {
  const range: PythonRange = {};
  for (const [, name, value] of attributes.matchAll(/(\w+)="([^"]*)"/g)) {
    if (name === 'python') range.min = range.max = value;
    else if (name === 'min' || name === 'max') range[name] = value;
  }
  return range;
}

/**
 * Whether a docs/ source reads differently in `edition` than in the current edition, worked out
 * from the source alone (apart from the remark plugins that build the pages): an <EditionInfo>,
 * an <Edition>/<EditionNote> or a fence's min=/max=/python= that one of the two Pythons is in and
 * the other is not.
 */
function differsInEdition(source: string, edition: KnownEdition): boolean {
  const differs = (range: PythonRange) =>
    pythonInRange(edition.python, range) !== pythonInRange(CURRENT_EDITION.python, range);
  if (/<EditionInfo\b/.test(source)) return true;
  for (const [, attributes] of source.matchAll(/<(?:Edition|EditionNote)\b([^>]*)>/g)) {
    if (differs(rangeOf(attributes!))) return true;
  }
  for (const [, attributes] of source.matchAll(/^```(?:python|py|output)\b(.*)$/gm)) {
    const range = rangeOf(attributes!.replace(/\b(min|max|python)=([\d.]+)/g, '$1="$2"'));
    if (Object.keys(range).length > 0 && differs(range)) return true;
  }
  return false;
}

/** The notes a source holds for an edition's Python. */
function notesFor(source: string, edition: KnownEdition): number {
  return [...source.matchAll(/<EditionNote\b([^>]*)>/g)].filter(([, attributes]) =>
    pythonInRange(edition.python, rangeOf(attributes!)),
  ).length;
}

const pages = builtPages();

for (const edition of FROZEN_EDITIONS) {
  const frozenPages = pages.filter(
    (path) => path.startsWith(`docs/${edition.path}/`) || path === `docs/${edition.path}`,
  );

  test(`the ${edition.label} edition has every page of the current one, each made from the same file in docs/`, () => {
    const currentPages = pages.filter(
      (path) => /^docs(\/|$)/.test(path) && !FROZEN_EDITIONS.some((other) => path.startsWith(`docs/${other.path}/`)),
    );
    expect(frozenPages.map((path) => path.replace(`docs/${edition.path}/`, 'docs/'))).toEqual(currentPages);
    for (const path of frozenPages) {
      const twin = path.replace(`docs/${edition.path}/`, 'docs/');
      expect(sourceOf(path), path).toBeDefined();
      expect(sourceOf(path), path).toBe(sourceOf(twin));
    }
  });

  test(`${edition.label}: a page differs from its current twin exactly where its source in docs/ says so`, () => {
    const differing: string[] = [];
    for (const path of frozenPages) {
      const twin = path.replace(`docs/${edition.path}/`, 'docs/');
      const source = readFileSync(join(ROOT, sourceOf(path)!), 'utf8');
      const expected = differsInEdition(source, edition);
      expect(currentEditionTwin(path) === null, `/${path} from ${sourceOf(path)}`).toBe(expected);
      if (expected) differing.push(path);
      // Its notes, and only its notes, are on the page; the current twin has none of them.
      const title = new RegExp(`>${edition.label.replace('.', '\\.')}</div>`, 'g');
      expect(article(builtHtml(path)).match(title)?.length ?? 0, `notes on /${path}`).toBe(notesFor(source, edition));
      expect(article(builtHtml(twin)).match(title)?.length ?? 0, `notes on /${twin}`).toBe(0);
      // The same glossary links, apart from those inside text meant for one edition.
      const terms = (html: string) => article(html).match(/data-term=/g)?.length ?? 0;
      const editionOnlyTerms = [...source.matchAll(/<(Edition|EditionNote)\b[^>]*>([\s\S]*?)<\/\1>/g)]
        .map(([, , body]) => body!.match(/<Term\b/g)?.length ?? 0)
        .reduce((sum, count) => sum + count, 0);
      expect(
        Math.abs(terms(builtHtml(path)) - terms(builtHtml(twin))),
        `glossary links on /${path}`,
      ).toBeLessThanOrEqual(editionOnlyTerms);
    }
    // The check above holds both ways, so a twin test that always or never matched would fail it;
    // this edition does have pages of its own.
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(frozenPages.length);
  });
}

const [OLDER] = FROZEN_EDITIONS;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the version dropdown lands on the same chapter in the other edition', async ({ page }) => {
  await page.goto('docs/generators');
  await page
    .locator('.navbar')
    .getByRole('button', { name: new RegExp(`^${escaped(CURRENT_EDITION.label)}`) })
    .hover();
  await page.locator('.navbar').getByRole('link', { name: OLDER!.label }).click();
  await expect(page).toHaveURL(new RegExp(`/docs/${escaped(OLDER!.path)}/generators$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Generators/);
  await page
    .locator('.navbar')
    .getByRole('button', { name: new RegExp(`^${escaped(OLDER!.label)}`) })
    .hover();
  await page
    .locator('.navbar')
    .getByRole('link', { name: new RegExp(`^${escaped(CURRENT_EDITION.label)}`) })
    .click();
  await expect(page).toHaveURL(/\/docs\/generators$/);
});

test("an older edition's banner says which Python it runs and links to the page in the current edition", async ({
  page,
}) => {
  await page.goto(`docs/${OLDER!.path}/iterators`);
  const banner = page.locator('.theme-doc-version-banner');
  await expect(banner).toHaveText(`${OLDER!.banner} This page for ${CURRENT_EDITION.label}`);
  await expect(banner).toHaveAttribute('role', 'note');
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(/\/docs\/iterators$/);
  await expect(page.locator('.theme-doc-version-banner')).toHaveCount(0);
});

test("an edition note shows in its edition only, and either edition's edit link opens docs/", async ({ page }) => {
  await page.goto(`docs/${OLDER!.path}/generators`);
  const note = page
    .locator('.theme-admonition')
    .filter({ hasText: `${OLDER!.label}` })
    .filter({ hasText: 'close()' });
  await expect(note).toBeVisible();
  await expect(page.getByRole('link', { name: /Edit this page/ })).toHaveAttribute(
    'href',
    /\/edit\/main\/docs\/02-generators\/index\.mdx$/,
  );
  await page.goto('docs/generators');
  await expect(page.locator('.theme-admonition').filter({ hasText: OLDER!.label })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Edit this page/ })).toHaveAttribute(
    'href',
    /\/edit\/main\/docs\/02-generators\/index\.mdx$/,
  );
});

for (const edition of [CURRENT_EDITION, ...FROZEN_EDITIONS]) {
  const path = edition.path ? `docs/${edition.path}/introduction` : 'docs/introduction';
  test(`a Python example on /${path} runs on its edition's Python, ${edition.python}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(path);
    const region = page.getByRole('region', { name: /^Python example: hello/ });
    await clickRun(region);
    const output = region.getByRole('log', { name: 'Output' });
    await expect(output).toHaveAttribute('data-status', 'ok', { timeout: 150_000 });
    await expect(region.getByText(new RegExp(`Python ${escaped(edition.python)}\\.\\d+ \\(Pyodide`))).toBeVisible();
  });
}

test('search finds pages of the edition being read', async ({ page }) => {
  await page.goto(`docs/${OLDER!.path}/introduction`);
  await pickSuggestion(page, 'StopIteration', 'Iterators and iterables');
  await expect(page).toHaveURL(new RegExp(`/docs/${escaped(OLDER!.path)}/iterators`));
});
