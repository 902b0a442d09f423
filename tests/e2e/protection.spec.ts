// Protection of what is on the device, in a real browser: nothing typed about a case is readable in
// IndexedDB or anywhere in the browser profile; unlock by passphrase, recovery code and passkey; wrong
// attempts keep everything; the app locks itself and keeps what was being typed; lock in one tab
// locks every tab.
import { readdirSync, readFileSync, rmSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config';
import {
  addPlatformAuthenticator,
  answer,
  collusionNo,
  collusionQuestions,
  databaseName,
  expect,
  expectNoAxeViolations,
  journeys,
  ne,
  noSignsOutcome,
  proceed,
  readDevice,
  setUpProtection,
  startJourney,
  test,
  testPassphrase,
  unlockWithPassphrase,
  waitForSaved,
} from './helpers';

test.use({ passThroughLock: false });

const sentinel = 'QZXSENTINEL7731';
const reflectionLabel = 'Your reflection (optional)';
const locked = (page: Page) => page.getByRole('heading', { name: 'The app is locked' });
const lockNow = (page: Page) => page.getByRole('button', { name: 'Lock now' });

/** The home screen, reached by the header's link: no reload, which would lock the app. */
async function goHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' }).click();
  await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
  await expect(page.getByRole('heading', { name: 'Drafts in progress' })).toBeVisible();
}

/** Every file under `dir` that contains `needle` in UTF-8 or UTF-16LE. */
function filesContaining(dir: string, needle: string): string[] {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const found: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && patterns.some((pattern) => readFileSync(full).includes(pattern)))
        found.push(full);
    }
  };
  walk(dir);
  return found;
}

test('nothing typed about a case can be read from IndexedDB or from any file of the browser profile', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'sada-profile-'));
  const use = config.use!;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: use.launchOptions!.executablePath,
    args: use.launchOptions!.args,
    baseURL: use.baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await setUpProtection(page);
    await goHome(page);
    await startJourney(page, journeys.collusion, sentinel);
    for (let index = 0; index < collusionQuestions.length; index += 1) {
      await answer(page, collusionNo[index], collusionQuestions[index + 1] ?? reflectionLabel);
    }
    await page.getByLabel(reflectionLabel).fill(`Reflection ${sentinel}`);
    await proceed(page, noSignsOutcome);
    await proceed(page, ne.checkAnswers);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expect(page.getByRole('heading', { name: 'Sign the decision record' })).toBeVisible();
    await page.getByLabel('People involved in or consulted on the decision').fill(`Person ${sentinel}`);
    await page
      .getByLabel('Other legislation or guidance you relied on (optional)')
      .fill(`Guidance ${sentinel}`);
    await page.getByLabel('Full name', { exact: true }).fill(`Name ${sentinel}`);
    await page.getByLabel('Role', { exact: true }).fill(`Role ${sentinel}`);
    await page.getByLabel('Agency', { exact: true }).fill(`Agency ${sentinel}`);
    await page.getByRole('checkbox', { name: /This is my accurate record/ }).check();
    await page.getByRole('button', { name: 'Sign the record', exact: true }).click();
    await page.waitForURL(/#\/record\/[^/]+$/);
    await expect(page.locator('.record-document').first()).toContainText(`Name ${sentinel}`);

    const device = await readDevice(page);
    expect(device[databaseName].records.keys).toHaveLength(1);
    expect(JSON.stringify(device)).not.toContain(sentinel);
    await expect(page).not.toHaveTitle(new RegExp(sentinel));
    expect(page.url()).not.toContain(sentinel);
    expect(
      await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
    ).not.toContain(sentinel);
  } finally {
    await context.close();
  }
  expect(filesContaining(profile, sentinel)).toEqual([]);
  rmSync(profile, { recursive: true, force: true });
});

test('set up with a passphrase, then unlock with it; a wrong one says so, waits longer each time and deletes nothing', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Protect the information on this device');
  await expectNoAxeViolations(page, 'set up protection');
  // Too short, and too common: refused with the reason.
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await expect(page.locator('.error-summary')).toContainText('too short');
  await page.getByLabel('Passphrase', { exact: true }).fill('Password123456!');
  await page.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await expect(page.locator('.error-summary')).toContainText('most commonly used');
  const recoveryCode = await setUpProtection(page);
  expect(recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5}){5}$/);

  await goHome(page);
  await startJourney(page, journeys.nonEngagement, 'REF-LOCK-1');
  await answer(page, 'Yes', ne.evidence);
  await waitForSaved(page);
  await lockNow(page).click();
  await expect(locked(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('REF-LOCK-1');
  await expectNoAxeViolations(page, 'locked');

  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.locator('.error-summary')).toContainText(
    'The passphrase is not right. 1 wrong attempt so far; nothing has been deleted.',
  );
  await page.getByLabel('Passphrase', { exact: true }).fill('still not the passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.locator('.error-summary')).toContainText(
    /2 wrong attempts so far; nothing has been deleted\. Try again in \d+ seconds/,
  );
  // During the wait even the right passphrase is not tried.
  await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.locator('.error-summary')).toContainText('Try again in');
  await expect(locked(page)).toBeVisible();
  await page.waitForTimeout(5_500);
  await unlockWithPassphrase(page);
  // Back on the same step, with the answers kept.
  await expect(page.locator('h1')).toHaveText(ne.evidence);
  await expect(page.locator('.journey-bar__reference')).toContainText('REF-LOCK-1');

  // The recovery code unlocks too.
  await lockNow(page).click();
  await page.locator('summary', { hasText: 'Unlock with the recovery code' }).click();
  await page.getByLabel('Recovery code').fill(recoveryCode.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Unlock with the recovery code' }).click();
  await expect(page.locator('h1')).toHaveText(ne.evidence);
  await goHome(page);
  await expect(page.getByRole('row').filter({ hasText: 'REF-LOCK-1' })).toBeVisible();
});

test('a passkey on this device sets up protection and unlocks the app (virtual authenticator with PRF)', async ({
  page,
}) => {
  await addPlatformAuthenticator(page, { prf: true });
  await page.goto('/');
  await page.getByRole('button', { name: 'Use a passkey on this device' }).click();
  await page.getByRole('button', { name: 'Continue with the passkey only' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
  await page.getByRole('button', { name: 'I have kept the recovery code' }).click();
  await goHome(page);
  await startJourney(page, journeys.collusion, 'REF-PASSKEY');
  await lockNow(page).click();
  await expect(locked(page)).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Unlock with the passkey' }).click();
  await expect(page.locator('.journey-bar__reference')).toContainText('REF-PASSKEY');
});

test('after 5 minutes without use the app warns, then locks; what was being typed is there after unlocking', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  await setUpProtection(page);
  await goHome(page);
  await startJourney(page, journeys.nonEngagement, 'REF-IDLE');
  await answer(page, 'Yes', ne.evidence);
  await answer(page, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
  await page.getByLabel(ne.evidenceDetail).pressSequentially('Typed just before the lock');
  await page.clock.fastForward('04:01');
  await expect(page.getByRole('alert').filter({ hasText: 'The app will lock in a minute' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stay unlocked' })).toBeFocused();
  await expectNoAxeViolations(page, 'lock warning');
  await page.getByRole('button', { name: 'Stay unlocked' }).click();
  await expect(page.getByRole('button', { name: 'Stay unlocked' })).toBeHidden();
  await page.clock.fastForward('04:30');
  await expect(page.getByRole('button', { name: 'Stay unlocked' })).toBeVisible();
  await page.clock.fastForward('01:01');
  await expect(locked(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Typed just before the lock');
  await unlockWithPassphrase(page);
  await expect(page.locator('h1')).toHaveText(ne.evidenceDetail);
  await expect(page.getByLabel(ne.evidenceDetail)).toHaveValue('Typed just before the lock');
});

test('lock in one tab locks every tab; unlock in one unlocks the others', async ({ page, context }) => {
  await page.goto('/');
  await setUpProtection(page);
  await goHome(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
  await lockNow(page).click();
  await expect(locked(page)).toBeVisible();
  await expect(locked(other)).toBeVisible();
  await unlockWithPassphrase(other);
  await expect(locked(page)).toBeHidden();
  await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
});

test('forgotten everything: from the locked screen all data can be removed, and the app starts afresh', async ({
  page,
}) => {
  await page.goto('/');
  await setUpProtection(page);
  await goHome(page);
  await startJourney(page, journeys.nonEngagement, 'REF-FORGOTTEN');
  await answer(page, 'Yes', ne.evidence);
  await waitForSaved(page);
  await lockNow(page).click();
  await expect(locked(page)).toBeVisible();

  await page.locator('summary', { hasText: 'I have forgotten everything' }).click();
  await page.getByRole('link', { name: 'Remove all data from this device' }).click();
  await expect(page.locator('h1')).toHaveText('Remove all data from this device?');
  // Still locked: the confirmation names what goes without showing anything of a case.
  await expect(page.locator('body')).not.toContainText('REF-FORGOTTEN');
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'remove all data while locked');
  await page.getByRole('button', { name: 'Yes, remove all data' }).click();
  await expect(page.getByRole('heading', { name: 'All data has been removed' })).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((entry) => entry.name))).toEqual(
    [],
  );

  // Nothing is left to unlock: the app asks for protection to be set up again, and has no drafts.
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page.locator('h1')).toHaveText('Protect the information on this device');
  await setUpProtection(page, 'a new passphrase for a new start');
  await goHome(page);
  await expect(page.getByRole('row').filter({ hasText: 'REF-FORGOTTEN' })).toHaveCount(0);
  const device = await readDevice(page);
  for (const store of ['drafts', 'records', 'exports', 'keys'])
    expect(device[databaseName][store].keys, `${store} is empty`).toEqual([]);
});
