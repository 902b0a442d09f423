// The first screen of a device that has protection (the locked screen), as a worker opens the app each
// day: its largest contentful paint at 4× CPU, the page answered by the app's service worker, against
// the same screen saved as HTML with no script.
import { newPage, pageWithoutScripts, setUpProtection } from './app.mjs';
import { median } from './stats.mjs';

/**
 * The locked screen as the app finishes it: its heading and opening are in the page from the first byte,
 * the ways to unlock (here the passphrase) only once the app has started.
 */
const lockedScreenDrawn = (page) =>
  page.getByLabel('Passphrase', { exact: true }).waitFor({ timeout: 30_000 });
const staticPath = '/static-locked-screen.html';

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
 * One device with protection set up, whose tab opens the app and the static copy of its locked screen
 * in turn, `times` times each at `rate`× CPU. Medians of each.
 *
 * The static copy is served at `staticBaseUrl`, another origin of the same site (another port of
 * localhost), through `extraPages`: out of reach of the app's service worker, which answers every page
 * of its own origin, yet opened in the same tab and renderer process as the app, which Chromium keeps for
 * the site. Opening it at another site instead would start a new process each time, which the app does
 * not pay. The app is opened from the static copy, so no other window of it is open: the service worker
 * answers as on a device opened for the day.
 */
export async function lockedScreenRun(browser, baseUrl, { staticBaseUrl, extraPages, rate = 4, times = 3 }) {
  const device = await newPage(browser);
  try {
    await device.page.goto(baseUrl);
    await setUpProtection(device.page);
    // Opened again only once the service worker answers the page, as it does on a device in daily use.
    await device.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await device.page.reload();
    await lockedScreenDrawn(device.page);
    extraPages.set(staticPath, await pageWithoutScripts(device.page));
    const staticUrl = new URL(staticPath, staticBaseUrl).href;
    // Once untimed, so the copy too has its stylesheet at hand, as the app has its files.
    await device.page.goto(staticUrl);
    await device.throttle(rate);
    const app = [];
    const plain = [];
    for (let time = 0; time < times; time += 1) {
      await device.page.goto(baseUrl);
      await lockedScreenDrawn(device.page);
      if (!(await device.page.evaluate(() => navigator.serviceWorker.controller !== null)))
        throw new Error('The service worker did not answer the returning device');
      app.push(await largestPaintOf(device.page));
      await device.page.goto(staticUrl);
      plain.push(await largestPaintOf(device.page));
    }
    return { appLcp: median(app), plainLcp: median(plain) };
  } finally {
    extraPages.delete(staticPath);
    await device.close();
  }
}
