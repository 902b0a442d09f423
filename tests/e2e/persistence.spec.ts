// Answers survive what happens to a phone in the field: reloads, a crash, a bad draft, odd text.
import type { Page } from '@playwright/test';
import {
  answer,
  collusionQuestions,
  continueToCheckAnswersFromConsider,
  databaseName,
  draftIdOf,
  expect,
  expectHeadingFocused,
  expectNoAxeViolations,
  finishWithoutConcerns,
  journeys,
  ne,
  openHome,
  putPlainDraft,
  proceed,
  saveCount,
  startJourney,
  summaryRows,
  summaryValue,
  test,
  waitForSaved,
} from './helpers';

const evidenceText = 'Door not answered on 3 visits; GP says prescriptions not collected since May.';

/** Reads one stored draft straight from IndexedDB, as the app left it. */
function readStoredDraft(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    ({ name, id }) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('drafts', 'readonly').objectStore('drafts').get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { name: databaseName, id },
  );
}

/** Starts a non-engagement draft and answers up to the second self-check question. */
async function answerSome(page: Page, reference: string): Promise<void> {
  await openHome(page);
  await startJourney(page, journeys.nonEngagement, reference);
  await answer(page, 'Yes', ne.evidence);
  await answer(page, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
  await page.getByLabel(ne.evidenceDetail).fill(evidenceText);
  await proceed(page, ne.consider);
  await proceed(page, collusionQuestions[0]);
  await answer(page, 'Yes', collusionQuestions[1]);
  await waitForSaved(page);
}

/** Goes back through the answers given by answerSome and checks each one is still there. */
async function expectAnswersFromAnswerSome(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveText(collusionQuestions[1]);
  const back = page.getByRole('button', { name: 'Back', exact: true });
  await back.click();
  await expect(page.locator('h1')).toHaveText(collusionQuestions[0]);
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await back.click();
  await expect(page.locator('h1')).toHaveText(ne.consider);
  await back.click();
  await expect(page.locator('h1')).toHaveText(ne.evidenceDetail);
  await expect(page.getByLabel(ne.evidenceDetail)).toHaveValue(evidenceText);
  await back.click();
  await expect(page.locator('h1')).toHaveText(ne.evidence);
  await expect(
    page.getByRole('radio', { name: 'I have evidence that non-engagement increases risk' }),
  ).toBeChecked();
  await back.click();
  await expect(page.locator('h1')).toHaveText(ne.age);
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
}

test.describe('saved on this device', () => {
  test('a draft just started opens on its first question with its case reference, and a reload there resumes it', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-FIRST');
    await expectHeadingFocused(page, ne.age);
    await expect(page.locator('.journey-bar__reference')).toContainText('REF-FIRST');
    await waitForSaved(page);
    const id = draftIdOf(page);
    await page.reload();
    await expectHeadingFocused(page, ne.age);
    await expect(page.locator('.journey-bar__reference')).toContainText('REF-FIRST');
    expect(draftIdOf(page)).toBe(id);
    // What was stored, not only what the first screen was handed, goes on to the next step.
    await answer(page, 'Yes', ne.evidence);
    await waitForSaved(page);
    await page.reload();
    await expectHeadingFocused(page, ne.evidence);
    await expect(page.locator('.journey-bar__reference')).toContainText('REF-FIRST');
    // After reloads, the browser's Back still goes one step back, and from the first step home.
    await page.goBack();
    await expectHeadingFocused(page, ne.age);
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
  });

  test('a reload mid-journey returns to the same step with every answer', async ({ page }) => {
    await answerSome(page, 'REF-RELOAD');
    await page.reload();
    await expectHeadingFocused(page, collusionQuestions[1]);
    await expect(page.locator('.journey-bar__reference')).toContainText('REF-RELOAD');
    await expectAnswersFromAnswerSome(page);

    // And on check answers, a reload keeps every row.
    await proceed(page, ne.evidence);
    await proceed(page, ne.evidenceDetail);
    await proceed(page, ne.consider);
    await proceed(page, collusionQuestions[0]);
    await proceed(page, collusionQuestions[1]);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(ne.evidence);
    await finishWithoutConcerns(page);
    await waitForSaved(page);
    const before = await summaryRows(page);
    expect(before).toContainEqual([ne.evidence, 'I am concerned just because they are not engaging']);
    await page.reload();
    await expectHeadingFocused(page, ne.checkAnswers);
    expect(await summaryRows(page)).toEqual(before);
  });

  test('text typed but not yet submitted survives a reload', async ({ page }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-TYPED');
    await answer(page, 'Yes', ne.evidence);
    await answer(page, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
    await waitForSaved(page);
    const saves = await saveCount(page);
    const field = page.getByLabel(ne.evidenceDetail);
    await field.pressSequentially('Typed, not submitted: ', { delay: 5 });
    await field.pressSequentially('<b>still here</b>');
    // The app saves unsubmitted text once typing pauses; wait for that save to be committed.
    await waitForSaved(page, { after: saves });
    await page.reload();
    await expectHeadingFocused(page, ne.evidenceDetail);
    await expect(page.getByLabel(ne.evidenceDetail)).toHaveValue('Typed, not submitted: <b>still here</b>');
    // Continue submits it as the answer, and it is still there on the way back.
    await proceed(page, ne.consider);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByLabel(ne.evidenceDetail)).toHaveValue('Typed, not submitted: <b>still here</b>');
  });

  test('after "Saved", a renderer crash loses nothing: the draft resumes from the home screen', async ({
    page,
    context,
  }) => {
    await answerSome(page, 'REF-CRASH');
    const draftId = draftIdOf(page);

    const crashed = page.waitForEvent('crash');
    await page.goto('chrome://crash').catch(() => {});
    await crashed;

    const fresh = await context.newPage();
    await openHome(fresh);
    const drafts = fresh.getByRole('table', { name: 'Journeys you have started on this device' });
    const row = drafts.getByRole('row').filter({ hasText: 'REF-CRASH' });
    await expect(row).toContainText(journeys.nonEngagement);
    await row.getByRole('link', { name: /^Resume/ }).click();
    await expectHeadingFocused(fresh, collusionQuestions[1]);
    expect(draftIdOf(fresh)).toBe(draftId);
    await expectAnswersFromAnswerSome(fresh);
  });

  test('a draft is listed on the home screen, and Delete asks first', async ({ page }) => {
    await answerSome(page, 'REF-LIST');
    const savedAt = (await page.locator('.journey-bar [role="status"]').textContent()) ?? '';
    await page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');

    const drafts = page.getByRole('table', { name: 'Journeys you have started on this device' });
    await expect(drafts.getByRole('columnheader')).toHaveText([
      'Journey',
      'Case reference',
      'Last saved',
      'Actions',
    ]);
    const row = drafts.getByRole('row').filter({ hasText: 'REF-LIST' });
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(journeys.nonEngagement);
    await expect(cells.nth(1)).toHaveText('REF-LIST');
    // Last saved, in the GOV.UK style: "22 November 2026 at 10:32 GMT", matching the journey's status.
    await expect(cells.nth(2)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} (GMT|BST)$/);
    const hourMinute = /at (\d{2}:\d{2})/.exec(savedAt)?.[1];
    expect(hourMinute).toBeTruthy();
    await expect(cells.nth(2)).toContainText(hourMinute!);
    await expectNoAxeViolations(page, 'home with a draft');

    // "No, keep it" keeps it.
    await row.getByRole('link', { name: /^Delete/ }).click();
    await expectHeadingFocused(page, 'Delete this draft?');
    await expect(page.locator('main')).toContainText(`${journeys.nonEngagement}, case reference REF-LIST`);
    await expect(
      page.getByText('Nothing of this draft will remain anywhere. It cannot be recovered.'),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'delete this draft?');
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await expect(row).toBeVisible();

    // "Yes, delete this draft" deletes it, and only it.
    await openHome(page);
    await expect(row).toBeVisible();
    await row.getByRole('link', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Yes, delete this draft' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await expect(page.getByText('No drafts in progress on this device.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No drafts in progress on this device.')).toBeVisible();
  });

  test('a corrupt draft is not forced open: its problems and saved answers are shown, and it is left unchanged', async ({
    page,
  }) => {
    // The corrupt draft is left by the previous version, unprotected; setting protection up seals it.
    await page.goto('/');
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Protect the information on this device',
    );
    const id = 'corrupt-draft-1';
    const record = {
      id,
      format: 1,
      journeyId: 'non-engagement',
      journeyVersion: 1,
      editions: [],
      caseReference: 'REF-CORRUPT',
      snapshot: {
        status: 'active',
        value: 'noSuchStep',
        historyValue: {},
        children: {},
        context: {
          answers: {
            age: { kind: 'choice', choice: 'yes' },
            evidence: { kind: 'choice', choice: 'evidence' },
            evidenceDetail: { kind: 'text', text: 'Evidence written before the draft broke' },
          },
          path: ['age', 'evidence', 'evidenceDetail', 'noSuchStep'],
          changing: null,
        },
      },
      pending: {},
      status: 'inProgress',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:30:00.000Z',
    };
    await putPlainDraft(page, record);

    await openHome(page);
    const sealed = await readStoredDraft(page, id);
    expect(JSON.stringify(sealed)).not.toContain('REF-CORRUPT');
    const row = page
      .getByRole('table', { name: 'Journeys you have started on this device' })
      .getByRole('row')
      .filter({ hasText: 'REF-CORRUPT' });
    // Saved long ago, so it is also marked as not changed since.
    await expect(row.getByRole('cell').nth(2)).toHaveText(
      '5 January 2026 at 09:30 GMT Not changed since 5 January 2026',
    );
    await row.getByRole('link', { name: /^Resume/ }).click();
    await expectHeadingFocused(page, 'This draft cannot be resumed');
    await expect(page.locator('main')).toContainText('case reference REF-CORRUPT');
    await expect(
      page.getByRole('listitem').filter({
        hasText: 'The step the draft was saved at ("noSuchStep") no longer exists in this journey.',
      }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: 'Some of the steps the draft went through no longer exist in this journey.' }),
    ).toBeVisible();
    await expect(page.getByText('Your saved answers have not been changed or deleted.')).toBeVisible();
    await expect(summaryValue(page, ne.age)).toHaveText('Yes');
    await expect(summaryValue(page, ne.evidence)).toHaveText(
      'I have evidence that non-engagement increases risk',
    );
    await expect(summaryValue(page, ne.evidenceDetail)).toHaveText('Evidence written before the draft broke');
    await expectNoAxeViolations(page, 'this draft cannot be resumed');

    // Nothing was written: the stored record is exactly what setup sealed from what was put there.
    expect(await readStoredDraft(page, id)).toEqual(sealed);
    await page.getByRole('button', { name: 'Return to the home screen' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    expect(await readStoredDraft(page, id)).toEqual(sealed);
  });

  test('markup typed as evidence is shown as text and never run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)> and <script>alert(1)</script>';
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, '<b>REF-XSS</b>');
    await expect(page.locator('.journey-bar__reference strong')).toHaveText('<b>REF-XSS</b>');
    await answer(page, 'Yes', ne.evidence);
    await answer(page, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
    await page.getByLabel(ne.evidenceDetail).fill(markup);
    await proceed(page, ne.consider);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByLabel(ne.evidenceDetail)).toHaveValue(markup);
    await proceed(page, ne.consider);
    await continueToCheckAnswersFromConsider(page);

    await expect(summaryValue(page, ne.evidenceDetail)).toHaveText(markup);
    await expect(summaryValue(page, 'Case reference')).toHaveText('<b>REF-XSS</b>');
    await expect(page.locator('main img, main script, main b')).toHaveCount(0);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expect(page.locator('h1')).toHaveText(ne.complete);
    await expect(summaryValue(page, ne.evidenceDetail)).toHaveText(markup);
    await expect(page.locator('main img, main script, main b')).toHaveCount(0);
    await page.getByRole('button', { name: 'Return to the home screen' }).click();
    await expect(page.getByRole('table', { name: 'Journeys finished on this device' })).toContainText(
      '<b>REF-XSS</b>',
    );
    await expect(page.locator('main b')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
