// A stock Docusaurus site to measure ours against: the "classic" template that
// `npx create-docusaurus@3.10.2 my-site classic` would create, built in a temporary directory.
// The template is fetched from the npm registry each time (`npm pack`), never kept in this
// repository, and built with this repository's installed packages (the template's own
// dependencies, at the versions installed here): its node_modules is a symlink to ours, so there
// is no install step.
//
//   import { buildStockSite, removeStockSite } from './stock-site.mjs'   (from bench/run.mjs)
//   const { buildDir, seconds } = await buildStockSite();   // the site's build/ directory
//   ...
//   removeStockSite(buildDir);   // deletes the whole temporary directory
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const STOCK_TEMPLATE = 'create-docusaurus@3.10.2';
/** The template's first docs page, the counterpart of one of our chapter pages. */
export const STOCK_DOCS_PAGE = '/docs/intro';

/**
 * Makes the create-docusaurus classic template's JavaScript variant (as create-docusaurus
 * does: templates/shared, then templates/classic over it) in a temporary directory and builds it.
 * Returns the build directory, inside the temporary directory, and the build's wall-clock time.
 */
export async function buildStockSite() {
  const temp = mkdtempSync(join(tmpdir(), 'stock-docusaurus-'));
  const site = join(temp, 'site');
  const buildDir = join(site, 'build');
  try {
    const tarball = execFileSync('npm', ['pack', STOCK_TEMPLATE, '--silent'], { cwd: temp, encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1);
    execFileSync('tar', ['-xzf', tarball, 'package/templates/classic', 'package/templates/shared'], { cwd: temp });
    cpSync(join(temp, 'package/templates/shared'), site, { recursive: true });
    cpSync(join(temp, 'package/templates/classic'), site, { recursive: true });
    rmSync(join(site, 'gitignore'), { force: true });

    // Same bundler as our site. Our docusaurus.config.ts sets `future: { v4: true, faster: true }`;
    // the 3.10.2 template ships `future: { v4: true }`, and v4: true already turns every Docusaurus
    // Faster option on (future.v4.fasterByDefault: Rspack, SWC, Lightning CSS), so the template is
    // built as shipped. Only if a template lacked both would `faster: true` be added here.
    const configFile = join(site, 'docusaurus.config.js');
    const config = readFileSync(configFile, 'utf8');
    if (!/future:\s*\{[^}]*\b(v4|faster):\s*true/.test(config)) {
      if (!/\bfuture:\s*\{/.test(config)) throw new Error(`${STOCK_TEMPLATE}: no \`future\` setting to extend`);
      writeFileSync(configFile, config.replace(/\bfuture:\s*\{/, '$& faster: true,'));
    }

    symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');
    const started = performance.now();
    execFileSync(process.execPath, [join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
      cwd: site,
      // Rspack's persistent cache would go to node_modules/.cache, which is ours through the symlink.
      env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true' },
      stdio: 'pipe', // a failed build's error message carries its stderr
      maxBuffer: 64 * 2 ** 20,
    });
    return { buildDir, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Deletes the temporary directory buildStockSite made (the symlink only, not our node_modules). */
export function removeStockSite(buildDir) {
  const temp = dirname(dirname(buildDir));
  if (!temp.startsWith(join(tmpdir(), 'stock-docusaurus-'))) throw new Error(`not a stock site: ${buildDir}`);
  rmSync(temp, { recursive: true, force: true });
}
