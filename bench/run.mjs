#!/usr/bin/env node
// The benchmark: builds the site cold, serves it the way a real host does (gzip, cache headers),
// measures what a first visit loads (and, for comparison, what a stock Docusaurus classic docs page
// loads: the create-docusaurus template, built and served the same way, see stock-site.mjs),
// Lighthouse mobile scores, the live runners' speed and the search index, and writes the figures
// to bench/RESULTS.md. Timings vary with the machine's load:
// run it on an idle machine.
//   npm run bench            (everything; ~10 minutes, and the sweep of every page below, ~1 hour)
//   npm run bench -- --quick (no cold build of this site, one Lighthouse run per page; the stock
//     site for the first-visit comparison is still built, about 15 s)
//   npm run bench -- --runs 3 (fewer Lighthouse runs per page)
//   npm run bench -- --only runners (just the live runners, on the existing build; updates only
//     their section of RESULTS.md)
//   npm run bench -- --only sweep (every page of the existing build, both editions, once each on
//     Lighthouse mobile, then the five slowest four more times; updates only that section of
//     RESULTS.md, rewriting it after each page so a stopped sweep leaves what it measured)
//   --port N serves the build on another port (default 4390; the stock site is served on N + 1)
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { createJiti } from 'jiti';
import { chromium } from 'playwright-core';

import { CHROME_FLAGS, CHROMIUM, lighthouseRun, median } from './lighthouse.mjs';

import { buildStockSite, removeStockSite, STOCK_DOCS_PAGE, STOCK_TEMPLATE } from './stock-site.mjs';
import { measureTimelineCost } from './timeline-cost.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const jiti = createJiti(import.meta.url);
const { EDITIONS } = await jiti.import(join(root, 'src', 'editions.ts'));
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    port: { type: 'string', default: '4390' },
  },
});
if (flags.only !== undefined && flags.only !== 'runners' && flags.only !== 'sweep')
  throw new Error(`--only: unknown part '${flags.only}'`);
const PORT = Number(flags.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const STOCK_PORT = PORT + 1;
const STOCK_ORIGIN = `http://127.0.0.1:${STOCK_PORT}`;
const CHAPTER_PAGE = { name: 'Chapter page (2. Generators)', path: '/docs/generators' };
const PAGES = [{ name: 'Home page', path: '/' }, CHAPTER_PAGE];
const LIGHTHOUSE_RUNS = flags.quick ? 1 : Number(flags.runs);
// How long the simulated reader's pointer rests on an example's code before moving to Run.
const READER_HOVER_MS = 1000;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function timeBuild() {
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache'])
    rmSync(join(root, dir), { recursive: true, force: true });
  const started = performance.now();
  execSync('npm run build', { cwd: root, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

/** Serves a build directory (ours by default) with scripts/serve-build.mjs. */
async function startServer(port = PORT, dir = 'build') {
  const server = spawn(process.execPath, ['scripts/serve-build.mjs', '--port', String(port), '--dir', dir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`serving ${dir} on port ${port} failed (exit code ${code})`)));
  });
  return server;
}

/** JS and CSS a first visit loads, raw and gzip-compressed, by opening the page in Chromium. */
async function firstVisitAssets(browser, path, origin = ORIGIN) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const assets = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    assets.push({ type, raw: body.length, gzip: gzipSync(body).length });
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await context.close();
  const sum = (type, key) => assets.filter((a) => a.type === type).reduce((total, a) => total + a[key], 0);
  return {
    jsRaw: sum('script', 'raw'),
    jsGzip: sum('script', 'gzip'),
    cssRaw: sum('stylesheet', 'raw'),
    cssGzip: sum('stylesheet', 'gzip'),
    files: assets.length,
  };
}

async function lighthouseScores(path) {
  const runs = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) runs.push(await lighthouseRun(ORIGIN + path));
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    tbt: pick('tbt'),
    lcp: pick('lcp'),
    all: runs.map((r) => r.performance),
  };
}

// The sweep: every page once, then the slowest this many again until each has SWEEP_RUNS runs.
const SWEEP_SLOWEST = 5;
const SWEEP_RUNS = 5;
const TARGET = { performance: 95, accessibility: 100 };

/** Every page of the build (both editions) as a path from the site root, as the browser tests list them. */
async function sweepPages() {
  const { builtPages } = await jiti.import(join(root, 'tests', 'browser', 'builtPages.ts'));
  return builtPages().map((page) => `/${page}`);
}

function sweepSection(sweep, { started, load, done }) {
  const ms = (value) => `${Math.round(value)} ms`;
  const pages = [...sweep.values()];
  const byFirstRun = [...pages].sort((a, b) => a.runs[0].performance - b.runs[0].performance);
  const slowest = byFirstRun.filter((page) => page.runs.length > 1);
  const miss = (page) =>
    page.runs[0].performance < TARGET.performance || page.runs[0].accessibility < TARGET.accessibility;
  const lines = [
    '## Every page, Lighthouse 12.2.3 mobile',
    '',
    `Measured ${started} UTC by \`npm run bench -- --only sweep\` on the existing build, served by \`scripts/serve-build.mjs\`` +
      ` (load average ${load} on ${cpus().length} cores when it started; other work on the machine slows every figure).` +
      " Lighthouse's mobile defaults: a Moto G Power-sized screen, simulated slow 4G (150 ms round trip, 1.6 Mbit/s down)" +
      ' and 4× CPU slowdown, each run in a fresh headless Chromium.',
    done
      ? `Every page once (${pages.length} pages, both editions), then the ${SWEEP_SLOWEST} slowest of that run until each has ${SWEEP_RUNS} runs. Target: Performance ≥ ${TARGET.performance}, Accessibility ${TARGET.accessibility}.`
      : `**Incomplete: ${pages.length} pages measured so far.** Every page once, then the ${SWEEP_SLOWEST} slowest until each has ${SWEEP_RUNS} runs.`,
    '',
  ];
  if (slowest.length > 0) {
    lines.push(
      `### The ${slowest.length} slowest, ${SWEEP_RUNS} runs each (median)`,
      '',
      '| page | Performance | all runs | Accessibility | TBT | LCP |',
      '| --- | --- | --- | --- | --- | --- |',
      ...slowest.map((page) => {
        const pick = (key) => median(page.runs.map((r) => r[key]));
        return `| \`${page.path}\` | ${pick('performance')} | ${page.runs.map((r) => r.performance).join(', ')} | ${pick('accessibility')} | ${ms(pick('tbt'))} | ${(pick('lcp') / 1000).toFixed(2)} s |`;
      }),
      '',
    );
  }
  lines.push(
    '### Every page, one run',
    '',
    `Below target in that run: ${byFirstRun.filter(miss).length} of ${pages.length}` +
      ` (Performance below ${TARGET.performance}: ${pages.filter((p) => p.runs[0].performance < TARGET.performance).length};` +
      ` Accessibility below ${TARGET.accessibility}: ${pages.filter((p) => p.runs[0].accessibility < TARGET.accessibility).length}).`,
    '',
    '| page | Performance | Accessibility | TBT | LCP | accessibility audits failed |',
    '| --- | --- | --- | --- | --- | --- |',
    ...byFirstRun.map(
      ({ path, runs: [run] }) =>
        `| \`${path}\` | ${run.performance} | ${run.accessibility} | ${ms(run.tbt)} | ${(run.lcp / 1000).toFixed(2)} s | ${run.failedAccessibility.join(', ') || '–'} |`,
    ),
    '',
  );
  return lines;
}

/**
 * The figures just measured, followed by every section of the old RESULTS.md that this run does
 * not write: comparisons measured side by side, their readings, the sweep.
 */
function withWrittenSections(lines, previous) {
  const measured = new Set(lines.filter((line) => line.startsWith('## ')));
  const kept = previous
    .split(/\n(?=## )/)
    .slice(1)
    .filter((section) => !measured.has(section.split('\n', 1)[0]));
  return [lines.join('\n').trimEnd(), ...kept.map((section) => section.trimEnd())].join('\n\n') + '\n';
}

/** Replaces the section of RESULTS.md that starts with `heading`, or adds it at the end. */
function spliceSection(text, heading, section) {
  const start = text.indexOf(heading);
  const end = text.indexOf('\n## ', start + 1);
  if (start === -1) return `${text.trimEnd()}\n\n${section.join('\n')}`;
  return text.slice(0, start) + section.join('\n') + (end === -1 ? '' : `\n${text.slice(end + 1)}`);
}

/** The sweep, on the build already served at ORIGIN; RESULTS.md is rewritten after every page. */
async function runSweep() {
  const file = join(root, 'bench', 'RESULTS.md');
  const conditions = {
    started: new Date().toISOString().slice(0, 16).replace('T', ' '),
    load: loadavg()[0].toFixed(1),
    done: false,
  };
  const sweep = new Map();
  const write = () =>
    writeFileSync(
      file,
      spliceSection(readFileSync(file, 'utf8'), '## Every page, Lighthouse', sweepSection(sweep, conditions)),
    );
  for (const path of await sweepPages()) {
    sweep.set(path, { path, runs: [await lighthouseRun(ORIGIN + path)] });
    console.error(
      `${sweep.size} ${path}: ${sweep.get(path).runs[0].performance} / ${sweep.get(path).runs[0].accessibility}`,
    );
    write();
  }
  const slowest = [...sweep.values()]
    .sort((a, b) => a.runs[0].performance - b.runs[0].performance)
    .slice(0, SWEEP_SLOWEST);
  // Alternating between the pages, so a slow spell of the machine does not fall on one page only.
  for (let run = 1; run < SWEEP_RUNS; run += 1) {
    for (const page of slowest) page.runs.push(await lighthouseRun(ORIGIN + page.path));
    write();
  }
  conditions.done = true;
  write();
  return sweepSection(sweep, conditions);
}

/**
 * Click-to-output time of one Run press, measured inside the page: from the click event's
 * timestamp to the first animation frame after the output panel reports the run finished (the
 * frame that paints it). Playwright's own round trips (actionability checks, the protocol) are
 * left out: they add 40–80 ms here that a reader's click does not pay.
 */
async function timeRun(page, region, { hoverMs = 0 } = {}) {
  const output = region.getByRole('log', { name: 'Output' });
  const button = region.getByRole('button', { name: 'Run', exact: true });
  const measured = page.evaluate(
    ([log, run]) =>
      new Promise((resolve) => {
        let clickedAt;
        run.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (clickedAt === undefined || log.getAttribute('data-status') !== 'ok') return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - clickedAt));
        });
        observer.observe(log, { attributes: true, childList: true, subtree: true });
      }),
    [await output.elementHandle(), await button.elementHandle()],
  );
  if (hoverMs > 0) {
    // A reader: the pointer rests on the example's code, then moves to Run and clicks.
    await region.locator('pre').first().hover();
    await page.waitForTimeout(hoverMs);
  }
  const started = performance.now();
  await button.click();
  const inPage = await measured;
  const outside = performance.now() - started;
  await region.getByRole('button', { name: 'Reset' }).click();
  return { inPage, outside };
}

const RUNNER_PAGE = '/docs/introduction';
const regionOf = (page, language) => page.getByRole('region', { name: new RegExp(`^${language} example: hello`) });

/** First run on a freshly opened page (empty cache), then `later` runs on the same page. */
async function measureRunner(browser, language, { later, hoverMs, repeats }) {
  const firsts = [];
  const rest = [];
  const restOutside = [];
  for (let i = 0; i < repeats; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(ORIGIN + RUNNER_PAGE, { waitUntil: 'networkidle' });
    const region = regionOf(page, language);
    firsts.push((await timeRun(page, region, { hoverMs })).inPage);
    for (let j = 0; j < later; j += 1) {
      await page.waitForTimeout(200); // a reader does not press Run again within the same frame
      const { inPage, outside } = await timeRun(page, region);
      rest.push(inPage);
      restOutside.push(outside);
    }
    await context.close();
  }
  return {
    first: median(firsts),
    firsts,
    later: later ? median(rest) : null,
    laterOutside: later ? median(restOutside) : null,
  };
}

/** Click-to-output times of the live runners on a chapter page, and a keystroke's cost. */
async function runnerTimings(browser) {
  const typescript = await measureRunner(browser, 'TypeScript', { later: 9, hoverMs: 0, repeats: 3 });
  const typescriptHover = await measureRunner(browser, 'TypeScript', {
    later: 0,
    hoverMs: READER_HOVER_MS,
    repeats: 3,
  });
  const python = await measureRunner(browser, 'Python', { later: 9, hoverMs: 0, repeats: 3 });
  const pythonHover = await measureRunner(browser, 'Python', { later: 0, hoverMs: READER_HOVER_MS, repeats: 3 });

  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(ORIGIN + RUNNER_PAGE, { waitUntil: 'networkidle' });
  // Keystroke → re-highlight in a 60-line example: time one input transaction in CodeMirror.
  const region = page.getByRole('region', { name: /^Python example: hello/ });
  await region.getByRole('textbox', { name: 'Python editor' }).click();
  const editor = region.locator('.cm-content');
  await editor.waitFor();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(
    Array.from({ length: 60 }, (_, i) => `def step_${i}(value):\n    return value + ${i}  # comment`)
      .join('\n')
      .slice(0, 3000),
  );
  const keystrokes = [];
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    await page.keyboard.type('x');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    keystrokes.push(performance.now() - started);
  }
  // The same in the page alone: one edit dispatched to CodeMirror's view (parse, re-highlight,
  // DOM update) and the layout it forces.
  const inPage = await page.evaluate(() => {
    // EditorView.findFromDOM's own lookup (the bundle's class is not reachable from here): the
    // content element carries its tile, whose root holds the view.
    const content = document.querySelector('.cm-content');
    const view = content?.cmTile?.root?.view;
    if (!view) return Number.NaN;
    const samples = [];
    for (let i = 0; i < 40; i += 1) {
      const started = performance.now();
      view.dispatch({ changes: { from: Math.floor(view.state.doc.length / 2), insert: 'y' } });
      view.dom.getBoundingClientRect();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    return samples[20];
  });
  await page.close();
  return {
    typescript,
    typescriptHover,
    python,
    pythonHover,
    keystrokeRoundTrip: median(keystrokes),
    keystrokeInPage: inPage,
  };
}

function searchIndexSize() {
  const build = join(root, 'build');
  const files = readdirSync(build).filter((name) => /^search-index.*\.json$/.test(name));
  const raw = files.reduce((total, name) => total + statSync(join(build, name)).size, 0);
  const gzip = files.reduce((total, name) => total + gzipSync(readFileSync(join(build, name))).length, 0);
  return { files: files.length, raw, gzip };
}

function machine() {
  const chromiumVersion = execSync(`${CHROMIUM} --version 2>/dev/null || true`).toString().trim();
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromiumVersion}`;
}

function runnerSection(runners) {
  const ms = (value) => `${Math.round(value)} ms`;
  const firsts = (r) => r.firsts.map(ms).join(', ');
  return [
    '## Live runners (click Run → output, headless Chromium, median)',
    '',
    'Measured inside the page on the introduction\'s "hello" examples: from the click event to the first',
    'animation frame after the output panel shows the finished run. Each first run is on a freshly',
    'opened page with an empty cache (median of 3 pages); later runs are the same example run again',
    '(median of 27, with 200 ms between runs). "Straight to Run" moves the pointer onto Run and clicks at',
    'once, so loading starts with the click; "reader" rests the pointer on the example\'s code for',
    `${READER_HOVER_MS / 1000} s first, which starts loading the runner (the page does that on that intent).`,
    '',
    '| runner | first run, straight to Run | first run, reader | later runs | target |',
    '| --- | --- | --- | --- | --- |',
    `| TypeScript | ${ms(runners.typescript.first)} (${firsts(runners.typescript)}) | ${ms(runners.typescriptHover.first)} (${firsts(runners.typescriptHover)}) | ${ms(runners.typescript.later)} | < 300 ms / < 50 ms |`,
    `| Python | ${ms(runners.python.first)} (${firsts(runners.python)}) | ${ms(runners.pythonHover.first)} (${firsts(runners.pythonHover)}) | ${ms(runners.python.later)} | < 3 s / < 100 ms |`,
    '',
    `Later runs timed from outside the page instead (Playwright's click() to the finished output, the method of earlier results, which adds the automation's own round trips): TypeScript ${ms(runners.typescript.laterOutside)}, Python ${ms(runners.python.laterOutside)}.`,
    '',
    `Typing in a 60-line Python example: ${runners.keystrokeInPage.toFixed(1)} ms per keystroke inside the page (insert + re-highlight + layout; target < 16 ms), ${Math.round(runners.keystrokeRoundTrip)} ms round trip through the automation protocol.`,
    '',
  ];
}

if (flags.only === 'sweep') {
  if (!existsSync(join(root, 'build')))
    throw new Error('--only sweep measures the existing build: run `npm run build` first.');
  const server = await startServer();
  try {
    console.log((await runSweep()).join('\n'));
  } finally {
    server.kill();
  }
  process.exit(0);
}

if (flags.only === 'runners') {
  if (!existsSync(join(root, 'build')))
    throw new Error('--only runners measures the existing build: run `npm run build` first.');
  const server = await startServer();
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
    const load = loadavg()[0].toFixed(1);
    const runners = await runnerTimings(browser);
    await browser.close();
    const file = join(root, 'bench', 'RESULTS.md');
    const section = runnerSection(runners);
    const note = `Runner figures measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench -- --only runners\` (load average ${load} on ${cpus().length} cores when it started; other work on the machine slows every figure).`;
    writeFileSync(
      file,
      spliceSection(readFileSync(file, 'utf8'), '## Live runners', [
        ...section.slice(0, 2),
        note,
        '',
        ...section.slice(2),
      ]),
    );
    console.log(section.join('\n'));
  } finally {
    server.kill();
  }
  process.exit(0);
}

const buildSeconds = flags.quick && existsSync(join(root, 'build')) ? null : timeBuild();
// The stock classic template, built in a temporary directory (after our build is timed).
const stock = await buildStockSite();
let server;
let stockServer;
try {
  server = await startServer();
  stockServer = await startServer(STOCK_PORT, stock.buildDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const assets = [];
  for (const page of PAGES) assets.push({ ...page, ...(await firstVisitAssets(browser, page.path)) });
  const stockAssets = {
    name: 'Stock classic docs page (create-docusaurus 3.10.2 template)',
    path: STOCK_DOCS_PAGE,
    ...(await firstVisitAssets(browser, STOCK_DOCS_PAGE, STOCK_ORIGIN)),
  };
  stockServer.kill();
  const chapter = assets.find((a) => a.path === CHAPTER_PAGE.path);
  const within = (key) =>
    chapter[key] <= stockAssets[key] ? 'within it' : `over it by ${kb(chapter[key] - stockAssets[key])}`;
  const runners = await runnerTimings(browser);
  await browser.close();
  const scores = [];
  for (const page of PAGES) scores.push({ ...page, ...(await lighthouseScores(page.path)) });
  const search = searchIndexSize();
  const timeline = await measureTimelineCost();

  const lines = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`${flags.quick ? ' (quick mode)' : ''}.`,
    `Machine: ${machine()}.`,
    'The build is served by `scripts/serve-build.mjs` (gzip, cache headers), as a static host serves it.',
    '',
    '## Build',
    '',
    buildSeconds === null
      ? '- Cold production build: not measured in quick mode.'
      : `- Cold production build (no caches), ${EDITIONS.length} editions (${EDITIONS.map((edition) => edition.label).join(', ')}): **${buildSeconds.toFixed(1)} s** (target: under 60 s).`,
    '',
    '## First visit: JavaScript and CSS loaded',
    '',
    '| page | JS raw | JS gzip | CSS raw | CSS gzip | files |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...assets, stockAssets].map(
      (a) => `| ${a.name} | ${kb(a.jsRaw)} | ${kb(a.jsGzip)} | ${kb(a.cssRaw)} | ${kb(a.cssGzip)} | ${a.files} |`,
    ),
    '',
    `The stock page is \`${STOCK_DOCS_PAGE}\` of the classic template as \`npx ${STOCK_TEMPLATE} my-site classic\` creates it, built (in ${stock.seconds.toFixed(1)} s) with this repository's installed packages and the same bundler (Rspack: the template's \`future: { v4: true }\` turns Docusaurus Faster on) and served the same way.`,
    '',
    `Chapter page's first-visit JS against the stock docs page's: gzip ${kb(chapter.jsGzip)} vs ${kb(stockAssets.jsGzip)}, **${within('jsGzip')}**; raw ${kb(chapter.jsRaw)} vs ${kb(stockAssets.jsRaw)}, **${within('jsRaw')}**.`,
    '',
    `## Lighthouse 12.2.3, mobile (median of ${LIGHTHOUSE_RUNS})`,
    '',
    '| page | Performance | Accessibility | Best Practices | SEO | TBT | LCP | all Performance runs |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...scores.map(
      (s) =>
        `| ${s.name} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${Math.round(s.tbt)} ms | ${(s.lcp / 1000).toFixed(2)} s | ${s.all.join(', ')} |`,
    ),
    '',
    ...runnerSection(runners),
    '## Timeline recording (a 10,000-event run, Node-side runners, median of 5)',
    '',
    '| language | plain run | recorded run | events recorded |',
    '| --- | --- | --- | --- |',
    ...[
      ['Python', timeline.python],
      ['TypeScript', timeline.typescript],
    ].map(([name, t]) => `| ${name} | ${Math.round(t.plainMs)} ms | ${Math.round(t.recordedMs)} ms | ${t.events} |`),
    '',
    '## Search index',
    '',
    `${search.files} file(s), ${kb(search.raw)} raw, ${kb(search.gzip)} gzip.`,
    '',
  ];
  const file = join(root, 'bench', 'RESULTS.md');
  writeFileSync(file, withWrittenSections(lines, existsSync(file) ? readFileSync(file, 'utf8') : ''));
  console.log(lines.join('\n'));
  // Every page, not only the two above: the slowest part of the benchmark, left out of quick mode.
  if (!flags.quick) console.log((await runSweep()).join('\n'));
} finally {
  server?.kill();
  stockServer?.kill();
  removeStockSite(stock.buildDir);
}
