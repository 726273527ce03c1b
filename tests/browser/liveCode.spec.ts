import { compressToEncodedURIComponent } from 'lz-string';
import type { Locator, Page } from '@playwright/test';

import { axeViolations } from './axe';
import { clickRun, expect, loadedScripts, openEditor, openHydrated, test, useColorMode } from './fixtures';

// The introduction carries a small pair (hello.py / hello.ts) that these tests edit and run.
const PAGE = 'docs/introduction';

function example(page: Page, language: 'Python' | 'TypeScript'): Locator {
  return page.getByRole('region', { name: new RegExp(`^${language} example: hello`) });
}

/** Opens the real editor in an example (it loads on first focus) and replaces its code. */
async function replaceCode(page: Page, language: 'Python' | 'TypeScript', code: string): Promise<Locator> {
  const region = example(page, language);
  const editor = await openEditor(region, language, 'click');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  return region;
}

async function runAndWait(region: Locator): Promise<Locator> {
  await clickRun(region);
  const output = region.getByRole('log', { name: 'Output' });
  await expect(output).not.toHaveAttribute('data-status', /running|expected/, { timeout: 30_000 });
  return output;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(PAGE);
});

test('the page shows the documented output before anything runs, as highlighted code', async ({ page }) => {
  const region = example(page, 'Python');
  await expect(region.getByRole('log', { name: 'Output' })).toHaveText('Hello, reader!\nHello, event loop!');
  await expect(region.locator('pre .token').first()).toBeVisible();
});

test('the highlighting arrives in the HTML only, and a page reached by client-side navigation highlights too', async ({
  page,
}) => {
  const scriptLog = loadedScripts(page);
  await openHydrated(page, 'docs/generators');
  const firstExample = page.locator('.static-code').first();
  await expect(firstExample.locator('.token').first()).toBeVisible();
  const highlighted = await firstExample.innerHTML();
  await page.waitForLoadState('networkidle');
  const scripts = await scriptLog();
  expect(scripts.length).toBeGreaterThan(0);
  // The live examples' markup (its plain colours open every program) is in no script.
  expect(scripts.filter((script) => script.includes('--lp-c:#')).length).toBe(0);
  // Hydration left the server's markup as it was.
  expect(await firstExample.innerHTML()).toBe(highlighted);

  await page.locator('a.pagination-nav__link--next').click();
  await expect(page).toHaveURL(/\/docs\/generators\/generators-at-work$/);
  await expect(page.locator('.static-code .token').first()).toBeVisible();
});

test('while the editor loads, the example shows the highlighting the server drew, with no highlighter', async ({
  page,
}) => {
  await openHydrated(page, 'docs/generators');
  await page.waitForLoadState('networkidle');
  const firstExample = page.locator('.static-code').first();
  const serverDrawn = await firstExample.innerHTML();
  // Hold back every script from now on (the editor's, and any highlighter's) until the check.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  await firstExample.click();
  // The placeholder is a new element drawn from what hydration kept of the server's markup.
  await expect(page.locator('.static-code').first()).toHaveClass(/build-time-highlighted/);
  expect(await page.locator('.static-code').first().innerHTML()).toBe(serverDrawn);
  release();
  await expect(page.locator('.cm-content').first()).toBeVisible();
});

test('keys typed right after clicking into an example, before the editor is there, all reach it', async ({ page }) => {
  await openHydrated(page, PAGE);
  await page.waitForLoadState('networkidle');
  // Hold back the editor's script, so the keys surely arrive before it has mounted.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  const region = example(page, 'Python');
  await region.getByRole('textbox', { name: 'Python editor' }).click();
  await page.keyboard.type('# typed');
  await page.keyboard.press('Enter');
  release();
  const editor = region.locator('.cm-content[aria-label="Python editor"]');
  await expect(editor).toBeFocused();
  await expect(editor.locator('.cm-line').first()).toHaveText('# typed');
  await expect(editor.locator('.cm-line').nth(1)).toHaveText('def greet(name):');
  // And typing goes on where the kept keys ended.
  await page.keyboard.type('!');
  await expect(editor.locator('.cm-line').nth(1)).toHaveText('!def greet(name):');
});

test("the example's buttons are set in the site's font, not the browser's control font", async ({ page }) => {
  const fontOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).fontFamily);
  const bodyFont = await fontOf(page.locator('body'));
  await expect(example(page, 'Python').getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  expect(await fontOf(example(page, 'Python').getByRole('button', { name: 'Run', exact: true }))).toBe(bodyFont);
});

test('edit and run TypeScript', async ({ page }) => {
  const region = await replaceCode(page, 'TypeScript', "const seen = new Map([['a', 1]]);\nconsole.log(seen);\n");
  const output = await runAndWait(region);
  await expect(output).toHaveText("Map(1) { 'a' => 1 }");
  await expect(output).toHaveAttribute('data-status', 'ok');
  await expect(region.getByText(/Finished in \d+ ms/)).toBeVisible();
});

test('edit and run Python', async ({ page }) => {
  const region = await replaceCode(page, 'Python', 'import sys\nprint(sys.version_info[:2] >= (3, 12), {"a": (1,)})\n');
  const output = await runAndWait(region);
  await expect(output).toHaveText("True {'a': (1,)}");
  await expect(region.getByText(/Python 3\.\d+/)).toBeVisible();
});

test('resting the pointer on an example starts loading its runner before Run is pressed', async ({ page }) => {
  const python = example(page, 'Python');
  const wasm = page.waitForRequest(/pyodide\.asm\.wasm$/, { timeout: 30_000 });
  // The page may still be hydrating: move away and back until the example notices.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await python.locator('pre').first().hover();
    await expect(python.getByText('Loading Python runtime…')).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await wasm;
  // The notice goes once the runtime is ready; nothing has run.
  await expect(python.getByText('Loading Python runtime…')).toBeHidden({ timeout: 30_000 });
  await expect(python.getByRole('log', { name: 'Output' })).toHaveAttribute('data-status', 'expected');

  const worker = page.waitForEvent('worker', { predicate: (w) => !w.url().includes('pyodide') });
  await example(page, 'TypeScript').locator('pre').first().hover();
  await worker;
});

test('a TypeScript syntax error names its line and column and marks the line', async ({ page }) => {
  const region = await replaceCode(page, 'TypeScript', 'const ok = 1;\nconst broken = ;\n');
  const output = await runAndWait(region);
  await expect(output).toHaveAttribute('data-status', 'error');
  await expect(output).toContainText('main.ts:2:16');
  await expect(region.locator('.cm-lintRange-error')).toBeVisible();
});

test('a Python exception shows its traceback with the line the reader sees', async ({ page }) => {
  const region = await replaceCode(page, 'Python', 'def greet():\n    return name\n\nprint(greet())\n');
  const output = await runAndWait(region);
  await expect(output).toContainText('File "main.py", line 4, in <module>');
  await expect(output).toContainText('File "main.py", line 2, in greet');
  await expect(output).toContainText("NameError: name 'name' is not defined");
  await expect(region.locator('.cm-lintRange-error')).toBeVisible();
});

for (const [language, endless] of [
  ['TypeScript', 'let n = 0;\nwhile (true) { n++; }\n'],
  ['Python', 'n = 0\nwhile True:\n    n += 1\n'],
] as const) {
  test(`an endless loop in ${language} is stopped and the page stays responsive`, async ({ page }) => {
    test.setTimeout(90_000);
    const region = await replaceCode(page, language, endless);
    await clickRun(region);
    const output = region.getByRole('log', { name: 'Output' });
    await expect(output).toHaveAttribute('data-status', 'running');
    // The page's own thread is free while the program spins in its worker.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(1_000);
    await region.getByRole('button', { name: 'Stop' }).click();
    await expect(output).toHaveAttribute('data-status', 'stopped');
    // The next run works.
    await region.getByRole('button', { name: 'Reset' }).click();
    await replaceCode(page, language, language === 'Python' ? 'print("again")\n' : "console.log('again');\n");
    await expect(await runAndWait(region)).toHaveText('again');
  });
}

test('a run past its time limit is stopped and says so', async ({ page }) => {
  test.setTimeout(60_000);
  const region = await replaceCode(page, 'TypeScript', 'while (true) {}\n');
  const output = await runAndWait(region);
  await expect(output).toHaveAttribute('data-status', 'timeout');
  await expect(region.getByText(/time limit/).first()).toBeVisible();
});

test('a shared link fills the editor with its code and does not run it', async ({ page }) => {
  const region = example(page, 'Python');
  const id = await region.getAttribute('id');
  const code = 'print("from a link")\n';
  await page.goto(`${PAGE}?live=${id}&code=${compressToEncodedURIComponent(code)}#${id}`);
  const editor = example(page, 'Python').locator('.cm-content[aria-label="Python editor"]');
  await expect(editor).toHaveText('print("from a link")');
  await expect(example(page, 'Python').getByRole('log', { name: 'Output' })).toHaveAttribute('data-status', 'expected');
  await page.waitForTimeout(500);
  await expect(example(page, 'Python').getByRole('log', { name: 'Output' })).toHaveAttribute('data-status', 'expected');
});

test('Copy link puts the edited code in the URL; Reset brings back the original', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const region = await replaceCode(page, 'TypeScript', "console.log('shared');\n");
  await region.getByRole('button', { name: 'Copy link' }).click();
  // The link is written once its compressor has loaded: read the clipboard until it arrives.
  const id = await region.getAttribute('id');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`live=${id}`);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(link);
  await expect(example(page, 'TypeScript').locator('.cm-content')).toHaveText("console.log('shared');");
  await example(page, 'TypeScript').getByRole('button', { name: 'Reset' }).click();
  await expect(example(page, 'TypeScript').locator('.cm-content')).toContainText('function greet');
});

test('keyboard only: Tab into the editor, run with the shortcut, Escape leaves it', async ({ page }) => {
  const region = example(page, 'TypeScript');
  await openEditor(region, 'TypeScript', 'focus');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText("\nconsole.log('typed');");
  await page.keyboard.press('Control+Enter');
  const output = region.getByRole('log', { name: 'Output' });
  await expect(output).toHaveAttribute('data-status', 'ok');
  await expect(output).toHaveText('Hello, reader!\nHello, event loop!\ntyped');
  await page.keyboard.press('Escape');
  await expect(region.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
});

test('on a narrow screen the pair becomes tabs and the choice is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(PAGE);
  await page.getByRole('tab', { name: 'TypeScript' }).first().click();
  await expect(example(page, 'TypeScript')).toBeVisible();
  await expect(example(page, 'Python')).toBeHidden();
  await page.reload();
  await expect(example(page, 'TypeScript')).toBeVisible();
  await expect(example(page, 'Python')).toBeHidden();
});

test('the language tabs follow the WAI-ARIA tabs pattern from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await openHydrated(page, PAGE);
  const tablist = page.getByRole('tablist').first();
  const python = tablist.getByRole('tab', { name: 'Python' });
  const typescript = tablist.getByRole('tab', { name: 'TypeScript' });
  await python.focus();
  await page.keyboard.press('ArrowRight');
  await expect(typescript).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(python).toBeFocused();
  await page.keyboard.press('End');
  await expect(typescript).toBeFocused();
  await page.keyboard.press('Home');
  await expect(python).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(typescript).toHaveAttribute('aria-selected', 'true');
  await expect(example(page, 'TypeScript')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press(' ');
  await expect(python).toHaveAttribute('aria-selected', 'true');
  await expect(example(page, 'Python')).toBeVisible();
});

for (const mode of ['light', 'dark'] as const) {
  test(`after a run with an error the example is accessible in ${mode} mode`, async ({ page }) => {
    await useColorMode(page, mode);
    await page.goto(PAGE);
    // The error styling is the output panel's, whatever the language: TypeScript spares a runtime load.
    const region = await replaceCode(page, 'TypeScript', 'throw new Error("shown in red");\n');
    await expect(await runAndWait(region)).toHaveAttribute('data-status', 'error');
    expect(await axeViolations(page, `#${await region.getAttribute('id')}`)).toEqual([]);
  });
}
