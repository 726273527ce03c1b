// One Lighthouse run (mobile, its default: simulated slow 4G, 4× CPU slowdown) in a fresh headless
// Chromium, shared by the benchmark (run.mjs) and the side-by-side comparison (compare.mjs).
import * as chromeLauncher from 'chrome-launcher';
import { createJiti } from 'jiti';
import lighthouse from 'lighthouse';
import { fileURLToPath } from 'node:url';

// The Chromium and flags of the browser tests (scripts/chromium.ts), headless.
const { CHROMIUM_PATH, CHROMIUM_FLAGS } = await createJiti(import.meta.url).import(
  fileURLToPath(new URL('../scripts/chromium.ts', import.meta.url)),
);
export const CHROMIUM = CHROMIUM_PATH;
export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Scores and the main timings of one Lighthouse mobile run of `url`. */
export async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      seo: Math.round(categories.seo.score * 100),
      tbt: audits['total-blocking-time'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      failedAccessibility: Object.values(audits)
        .filter((audit) => categories.accessibility.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0))
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => audit.id),
    };
  } finally {
    await chrome.kill();
  }
}
