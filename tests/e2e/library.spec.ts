// The guidance library as a worker uses it: opened from the home screen, searched, a result opened at
// its section; a citation followed from a journey step, check answers or a signed record and the way
// straight back to the same step with the same answers, or to the record; and all of it with no signal
// after one visit.
import type { Page } from '@playwright/test';
import {
  activate,
  answer,
  collusionQuestions,
  completeCollusion,
  draftIdOf,
  expect,
  expectHeadingFocused,
  expectNoAxeViolations,
  fillSigner,
  finishWithoutConcerns,
  journeys,
  ne,
  openHome,
  sign,
  startJourney,
  test,
  typeInto,
  waitForActivatedServiceWorker,
  waitForSaved,
} from './helpers';

/** The heading of a library section is focused and on screen. */
async function expectSectionShown(page: Page, heading: string | RegExp): Promise<void> {
  const focused = page.locator(':focus');
  await expect(focused).toHaveText(heading);
  await expect(focused).toBeInViewport();
}

test.describe('guidance library', () => {
  test('opens from the home screen, searches all five documents and opens a result at its section', async ({
    page,
  }) => {
    await openHome(page);
    await activate(page, page.getByRole('link', { name: 'Guidance library', exact: true }));
    await expectHeadingFocused(page, 'Guidance library');
    for (const title of [
      'Non-engagement flowchart: individual/family is not engaging with services',
      'Solihull Local Practice Guidance No 15, Thresholds',
      'Hampshire and Isle of Wight four Safeguarding Adults Boards, Multi-Agency Risk Management Framework',
      'Solihull Safeguarding Adults Board, Structured Partnership Approach guidance',
      'Learning from a single agency review: the case of Peter',
    ]) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    await expectNoAxeViolations(page, 'library');

    await typeInto(page, page.getByLabel('Search all five documents'), 'gatekeeper');
    await expect(page.getByRole('status')).toHaveText('1 section matches “gatekeeper”');
    const result = page.locator('.search-results__item').first();
    await expect(result.getByRole('link')).toHaveText('Non-engagement flowchart: Concerns/Issues Raised');
    // The matching word is shown, marked, in its words from the guidance.
    await expect(result.locator('mark')).toHaveText(['gatekeeper']);
    await expect(result.locator('.search-results__excerpt')).toContainText('Family acting as a gatekeeper?');
    await expectNoAxeViolations(page, 'library search results');

    // A search across documents: words from the thresholds guidance and the framework.
    await page.getByLabel('Search all five documents').fill('defensible');
    const headings = await page.locator('.search-results__link').allTextContents();
    expect(headings).toContain('Multi-agency risk management framework: 6.3');
    expect(headings).toContain('Structured partnership approach: 3.6 Ensuring effective record keeping');

    await activate(page, page.getByRole('link', { name: 'Multi-agency risk management framework: 6.3' }));
    await expect(page).toHaveURL(/#\/guidance\/risk-management\/s6-3/);
    await expectSectionShown(page, '6.3');
    await expect(page.locator('#g-s6-3')).toContainText('A defensible decision is one where:');
    await expectNoAxeViolations(page, 'framework document');

    // Back returns to the results as they were.
    await page.goBack();
    await expect(page.getByLabel('Search all five documents')).toHaveValue('defensible');
    await expect(
      page.getByRole('link', { name: 'Multi-agency risk management framework: 6.3' }),
    ).toBeVisible();
  });

  test('shows tables as tables, repairs as repairs and what cannot be read as missing', async ({ page }) => {
    await page.goto('/#/guidance/thresholds/s15-3');
    await expectSectionShown(page, '15.3 Safeguarding Adults Threshold');
    const matrix = page.getByRole('table', { name: 'Safeguarding Adults Threshold' });
    await expect(matrix.getByRole('columnheader')).toHaveText([
      'Questions',
      'Possible NOT safeguarding at this stage',
      'Possibly Safeguarding',
      'Definitely Safeguarding',
    ]);
    const often = matrix
      .getByRole('row')
      .filter({ hasText: '2. How often has the actual/risk of abuse or harm occurred?' });
    await expect(often.getByRole('cell').nth(0)).toContainText('Cannot be read in this copy.');
    await expect(often.getByRole('cell').nth(1)).toContainText('This cell is empty in the copy.');
    await expect(often.getByRole('cell').nth(2)).toHaveText(
      'Occurred regularly OR many times indicating a pattern/trend OR risk is considered probable',
    );
    await expect(
      page.getByRole('table', { name: 'Examples of each level, by type of abuse' }).getByRole('row'),
    ).toHaveCount(12);
    await expect(page.getByText('Repaired: the copy reads “Poss i ble”', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page, 'thresholds document');

    await page.goto('/#/guidance/risk-management/appendix-c');
    await expectSectionShown(page, /^Appendix C: Example of a process for managing high risk cases/);
    await expect(
      page
        .getByRole('table', { name: 'Example of a process for managing high risk cases' })
        .getByRole('rowheader'),
    ).toHaveText(['a) High risk cases', 'Managing refusal or disengagement from support']);
  });

  test('a citation opens its section, and the way back returns to the same step with the same answers', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-LIBRARY-1');
    await answer(page, 'Yes', ne.evidence);
    await answer(page, 'I am concerned just because they are not engaging', ne.consider);
    await waitForSaved(page);
    const draftId = draftIdOf(page);

    await activate(
      page,
      page.locator('.source').getByRole('link', { name: 'Non-engagement flowchart, Consider' }),
    );
    await expect(page).toHaveURL(/#\/guidance\/non-engagement\?cite=Consider/);
    await expectSectionShown(page, 'Consider');
    await expect(page.locator('#g-consider')).toContainText('Do I feel at risk?');
    await expectNoAxeViolations(page, 'cited section');

    await activate(page, page.getByRole('link', { name: 'Back to your journey' }));
    await expectHeadingFocused(page, ne.consider);
    expect(draftIdOf(page)).toBe(draftId);
    await expect(page.locator('.journey-bar__reference')).toContainText('REF-LIBRARY-1');
    // The answers before it are as they were.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(ne.evidence);
    await expect(
      page.getByRole('radio', { name: 'I am concerned just because they are not engaging' }),
    ).toBeChecked();
  });

  test('every source on check answers is a link to its section, with the way back to check answers', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-LIBRARY-2');
    await answer(page, 'Yes', ne.evidence);
    await finishWithoutConcerns(page);
    await expect(page.locator('h1')).toHaveText(ne.checkAnswers);
    const evidenceRow = page
      .locator('.summary-list__row')
      .filter({ has: page.locator('.summary-list__key', { hasText: ne.evidence }) });
    const link = evidenceRow.locator('.source').getByRole('link');
    await expect(link).toHaveText(
      'Non-engagement flowchart, Individual/Family is not engaging with services',
    );
    await activate(page, link);
    await expectSectionShown(page, 'Individual/Family is not engaging with services');
    await expect(page.locator('#g-not-engaging')).toContainText(ne.evidence);
    await activate(page, page.getByRole('link', { name: 'Back to your journey' }));
    await expectHeadingFocused(page, ne.checkAnswers);
    await expect(evidenceRow.locator('.summary-list__line').first()).toHaveText(
      'I am concerned just because they are not engaging',
    );
  });

  test('every source in a signed record is a link to its section, with the way back to the record', async ({
    page,
  }) => {
    await completeCollusion(page, 'REF-LIBRARY-3');
    await fillSigner(page);
    const recordId = await sign(page);
    const row = page
      .locator('.record-document .summary-list__row')
      .filter({ has: page.locator('.summary-list__key', { hasText: collusionQuestions[0] }) });
    const link = row.locator('.source').getByRole('link');
    await expect(link).toHaveText('Non-engagement flowchart, Am I colluding? (overleaf)');
    await activate(page, link);
    await expect(page).toHaveURL(/#\/guidance\/non-engagement\?cite=/);
    await expectSectionShown(page, 'Am I colluding?');
    await expect(page.locator('#g-colluding')).toContainText(
      'Am I colluding to avoid conflict i.e. taking the word of a family member rather than speaking to the vulnerable adult themselves?',
    );
    await activate(page, page.getByRole('link', { name: 'Back to the record' }));
    await expectHeadingFocused(page, 'Decision record');
    expect(page.url()).toContain(`#/record/${recordId}`);
    // The record's own list of the guidance it used links each section too.
    await expect(
      page.locator('.record-document').getByRole('link', { name: 'Am I colluding? (overleaf)', exact: true }),
    ).toBeVisible();
  });

  test('works with no signal after one visit', async ({ page, context }) => {
    await openHome(page);
    await waitForActivatedServiceWorker(page);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await context.setOffline(true);
    await page.goto('/#/guidance');
    await expectHeadingFocused(page, 'Guidance library');
    await typeInto(page, page.getByLabel('Search all five documents'), 'Peter');
    await activate(page, page.getByRole('link', { name: 'Single agency review: Peter: Peter', exact: true }));
    await expectSectionShown(page, 'Peter');
    await expect(page.locator('#g-peter')).toContainText('Peter a man in his early fifties');
  });
});
