// What is kept on this device and how it goes: deleting a draft leaves nothing of it behind; removing
// all data leaves no database and nothing personal in Cache Storage, in every tab; whether the browser
// will keep the data, and the space it takes.
import type { Page } from '@playwright/test';
import {
  activate,
  answer,
  completeCollusion,
  databaseName,
  expect,
  expectHeadingFocused,
  expectNoAxeViolations,
  fillSigner,
  journeys,
  ne,
  openHome,
  origin,
  readDevice,
  saveCount,
  sign,
  signer,
  startJourney,
  test,
  waitForSaved,
} from './helpers';

const typedNotContinued = 'Neighbour says the adult has not been seen since Tuesday';

test.describe('Deleting a draft', () => {
  test('says what goes, then removes its answers, audit trail and unsubmitted input from the device', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-DEL-DRAFT');
    await answer(page, 'Yes', ne.evidence);
    await answer(page, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
    const saves = await saveCount(page);
    await page.getByLabel(ne.evidenceDetail).fill(typedNotContinued);
    await waitForSaved(page, { after: saves });

    await openHome(page);
    const row = page
      .getByRole('table', { name: 'Journeys you have started on this device' })
      .getByRole('row')
      .filter({ hasText: 'REF-DEL-DRAFT' });
    await row.getByRole('link', { name: /^Delete/ }).click();
    await expect(page.locator('h1')).toHaveText('Delete this draft?');
    await expect(page.locator('main ul.list')).toHaveText(
      [
        'every answer given in this journey',
        'anything typed on a step but not yet continued from',
        'the audit trail: the time of each answer and each change',
      ].join(''),
    );
    await expect(
      page.getByText('Nothing of this draft will remain anywhere. It cannot be recovered.'),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'Delete this draft?');
    await page.getByRole('button', { name: 'Yes, delete this draft' }).click();
    await expect(page.getByText('No drafts in progress on this device.')).toBeVisible();

    const everything = JSON.stringify(await readDevice(page));
    for (const trace of ['REF-DEL-DRAFT', typedNotContinued, '"audit"'])
      expect(everything, `nothing stored holds ${trace}`).not.toContain(trace);
    expect((await readDevice(page))[databaseName].drafts.keys).toEqual([]);
  });
});

/** Every response in Cache Storage, as text, with its address. */
function readCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const entries: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        entries.push(`${request.url}\n${await (await cache.match(request))!.text()}`);
    }
    return entries;
  });
}

test.describe('Removing all data from this device', () => {
  test('by keyboard from the home screen: says what goes, then leaves no draft, record or key, in every tab, and the app starts fresh', async ({
    page,
    context,
  }) => {
    await completeCollusion(page, 'REF-WIPE-1');
    await fillSigner(page);
    await sign(page);
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-WIPE-2');
    await answer(page, 'Yes', ne.evidence);
    const draftUrl = page.url();
    await openHome(page);
    const before = await readDevice(page);
    expect(before[databaseName].records.keys).toHaveLength(1);
    expect(before[databaseName].keys.keys).toEqual(['device']);
    expect(before[databaseName].drafts.keys).toHaveLength(2);

    // Another tab has the draft open while the data is removed.
    const other = await context.newPage();
    await other.goto(draftUrl);
    await expect(other.locator('h1')).toHaveText(ne.evidence);

    await activate(page, page.getByRole('link', { name: 'Remove all data from this device' }));
    await expectHeadingFocused(page, 'Remove all data from this device?');
    await expect(page.locator('main ul.list li')).toHaveText([
      '2 drafts and completed journeys, with every answer, audit trail and signing form',
      '1 signed record, and when each was exported',
      'training: 0 practice runs and your progress',
      'the device’s signing key: records signed after this will show a new device fingerprint',
    ]);
    await expect(
      page.getByText('1 signed record has not been exported. If you remove all data now, it is lost.'),
    ).toBeVisible();
    await expect(page.getByText('Nothing removed can be recovered in the app.')).toBeVisible();
    await expectNoAxeViolations(page, 'Remove all data from this device?');

    await activate(page, page.getByRole('button', { name: 'Yes, remove all data' }));
    await expectHeadingFocused(page, 'All data has been removed');
    await expectNoAxeViolations(page, 'All data has been removed');
    await expect(other.locator('h1')).toHaveText('All data has been removed');
    await expect(other.getByText('REF-WIPE-2')).toHaveCount(0);

    // Nothing is left to read: no database at all, and Cache Storage holds only the app itself.
    expect(await readDevice(page)).toEqual({});
    const cached = await readCaches(page);
    expect(cached.length, 'the app is still there to work offline').toBeGreaterThan(0);
    for (const entry of cached) {
      expect(entry.startsWith(`${origin}/`)).toBe(true);
      for (const trace of ['REF-WIPE', signer.name]) expect(entry).not.toContain(trace);
    }

    await activate(page, page.getByRole('link', { name: 'Start again' }));
    await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
    await expect(page.getByText('No drafts in progress on this device.')).toBeVisible();
    await expect(page.getByText('No signed records on this device.')).toBeVisible();
    // Only the new protection, set up on the way back in; the old one went with everything else.
    const fresh = await readDevice(page);
    expect(fresh[databaseName].protection.values.join()).not.toContain(
      before[databaseName].protection.values.join(),
    );
    for (const [store, contents] of Object.entries(fresh[databaseName]))
      if (store !== 'protection') expect(contents.keys, `${store} is empty`).toEqual([]);
  });

  test('"No, keep it" keeps everything', async ({ page }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-KEEP');
    await openHome(page);
    await page.getByRole('link', { name: 'Remove all data from this device' }).click();
    await expect(page.locator('main ul.list li').first()).toHaveText(
      '1 draft or completed journey, with every answer, audit trail and signing form',
    );
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expect(page.locator('h1')).toHaveText('Data on this device');
    await openHome(page);
    await expect(page.getByRole('table', { name: 'Journeys you have started on this device' })).toContainText(
      'REF-KEEP',
    );
  });
});

test.describe('Data on this device', () => {
  test('asks the browser to keep the data once a case is started, and shows whether it will and the space used', async ({
    page,
    context,
    browser,
  }) => {
    await context.addInitScript(() => {
      const w = window as unknown as { __persistAsked: number };
      w.__persistAsked = 0;
      const persist = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => {
        w.__persistAsked += 1;
        return persist();
      };
    });
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-PERSIST');
    expect(
      await page.evaluate(() => (window as unknown as { __persistAsked: number }).__persistAsked),
    ).toBeGreaterThan(0);

    // This browser has not agreed (the site is not installed): the screen says so and what to do.
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
    await openHome(page);
    await activate(page, page.getByRole('link', { name: 'Data on this device' }));
    await expectHeadingFocused(page, 'Data on this device');
    await expect(page.getByText(/This browser may clear the app’s data on its own/)).toBeVisible();
    await expect(
      page.getByText('install the app: choose “Install app” or “Add to Home Screen” from the browser’s menu'),
    ).toBeVisible();
    await expect(
      page.getByText('export each signed record as soon as it is signed, and attach it to the case file'),
    ).toBeVisible();
    await expect(
      page.getByText(
        /^About \d+(\.\d)? (kB|MB|GB), of about \d+(\.\d)? (kB|MB|GB) this browser lets the app use\.$/,
      ),
    ).toBeVisible();
    await expect(page.locator('.summary-list__row')).toHaveText([
      'Drafts and completed journeys1',
      'Signed records0',
      'Practice runs0',
    ]);
    await expectNoAxeViolations(page, 'Data on this device, not persistent');

    // Once the browser agrees (as it does for an installed app), asking again shows it is kept.
    const { targetInfo } = await (await context.newCDPSession(page)).send('Target.getTargetInfo');
    await (
      await browser.newBrowserCDPSession()
    ).send('Browser.grantPermissions', {
      origin,
      browserContextId: targetInfo.browserContextId,
      permissions: ['durableStorage'],
    });
    await activate(page, page.getByRole('button', { name: 'Ask the browser to keep this data' }));
    await expect(
      page.getByText('Yes. This browser has agreed to keep the app’s data until you remove it'),
    ).toBeVisible();
    await expect(page.getByText(/may clear/)).toHaveCount(0);
    await expectNoAxeViolations(page, 'Data on this device, persistent');
  });
});
