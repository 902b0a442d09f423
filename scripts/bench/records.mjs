// A signed decision record made as a worker makes one (the collusion self-check answered, the record
// signed on the device), then the time to export it as PDF at 4× CPU, and its signed JSON export.
import { readFile } from 'node:fs/promises';
import { answerAndTime, newPage, openJourney, setUpProtection, stuckScreen } from './app.mjs';

async function signCollusionRecord(page, baseUrl, caseReference) {
  await page.goto(baseUrl);
  await setUpProtection(page);
  await openJourney(page, 'Am I colluding? A self-check', caseReference);
  for (let count = 0; count < 20; count += 1) {
    const timed = await answerAndTime(page, { save: count > 0 });
    if (!timed) throw new Error(`The self-check did not move on from ${await stuckScreen(page)}`);
    if (timed.to === 'Journey complete') break;
  }
  await page.getByLabel('Full name', { exact: true }).fill('Sam Patel');
  await page.getByLabel('Role', { exact: true }).fill('Social worker');
  await page.getByLabel('Agency', { exact: true }).fill('Solihull Council Adult Social Care');
  await page
    .getByRole('checkbox', { name: 'This is my accurate record. I am signing it as the person making it.' })
    .check();
  await page.getByRole('button', { name: 'Sign the record', exact: true }).click();
  await page.waitForURL(/#\/record\/[^/]+$/, { timeout: 60_000 });
  await page.locator('.record-document').first().waitFor();
}

/** Presses a download button and resolves with the milliseconds until the file is offered, and its path. */
async function timedDownload(page, button) {
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const elapsed = Date.now() - start;
  return { elapsed, path: await download.path() };
}

/**
 * One run on a fresh device: signs a record, then at `rate`× CPU presses "Download as PDF" three times,
 * the first as soon as the record's JSON has been downloaded, while the PDF code and the font may still be
 * loading. Resolves with the times and the record's signed JSON export.
 */
export async function pdfRun(browser, baseUrl, { rate = 4 } = {}) {
  const { page, throttle, close } = await newPage(browser);
  try {
    await signCollusionRecord(page, baseUrl, 'BENCH-PDF');
    const json = JSON.parse(
      await readFile((await timedDownload(page, 'Download the signed record (JSON)')).path, 'utf8'),
    );
    await throttle(rate);
    const presses = [];
    for (let press = 0; press < 3; press += 1)
      presses.push((await timedDownload(page, 'Download as PDF')).elapsed);
    return { firstPress: presses[0], laterPresses: presses.slice(1), json };
  } finally {
    await close();
  }
}

/**
 * One run on a fresh device: signs a record, then, at `rate`× CPU from the moment the record is shown,
 * waits `readMs` as a worker reading it would, and presses "Download as PDF" once. Resolves with the time
 * of that press.
 */
export async function pdfAfterReadingRun(browser, baseUrl, { rate = 4, readMs }) {
  const { page, throttle, close } = await newPage(browser);
  try {
    await signCollusionRecord(page, baseUrl, 'BENCH-PDF');
    await throttle(rate);
    await page.waitForTimeout(readMs);
    return (await timedDownload(page, 'Download as PDF')).elapsed;
  } finally {
    await close();
  }
}
