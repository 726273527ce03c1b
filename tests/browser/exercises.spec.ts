import { readFileSync } from 'node:fs';

import { extractExercises } from '@site/src/remark/exercise/extract';
import type { Page } from '@playwright/test';

import { axeViolations } from './axe';
import { expect, openHydrated, test, useColorMode, type ColorMode } from './fixtures';

// A reader solves an exercise in each language: types the model solution over the starter,
// presses Check, sees it marked solved, and finds it still solved (and their code still there)
// after a reload and on the home page.
const PAGE = 'docs/event-loops/exercises';
const FILE = 'docs/04-event-loops/90-exercises.mdx';
const EXERCISE = extractExercises(readFileSync(FILE, 'utf8'), FILE).find((e) => e.id === 'event-loops-round-robin')!;
const LANGUAGES = [
  ['Python', 'python'],
  ['TypeScript', 'typescript'],
] as const;

function exercise(page: Page) {
  return page.locator(`[data-exercise="${EXERCISE.id}"]`);
}

for (const mode of ['light', 'dark'] as ColorMode[]) {
  test(`a reader solves an exercise in Python and in TypeScript (${mode} mode)`, async ({ page }) => {
    test.setTimeout(180_000);
    await useColorMode(page, mode);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openHydrated(page, PAGE);
    const section = exercise(page);
    await expect(page.getByText('You have solved 0 of 2 exercises in this chapter.')).toBeVisible();

    for (const [name, language] of LANGUAGES) {
      const part = EXERCISE.languages[language]!;
      await section.getByRole('tab', { name }).click();
      const workspace = section.getByRole('region', { name: `Your ${name} program` });
      // The reader clicks into the program, selects it all and types their own over it.
      await workspace.getByRole('textbox', { name: `${name} editor` }).click();
      const editor = workspace.locator(`.cm-content[aria-label="${name} editor"]`);
      await expect(editor).toBeVisible();
      await editor.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(part.solution.code);
      await workspace.getByRole('button', { name: 'Check', exact: true }).click();
      const verdict = workspace.locator('[data-verdict]');
      await expect(verdict).toHaveAttribute('data-verdict', 'passed', { timeout: 120_000 });
      await expect(workspace.getByRole('status').filter({ hasText: 'Solved' })).toHaveText(
        `Solved: all ${part.checks.length + 1} checks passed.`,
      );
      await expect(section).toHaveAttribute('data-solved', new RegExp(language));
      // The model solution opens beside the code once the checks pass.
      await workspace.getByRole('button', { name: 'Show the model solution' }).click();
      await expect(section.getByRole('region', { name: `Model solution in ${name}` })).toBeVisible();
    }
    expect(
      await axeViolations(page, {
        include: [`[data-exercise="${EXERCISE.id}"]`],
        exclude: ['.static-code', '.theme-code-block'],
      }),
    ).toEqual([]);
    await expect(page.getByText('You have solved 1 of 2 exercises in this chapter.')).toBeVisible();

    // After a reload the exercise is still solved and the reader's code is still in the editor.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(section).toHaveAttribute('data-solved', 'python typescript');
    await expect(section.getByText('Solved in Python and TypeScript')).toBeVisible();
    for (const [name, text] of [
      ['Python', 'queue.append(task)'],
      ['TypeScript', 'queue.push(task)'],
    ] as const) {
      await section.getByRole('tab', { name }).click();
      await expect(section.getByRole('region', { name: `Your ${name} program` })).toContainText(text);
    }

    await openHydrated(page, '');
    const chapter = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Event loops from scratch' }) });
    await expect(chapter).toContainText('1 of 2 exercises solved');

    // Resetting the chapter forgets it.
    await openHydrated(page, PAGE);
    await page.getByRole('button', { name: "Reset this chapter's exercises" }).click();
    await page.getByRole('button', { name: 'Reset', exact: true }).first().click();
    await expect(page.getByText('You have solved 0 of 2 exercises in this chapter.')).toBeVisible();
    await expect(section).not.toHaveAttribute('data-solved', /./);
  });
}

test('a wrong answer is told what is wrong, hints come one at a time, on a phone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openHydrated(page, PAGE);
  const section = exercise(page);
  const wrong = EXERCISE.languages.typescript!.wrongAnswers[0]!;
  await section.getByRole('tab', { name: 'TypeScript' }).click();
  const workspace = section.getByRole('region', { name: 'Your TypeScript program' });
  await workspace.getByRole('textbox', { name: 'TypeScript editor' }).click();
  const editor = workspace.locator('.cm-content[aria-label="TypeScript editor"]');
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(wrong.code);
  await workspace.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(workspace.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed', { timeout: 60_000 });
  // Each failed check says what is wrong in this program (the list shows `code` as code).
  await expect(workspace.locator('[data-verdict] ul')).toContainText(wrong.message);
  await section.getByRole('button', { name: /Show a hint/ }).click();
  await expect(section.getByRole('group', { name: `Hint 1 of ${EXERCISE.hints.length}` })).toBeFocused();
  await expect(section.getByRole('button', { name: `Show hint 2 of ${EXERCISE.hints.length}` })).toBeVisible();
  // The hint revealed stays revealed after a reload, with the reader's other progress.
  await page.reload();
  await expect(section.getByRole('group', { name: `Hint 1 of ${EXERCISE.hints.length}` })).toBeVisible();
  await expect(section.getByRole('button', { name: `Show hint 2 of ${EXERCISE.hints.length}` })).toBeVisible();
  // Nothing is wider than the phone.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('Check runs an exercise about time on virtual time, and says so', async ({ page }) => {
  test.setTimeout(120_000);
  const file = 'docs/11-blocking-work/90-exercises.mdx';
  const timed = extractExercises(readFileSync(file, 'utf8'), file).find((e) => e.id === 'blocking-keep-the-heartbeat')!;
  await openHydrated(page, 'docs/blocking-work/exercises');
  const section = page.locator(`[data-exercise="${timed.id}"]`);
  await section.getByRole('tab', { name: 'TypeScript' }).click();
  const workspace = section.getByRole('region', { name: 'Your TypeScript program' });
  await workspace.getByRole('textbox', { name: 'TypeScript editor' }).click();
  await workspace.locator('.cm-content[aria-label="TypeScript editor"]').focus();
  // Downloads one after another: 1 s of waiting, which virtual time skips but counts.
  const wrong = timed.languages.typescript!.wrongAnswers.find((w) => w.message.includes('virtual time'))!;
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(wrong.code);
  await workspace.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(workspace.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed', { timeout: 60_000 });
  await expect(workspace.locator('[data-verdict] ul')).toContainText(wrong.message);
});

// The theme's Tabs remount their panels once the page has hydrated; for two workspaces per
// exercise that redrew the whole page a second time (Lighthouse's blocking time, 4× CPU: about 2 s).
test("an exercise's workspaces are the server's elements after hydration, not new ones", async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const workspace of document.querySelectorAll('[data-exercise] [data-language]'))
        (workspace as HTMLElement & { fromServer?: boolean }).fromServer = true;
    });
  });
  await openHydrated(page, PAGE);
  const workspaces = page.locator(`[data-exercise="${EXERCISE.id}"] [data-language]`);
  await expect(workspaces).toHaveCount(2);
  for (const workspace of await workspaces.all())
    expect(await workspace.evaluate((element) => (element as HTMLElement & { fromServer?: boolean }).fromServer)).toBe(
      true,
    );
});
