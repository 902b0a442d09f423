// The threshold decision ("Should this concern go through safeguarding adults procedures?") as a worker
// uses it: every outcome band by keyboard, the examples for the types selected, the answers that cannot
// be skipped, a decision against the matrix, drafts that survive a reload and a lost signal, the
// hand-over from the non-engagement journey, and the examples browser.
import type { Locator, Page } from '@playwright/test';
import { abuseTypes, thresholdExamples } from '../../content/thresholds';
import {
  activate,
  answer,
  chooseRadio,
  collusionNo,
  collusionQuestions,
  continueByKeyboard,
  draftIdOf,
  expect,
  expectHeadingFocused,
  expectNoAxeViolations,
  journeys,
  ne,
  noSignsOutcome,
  openHome,
  proceed,
  saveCount,
  startJourney,
  test,
  toggleCheckbox,
  typeInto,
  waitForSaved,
  ratingLabels as levels,
} from './helpers';

const thresholdJourney = 'Should this concern go through safeguarding adults procedures?';

/** The screens of the threshold journey, by their headings as shown. */
const th = {
  abuseTypes: 'What type or types of abuse does the concern present?',
  factors: 'Identifying the following will assist the decision making process:',
  crime: 'Has a crime been committed against the adult at risk?',
  seriousness:
    'How serious was the harm or abuse/risk of harm or abuse or what was the potential consequence?',
  frequency: 'How often has the actual/risk of abuse or harm occurred?',
  exposure: 'How many were exposed or could have been exposed to the harm or abuse?',
  recurrence: 'Likelihood of the abuse or harm from recurring?',
  outcomeRed: 'ONE OR MORE RED: SAFEGUARDING MAKE A REFERRAL',
  outcomeAmberMany: 'MORE THAN TWO AMBER: SAFEGUARDING MAKE AN ALERT/REFERRAL',
  outcomeAllGreen: 'ALL GREEN: NOT SAFEGUARDING BUT RAISE AN ALERT',
  outcomeUndecided: 'The threshold matrix does not decide this: use your professional judgement',
  decision: 'Are you making a Safeguarding Adults alert?',
  reasons: 'What are the reasons for your decision?',
  againstReason: 'Why is your decision different from the outcome of the threshold matrix?',
  crimeSeriousness: 'A crime may have been committed: confirm your answer to question 1',
  ifInDoubtNoAlert:
    'Why are you not following the guidance’s first "If in doubt" step: Initiate Safeguarding Adults Procedures with a Safeguarding Adults Alert?',
  seniorManagerReason:
    'Why have you not followed the guidance’s "If in doubt" step: Discuss with senior manager?',
  discussedWith: 'Who have you discussed this decision with?',
  discussionDetails: 'When did you discuss it, and with whom?',
  otherProcesses: 'Which other processes will you use to address the concern?',
  checkAnswers: 'Check your answers',
  complete: 'Journey complete',
} as const;

type Level = 'green' | 'amber' | 'red';
type Ratings = [Level, Level, Level, Level];
const ratingSteps = ['seriousness', 'frequency', 'exposure', 'recurrence'] as const;

const decisionMade = 'Yes, I am making a Safeguarding Adults alert';
const decisionNotMade = 'No, I am not making an alert';
const crimeHeading = 'A crime may have been committed';
const doingNothing = 'DOING NOTHING IS NOT AN OPTION';
const notOwnWords = 'Not the guidance’s own words.';
const physicalGreenExample =
  'Staff causing no harm – e.g. friction mark on skin due to ill-fitting hoist sling.';
const financialGreenExample = 'Inadequate financial records';

/** The value shown for a question on check answers or the complete screen, matched by its exact key. */
function valueFor(page: Page, key: string): Locator {
  return page
    .locator('.summary-list__row')
    .filter({ has: page.locator('.summary-list__key').getByText(key, { exact: true }) })
    .locator('.summary-list__value');
}

/** Each answer on check answers or the complete screen: one line each, or the lines of a multi-part answer. */
async function expectValues(
  page: Page,
  expected: Array<[string, string | RegExp | string[]]>,
): Promise<void> {
  for (const [key, value] of expected) {
    if (Array.isArray(value))
      await expect(valueFor(page, key).locator('.summary-list__line')).toHaveText(value);
    else await expect(valueFor(page, key)).toHaveText(value);
  }
}

/** The error summary of a form whose submit failed, with its one message. */
async function expectErrorSummary(page: Page, message: string): Promise<void> {
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('alert')).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: message })).toBeVisible();
  await expect(summary).toBeFocused();
  // The same message beside the field, for those who do not start from the summary.
  await expect(page.locator('.error-message')).toContainText(message);
}

/** Waits until the service worker has installed (everything precached), is activated and controls the page. */
async function waitForControllingServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
      message: 'the service worker is activated',
      timeout: 30_000,
    })
    .toBe('activated');
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), {
      message: 'the service worker controls the page',
    })
    .toBe('activated');
}

// ---- Quick steps (mouse-free assertions, but clicks allowed) for tests that are not about the keyboard ----

async function startThresholds(page: Page, caseReference: string): Promise<void> {
  await openHome(page);
  await page.getByRole('link', { name: thresholdJourney, exact: true }).click();
  await page.getByLabel('What is the case reference?').fill(caseReference);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('h1')).toHaveText(th.abuseTypes);
  await expect(page.locator('.journey-bar__reference')).toContainText(caseReference);
}

/** From the abuse types question to the outcome, with the given types, crime answer and ratings. */
async function quickToOutcome(
  page: Page,
  types: string[],
  crime: string,
  ratings: Ratings,
  outcome: string,
): Promise<void> {
  await expect(page.locator('h1')).toHaveText(th.abuseTypes);
  for (const type of types) await page.getByRole('checkbox', { name: type, exact: true }).check();
  await proceed(page, th.factors);
  await proceed(page, th.crime);
  await answer(page, crime, th.seriousness);
  // A possible crime with question 1 below red is confirmed with a reason before question 2.
  const confirmCrime = crime !== 'No' && ratings[0] !== 'red';
  for (const [index, step] of ratingSteps.entries()) {
    const next =
      index === 0 && confirmCrime ? th.crimeSeriousness : index < 3 ? th[ratingSteps[index + 1]] : outcome;
    await answer(page, levels[step][ratings[index]], next);
    if (index === 0 && confirmCrime) {
      await page
        .getByLabel(th.crimeSeriousness)
        .fill('No criminal act is alleged against the adult beyond what question 1 describes.');
      await proceed(page, th.frequency);
    }
  }
}

test.describe('threshold decision', () => {
  test.describe('each outcome band, by keyboard only, axe-clean on every screen', () => {
    /** Every new screen: focus is on its h1, the last answer is committed, and axe finds nothing. */
    const arrive = async (page: Page, heading: string) => {
      await expectHeadingFocused(page, heading);
      await waitForSaved(page);
      await expectNoAxeViolations(page, heading);
    };

    /** From the home screen to the first question, and through the types, factors, crime and ratings. */
    async function keyboardToOutcome(
      page: Page,
      route: {
        reference: string;
        types: string[];
        factorNote?: [string, string];
        crime: string;
        ratings: Ratings;
        outcome: string;
      },
    ): Promise<void> {
      await openHome(page);
      await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
      await expectNoAxeViolations(page, 'home');
      await startJourney(page, thresholdJourney, route.reference, {
        onReferenceScreen: () => expectNoAxeViolations(page, 'case reference'),
      });
      await arrive(page, th.abuseTypes);
      // Continue with nothing ticked is refused.
      await continueByKeyboard(page);
      await expectErrorSummary(page, 'Select the type or types of abuse');
      await expect(page.locator('h1')).toHaveText(th.abuseTypes);
      await expectNoAxeViolations(page, `${th.abuseTypes} (error)`);
      for (const type of route.types) await toggleCheckbox(page, type);
      await continueByKeyboard(page);

      await arrive(page, th.factors);
      if (route.factorNote)
        await typeInto(page, page.getByLabel(route.factorNote[0], { exact: true }), route.factorNote[1]);
      await continueByKeyboard(page);

      await arrive(page, th.crime);
      await chooseRadio(page, route.crime);

      for (const [index, step] of ratingSteps.entries()) {
        await arrive(page, th[step]);
        await expect(page.getByText(`Question ${index + 1} of 4.`, { exact: false })).toBeVisible();
        await chooseRadio(page, levels[step][route.ratings[index]]);
      }
      await arrive(page, route.outcome);
      await expect(page.getByText('Outcome', { exact: true })).toBeVisible();
      // The four ratings that gave the outcome are listed on it.
      const ratingsShown = page.locator('.findings li');
      await expect(ratingsShown).toHaveCount(4);
      for (const [index, step] of ratingSteps.entries()) {
        await expect(ratingsShown.nth(index)).toContainText(th[step]);
        await expect(ratingsShown.nth(index).locator('strong')).toHaveText(
          levels[step][route.ratings[index]],
        );
      }
    }

    /** Check answers, then Confirm and finish, then the complete screen, by keyboard. */
    async function keyboardFinish(
      page: Page,
      reference: string,
      expected: Array<[string, string | RegExp | string[]]>,
      absent: string[],
    ) {
      await arrive(page, th.checkAnswers);
      await expect(valueFor(page, 'Case reference')).toHaveText(reference);
      await expectValues(page, expected);
      for (const key of absent)
        await expect(page.locator('.summary-list__key').getByText(key, { exact: true })).toHaveCount(0);
      await activate(page, page.getByRole('button', { name: 'Confirm and finish' }));
      await arrive(page, th.complete);
      await expect(page.locator('.panel')).toContainText(thresholdJourney);
      await expect(page.locator('.panel')).toContainText(reference);
      await expectValues(page, expected);
      await activate(page, page.getByRole('button', { name: 'Return to the home screen' }));
      await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
      await expect(page.getByRole('table', { name: 'Journeys finished on this device' })).toContainText(
        reference,
      );
    }

    test('all green, alert not made: other processes listed, asked why, and other processes required', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const reference = 'TH-GREEN-1';
      await keyboardToOutcome(page, {
        reference,
        types: ['Physical'],
        factorNote: ['Whether duress or coercion is an influence.', 'No sign of duress.'],
        crime: 'No',
        ratings: ['green', 'green', 'green', 'green'],
        outcome: th.outcomeAllGreen,
      });
      const main = page.locator('main');
      await expect(main).toContainText('All of your answers to the threshold questions are green.');
      await expect(main).toContainText(
        'If the decision is not to make a Safeguarding Adults alert then other processes must be used',
      );
      for (const process of [
        'Employers actions including: Staff disciplinary procedures; Training; Reviewing practices or procedures',
        'Care Management',
        'Referral to the regulator Care Quality Commission',
        'Care Contracts monitoring',
        'Incident or Serious Incident procedures',
        'Complaints procedures',
        'Referral to another agency such as DWP, Trading Standards, Health and Safety etc.',
        'Referral for Advocacy support',
      ]) {
        await expect(main.getByRole('listitem').filter({ hasText: process })).toBeVisible();
      }
      await expect(main.locator('.warning-text').filter({ hasText: doingNothing })).toBeVisible();
      // No crime: no police pointer.
      await expect(page.getByRole('heading', { name: crimeHeading })).toHaveCount(0);
      await continueByKeyboard(page);

      await arrive(page, th.decision);
      await chooseRadio(page, decisionNotMade);
      await arrive(page, th.reasons);
      await typeInto(
        page,
        page.getByLabel(th.reasons),
        'Single friction mark, hoist sling replaced the same day.',
      );
      await continueByKeyboard(page);

      // All green says raise an alert: not making one goes against the matrix, so the app asks why.
      await arrive(page, th.againstReason);
      await typeInto(
        page,
        page.getByLabel(th.againstReason),
        'Dealt with through the provider’s incident procedure.',
      );
      await continueByKeyboard(page);

      await arrive(page, th.discussedWith);
      await toggleCheckbox(page, 'Line manager');
      // "I have not discussed it" clears the others.
      await toggleCheckbox(page, 'I have not discussed it');
      await expect(page.getByRole('checkbox', { name: 'Line manager', exact: true })).not.toBeChecked();
      await continueByKeyboard(page);

      // Not discussed: straight to the other processes, which cannot be left empty.
      await arrive(page, th.otherProcesses);
      await continueByKeyboard(page);
      await expectErrorSummary(
        page,
        'Select at least one other process: if no alert is made, other processes must be used',
      );
      await expect(page.locator('h1')).toHaveText(th.otherProcesses);
      await expectNoAxeViolations(page, `${th.otherProcesses} (error)`);
      await toggleCheckbox(page, 'Incident or Serious Incident procedures');
      await toggleCheckbox(page, 'Complaints procedures');
      await continueByKeyboard(page);

      await keyboardFinish(
        page,
        reference,
        [
          [th.abuseTypes, 'Physical'],
          [th.crime, 'No'],
          [th.seriousness, levels.seriousness.green],
          [th.recurrence, levels.recurrence.green],
          ['Outcome', th.outcomeAllGreen],
          [th.decision, decisionNotMade],
          [th.againstReason, 'Dealt with through the provider’s incident procedure.'],
          [th.discussedWith, 'I have not discussed it'],
          [th.otherProcesses, ['Incident or Serious Incident procedures', 'Complaints procedures']],
        ],
        [th.discussionDetails],
      );
    });

    test('one amber: the matrix does not decide, If in doubt steps applied; no alert and no senior manager each asked why', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const reference = 'TH-UNDECIDED-1';
      await keyboardToOutcome(page, {
        reference,
        types: ['Financial'],
        crime: 'No',
        ratings: ['green', 'amber', 'green', 'green'],
        outcome: th.outcomeUndecided,
      });
      const main = page.locator('main');
      await expect(main).toContainText(
        'One or two of your answers to the threshold questions are amber, and none is red.',
      );
      await expect(main).toContainText('The guidance says: IF IN DOUBT');
      for (const step of [
        'Initiate Safeguarding Adults Procedures with a Safeguarding Adults Alert',
        'Discuss with senior manager',
        'Record decision and reasons for the decision',
      ]) {
        await expect(main.getByRole('listitem').filter({ hasText: step })).toBeVisible();
      }
      await expect(main).toContainText(doingNothing);
      await expect(main.getByText(notOwnWords)).toBeVisible();
      await continueByKeyboard(page);

      await arrive(page, th.decision);
      await chooseRadio(page, decisionNotMade);
      await arrive(page, th.reasons);
      await typeInto(page, page.getByLabel(th.reasons), 'One missed payment, family paying arrears.');
      await continueByKeyboard(page);

      // The matrix is silent on one amber, so no decision goes against it; but "If in doubt" applies, and
      // not making an alert departs from its first step: the reasons are required.
      await arrive(page, th.ifInDoubtNoAlert);
      await continueByKeyboard(page);
      await expect(page.locator('.error-summary')).toContainText(
        'Give the reasons for not making a Safeguarding Adults alert',
      );
      await expectNoAxeViolations(page, `${th.ifInDoubtNoAlert} (error)`);
      await typeInto(
        page,
        page.getByLabel(th.ifInDoubtNoAlert),
        'Arrears plan agreed with the family; care management review.',
      );
      await continueByKeyboard(page);

      await arrive(page, th.discussedWith);
      await toggleCheckbox(page, 'Line manager');
      await toggleCheckbox(page, 'Safeguarding Adult Team');
      await continueByKeyboard(page);

      await arrive(page, th.discussionDetails);
      await typeInto(
        page,
        page.getByLabel(th.discussionDetails),
        '3 March, line manager (team leader) and duty officer.',
      );
      await continueByKeyboard(page);

      // Not discussed with a senior manager, the guidance's second "If in doubt" step: asked why.
      await arrive(page, th.seniorManagerReason);
      await typeInto(
        page,
        page.getByLabel(th.seniorManagerReason),
        'Senior manager on leave; booked for 10 March.',
      );
      await continueByKeyboard(page);

      await arrive(page, th.otherProcesses);
      await toggleCheckbox(page, 'Care Management');
      await continueByKeyboard(page);

      await keyboardFinish(
        page,
        reference,
        [
          [th.abuseTypes, 'Financial'],
          [th.frequency, levels.frequency.amber],
          ['Outcome', th.outcomeUndecided],
          [th.decision, decisionNotMade],
          [th.reasons, 'One missed payment, family paying arrears.'],
          [th.ifInDoubtNoAlert, 'Arrears plan agreed with the family; care management review.'],
          [th.discussedWith, ['Line manager', 'Safeguarding Adult Team']],
          [th.discussionDetails, '3 March, line manager (team leader) and duty officer.'],
          [th.seniorManagerReason, 'Senior manager on leave; booked for 10 March.'],
          [th.otherProcesses, 'Care Management'],
        ],
        [th.againstReason],
      );
    });

    test('three amber: more than two amber, alert made after discussion', async ({ page }) => {
      test.setTimeout(180_000);
      const reference = 'TH-AMBER-3';
      await keyboardToOutcome(page, {
        reference,
        types: ['Psychological', 'Neglect'],
        crime: 'No',
        ratings: ['amber', 'amber', 'green', 'amber'],
        outcome: th.outcomeAmberMany,
      });
      const main = page.locator('main');
      await expect(main).toContainText(
        'More than two of your answers to the threshold questions are amber, and none is red.',
      );
      await expect(main).toContainText(doingNothing);
      await continueByKeyboard(page);

      await arrive(page, th.decision);
      await chooseRadio(page, decisionMade);
      await arrive(page, th.reasons);
      await typeInto(
        page,
        page.getByLabel(th.reasons),
        'Repeated distress and missed care; matrix says make an alert.',
      );
      await continueByKeyboard(page);

      await arrive(page, th.discussedWith);
      await toggleCheckbox(page, 'Senior manager');
      await continueByKeyboard(page);
      await arrive(page, th.discussionDetails);
      await typeInto(page, page.getByLabel(th.discussionDetails), '4 March, service manager.');
      await continueByKeyboard(page);

      // Alert made: no other processes question.
      await keyboardFinish(
        page,
        reference,
        [
          [th.abuseTypes, ['Psychological', 'Neglect']],
          ['Outcome', th.outcomeAmberMany],
          [th.decision, decisionMade],
          [th.discussedWith, 'Senior manager'],
          [th.discussionDetails, '4 March, service manager.'],
        ],
        [th.againstReason, th.otherProcesses],
      );
    });

    test('one red with a crime: the police pointer, alert made, not discussed', async ({ page }) => {
      test.setTimeout(180_000);
      const reference = 'TH-RED-1';
      await keyboardToOutcome(page, {
        reference,
        types: ['Physical'],
        crime: 'Yes',
        ratings: ['red', 'green', 'green', 'green'],
        outcome: th.outcomeRed,
      });
      const main = page.locator('main');
      await expect(main).toContainText('One or more of your answers to the threshold questions is red.');
      await expect(main).toContainText(doingNothing);
      const police = page
        .locator('section.pointer')
        .filter({ has: page.getByRole('heading', { name: crimeHeading }) });
      await expect(police).toBeVisible();
      await expect(police).toContainText('see your own organisation’s procedure.');
      await expect(police).not.toContainText('Inform the police');
      await continueByKeyboard(page);

      await arrive(page, th.decision);
      await chooseRadio(page, decisionMade);
      await arrive(page, th.reasons);
      await typeInto(
        page,
        page.getByLabel(th.reasons),
        'Assault by a visitor; police informed, crime number pending.',
      );
      await continueByKeyboard(page);

      await arrive(page, th.discussedWith);
      await toggleCheckbox(page, 'I have not discussed it');
      await continueByKeyboard(page);

      await keyboardFinish(
        page,
        reference,
        [
          [th.crime, 'Yes'],
          [th.seriousness, levels.seriousness.red],
          ['Outcome', th.outcomeRed],
          [th.decision, decisionMade],
          [th.discussedWith, 'I have not discussed it'],
        ],
        [th.againstReason, th.discussionDetails, th.otherProcesses],
      );
    });
  });

  test('question 2 shows its reconstructed green and amber answers as not the guidance’s own words; red has none', async ({
    page,
  }) => {
    await startThresholds(page, 'TH-Q2');
    await page.getByRole('checkbox', { name: 'Sexual', exact: true }).check();
    await proceed(page, th.factors);
    await proceed(page, th.crime);
    await answer(page, 'No', th.seriousness);
    // Question 1 is the guidance's own wording throughout.
    await expect(page.getByText(notOwnWords)).toHaveCount(0);
    await answer(page, levels.seriousness.green, th.frequency);

    const item = (level: Level) =>
      page
        .locator('.radios__item')
        .filter({ has: page.getByRole('radio', { name: levels.frequency[level], exact: true }) });
    for (const level of ['green', 'amber'] as const) {
      await expect(item(level).getByText(notOwnWords)).toBeVisible();
      // Read out with the answer, too.
      await expect(
        page.getByRole('radio', { name: levels.frequency[level], exact: true }),
      ).toHaveAccessibleDescription(new RegExp(`${notOwnWords.replace('.', '\\.')}`));
    }
    await expect(item('green')).toContainText('Green: Possible NOT safeguarding at this stage');
    await expect(item('green')).toContainText('"Isolated incident" is supplied by the app');
    await expect(item('amber')).toContainText('Amber: Possibly Safeguarding');
    await expect(item('amber')).toContainText('"Has occurred more than once" is supplied by the app');
    await expect(item('red')).toContainText('Red: Definitely Safeguarding');
    await expect(item('red').getByText(notOwnWords)).toHaveCount(0);
    await expect(page.getByText(notOwnWords)).toHaveCount(2);
    await expectNoAxeViolations(page, th.frequency);
  });

  test('the examples for the selected types appear under the rating questions, and no others', async ({
    page,
  }) => {
    await startThresholds(page, 'TH-EXAMPLES');
    await page.getByRole('checkbox', { name: 'Physical', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Sexual', exact: true }).check();
    await proceed(page, th.factors);
    await proceed(page, th.crime);
    await answer(page, 'No', th.seriousness);

    for (const step of ratingSteps) {
      await expect(page.locator('h1')).toHaveText(th[step]);
      await expect(page.getByRole('heading', { name: 'Examples from the guidance' })).toBeVisible();
      const groups = page.locator('details.details');
      await expect(groups).toHaveCount(3);
      const green = groups.filter({
        hasText: 'Green: Isolated incident – Not SAFEGUARDING – No harm – low risk',
      });
      // Folded away until opened.
      await expect(green.getByText(`Physical: ${physicalGreenExample}`)).toBeHidden();
      // Opened by keyboard: Tab to its summary and Enter.
      await page.locator('h1').focus();
      await activate(page, green.locator('summary'));
      await expect(green).toHaveAttribute('open', '');
      await expect(green.getByText(`Physical: ${physicalGreenExample}`)).toBeVisible();
      await expect(green.getByRole('listitem').filter({ hasText: physicalGreenExample })).toContainText(
        'Thresholds guidance (LPG 15), §15.3 examples: Physical',
      );
      await expect(green).toContainText(
        'Sexual: Isolated incident when an inappropriate sexualised remark is made',
      );
      // Every entry in every group is for a selected type.
      await groups
        .locator('summary')
        .evaluateAll((summaries) =>
          summaries.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)),
        );
      const entries = await groups.locator('li').allTextContents();
      expect(entries.length).toBeGreaterThan(5);
      for (const entry of entries) expect(entry).toMatch(/^(Physical|Sexual): /);
      // The unreadable sexual amber cell is reported, not guessed.
      await expect(groups.filter({ hasText: 'Amber:' })).toContainText(
        'Sexual: an example here cannot be read in this copy of the guidance.',
      );
      // Types not selected do not appear.
      await expect(page.getByText(financialGreenExample)).toHaveCount(0);
      await expect(page.getByText('Physical assaults – injury, death.')).toBeVisible();
      await expect(page.locator('main')).not.toContainText('Financial:');
      await expect(page.locator('main')).not.toContainText('Neglect:');
      await expectNoAxeViolations(page, `${th[step]} with examples open`);
      await answer(page, levels[step].green);
    }
    await expect(page.locator('h1')).toHaveText(th.outcomeAllGreen);
  });

  test('the reasons for the decision cannot be skipped', async ({ page }) => {
    await startThresholds(page, 'TH-REASONS');
    await quickToOutcome(
      page,
      ['Medication'],
      'No',
      ['green', 'amber', 'amber', 'green'],
      th.outcomeUndecided,
    );
    await proceed(page, th.decision);
    await answer(page, decisionMade, th.reasons);
    const reasons = page.getByLabel(th.reasons);

    await proceed(page);
    await expectErrorSummary(page, 'Enter the reasons for your decision');
    await expect(page.locator('h1')).toHaveText(th.reasons);
    await expectNoAxeViolations(page, `${th.reasons} (error)`);
    // The summary's link takes the worker to the box.
    await page.getByRole('link', { name: 'Enter the reasons for your decision' }).click();
    await expect(reasons).toBeFocused();

    // Spaces and line breaks are not reasons either.
    await reasons.fill('   \n  ');
    await proceed(page);
    await expectErrorSummary(page, 'Enter the reasons for your decision');
    await expect(page.locator('h1')).toHaveText(th.reasons);
    await expect(reasons).toHaveValue('   \n  ');

    await reasons.fill('Two amber answers; I am raising an alert to be safe.');
    await proceed(page, th.discussedWith);
    await expect(page.locator('.error-summary')).toHaveCount(0);
  });

  test('a possible crime with question 1 below red asks the worker to confirm it with a reason', async ({
    page,
  }) => {
    await startThresholds(page, 'TH-CRIME-Q1');
    await expect(page.locator('h1')).toHaveText(th.abuseTypes);
    await page.getByRole('checkbox', { name: 'Physical', exact: true }).check();
    await proceed(page, th.factors);
    await proceed(page, th.crime);
    await answer(page, 'Yes', th.seriousness);
    await answer(page, levels.seriousness.green, th.crimeSeriousness);
    await expect(page.locator('main')).toContainText(
      'The threshold matrix’s red answer to question 1 is "Serious harm or potential harm and or a criminal act" (15.3).',
    );
    await proceed(page);
    await expectErrorSummary(page, 'Give the reason for your answer to question 1, or go back and change it');
    await expectNoAxeViolations(page, `${th.crimeSeriousness} (error)`);
    // Back to question 1, changed to red: nothing more to confirm.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(th.seriousness);
    await answer(page, levels.seriousness.red, th.frequency);
  });

  test('a decision against the matrix asks why, and the answer is required; one amber and no alert asks why If in doubt is not followed', async ({
    page,
  }) => {
    await startThresholds(page, 'TH-AGAINST');
    await quickToOutcome(
      page,
      ['Institutional'],
      "I'm not sure",
      ['amber', 'red', 'green', 'green'],
      th.outcomeRed,
    );
    // Not sure about a crime still points to the police.
    await expect(page.getByRole('heading', { name: crimeHeading })).toBeVisible();
    await proceed(page, th.decision);
    await answer(page, decisionNotMade, th.reasons);
    await page.getByLabel(th.reasons).fill('Provider already acting.');
    await proceed(page, th.againstReason);
    await expect(
      page.getByText(
        'The matrix’s outcome says an alert should be raised. Explain why you are not making one.',
      ),
    ).toBeVisible();

    await proceed(page);
    await expectErrorSummary(
      page,
      'Explain why your decision is different from the outcome of the threshold matrix',
    );
    await expect(page.locator('h1')).toHaveText(th.againstReason);
    await page.getByLabel(th.againstReason).fill('  ');
    await proceed(page);
    await expect(page.locator('h1')).toHaveText(th.againstReason);
    await expect(page.locator('.error-summary')).toBeVisible();
    await page.getByLabel(th.againstReason).fill('Provider suspended the worker and informed CQC.');
    await proceed(page, th.discussedWith);

    // Going back and changing the decision to an alert made: the question falls off the route.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(th.againstReason);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(th.reasons);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(th.decision);
    await answer(page, decisionMade, th.reasons);
    await proceed(page, th.discussedWith);

    // A second case: one amber, no alert: the matrix is silent, so nothing to explain.
    await startThresholds(page, 'TH-AGAINST-2');
    await quickToOutcome(page, ['Staffing'], 'No', ['green', 'green', 'amber', 'green'], th.outcomeUndecided);
    await proceed(page, th.decision);
    await answer(page, decisionNotMade, th.reasons);
    await page.getByLabel(th.reasons).fill('Agency shortfall covered the same day.');
    await proceed(page, th.ifInDoubtNoAlert);
    await page.getByLabel(th.ifInDoubtNoAlert).fill('Contracts monitoring will follow the shortfall up.');
    await proceed(page, th.discussedWith);
    await page.getByRole('checkbox', { name: 'I have not discussed it', exact: true }).check();
    await proceed(page, th.seniorManagerReason);
    await proceed(page);
    await expectErrorSummary(
      page,
      'Give the reason the decision has not been discussed with a senior manager',
    );
    await page.getByLabel(th.seniorManagerReason).fill('Out of hours; to be discussed in the morning.');
    await proceed(page, th.otherProcesses);
    await page.getByRole('checkbox', { name: 'Care Contracts monitoring', exact: true }).check();
    await proceed(page, th.checkAnswers);
    await expect(page.locator('.summary-list__key').getByText(th.againstReason, { exact: true })).toHaveCount(
      0,
    );
  });

  test('changing a rating on check answers to red asks why the decision goes against the new outcome', async ({
    page,
  }) => {
    await startThresholds(page, 'TH-CHANGE');
    await quickToOutcome(page, ['Physical'], 'No', ['green', 'amber', 'green', 'green'], th.outcomeUndecided);
    await proceed(page, th.decision);
    await answer(page, decisionNotMade, th.reasons);
    await page.getByLabel(th.reasons).fill('Isolated; care plan updated.');
    await proceed(page, th.ifInDoubtNoAlert);
    await page.getByLabel(th.ifInDoubtNoAlert).fill('Care plan covers it.');
    await proceed(page, th.discussedWith);
    await page.getByRole('checkbox', { name: 'Line manager', exact: true }).check();
    await proceed(page, th.discussionDetails);
    await page.getByLabel(th.discussionDetails).fill('5 March, team leader.');
    await proceed(page, th.seniorManagerReason);
    await page.getByLabel(th.seniorManagerReason).fill('Team leader is the senior manager on duty.');
    await proceed(page, th.otherProcesses);
    await page.getByRole('checkbox', { name: 'Care Management', exact: true }).check();
    await proceed(page, th.checkAnswers);
    await expect(valueFor(page, 'Outcome')).toHaveText(th.outcomeUndecided);
    await expect(page.locator('.summary-list__key').getByText(th.againstReason, { exact: true })).toHaveCount(
      0,
    );

    await page.getByRole('button', { name: `Change ${th.recurrence}` }).click();
    await expect(page.locator('h1')).toHaveText(th.recurrence);
    await expect(page.getByRole('radio', { name: levels.recurrence.green, exact: true })).toBeChecked();
    await answer(page, levels.recurrence.red, th.outcomeRed);
    // The saved decision and reasons are kept; the question the new outcome raises is asked.
    await proceed(page, th.againstReason);
    await expect(page.getByLabel(th.againstReason)).toHaveValue('');
    await proceed(page);
    await expectErrorSummary(
      page,
      'Explain why your decision is different from the outcome of the threshold matrix',
    );
    await page
      .getByLabel(th.againstReason)
      .fill('Recurrence now probable, but the provider has removed the worker.');
    await proceed(page, th.checkAnswers);
    await expect(valueFor(page, 'Outcome')).toHaveText(th.outcomeRed);
    await expect(valueFor(page, th.recurrence)).toHaveText(levels.recurrence.red);
    await expect(valueFor(page, th.decision)).toHaveText(decisionNotMade);
    await expect(valueFor(page, th.reasons)).toHaveText('Isolated; care plan updated.');
    await expect(valueFor(page, th.againstReason)).toHaveText(
      'Recurrence now probable, but the provider has removed the worker.',
    );
    await expect(valueFor(page, th.discussionDetails)).toHaveText('5 March, team leader.');
    await expect(valueFor(page, th.otherProcesses)).toHaveText('Care Management');
  });

  test('a threshold draft survives a reload: same step, answers kept on Back', async ({ page }) => {
    await startThresholds(page, 'TH-RELOAD');
    await page.getByRole('checkbox', { name: 'Neglect', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Pressure ulcers', exact: true }).check();
    await proceed(page, th.factors);
    await page
      .getByLabel('How likely is it that the abuse may reoccur?', { exact: true })
      .fill('Likely without a new care plan.');
    await proceed(page, th.crime);
    await answer(page, 'No', th.seriousness);
    await answer(page, levels.seriousness.amber, th.frequency);
    await waitForSaved(page);
    // Chosen but not yet continued: kept too, once the pause-save has committed.
    const saves = await saveCount(page);
    await page.getByRole('radio', { name: levels.frequency.red, exact: true }).check();
    await waitForSaved(page, { after: saves });
    const draftId = draftIdOf(page);

    await page.reload();
    await expect(page.locator('h1')).toHaveText(th.frequency);
    expect(draftIdOf(page)).toBe(draftId);
    await expect(page.locator('.journey-bar__reference')).toContainText('TH-RELOAD');
    await expect(page.getByRole('radio', { name: levels.frequency.red, exact: true })).toBeChecked();
    // The examples for the types chosen before the reload are still offered.
    await expect(page.getByRole('heading', { name: 'Examples from the guidance' })).toBeVisible();
    await page.locator('details.details summary').first().click();
    await expect(page.locator('details.details').first()).toContainText('Neglect:');

    const back = page.getByRole('button', { name: 'Back', exact: true });
    await back.click();
    await expect(page.locator('h1')).toHaveText(th.seriousness);
    await expect(page.getByRole('radio', { name: levels.seriousness.amber, exact: true })).toBeChecked();
    await back.click();
    await expect(page.locator('h1')).toHaveText(th.crime);
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await back.click();
    await expect(page.locator('h1')).toHaveText(th.factors);
    await expect(
      page.getByLabel('How likely is it that the abuse may reoccur?', { exact: true }),
    ).toHaveValue('Likely without a new care plan.');
    await back.click();
    await expect(page.locator('h1')).toHaveText(th.abuseTypes);
    await expect(page.getByRole('checkbox', { name: 'Neglect', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Pressure ulcers', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Physical', exact: true })).not.toBeChecked();
  });

  test('a threshold draft resumes offline after one online visit and goes on to a new step', async ({
    page,
    context,
  }) => {
    await startThresholds(page, 'TH-OFFLINE');
    await page.getByRole('checkbox', { name: 'Discriminatory', exact: true }).check();
    await proceed(page, th.factors);
    await proceed(page, th.crime);
    await waitForSaved(page);
    await waitForControllingServiceWorker(page);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(th.crime);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' }).click();
    await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
    const drafts = page.getByRole('table', { name: 'Journeys you have started on this device' });
    const row = drafts.getByRole('row').filter({ hasText: 'TH-OFFLINE' });
    await expect(row).toContainText(thresholdJourney);
    await row.getByRole('link', { name: `Resume ${thresholdJourney}, case reference TH-OFFLINE` }).click();

    await expect(page.locator('h1')).toHaveText(th.crime);
    await answer(page, 'No', th.seriousness);
    await waitForSaved(page);
    await page.locator('details.details summary').first().click();
    await expect(page.locator('details.details').first()).toContainText('Discriminatory:');
    await answer(page, levels.seriousness.green, th.frequency);
    await waitForSaved(page);
    await expect(page.getByText('This part of the app could not be loaded')).toHaveCount(0);

    // Still there after another offline reload.
    await page.reload();
    await expect(page.locator('h1')).toHaveText(th.frequency);
  });

  test('started from the non-engagement journey’s Safeguarding Alert concern, for the same case', async ({
    page,
  }) => {
    const reference = 'NE-TH-HANDOVER';
    await openHome(page);
    await page.getByRole('link', { name: journeys.nonEngagement, exact: true }).click();
    await page.getByLabel('What is the case reference?').fill(reference);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('h1')).toHaveText(ne.age);
    const nonEngagementDraft = draftIdOf(page);
    await answer(page, 'Yes', ne.evidence);
    await answer(page, 'I am concerned just because they are not engaging', ne.consider);
    await proceed(page, collusionQuestions[0]);
    for (let index = 0; index < collusionQuestions.length; index += 1) {
      await answer(page, collusionNo[index], collusionQuestions[index + 1] ?? noSignsOutcome);
    }
    await proceed(page, ne.feelAtRisk);
    await answer(page, 'No', ne.strategies);
    await proceed(page, ne.concerns);
    await page.getByRole('checkbox', { name: 'Safeguarding Alert', exact: true }).check();
    await proceed(page, ne.concernPointers);
    await waitForSaved(page);

    const pointer = page
      .locator('section.pointer')
      .filter({ has: page.getByRole('heading', { name: 'Safeguarding Alert' }) });
    await expect(pointer).toContainText(
      'Whether a concern goes through safeguarding adults procedures is a threshold decision',
    );
    await pointer
      .getByRole('button', { name: 'Start the threshold decision for this case (this journey stays saved)' })
      .click();

    // Straight to the first question: no case reference asked again, and the same one in the journey bar.
    await expect(page.locator('h1')).toHaveText(th.abuseTypes);
    await expect(page.getByLabel('What is the case reference?')).toHaveCount(0);
    await expect(page.locator('.journey-bar__title')).toHaveText(thresholdJourney);
    await expect(page.locator('.journey-bar__reference')).toHaveText(`Case reference: ${reference}`);
    const thresholdDraft = draftIdOf(page);
    expect(thresholdDraft).not.toBe(nonEngagementDraft);
    await waitForSaved(page);
    await page.getByRole('checkbox', { name: 'Financial', exact: true }).check();
    await proceed(page, th.factors);
    await waitForSaved(page);

    // Both drafts are listed for the case, and the non-engagement one is where it was left.
    await page.getByRole('link', { name: 'Safeguarding Adults Decision Aid' }).click();
    const drafts = page.getByRole('table', { name: 'Journeys you have started on this device' });
    await expect(drafts.getByRole('row').filter({ hasText: reference })).toHaveCount(2);
    await expect(drafts.getByRole('row').filter({ hasText: journeys.nonEngagement })).toContainText(
      reference,
    );
    await expect(drafts.getByRole('row').filter({ hasText: thresholdJourney })).toContainText(reference);
    await drafts
      .getByRole('link', { name: `Resume ${journeys.nonEngagement}, case reference ${reference}` })
      .click();
    await expect(page.locator('h1')).toHaveText(ne.concernPointers);
    expect(draftIdOf(page)).toBe(nonEngagementDraft);
    await expect(page.locator('.journey-bar__reference')).toHaveText(`Case reference: ${reference}`);
  });

  test.describe('the examples browser', () => {
    const examplesLink = 'Examples of each level, by type of abuse';
    const status = (page: Page) => page.locator('main [role="status"]');

    test('reachable from home, searchable, filtered by type, each with its source, axe-clean', async ({
      page,
    }) => {
      await openHome(page);
      await activate(page, page.getByRole('link', { name: examplesLink }));
      await expectHeadingFocused(page, examplesLink);
      await expect(page).toHaveTitle(/^Examples of each level, by type of abuse/);
      await expect(status(page)).toHaveText(`${thresholdExamples.length} examples shown`);
      await expectNoAxeViolations(page, 'examples');

      // Every example shown names where it comes from.
      const items = page.locator('.examples-level li:not(.quote-note)');
      await expect(items).toHaveCount(thresholdExamples.length);
      const texts = await items.allTextContents();
      for (const text of texts)
        expect(text).toMatch(/Source: Thresholds guidance \(LPG 15\), §15\.3 examples/);

      // Search.
      const search = page.getByRole('searchbox', { name: 'Search the examples' });
      await typeInto(page, search, 'hoist');
      await expect(status(page)).toHaveText('1 example shown');
      const hoist = page.locator('.examples-level li').filter({ hasText: physicalGreenExample });
      await expect(hoist).toBeVisible();
      await expect(hoist).toContainText('Source: Thresholds guidance (LPG 15), §15.3 examples: Physical');
      await expect(
        page
          .locator('.examples-level--green')
          .filter({ has: page.locator('li').filter({ hasText: physicalGreenExample }) }),
      ).toContainText('Green: Isolated incident – Not SAFEGUARDING – No harm – low risk');
      await expect(page.getByRole('heading', { name: 'Physical', exact: true })).toBeVisible();
      await expect(page.getByText('Physical assaults – injury, death.')).toHaveCount(0);
      await expect(page.getByText(financialGreenExample)).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Financial', exact: true })).toHaveCount(0);
      await expect(items).toHaveCount(1);
      await expectNoAxeViolations(page, 'examples, search "hoist"');

      // A search that matches nothing says so.
      await search.fill('zzzz-no-such-example');
      await expect(status(page)).toHaveText('0 examples shown');
      await expect(items).toHaveCount(0);

      // Several words must all match, in any case.
      await search.fill('MEDICATION harm');
      const expectedWords = thresholdExamples.filter(
        (example) =>
          example.text.toLowerCase().includes('medication') && example.text.toLowerCase().includes('harm'),
      );
      expect(expectedWords.length).toBeGreaterThan(0);
      await expect(status(page)).toHaveText(
        `${expectedWords.length} ${expectedWords.length === 1 ? 'example' : 'examples'} shown`,
      );

      // Filter by type.
      await search.fill('');
      await page.getByLabel('Type of abuse').selectOption({ label: 'Financial' });
      const financial = thresholdExamples.filter((example) => example.abuseType === 'financial');
      await expect(status(page)).toHaveText(`${financial.length} examples shown`);
      await expect(items).toHaveCount(financial.length);
      await expect(page.getByRole('heading', { name: 'Financial', exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Physical', exact: true })).toHaveCount(0);
      await expect(items.filter({ hasText: financialGreenExample })).toBeVisible();
      await expect(page.getByText(physicalGreenExample)).toHaveCount(0);
      for (const text of await items.allTextContents()) expect(text).toContain('§15.3 examples: Financial');
      await expectNoAxeViolations(page, 'examples, Financial only');

      // Type and search together: "hoist" is not a financial example.
      await search.fill('hoist');
      await expect(status(page)).toHaveText('0 examples shown');
      await page.getByLabel('Type of abuse').selectOption({ label: 'All types' });
      await expect(status(page)).toHaveText('1 example shown');

      // Every type in the table can be chosen.
      await expect(page.getByLabel('Type of abuse').locator('option')).toHaveCount(abuseTypes.length + 1);
    });

    test('works offline after a first visit', async ({ page, context }) => {
      await openHome(page);
      await page.getByRole('link', { name: examplesLink }).click();
      await expect(page.locator('h1')).toHaveText(examplesLink);
      await waitForControllingServiceWorker(page);

      await context.setOffline(true);
      await page.goto('/');
      await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
      await page.getByRole('link', { name: examplesLink }).click();
      await expect(page.locator('h1')).toHaveText(examplesLink);
      await expect(status(page)).toHaveText(`${thresholdExamples.length} examples shown`);
      await page.getByRole('searchbox', { name: 'Search the examples' }).fill('hoist');
      await expect(status(page)).toHaveText('1 example shown');
      await expect(page.getByText(physicalGreenExample)).toBeVisible();

      // And straight to its address, offline.
      await page.reload();
      await expect(page.locator('h1')).toHaveText(examplesLink);
      await expect(status(page)).toHaveText(`${thresholdExamples.length} examples shown`);
      await expect(page.getByText('This part of the app could not be loaded')).toHaveCount(0);
    });
  });
});
