// The home screen at a year's caseload: 1,000 drafts and 1,000 signed records against an empty device,
// at 4× CPU. The caseload is written as the version before protection left its data (plain rows),
// then protection is set up, which seals every row in place as it does for a worker upgrading; the
// home screen then opens and decrypts exactly what it would on such a device.
import { newPage, passphrase, setUpProtection } from './app.mjs';
import { median } from './stats.mjs';

const day = 24 * 60 * 60 * 1000;

/**
 * Plain rows for `count` drafts (non-engagement, three answers in) and `count` records, each a copy of
 * `signedVersion` (a real signed record) under its own id and case reference, spread over a year.
 * The home screen lists records without checking signatures, so the copies' signatures are not redone.
 */
function caseload(count, signedVersion, now) {
  const drafts = [];
  const records = [];
  for (let index = 0; index < count; index += 1) {
    const updatedAt = new Date(now - (index * 365 * day) / count).toISOString();
    const caseReference = `SAF-2026-${String(index).padStart(4, '0')}`;
    drafts.push({
      id: `bench-draft-${index}`,
      format: 1,
      journeyId: 'non-engagement',
      journeyVersion: 1,
      editions: [],
      caseReference,
      snapshot: {
        status: 'active',
        value: 'evidenceDetail',
        historyValue: {},
        children: {},
        context: {
          answers: {
            age: { kind: 'choice', choice: 'yes' },
            evidence: { kind: 'choice', choice: 'evidence' },
          },
          path: ['age', 'evidence', 'evidenceDetail'],
          changing: null,
        },
      },
      pending: {},
      status: 'inProgress',
      createdAt: updatedAt,
      updatedAt,
    });
    const recordId = `bench-record-${index}`;
    records.push({
      recordId,
      version: 1,
      draftId: '',
      signed: {
        ...signedVersion,
        recordId,
        caseReference: `REC-2026-${String(index).padStart(4, '0')}`,
        signedAt: updatedAt,
      },
    });
  }
  return { drafts, records };
}

function seed(page, rows) {
  return page.evaluate(
    ({ name, drafts, records }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['drafts', 'records'], 'readwrite');
          for (const draft of drafts) tx.objectStore('drafts').put(draft);
          for (const record of records) tx.objectStore('records').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: 'safeguarding-adults-decision-aid', ...rows },
  );
}

/**
 * In the page: from `action` ('open home' from another screen, or 'unlock' with the passphrase typed)
 * until the home screen shows both of its lists (the newest draft, or that there are none, and the
 * signed records) and has then not changed for half a second: the time its last change was painted,
 * so laying out and painting the rows counts, as it does for a step.
 */
function untilHomeShown(page, action) {
  return page.evaluate(async (action) => {
    let last = performance.now();
    let changes = 0;
    let paintedAfterLast = last;
    // After the frame's paint: a task queued from the frame's animation callback runs once it is painted.
    const paintProbe = (change) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (change === changes) paintedAfterLast = performance.now();
        }, 0),
      );
    const observer = new MutationObserver(() => {
      last = performance.now();
      changes += 1;
      paintProbe(changes);
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const shown = () => {
      const text = document.querySelector('main')?.textContent ?? '';
      return (
        text.includes('Signed records') &&
        (text.includes('No drafts in progress') || text.includes('SAF-2026-0000'))
      );
    };
    const start = performance.now();
    if (action === 'open home') location.hash = '#/';
    else
      [...document.querySelectorAll('main button')]
        .find((button) => button.textContent.trim() === 'Unlock')
        .click();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (shown() && performance.now() - last >= 500) break;
    }
    observer.disconnect();
    return paintedAfterLast - start;
  }, action);
}

const toHome = (page) => untilHomeShown(page, 'open home');

/**
 * One device (`count` 0 for an empty one): three times, the home screen opened from another screen at
 * 4× CPU; then three times, a reload, the passphrase and Unlock until home has settled. Medians.
 */
export async function caseloadRun(browser, baseUrl, { count, signedVersion, rate = 4 }) {
  const { page, throttle, close } = await newPage(browser);
  try {
    await page.goto(baseUrl);
    // The set-up form, not its heading (in the page before any script): by then the app has opened its database.
    await page.getByLabel('Enter the passphrase again').waitFor();
    if (count > 0) await seed(page, caseload(count, signedVersion, Date.now()));
    await setUpProtection(page);
    await throttle(rate);
    const opened = [];
    for (let run = 0; run < 3; run += 1) {
      await page.evaluate(() => {
        location.hash = '#/device';
      });
      await page.locator('h1', { hasText: 'Data on this device' }).waitFor({ timeout: 60_000 });
      opened.push(await toHome(page));
    }
    const unlocked = [];
    for (let run = 0; run < 3; run += 1) {
      await page.reload();
      await page.locator('h1', { hasText: 'The app is locked' }).waitFor({ timeout: 60_000 });
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      unlocked.push(await untilHomeShown(page, 'unlock'));
    }
    // What the settled screen showed, so the table can say what was measured.
    const shown = {
      heading: await page.locator('h1').first().textContent(),
      rows: await page.locator('main table tbody tr').count(),
    };
    return { count, openHome: median(opened), unlockToHome: median(unlocked), shown };
  } finally {
    await close();
  }
}
