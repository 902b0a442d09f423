// Lighthouse (the npm package, mobile settings, performance only) in Debian's Chromium through
// CHROME_PATH, for the app's first screen and for a static copy of that same screen as the app renders
// it, with no script: how close the app's first paint comes to plain HTML.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { launchBrowser, newPage, pageWithoutScripts } from './app.mjs';

const run = promisify(execFile);
const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/**
 * The app's first screen on a fresh device as HTML with no script: the DOM once the app has rendered
 * it, with every script and module preload removed, the stylesheets kept.
 */
export async function staticCopyOfFirstScreen(baseUrl) {
  const browser = await launchBrowser();
  const { page, close } = await newPage(browser);
  try {
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await page.locator('h1').first().waitFor();
    const html = await pageWithoutScripts(page);
    return { html, heading: await page.locator('h1').first().textContent() };
  } finally {
    await close();
    await browser.close();
  }
}

/** One Lighthouse run (a fresh Chromium profile each time); the metrics the table reports. */
export async function lighthouseRun(url) {
  const { stdout } = await run(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    lighthouseVersion: report.lighthouseVersion,
    userAgent: report.environment?.hostUserAgent ?? '',
    lcp: audit('largest-contentful-paint'),
    fcp: audit('first-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    score: report.categories.performance.score,
  };
}
