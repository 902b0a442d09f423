// The home screen at a year's caseload, by keyboard: 1,000 drafts counted, the 20 most recently saved
// shown, "Show more" adding 20 with focus on the first new one, a search by case reference, and the
// mark on a draft nobody has changed for 30 days; axe on each. The drafts are put on the device as the
// version before protection stored them, and sealed when protection is set up, as a worker's would be.
import type { Page } from '@playwright/test';
import {
  databaseName,
  describeFocus,
  expect,
  expectNoAxeViolations,
  readDevice,
  setUpProtection,
  tabTo,
  test,
  waitForAppDatabase,
} from './helpers';

test.use({ passThroughLock: false });

const total = 1000;
const reference = (n: number) => `E2E-${String(n).padStart(4, '0')}`;

/** Drafts 1 to 1,000 saved a minute apart, 1,000 the newest; draft 1 last changed 40 days ago. */
async function seedDrafts(page: Page) {
  await waitForAppDatabase(page);
  await page.evaluate(
    async ({ name, count }) => {
      const now = Date.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('drafts', 'readwrite');
      for (let n = 1; n <= count; n += 1) {
        const savedAt = new Date(
          n === 1 ? now - 40 * 86_400_000 : now - (count - n + 1) * 60_000,
        ).toISOString();
        tx.objectStore('drafts').put({
          id: `seeded-${n}`,
          format: 1,
          journeyId: 'collusion',
          journeyVersion: 1,
          editions: [],
          caseReference: `E2E-${String(n).padStart(4, '0')}`,
          snapshot: {},
          pending: {},
          status: 'inProgress',
          createdAt: savedAt,
          updatedAt: savedAt,
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: databaseName, count: total },
  );
}

/** A new device given the drafts, as the version before protection left them; protection set up; home. */
async function openHomeWithDrafts(page: Page) {
  await page.goto('/');
  await seedDrafts(page);
  await setUpProtection(page);
  await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
}

const draftsTable = (page: Page) =>
  page.getByRole('table', { name: 'Journeys you have started on this device' });
const draftRows = (page: Page) => draftsTable(page).locator('tbody tr');
const focusedRow = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('tr')?.querySelector('td:nth-child(2)')?.textContent);

test('1,000 drafts: counted, 20 at a time, searched by case reference, the old one marked, by keyboard', async ({
  page,
}) => {
  await openHomeWithDrafts(page);

  await expect(page.getByText('1,000 drafts in progress.', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(draftRows(page)).toHaveCount(20);
  await expect(draftRows(page).first()).toContainText(reference(1000));
  await expect(draftRows(page).last()).toContainText(reference(981));
  await expect(page.getByText('Showing 20 of 1,000.')).toBeVisible();
  await expectNoAxeViolations(page, 'home with 1,000 drafts');

  await tabTo(page, page.getByRole('button', { name: 'Show more drafts in progress' }), { max: 120 });
  await page.keyboard.press('Enter');
  await expect(draftRows(page)).toHaveCount(40);
  await expect
    .poll(() => focusedRow(page), { message: 'focus is on the first draft newly shown' })
    .toBe(reference(980));
  expect(await describeFocus(page)).toContain('Resume');
  await expect(page.getByText('Showing 40 of 1,000.')).toBeVisible();

  // Nothing of a case is readable on the device, however many there are.
  const device = JSON.stringify(await readDevice(page));
  expect(device).not.toContain('E2E-0');

  const search = page.getByLabel('Search by case reference');
  await tabTo(page, search, { max: 120, backwards: true });
  await page.keyboard.type('e2e 0001');
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 draft in progress matches “e2e 0001”.')).toBeVisible({ timeout: 20_000 });
  await expect(draftRows(page)).toHaveCount(1);
  const old = draftRows(page).first();
  await expect(old).toContainText(reference(1));
  await expect(old.locator('.tag')).toHaveText(/^Not changed since \d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(page.getByText('No completed journeys match “e2e 0001”.')).toBeVisible();
  await expect(page.getByText('No signed records match “e2e 0001”.')).toBeVisible();
  await expectNoAxeViolations(page, 'home searched');
  // Only the draft not changed for 30 days is marked.
  await tabTo(page, page.getByRole('button', { name: 'Clear search' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('1,000 drafts in progress.', { exact: true })).toBeVisible();
  await expect(draftRows(page)).toHaveCount(20);
  await expect(draftsTable(page).locator('.tag')).toHaveCount(0);
  await expect(search).toHaveValue('');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('the lists below the journeys are drawn as they come near the screen, and are there all along for the keyboard and screen readers', async ({
    page,
  }) => {
    await openHomeWithDrafts(page);
    await expect(draftRows(page)).toHaveCount(20);
    const lastRow = draftRows(page).last();
    const drawn = () => lastRow.evaluate((row) => row.checkVisibility({ contentVisibilityAuto: true }));
    // Home opens at its top, the journeys filling the screen: the drafts are further down, not drawn yet.
    expect(await drawn()).toBe(false);
    // They are in the page all the same: a screen reader reads the table, row by row.
    await expect(draftsTable(page).getByRole('row')).toHaveCount(21);
    await expect(draftsTable(page).getByRole('row').last()).toHaveAccessibleName(new RegExp(reference(981)));
    // The keyboard reaches the last draft shown, and it is drawn and scrolled into view.
    const resume = lastRow.getByRole('link', {
      name: `Resume Am I colluding? A self-check, case reference ${reference(981)}`,
    });
    await tabTo(page, resume, { max: 120 });
    await expect(resume).toBeInViewport();
    expect(await drawn()).toBe(true);
    await expectNoAxeViolations(page, 'home on a phone');
  });
});
