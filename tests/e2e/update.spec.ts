// A new version is offered, never forced: with a journey open the worker is told it will be offered on
// the home screen and the page is left alone; from the home screen, "Update now" applies it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  collusionQuestions,
  expect,
  journeys,
  openHome,
  startJourney,
  test,
  waitForSaved,
  chooseRadio,
} from './helpers';

const workerFile = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));

async function controlledByServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
      timeout: 30_000,
    })
    .toBe('activated');
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test.describe('a new version of the app', () => {
  let original: string;
  test.beforeEach(() => {
    original = readFileSync(workerFile, 'utf8');
  });
  test.afterEach(() => {
    writeFileSync(workerFile, original);
  });

  test('is offered on the home screen, never reloads an open journey, and is applied when the worker chooses', async ({
    page,
  }) => {
    await openHome(page);
    await controlledByServiceWorker(page);
    await startJourney(page, journeys.collusion, 'REF-UPDATE');
    await chooseRadio(page, 'No', { submit: true });
    await waitForSaved(page);
    await expect(page.locator('h1')).toHaveText(collusionQuestions[1]);

    // Publish a new version: the same app with a changed service worker, then let the browser find it.
    writeFileSync(workerFile, `${original}\n// a new version\n`);
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const banner = page.getByRole('region', { name: 'A new version of the app is ready' });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toContainText(
      'It will be offered on the home screen, so this journey is not interrupted.',
    );
    await expect(banner.getByRole('button', { name: 'Update now' })).toHaveCount(0);
    // The journey stays where it was, on the same page load.
    await page.waitForTimeout(1_500);
    await expect(page.locator('h1')).toHaveText(collusionQuestions[1]);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );

    await page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safeguarding Adults Decision Aid');
    const update = page.getByRole('button', { name: 'Update now' });
    await expect(update).toBeVisible();
    // The new version takes over and the page reloads into it; the draft is still there.
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), update.click()]);
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded ?? false),
    ).toBe(false);
    await expect(page.getByRole('region', { name: 'A new version of the app is ready' })).toHaveCount(0);
    await expect(page.getByRole('cell', { name: 'REF-UPDATE', exact: true })).toBeVisible();
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).toBeNull();
  });
});
