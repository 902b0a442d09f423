// The first paint: the page's frame is in index.html, rendered at build time, so it shows before any
// script runs (and with none); the app then takes that frame over rather than drawing a second one, and
// the first screen filling in shifts nothing on the screen.
import type { Page } from '@playwright/test';
import { expect, origin, test } from './helpers';

test.use({ passThroughLock: false });

test('the frame is in the page itself, before and without any script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: origin });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' })).toBeVisible();
  await expect(
    page.getByText('Answers are kept only on this device. Nothing is sent anywhere.'),
  ).toBeVisible();
  await expect(page.locator('main#main-content')).toBeEmpty();
  await context.close();
});

/** Records the layout shifts that count against the page: those not caused by the worker's own input. */
function recordShifts() {
  const w = window as unknown as { __shifts: string[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node }[];
    }[]) {
      if (entry.hadRecentInput) continue;
      const moved = entry.sources.map((source) =>
        source.node instanceof Element
          ? `${source.node.tagName}.${source.node.className}`
          : String(source.node),
      );
      w.__shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The first screen as it ends up: its heading, and the passkey part and passphrase form as they stay
 * (the browser here offers no passkey); then two frames, for any shift to have been reported.
 */
async function firstScreenShown(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Protect the information on this device' })).toBeVisible();
  await expect(page.locator('#passkey-unavailable')).toHaveText(
    'A passkey is not available in this browser on this device, so protect the app with a passphrase.',
  );
  await expect(page.getByLabel('Enter the passphrase again')).toBeVisible();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);

test('the app takes the frame over: one header, one main, and the first screen inside it, shifting nothing', async ({
  page,
}) => {
  await page.addInitScript(recordShifts);
  await page.goto('/');
  await firstScreenShown(page);
  await expect(page.locator('header.header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.skip-link')).toHaveCount(1);
  await expect(page.locator('main')).toContainText('Protect the information on this device');
  // Filling the frame in moved nothing on the screen.
  expect(await shifts(page)).toEqual([]);
  // The skip link is the app's once it has taken the frame over: it moves focus without changing the
  // address (which holds the app's route).
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
});

test.describe('on a phone', () => {
  // A phone's screen, as Lighthouse's mobile run has it: narrow, so lines wrap and a line of text
  // changing length moves what is below it.
  test.use({ viewport: { width: 412, height: 823 } });

  test('the first screen filling in shifts nothing', async ({ page }) => {
    await page.addInitScript(recordShifts);
    await page.goto('/');
    await firstScreenShown(page);
    expect(await shifts(page)).toEqual([]);
  });
});
