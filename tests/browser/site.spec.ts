import AxeBuilder from '@axe-core/playwright';

import { builtPages } from './builtPages';
import { expect, test, useColorMode, type ColorMode } from './fixtures';

const pages = builtPages();
const modes: ColorMode[] = ['light', 'dark'];

test('the build has the home page, the introduction and the search page', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'docs/introduction', 'search']));
});

for (const path of pages) {
  for (const mode of modes) {
    test(`/${path} in ${mode} mode: loads cleanly, stays on loopback, no axe violations`, async ({
      page,
      pageProblems,
    }) => {
      await useColorMode(page, mode);
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
      expect(violations).toEqual([]);
      expect(pageProblems).toEqual([]);
    });
  }
}
