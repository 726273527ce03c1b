import { expect, openHydrated, test } from './fixtures';

// The introduction's ```jsx live demo (src/theme/CodeBlock): a plain code block while the page
// loads, the playground once the reader scrolls near it, and the demo runs there.
test('a React live demo becomes a playground near the viewport, and runs', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await openHydrated(page, 'docs/introduction');
  const demo = page.locator('[data-live-demo]');
  await expect(demo).toHaveAttribute('data-live-demo', 'waiting');
  await expect(demo).toContainText('function LateTicks()');
  await expect(demo.getByRole('button', { name: 'Start the countdown' })).toHaveCount(0);

  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-live-demo', 'live');
  const start = demo.getByRole('button', { name: 'Start the countdown' });
  await expect(start).toBeVisible({ timeout: 15_000 });
  await expect(demo.getByText('T minus 5')).toBeVisible();
  await start.click();
  await expect(demo.getByText('T minus 4')).toBeVisible({ timeout: 5_000 });
});
