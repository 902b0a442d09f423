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
  await context.close();
});

test('the app takes the frame over: one header, one main, and the first screen inside it, shifting nothing', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Layout shifts that count against the page: those not caused by the worker's own input.
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
        w.__shifts.push(`${entry.value.toFixed(3)}: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Protect the information on this device' })).toBeVisible();
  await expect(page.locator('header.header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.skip-link')).toHaveCount(1);
  await expect(page.locator('main')).toContainText('Protect the information on this device');
  // Filling the frame in moved nothing on the screen.
  expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
  // The skip link is the app's once it has taken the frame over: it moves focus without changing the
  // address (which holds the app's route).
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
});
