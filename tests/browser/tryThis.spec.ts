import { axeViolations } from './axe';
import { expect, openHydrated, test, useColorMode, type ColorMode } from './fixtures';

// A "Try this" tip with edits (src/remark/tryThis): each edit's button puts the changed program in
// its example's editor, and Run prints what the tip's folded "What happens" predicts.
const PAGE = 'docs/generators';

for (const mode of ['light', 'dark'] as ColorMode[]) {
  test(`a tip's edit goes into its example's editor, and Run prints the prediction (${mode} mode)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await useColorMode(page, mode);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openHydrated(page, PAGE);
    const tip = page.locator('.theme-admonition-tip').filter({ hasText: 'Call countdown(0)' });
    const whatHappens = tip.locator('details');
    // The prediction stays folded until the reader asks for it.
    await expect(whatHappens.getByText('body starts, n=0').first()).toBeHidden();
    expect(await axeViolations(page, { include: ['.theme-admonition-tip'], exclude: ['.static-code'] })).toEqual([]);

    for (const [language, fileName] of [
      ['TypeScript', 'countdown.ts'],
      ['Python', 'countdown.py'],
    ] as const) {
      await tip.getByRole('button', { name: `Make this change in the ${language} example` }).click();
      const region = page.getByRole('region', { name: `${language} example: ${fileName}` });
      const editor = region.locator(`.cm-content[aria-label="${language} editor"]`);
      await expect(editor).toContainText(language === 'Python' ? 'g = countdown(0)' : 'const g = countdown(0);');
      await expect(region.getByRole('status')).toContainText("The editor holds the program with the tip's change");
      const run = region.getByRole('button', { name: 'Run', exact: true });
      await expect(run).toBeFocused();
      const output = region.getByRole('log', { name: 'Output' });
      await expect(output).toHaveText('Press Run to see what this program prints.');
      await page.keyboard.press('Enter');
      await expect(output).toHaveAttribute('data-status', 'ok', { timeout: 90_000 });
      await whatHappens.locator('summary').click();
      const predicted = whatHappens.locator('pre').nth(language === 'Python' ? 0 : 1);
      await expect(predicted).toBeVisible();
      expect((await output.innerText()).trim()).toBe((await predicted.innerText()).trim());
      await whatHappens.locator('summary').click();
      // Reset brings the page's program back.
      await region.getByRole('button', { name: 'Reset' }).click();
      await expect(editor).toContainText(language === 'Python' ? 'g = countdown(3)' : 'const g = countdown(3);');
    }
  });
}

test('on a narrow screen, the edit of the other language shows that language first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openHydrated(page, PAGE);
  const tip = page.locator('.theme-admonition-tip').filter({ hasText: 'Call countdown(0)' });
  const region = page.getByRole('region', { name: 'TypeScript example: countdown.ts' });
  await expect(region).toBeHidden();
  await tip.getByRole('button', { name: 'Make this change in the TypeScript example' }).click();
  await expect(region).toBeVisible();
  await expect(region.locator('.cm-content')).toContainText('const g = countdown(0);');
});
