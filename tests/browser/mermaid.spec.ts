import { axeViolations } from './axe';
import { expect, openHydrated, test, useColorMode } from './fixtures';

// src/theme/Mermaid: a diagram is drawn when it comes near the viewport, not while the page loads.
const PAGE = 'docs/generators';

for (const mode of ['light', 'dark'] as const) {
  test(`a diagram far down the page waits, then draws as the reader nears it (${mode} mode)`, async ({
    page,
    pageProblems,
  }) => {
    await useColorMode(page, mode);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openHydrated(page, PAGE);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The page's last diagram: the furthest from the top, well past the distance it is drawn ahead.
    const slot = page.locator('[data-diagram-state]').last();
    await expect(slot).toHaveAttribute('data-diagram-state', 'waiting');
    await expect(slot.locator('svg')).toHaveCount(0);

    await slot.scrollIntoViewIfNeeded();
    await expect(slot).toHaveAttribute('data-diagram-state', 'drawn');
    const diagram = slot.locator('.docusaurus-mermaid-container svg');
    await expect(diagram).toBeVisible();
    // The diagram's labels must be readable in this colour mode (custom.css restyles dark mode).
    expect(await axeViolations(page, '.docusaurus-mermaid-container', ['color-contrast'])).toEqual([]);
    expect(pageProblems).toEqual([]);
  });
}
