import type { Locator, Page } from '@playwright/test';

import { axeViolations } from './axe';
import { expect, test, useColorMode } from './fixtures';

// Chapter 4's round-robin loop, the example the timeline is first meant for.
const PAGE = 'docs/event-loops';

/** CodeMirror draws only the lines in the window: bring the top of the editor into view. */
async function showEditorTop(region: Locator): Promise<void> {
  await region.locator('.cm-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

function example(page: Page, language: 'Python' | 'TypeScript'): Locator {
  return page.getByRole('region', { name: new RegExp(`^${language} example: round-robin`) });
}

/** Presses the toggle and waits for the recorded run's timeline. */
async function openTimeline(page: Page, language: 'Python' | 'TypeScript'): Promise<Locator> {
  const region = example(page, language);
  const toggle = region.getByRole('button', { name: 'Timeline' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // A click before the page has hydrated does nothing; press until the toggle says it is on.
  await expect(async () => {
    if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(region.getByRole('button', { name: 'Next event' })).toBeVisible({ timeout: 60_000 });
  return region;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(PAGE);
});

for (const [language, yieldLine] of [
  ['TypeScript', 8],
  ['Python', 7],
] as const) {
  test(`${language}: toggle, step with buttons and keys, the line and the output follow`, async ({ page }) => {
    test.setTimeout(90_000);
    const region = await openTimeline(page, language);
    const slider = region.getByRole('slider', { name: 'Event' });
    const current = region.getByTestId('timeline-current');
    const output = region.getByRole('log', { name: 'Output' });
    const events = region.getByRole('list', { name: 'Timeline events' });
    const count = await events.getByRole('listitem').count();
    expect(count).toBeGreaterThan(50);
    await expect(slider).toHaveValue('0');
    await expect(current).toHaveText('main program starts (line 1)');
    await expect(output).toHaveText('Nothing printed yet.');

    // Buttons.
    await region.getByRole('button', { name: 'Next event' }).click();
    await expect(slider).toHaveValue('1');
    await expect(current).toHaveText(/main program prints “sequential”/);
    await expect(output).toHaveText('sequential');

    // Arrow keys (focus is on the Next button) until the first generator pauses at its yield.
    for (let i = 0; i < 10 && !/yields/.test((await current.textContent()) ?? ''); i++) {
      await page.keyboard.press('ArrowRight');
    }
    await expect(current).toHaveText(new RegExp(`^factorial\\(5\\) #1 yields .* \\(line ${yieldLine}\\)$`));
    await showEditorTop(region);
    await expect(region.locator('.cm-runningLine')).toHaveText(/yield/);
    await expect(output).toHaveText('sequential\nround 1: fact(5)');
    await expect(region.locator('li[data-state]').filter({ hasText: 'factorial(5) #1' })).toHaveAttribute(
      'data-state',
      'suspended',
    );
    await expect(region.locator('li[data-state]').filter({ hasText: 'main program' })).toHaveAttribute(
      'data-state',
      'running',
    );

    // One step back: the generator had just started and was running.
    await region.getByRole('button', { name: 'Previous event' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(current).toHaveText(/^factorial\(5\) #1 starts/);
    await expect(region.locator('li[data-state]').filter({ hasText: 'factorial(5) #1' })).toHaveAttribute(
      'data-state',
      'running',
    );
    await expect(region.locator('.cm-runningLine')).toHaveText(/function\*? ?factorial|def factorial/);

    // The event list marks the current event.
    const index = Number(await slider.inputValue());
    await expect(events.getByRole('listitem').nth(index)).toHaveAttribute('aria-current', 'step');

    // The slider scrubs to the end: everything printed, every lane finished.
    await slider.fill(String(count - 1));
    await expect(current).toHaveText(/^main program ends/);
    await expect(output).toContainText('fact(5) = 120, finished in round 5');
    await expect(region.locator('li[data-state="done"]')).toHaveCount(7);

    // Off again: the full output, no highlighted line.
    await region.getByRole('button', { name: 'Timeline' }).click();
    await expect(region.getByRole('button', { name: 'Next event' })).toHaveCount(0);
    await expect(region.locator('.cm-runningLine')).toHaveCount(0);
    await expect(output).toContainText('interleaved');
  });
}

for (const mode of ['light', 'dark'] as const) {
  test(`the timeline is accessible in ${mode} mode`, async ({ page }) => {
    await useColorMode(page, mode);
    await page.goto(PAGE);
    const region = await openTimeline(page, 'TypeScript');
    // Step to the first yield: the editor highlights a line in view.
    for (let i = 0; i < 4; i++) await region.getByRole('button', { name: 'Next event' }).click();
    await showEditorTop(region);
    await expect(region.locator('.cm-runningLine')).toBeVisible();
    expect(await axeViolations(page, `#${await region.getAttribute('id')}`)).toEqual([]);
  });
}

test('on a phone the timeline fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE);
  await page.getByRole('tab', { name: 'TypeScript' }).first().click();
  const region = await openTimeline(page, 'TypeScript');
  const width = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(width).toBeLessThanOrEqual(1);
  await region.getByRole('button', { name: 'Next event' }).click();
  await expect(region.getByRole('slider', { name: 'Event' })).toHaveValue('1');
});
