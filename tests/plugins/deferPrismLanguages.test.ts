import { createRequire } from 'node:module';
import { join } from 'node:path';

import deferPrismLanguages from '@site/src/plugins/deferPrismLanguages';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);

/** theme-classic's client modules, as its plugin lists them for a site like ours. */
function themeClassicClientModules(): string[] {
  const themeClassic = require('@docusaurus/theme-classic').default as (
    context: unknown,
    options: unknown,
  ) => { getClientModules(): string[] };
  const context = {
    siteDir: process.cwd(),
    i18n: { currentLocale: 'en', localeConfigs: { en: { direction: 'ltr' } } },
    siteConfig: { themeConfig: { prism: { additionalLanguages: [] }, colorMode: {} } },
  };
  const themeLib = join(require.resolve('@docusaurus/theme-classic'), '..');
  return themeClassic(context, { customCss: [] })
    .getClientModules()
    .map((module) => (module.startsWith('.') ? join(themeLib, module) : module));
}

describe('deferPrismLanguages', () => {
  test("swaps out exactly the module theme-classic loads on every page to register Prism's languages", () => {
    const plugin = deferPrismLanguages();
    const config = plugin.configureWebpack!({} as never, false, {} as never, {} as never) as {
      resolve: { alias: Record<string, string> };
    };
    const [aliased] = Object.keys(config.resolve.alias);
    // If theme-classic moves or renames the module, Prism would quietly return to every page.
    expect(themeClassicClientModules()).toContain(aliased!.replace(/\$$/, ''));
    expect(config.resolve.alias[aliased!]).toMatch(/emptyClientModule\.ts$/);
  });
});
