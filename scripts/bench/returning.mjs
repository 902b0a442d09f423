// The first screen of a device that has protection (the locked screen), as a worker opens the app each
// day: its largest contentful paint at 4× CPU, the page answered by the app's service worker, against
// the same screen saved as static HTML with no script.
import { newPage, pageWithoutScripts, setUpProtection } from './app.mjs';
import { median } from './stats.mjs';

const lockedHeading = 'The app is locked';

/** In the page: when the largest contentful paint came since it was opened, once nothing larger comes. */
function largestPaintOf(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let largest;
        new PerformanceObserver((list) => {
          largest = list.getEntries().at(-1) ?? largest;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(largest?.startTime ?? Number.NaN), 1500);
      }),
  );
}

/**
 * One device with protection set up, opened again `times` times at `rate`× CPU until it shows the
 * locked screen, each time followed by a fresh page opening the static copy of that screen, then opening
 * it again as timed. Medians of each.
 */
export async function lockedScreenRun(browser, baseUrl, { rate = 4, times = 3 } = {}) {
  const device = await newPage(browser);
  try {
    await device.page.goto(baseUrl);
    await setUpProtection(device.page);
    // Opened again only once the service worker answers the page, as it does on a device in daily use.
    await device.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await device.page.reload();
    await device.page.getByRole('heading', { name: lockedHeading }).waitFor({ timeout: 30_000 });
    if (!(await device.page.evaluate(() => navigator.serviceWorker.controller !== null)))
      throw new Error('The service worker did not answer the returning device');
    const staticCopy = await pageWithoutScripts(device.page);
    const app = [];
    const plain = [];
    for (let time = 0; time < times; time += 1) {
      await device.throttle(rate);
      await device.page.reload();
      await device.page.getByRole('heading', { name: lockedHeading }).waitFor({ timeout: 30_000 });
      app.push(await largestPaintOf(device.page));
      await device.throttle(1);
      const fresh = await newPage(browser);
      try {
        const address = `${baseUrl}static-locked-screen.html`;
        await fresh.page.route(address, (route) =>
          route.fulfill({ contentType: 'text/html; charset=utf-8', body: staticCopy }),
        );
        // Opened once first, then again as timed: like the app's page, reopened with its files at hand.
        await fresh.page.goto(address);
        await fresh.throttle(rate);
        await fresh.page.reload();
        plain.push(await largestPaintOf(fresh.page));
      } finally {
        await fresh.close();
      }
    }
    return { appLcp: median(app), plainLcp: median(plain) };
  } finally {
    await device.close();
  }
}
