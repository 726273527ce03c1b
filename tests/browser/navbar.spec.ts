import { expect, openHydrated, test } from './fixtures';

test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

test('the phone menu is not built at load, and opens with every chapter by tap or keyboard', async ({ page }) => {
  await openHydrated(page, 'docs/generators');
  // Built on the reader's reach for the toggle (src/theme/Navbar/MobileSidebar), not on load.
  await expect(page.locator('.navbar-sidebar')).toHaveCount(0);

  const toggle = page.getByRole('button', { name: 'Toggle navigation bar' });
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const menu = page.locator('.navbar-sidebar');
  await expect(menu.getByRole('link', { name: '11. Blocking work and threads' })).toBeVisible();
  await menu.getByRole('button', { name: 'Close navigation bar' }).tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.navbar-sidebar').getByRole('link', { name: '1. Iterators and iterables' })).toBeVisible();
});
