// The first paint: the page's frame, and on a new device the opening of the set-up screen, are in
// index.html, rendered at build time, so they show before any script runs (and with none); the app then
// takes them over rather than drawing them a second time, and the rest of the first screen filling in
// shifts nothing on the screen. A device with protection set up is answered by the service worker with the
// frame and the opening of the locked screen when no other window of the app is open, and with the frame
// alone when one is (it may hand this one the key), so it never shows the set-up screen, and never says
// "locked" in a tab that then shows home.
import type { Page } from '@playwright/test';
import {
  expect,
  origin,
  setUpProtection,
  test,
  unlockWithPassphrase,
  waitForActivatedServiceWorker,
} from './helpers';

test.use({ passThroughLock: false });

const appName = 'Safeguarding Adults Decision Aid';
const setUpHeading = 'Protect the information on this device';
const setUpOpening = 'What you record here is personal information about an adult at risk.';
const lockedHeading = 'The app is locked';
const lockedOpening = 'Nothing about any case is shown while the app is locked.';

test('the frame and the opening of the set-up screen are in the page itself, before and without any script', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: origin });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' })).toBeVisible();
  await expect(
    page.getByText('Answers are kept only on this device. Nothing is sent anywhere.'),
  ).toBeVisible();
  await expect(page.locator('main#main-content h1')).toHaveText(setUpHeading);
  await expect(page.locator('main#main-content p').first()).toContainText(setUpOpening);
  // Named as the screen names it once the app has started, so it is announced rightly from the first.
  await expect(page).toHaveTitle(`${setUpHeading} – ${appName}`);
  // What depends on the device (whether it offers a passkey) is left to the script.
  await expect(page.locator('main#main-content form, main#main-content button')).toHaveCount(0);
  // The pages for a device with protection: the frame and the opening of the locked screen, where the app
  // starts locked; the frame alone, its screen drawn by the script.
  await page.goto('/locked.html');
  await expect(page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' })).toBeVisible();
  await expect(page.locator('main#main-content h1')).toHaveText(lockedHeading);
  await expect(page.locator('main#main-content p').first()).toContainText(lockedOpening);
  await expect(page).toHaveTitle(`${lockedHeading} – ${appName}`);
  // How it unlocks depends on the device and is left to the script.
  await expect(page.locator('main#main-content form, main#main-content button')).toHaveCount(0);
  await page.goto('/frame.html');
  await expect(page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' })).toBeVisible();
  await expect(page.locator('main#main-content')).toBeEmpty();
  await expect(page).toHaveTitle(appName);
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

/** Two frames, for any layout shift to have been reported. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * The first screen as it ends up: its heading, and the passkey part and passphrase form as they stay
 * (the browser here offers no passkey); then two frames, for any shift to have been reported.
 */
async function firstScreenShown(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: setUpHeading })).toBeVisible();
  await expect(page.locator('#passkey-unavailable')).toHaveText(
    'A passkey is not available in this browser on this device, so protect the app with a passphrase.',
  );
  await expect(page.getByLabel('Enter the passphrase again')).toBeVisible();
  await twoFrames(page);
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);

/** The heading and first paragraph in main once the page is parsed, before any module script has run. */
function keepOpening() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    (window as unknown as { __opening: (Element | null)[] }).__opening = [
      document.querySelector('main h1'),
      document.querySelector('main p'),
    ];
  });
}

/** Whether the heading and first paragraph kept by keepOpening are in the page, and are those shown now. */
const openingTakenOver = (page: Page) =>
  page.evaluate(() => {
    const before = (window as unknown as { __opening: (Element | null)[] }).__opening;
    const now = [document.querySelector('main h1'), document.querySelector('main p')];
    return before.length === 2 && before.every((node, index) => node !== null && node === now[index]);
  });

test('the app takes the frame and the opening over: one header, one main, and the first screen inside it, shifting nothing', async ({
  page,
}) => {
  await page.addInitScript(recordShifts);
  await page.addInitScript(keepOpening);
  await page.goto('/');
  await firstScreenShown(page);
  await expect(page.locator('header.header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.skip-link')).toHaveCount(1);
  await expect(page.locator('main')).toContainText(setUpHeading);
  await expect(page.locator('main h1')).toHaveCount(1);
  // The heading and paragraph painted from the page are the ones the app shows: taken over, not drawn again.
  expect(await openingTakenOver(page)).toBe(true);
  // Filling the frame in moved nothing on the screen.
  expect(await shifts(page)).toEqual([]);
  // The skip link is the app's once it has taken the frame over: it moves focus without changing the
  // address (which holds the app's route).
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
});

test('the page is painted before the app’s code is fetched: only the small script that starts it comes first', async ({
  page,
}) => {
  await page.goto('/');
  await firstScreenShown(page);
  const { firstContentfulPaint, entry, scripts } = await page.evaluate(() => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    entry: (document.querySelector('script[type="module"]') as HTMLScriptElement).src,
    scripts: performance
      .getEntriesByType('resource')
      .filter((resource) => new URL(resource.name).pathname.endsWith('.js'))
      .map((resource) => ({ url: resource.name, fetched: resource.startTime })),
  }));
  expect(firstContentfulPaint).toBeGreaterThan(0);
  expect(
    scripts.filter((script) => script.fetched < firstContentfulPaint).map((script) => script.url),
  ).toEqual([entry]);
  // The set-up screen's code came after.
  expect(scripts.length).toBeGreaterThan(3);
});

/**
 * In the page, before any of its scripts: the browser never reports a first contentful paint, and, with
 * `keepWaiting`, the page's timers of two seconds or more never fire, so the app starts only if something
 * other than the wait for the paint starts it.
 */
function paintNeverReported({ keepWaiting }: { keepWaiting: boolean }) {
  const observe = PerformanceObserver.prototype.observe;
  PerformanceObserver.prototype.observe = function (options?: PerformanceObserverInit) {
    if (options?.type !== 'paint') observe.call(this, options);
  };
  if (!keepWaiting) return;
  const setTimer = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
    (delay ?? 0) >= 2000 ? 0 : setTimer(handler, delay, ...rest)) as typeof window.setTimeout;
}

/** The app itself has started: the set-up screen's form, which only its code draws, is there. */
const appStarted = (page: Page) => expect(page.getByLabel('Enter the passphrase again')).toBeVisible();

test.describe('the app starts even when the browser reports no first paint', () => {
  test('a browser that does not time paints starts it at once', async ({ page }) => {
    // Were the app to wait for a paint or for the longest wait, it would never start.
    await page.addInitScript(paintNeverReported, { keepWaiting: true });
    await page.addInitScript(() =>
      Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {
        get: () => ['navigation', 'resource'],
      }),
    );
    await page.goto('/');
    await appStarted(page);
  });

  test('when the paint is never reported, it starts after the longest wait', async ({ page }) => {
    await page.addInitScript(paintNeverReported, { keepWaiting: false });
    await page.goto('/');
    await appStarted(page);
  });

  test('a page opened hidden, as a tab in the background, starts at once', async ({ page }) => {
    await page.addInitScript(paintNeverReported, { keepWaiting: true });
    await page.addInitScript(() =>
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' }),
    );
    await page.goto('/');
    await appStarted(page);
  });

  test('a page hidden while it waits starts when it is shown or hidden again', async ({ page }) => {
    await page.addInitScript(paintNeverReported, { keepWaiting: true });
    await page.goto('/');
    await expect(page.locator('main h1')).toHaveText(setUpHeading);
    // Still waiting: only the page's own text, none of the app's.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await expect(page.getByLabel('Enter the passphrase again')).toHaveCount(0);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await appStarted(page);
  });
});

test('when the app’s code cannot be fetched, the page says so', async ({ page }) => {
  await page.route(/\/assets\/start-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'The app could not be loaded. Check the connection, then reload the page.',
  );
  // What the page itself holds is still there to read.
  await expect(page.locator('main h1')).toHaveText(setUpHeading);
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

/** Records the text of every h1 that is ever in the page, from the first byte parsed. */
function recordHeadingsSeen() {
  const w = window as unknown as { __headingsSeen: string[] };
  w.__headingsSeen = [];
  const check = () => {
    for (const heading of document.querySelectorAll('h1')) {
      const text = heading.textContent?.trim() ?? '';
      if (!w.__headingsSeen.includes(text)) w.__headingsSeen.push(text);
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

const headingsSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __headingsSeen: string[] }).__headingsSeen);

/** Sets protection up on this device and waits until its service worker answers the app's pages. */
async function protectDevice(page: Page): Promise<void> {
  await page.goto('/');
  await setUpProtection(page);
  await waitForActivatedServiceWorker(page);
}

const answeredByServiceWorker = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller !== null);

test('a device with protection set up starts on the locked screen and never shows the set-up screen', async ({
  page,
}) => {
  await protectDevice(page);
  await page.addInitScript(recordHeadingsSeen);
  await page.addInitScript(keepOpening);
  for (const address of ['/', '/index.html', '/#/library']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { name: lockedHeading })).toBeVisible();
    // The app has started: only it draws the ways to unlock.
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
    expect(await answeredByServiceWorker(page)).toBe(true);
    expect(await headingsSeen(page)).not.toContain(setUpHeading);
    // The page it replaces in this tab is no other window: this one too starts locked, and is given the
    // locked screen's opening.
    expect(await openingTakenOver(page)).toBe(true);
  }
  await unlockWithPassphrase(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: lockedHeading })).toBeVisible();
  expect(await headingsSeen(page)).not.toContain(setUpHeading);
});

test('opened with no other window of the app, as each day, the locked screen’s opening is in the page itself, and the app takes it over, shifting nothing', async ({
  page,
  context,
}) => {
  await protectDevice(page);
  await page.close();
  await context.addInitScript(recordShifts);
  await context.addInitScript(keepOpening);
  const today = await context.newPage();
  await today.goto('/');
  await expect(today.getByLabel('Passphrase', { exact: true })).toBeVisible();
  expect(await answeredByServiceWorker(today)).toBe(true);
  // Parsed from the page, before any module script ran: the locked screen's heading and first paragraph.
  expect(
    await today.evaluate(() =>
      (window as unknown as { __opening: (Element | null)[] }).__opening.map((node) => node?.textContent),
    ),
  ).toEqual([lockedHeading, expect.stringContaining(lockedOpening)]);
  expect(await openingTakenOver(today)).toBe(true);
  await twoFrames(today);
  expect(await shifts(today)).toEqual([]);
  await unlockWithPassphrase(today);
  await expect(today.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
});

test('a tab opened while another is unlocked is given the key and shows home, never saying the app is locked', async ({
  page,
  context,
}) => {
  await protectDevice(page);
  await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
  await context.addInitScript(recordHeadingsSeen);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
  expect(await answeredByServiceWorker(other)).toBe(true);
  expect(await headingsSeen(other)).not.toContain(lockedHeading);
});
