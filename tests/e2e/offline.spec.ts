// Offline after one visit, nothing sent anywhere, and installable.
import type { Request } from '@playwright/test';
import {
  activate,
  chooseRadio,
  collusionNo,
  expect,
  expectHeadingFocused,
  finishWithoutConcerns,
  journeys,
  ne,
  noSignsOutcome,
  openHome,
  origin,
  startJourney,
  summaryValue,
  test,
  waitForSaved,
  waitForActivatedServiceWorker,
  walkCollusion,
} from './helpers';

test.describe('offline and private', () => {
  test('after one visit the app starts offline and journeys can be completed', async ({ page, context }) => {
    await openHome(page);
    await waitForActivatedServiceWorker(page);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
    await expect(page.getByRole('heading', { name: 'Drafts in progress' })).toBeVisible();
    // The page really did come from the service worker's cache.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The self-check, start to finish, offline.
    await startJourney(page, journeys.collusion, 'REF-OFFLINE-1');
    await walkCollusion(page, collusionNo, 'Written with no signal');
    await expect(summaryValue(page, 'Outcome')).toHaveText(noSignsOutcome);
    await expect(summaryValue(page, 'Your reflection (optional)')).toHaveText('Written with no signal');
    await activate(page, page.getByRole('button', { name: 'Confirm and finish' }));
    await expectHeadingFocused(page, ne.complete);
    await waitForSaved(page);

    // The non-engagement journey starts offline too (its code is a separate chunk).
    await activate(page, page.getByRole('button', { name: 'Return to the home screen' }));
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await expect(page.getByRole('table', { name: 'Journeys finished on this device' })).toContainText(
      'REF-OFFLINE-1',
    );
    await startJourney(page, journeys.nonEngagement, 'REF-OFFLINE-2');
    await expectHeadingFocused(page, ne.age);
    await chooseRadio(page, 'Yes');
    await expectHeadingFocused(page, ne.evidence);
    await waitForSaved(page);
    await expect(page.getByText('This part of the app could not be loaded')).toHaveCount(0);
  });

  test('no request leaves the origin during a whole journey', async ({ page, context }) => {
    // The context sees the page's requests and, in Chromium, the service worker's own (its precache).
    const requests: string[] = [];
    let fromServiceWorker = 0;
    context.on('request', (request: Request) => {
      requests.push(request.url());
      if (request.serviceWorker()) fromServiceWorker += 1;
    });

    await openHome(page);
    await waitForActivatedServiceWorker(page);
    await page.reload();
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-NET');
    await chooseRadio(page, 'Yes');
    await finishWithoutConcerns(page);
    await activate(page, page.getByRole('button', { name: 'Confirm and finish' }));
    await expectHeadingFocused(page, ne.complete);
    await waitForSaved(page);
    await activate(page, page.getByRole('button', { name: 'Return to the home screen' }));
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await startJourney(page, journeys.collusion, 'REF-NET-2');
    await walkCollusion(page, collusionNo, '');

    expect(requests.length).toBeGreaterThan(0);
    expect(fromServiceWorker, 'the service worker’s requests are recorded too').toBeGreaterThan(0);
    const elsewhere = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(elsewhere).toEqual([]);
  });

  test('the page has no inline scripts, and its Content Security Policy forbids them', async ({
    page,
    request,
  }) => {
    const response = await request.get('/');
    expect(response.ok()).toBe(true);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [whole, attributes, body] of scripts) {
      expect(attributes, whole).toMatch(/\bsrc=/);
      expect(body.trim(), whole).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).toContain("script-src 'self'");

    // And the running app has added none.
    await openHome(page);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  test('the web app manifest is linked and makes the app installable', async ({ page, request }) => {
    await openHome(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, page.url()).href;
    expect(manifestUrl.startsWith(`${origin}/`)).toBe(true);
    const response = await request.get(manifestUrl);
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest.name).toBe('Safeguarding Adults Decision Aid');
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.start_url).toBeTruthy();
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(`${origin}/`);
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    for (const icon of manifest.icons as Array<{ src: string; type: string }>) {
      const image = await request.get(new URL(icon.src, manifestUrl).href);
      expect(image.ok(), icon.src).toBe(true);
      expect(image.headers()['content-type']).toContain(icon.type);
    }
  });
});
