// The first paint: the page's frame is in index.html, rendered at build time, so it shows before any
// script runs (and with none); the app then takes that frame over rather than drawing a second one, and
// the first screen filling in shifts nothing on the screen.
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
  await expect(page.getByText('This app needs JavaScript to run.')).toBeVisible();
  await context.close();
});

test('the app takes the frame over: one header, one main, and the first screen inside it, shifting nothing', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Protect the information on this device' })).toBeVisible();
  await expect(page.locator('header.header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.skip-link')).toHaveCount(1);
  await expect(page.locator('main')).toContainText('Protect the information on this device');
  // The skip link works once the app has taken it over.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
});
