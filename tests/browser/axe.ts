import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';
import type { AxeResults, ContextObject, RunOptions } from 'axe-core';

// axe-core itself, injected into the page and run in one call. @axe-core/playwright's
// runPartial/finishRun round trip took three to four times as long on our code-heavy pages,
// which made the every-page check the slowest part of the suite.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeGlobal = { axe: { run: (context: ContextObject | string, options: RunOptions) => Promise<AxeResults> } };

/**
 * Live examples far from the viewport are not rendered (`content-visibility: auto`), and axe's
 * hit-testing sees their unrendered parts overlapping what follows them. Check the page as a
 * reader who has scrolled through it sees it: everything rendered.
 */
async function renderEverything(page: Page): Promise<void> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}

/**
 * Axe violations on the page (or within `context`), one readable line per rule; every rule, or
 * only the rules named in `rules`.
 */
export async function axeViolations(
  page: Page,
  context: ContextObject | string = 'html',
  rules?: string[],
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  await renderEverything(page);
  // The arguments travel as JSON: axe's deep context type is too much for evaluate's argument typing.
  return page.evaluate(async (argumentsJson: string): Promise<string[]> => {
    const { context, rules } = JSON.parse(argumentsJson) as { context: ContextObject; rules?: string[] };
    const { violations } = await (window as unknown as AxeGlobal).axe.run(context, {
      resultTypes: ['violations'],
      ...(rules ? { runOnly: rules } : {}),
    });
    return violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  }, JSON.stringify({ context, rules }));
}
