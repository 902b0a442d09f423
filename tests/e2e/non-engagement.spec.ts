// The non-engagement journey as a worker uses it: by keyboard, with Back, branches and Change links.
import {
  activate,
  answer,
  chooseRadio,
  collusionNo,
  collusionQuestions,
  continueByKeyboard,
  discussOutcome,
  expect,
  expectHeadingFocused,
  expectNoAxeViolations,
  finishWithoutConcerns,
  journeys,
  ne,
  noSignsOutcome,
  openHome,
  proceed,
  setChecklistStatus,
  startJourney,
  summaryRows,
  summaryValue,
  tabTo,
  test,
  toggleCheckbox,
  typeInto,
  waitForSaved,
} from './helpers';

const evidenceText = 'Missed four home visits since March; neighbour reports no heating (REF-KB-1).';

test.describe('non-engagement journey', () => {
  test('the whole journey by keyboard only, with an axe check and focus on the heading on every screen', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Every new screen: focus is on its h1, axe finds nothing, and the last answer is committed.
    const arrive = async (heading: string) => {
      await expectHeadingFocused(page, heading);
      await waitForSaved(page);
      await expectNoAxeViolations(page, heading);
    };

    await openHome(page);
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await expectNoAxeViolations(page, 'home');
    await startJourney(page, journeys.nonEngagement, 'REF-KB-1', {
      onReferenceScreen: () => expectNoAxeViolations(page, 'case reference'),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Saved on this device at' })).toBeVisible();
    await arrive(ne.age);

    await chooseRadio(page, 'Yes');
    await arrive(ne.evidence);

    await chooseRadio(page, 'I have evidence that non-engagement increases risk');
    await arrive(ne.evidenceDetail);
    await typeInto(page, page.getByLabel(ne.evidenceDetail), evidenceText);
    await continueByKeyboard(page);
    await arrive(ne.consider);
    await expect(page.getByRole('listitem').filter({ hasText: 'Am I colluding?' })).toBeVisible();

    // A guidance page's Continue is a button: Space activates it as well as Enter.
    await activate(page, page.getByRole('button', { name: 'Continue' }), 'Space');
    // The self-check: "Yes" to the first question only.
    for (let index = 0; index < collusionQuestions.length; index += 1) {
      await arrive(collusionQuestions[index]);
      await chooseRadio(page, index === 0 ? 'Yes' : collusionNo[index]);
    }
    await arrive(discussOutcome);
    await expect(page.getByText('Outcome', { exact: true })).toBeVisible();
    const flagged = page.locator('.findings li');
    await expect(flagged).toHaveCount(1);
    await expect(flagged).toContainText(collusionQuestions[0]);
    await expect(flagged.locator('strong')).toHaveText('Yes');
    await continueByKeyboard(page);

    await arrive(ne.feelAtRisk);
    await expect(page.getByText('"See overleaf for explanation"')).toBeVisible();
    await chooseRadio(page, 'Yes');
    await arrive(ne.atRisk);
    // The overleaf explanation is missing from the source: the page says so where the worker can see it.
    const note = page.locator('.inset--reconstructed');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Not the guidance’s own words.');
    await expect(note).toContainText('is printed overleaf and is missing from this copy');
    await expect(page.getByText('Follow your own organisation’s lone-working policy.')).toBeVisible();
    await continueByKeyboard(page);

    await arrive(ne.strategies);
    await expect(page.getByText('DO NOT CLOSE CASE')).toBeVisible();
    await setChecklistStatus(page, 'Calls', 'Done');
    await typeInto(page, page.getByLabel('Note on “Calls” (optional)'), 'Three calls, no answer');
    await setChecklistStatus(page, 'Home Visits / Joint Visit', 'Planned');
    await setChecklistStatus(page, 'Letters', 'Not appropriate');
    await continueByKeyboard(page);

    await arrive(ne.concerns);
    await toggleCheckbox(page, 'MCA');
    await toggleCheckbox(page, 'Family acting as a gatekeeper?');
    await continueByKeyboard(page);

    await arrive(ne.concernPointers);
    const gatekeeper = page
      .locator('section.pointer')
      .filter({ has: page.getByRole('heading', { name: 'Family acting as a gatekeeper' }) });
    await expect(gatekeeper).toContainText(
      "is not negated by a third party's refusal to grant access to the adult",
    );
    await expect(gatekeeper).toContainText('§3.3');
    const mca = page
      .locator('section.pointer')
      .filter({ has: page.getByRole('heading', { name: 'MCA: Mental Capacity Act and Best Interests' }) });
    await expect(mca).toContainText('staff should always consider');
    await expect(mca.getByRole('listitem')).toHaveCount(9);
    await expect(mca).toContainText('Is it likely that the person may regain mental capacity in the future');
    // Only the concerns chosen are pointed to.
    await expect(page.locator('section.pointer')).toHaveCount(2);
    await continueByKeyboard(page);

    await arrive(ne.nextSteps);
    await setChecklistStatus(page, 'Do not close the case', 'Done');
    await setChecklistStatus(page, 'Discuss with Line manager', 'Planned');
    await typeInto(
      page,
      page.getByLabel('Note on “Discuss with Line manager” (optional)'),
      'Supervision on Friday',
    );
    await continueByKeyboard(page);

    await arrive(ne.inaction);
    await expect(page.getByText('Risk to Worker: Dismissal, Disciplinary action')).toBeVisible();
    await continueByKeyboard(page);

    await arrive(ne.closing);
    await chooseRadio(page, 'Yes');
    await arrive(ne.closingRiskAssessment);
    await chooseRadio(page, 'No');
    await arrive(ne.closingAgencyCheck);
    await chooseRadio(page, 'Yes');

    await arrive(ne.doNotClose);
    await expect(page.locator('.warning-text')).toContainText('Do not close the case');
    const missing = page.locator('.findings li');
    await expect(missing).toHaveCount(1);
    await expect(missing).toContainText(ne.closingRiskAssessment);
    await continueByKeyboard(page);

    await arrive(ne.dataProtection);
    await expect(
      page.getByText('You are allowed to share information about clients in a safeguarding situation.'),
    ).toBeVisible();
    await continueByKeyboard(page);

    await arrive(ne.checkAnswers);
    const strategyLines = [
      'Calls: Done (note: Three calls, no answer)',
      'Home Visits / Joint Visit: Planned',
      'Letters: Not appropriate',
      'Appointments: No status',
      'Other agencies: No status',
      'GP Contact: No status',
      'Trusted Family Member: No status',
      "Carer's assessment: No status",
      'Line Manager Discussion: No status',
      'Safeguarding Link: No status',
      'Take action: No status',
    ].join('\n');
    const nextStepLines = [
      'Do not close the case: Done',
      'Discuss with Line manager: Planned (note: Supervision on Friday)',
      'Risk Assessment: No status',
      'Consider Mental Health Assessment: No status',
      'Consider Mental Capacity assessment: No status',
      'Seriously consider a face to face Multi-Agency Strategy or Risk Assessment Meeting* and communicate the outcomes to other relevant agencies: No status',
      'Do not assume that someone else is doing something - communicate: No status',
      'Legal advice: No status',
      'Seek Advice from partner agencies: No status',
      'Safeguarding Alert?: No status',
    ].join('\n');
    const expectedRows: Array<[string, string]> = [
      ['Case reference', 'REF-KB-1'],
      [ne.age, 'Yes'],
      [ne.evidence, 'I have evidence that non-engagement increases risk'],
      [ne.evidenceDetail, evidenceText],
      [collusionQuestions[0], 'Yes'],
      ...collusionQuestions
        .slice(1)
        .map((question, index): [string, string] => [question, collusionNo[index + 1]]),
      ['Outcome', discussOutcome],
      [ne.feelAtRisk, 'Yes'],
      [ne.strategies, strategyLines],
      [ne.concerns, 'MCA\nFamily acting as a gatekeeper?'],
      [ne.nextSteps, nextStepLines],
      [ne.closing, 'Yes'],
      [ne.closingRiskAssessment, 'No'],
      [ne.closingAgencyCheck, 'Yes'],
      ['Outcome', ne.doNotClose],
    ];
    expect(await summaryRows(page)).toEqual(expectedRows);
    // Every answer can be changed, and each Change link names its question for a screen reader.
    await expect(page.getByRole('button', { name: `Change ${ne.feelAtRisk}` })).toBeVisible();

    await activate(page, page.getByRole('button', { name: 'Confirm and finish' }));
    await expectHeadingFocused(page, ne.complete);
    await waitForSaved(page);
    await expectNoAxeViolations(page, ne.complete);
    await expect(page.locator('.panel')).toContainText(journeys.nonEngagement);
    await expect(page.locator('.panel')).toContainText('Case reference: REF-KB-1');
    expect(await summaryRows(page)).toEqual(expectedRows);
    // A finished journey has nothing to go back to.
    await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);

    await activate(page, page.getByRole('button', { name: 'Return to the home screen' }));
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    const completed = page.getByRole('table', { name: 'Journeys finished on this device' });
    await expect(completed.getByRole('row').filter({ hasText: 'REF-KB-1' })).toBeVisible();
    await expect(page.getByText('No drafts in progress on this device.')).toBeVisible();
    await expectNoAxeViolations(page, 'home with a completed journey');
  });

  test('for a person under 18 the app says plainly that this guidance does not cover them', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-U18');
    await expectHeadingFocused(page, ne.age);
    await chooseRadio(page, 'No');
    await expectHeadingFocused(page, ne.under18);
    await expect(page.getByText('Outcome', { exact: true })).toBeVisible();
    await expect(
      page.getByText('This guidance applies to adults aged 18 or over.', { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByText('This guidance does not cover a person under 18.', { exact: true }),
    ).toBeVisible();
    // That sentence is the app's, and says so; nothing points to procedures the flowchart does not name.
    await expect(page.locator('main')).toContainText('are the app’s wording');
    await expect(page.locator('main')).not.toContainText('children’s safeguarding');
    await expectNoAxeViolations(page, ne.under18);
    await continueByKeyboard(page);
    await expectHeadingFocused(page, ne.checkAnswers);
    expect(await summaryRows(page)).toEqual([
      ['Case reference', 'REF-U18'],
      [ne.age, 'No'],
      ['Outcome', ne.under18],
    ]);
    await activate(page, page.getByRole('button', { name: 'Confirm and finish' }));
    await expectHeadingFocused(page, ne.complete);
  });

  test('a required answer left empty shows the error summary, which leads to the first option', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-ERR');
    await expectHeadingFocused(page, ne.age);

    await continueByKeyboard(page);
    const summary = page.locator('.error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('There is a problem');
    // The message is beside the field as well, with its hidden "Error:" prefix.
    await expect(page.locator('#age-error')).toHaveText('Error: Select yes if the adult is aged 18 or over');
    await expect(page.locator('h1')).toHaveText(ne.age);
    await expectNoAxeViolations(page, 'age, with an error');

    const link = summary.getByRole('link', { name: 'Select yes if the adult is aged 18 or over' });
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
    // Nothing was answered, so the journey did not move on.
    await expect(page.locator('h1')).toHaveText(ne.age);

    // Choosing with the error still shown keeps focus on the radios (the summary must not take it back).
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'No' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeFocused();

    // The error clears once answered, and the same holds for required text.
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, ne.evidence);
    await expect(page.locator('.error-summary')).toHaveCount(0);
    await chooseRadio(page, 'I have evidence that non-engagement increases risk');
    await expectHeadingFocused(page, ne.evidenceDetail);
    await continueByKeyboard(page);
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Write down your evidence that non-engagement increases risk');
    await expectNoAxeViolations(page, 'evidence detail, with an error');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const field = page.getByLabel(ne.evidenceDetail);
    await expect(field).toBeFocused();
    // Every character typed lands in the field: focus stays there while the error is still shown.
    await page.keyboard.type('Evidence typed after the error', { delay: 20 });
    await expect(field).toHaveValue('Evidence typed after the error');
    await expect(field).toBeFocused();
    await continueByKeyboard(page);
    await expectHeadingFocused(page, ne.consider);
  });

  test('Back and the browser’s Back button each go exactly one step back, keeping the answer', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-BACK');
    await answer(page, 'Yes', ne.evidence);
    await answer(page, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
    await page.getByLabel(ne.evidenceDetail).fill(evidenceText);
    await proceed(page, ne.consider);
    await proceed(page, collusionQuestions[0]);
    await answer(page, "I'm not sure", collusionQuestions[1]);

    // The on-screen Back link, by keyboard.
    await tabTo(page, page.getByRole('button', { name: 'Back', exact: true }), { backwards: true });
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, collusionQuestions[0]);
    await expect(page.getByRole('radio', { name: "I'm not sure" })).toBeChecked();

    // The browser's Back button.
    await page.goBack();
    await expectHeadingFocused(page, ne.consider);
    await page.goBack();
    await expectHeadingFocused(page, ne.evidenceDetail);
    await expect(page.getByLabel(ne.evidenceDetail)).toHaveValue(evidenceText);

    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectHeadingFocused(page, ne.evidence);
    await expect(
      page.getByRole('radio', { name: 'I have evidence that non-engagement increases risk' }),
    ).toBeChecked();

    await page.goBack();
    await expectHeadingFocused(page, ne.age);
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(page.locator('.journey-bar__reference')).toContainText('REF-BACK');

    // Forward again from the kept answers: nothing has to be given twice.
    await proceed(page, ne.evidence);
    await proceed(page, ne.evidenceDetail);
    await expect(page.getByLabel(ne.evidenceDetail)).toHaveValue(evidenceText);
    await proceed(page, ne.consider);
    await proceed(page, collusionQuestions[0]);
    await expect(page.getByRole('radio', { name: "I'm not sure" })).toBeChecked();

    // At the first question, Back leaves the journey for the home screen; the draft is kept.
    for (let steps = 0; steps < 4; steps += 1)
      await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectHeadingFocused(page, ne.age);
    await page.getByRole('button', { name: 'Back to the home screen' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await expect(page.getByRole('table', { name: 'Journeys you have started on this device' })).toContainText(
      'REF-BACK',
    );
  });

  test('after going back and taking another branch, check answers holds only the answers on that path', async ({
    page,
  }) => {
    const abandoned = 'EVIDENCE-ON-ABANDONED-BRANCH';
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-BRANCH');
    await answer(page, 'Yes', ne.evidence);
    await answer(page, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
    await page.getByLabel(ne.evidenceDetail).fill(abandoned);
    await proceed(page, ne.consider);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(ne.evidenceDetail);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(ne.evidence);

    await finishWithoutConcerns(page, 'I am concerned just because they are not engaging');
    await expect(summaryValue(page, ne.evidence)).toHaveText(
      'I am concerned just because they are not engaging',
    );
    await expect(page.locator('main')).not.toContainText(abandoned);
    await expect(page.locator('main')).not.toContainText(ne.evidenceDetail);
    expect(await summaryRows(page)).toEqual([
      ['Case reference', 'REF-BRANCH'],
      [ne.age, 'Yes'],
      [ne.evidence, 'I am concerned just because they are not engaging'],
      ...collusionQuestions.map((question, index): [string, string] => [question, collusionNo[index]]),
      ['Outcome', noSignsOutcome],
      [ne.feelAtRisk, 'No'],
      [ne.strategies, expect.stringContaining('Calls: No status') as unknown as string],
      [ne.concerns, 'None of these'],
      [ne.nextSteps, expect.stringContaining('Do not close the case: No status') as unknown as string],
      [ne.closing, 'No'],
    ]);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expect(page.locator('h1')).toHaveText(ne.complete);
    await expect(page.locator('main')).not.toContainText(abandoned);
  });

  test('a Change link goes to its question and returns to check answers without asking the later questions again', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-CHANGE');
    await answer(page, 'Yes', ne.evidence);
    await finishWithoutConcerns(page);
    await expect(summaryValue(page, collusionQuestions[0])).toHaveText('No');

    // Change the first self-check question from No to Yes.
    await activate(page, page.getByRole('button', { name: `Change ${collusionQuestions[0]}` }));
    await expectHeadingFocused(page, collusionQuestions[0]);
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await chooseRadio(page, 'Yes');
    // The outcome the change affects is shown; the other five questions are not asked again.
    await expectHeadingFocused(page, discussOutcome);
    await expect(page.locator('.findings li')).toHaveCount(1);
    await expect(page.locator('.findings li')).toContainText(collusionQuestions[0]);
    await continueByKeyboard(page);
    await expectHeadingFocused(page, ne.checkAnswers);
    await expect(summaryValue(page, collusionQuestions[0])).toHaveText('Yes');
    await expect(summaryValue(page, collusionQuestions[1])).toHaveText('No');
    const outcomes = page
      .locator('.summary-list__row')
      .filter({ has: page.locator('.summary-list__key', { hasText: /^Outcome$/ }) });
    await expect(outcomes).toHaveText([new RegExp(discussOutcome)]);
    await expect(summaryValue(page, ne.closing)).toHaveText('No');

    // A change that opens questions not yet answered asks only those.
    await page.getByRole('button', { name: `Change ${ne.closing}` }).click();
    await expect(page.locator('h1')).toHaveText(ne.closing);
    await answer(page, 'Yes', ne.closingRiskAssessment);
    await answer(page, 'Yes', ne.closingAgencyCheck);
    await answer(page, 'Yes', ne.closingChecksDone);
    // The flowchart's "DO NOT CLOSE CASE" has no condition: it stands after the checks too.
    await expect(page.locator('main .warning-text__text')).toHaveText('Warning: DO NOT CLOSE CASE');
    await proceed(page, ne.checkAnswers);
    await expect(summaryValue(page, ne.closing)).toHaveText('Yes');
    await expect(summaryValue(page, ne.closingRiskAssessment)).toHaveText('Yes');
    await expect(summaryValue(page, ne.closingAgencyCheck)).toHaveText('Yes');
    await expect(outcomes).toHaveText([new RegExp(discussOutcome), new RegExp(ne.closingChecksDone)]);
    await expect(summaryValue(page, ne.age)).toHaveText('Yes');
    await expect(summaryValue(page, ne.concerns)).toHaveText('None of these');
  });

  test('a change that leads to guidance not seen before shows that guidance', async ({ page }) => {
    await openHome(page);
    await startJourney(page, journeys.nonEngagement, 'REF-CHANGE-INFO');
    await answer(page, 'Yes', ne.evidence);
    await finishWithoutConcerns(page);
    await page.getByRole('button', { name: `Change ${ne.feelAtRisk}` }).click();
    await expect(page.locator('h1')).toHaveText(ne.feelAtRisk);
    await page.getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    // "If you feel at risk" was never shown on this route, so it should be now.
    await expect(page.locator('h1')).not.toHaveText(ne.feelAtRisk);
    await expect(page.locator('h1')).toHaveText(ne.atRisk, { timeout: 1_000 });
  });
});
