// Training mode as a trainee uses it: the case of Peter stage by stage, a threshold practice run with a
// wrong and then a right rating, the "Am I colluding?" self-check on a non-engagement scenario, and
// practice kept apart from casework (never among drafts or records, and cleared in one go). Every
// training screen visited is checked with axe.
import type { Locator, Page } from '@playwright/test';
import { contentById } from '../../content';
import {
  nonEngagementScenarios,
  peterCaseStudy,
  thresholdScenarios,
  type PeterStage,
  type RatingStep,
} from '../../content/scenarios';
import { abuseTypes } from '../../content/thresholds';
import {
  answer,
  collusionNo,
  collusionQuestions,
  discussOutcome,
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
  test,
  waitForSaved,
  ratingLabels as levels,
} from './helpers';

type Level = 'green' | 'amber' | 'red';
type Band = 'red' | 'amberMany' | 'allGreen' | 'undecided';

const thresholdJourney = 'Should this concern go through safeguarding adults procedures?';

/** The threshold journey's screens, by their headings as shown. */
const th = {
  abuseTypes: 'What type or types of abuse does the concern present?',
  factors: 'Identifying the following will assist the decision making process:',
  crime: 'Has a crime been committed against the adult at risk?',
  seriousness:
    'How serious was the harm or abuse/risk of harm or abuse or what was the potential consequence?',
  frequency: 'How often has the actual/risk of abuse or harm occurred?',
  exposure: 'How many were exposed or could have been exposed to the harm or abuse?',
  recurrence: 'Likelihood of the abuse or harm from recurring?',
  decision: 'Are you making a Safeguarding Adults alert?',
  reasons: 'What are the reasons for your decision?',
  againstReason: 'Why is your decision different from the outcome of the threshold matrix?',
  discussedWith: 'Who have you discussed this decision with?',
  discussionDetails: 'When did you discuss it, and with whom?',
  otherProcesses: 'Which other processes will you use to address the concern?',
  checkAnswers: 'Check your answers',
  complete: 'Journey complete',
} as const;

const outcomeHeading: Record<Band, string> = {
  red: 'ONE OR MORE RED: SAFEGUARDING MAKE A REFERRAL',
  amberMany: 'MORE THAN TWO AMBER: SAFEGUARDING MAKE AN ALERT/REFERRAL',
  allGreen: 'ALL GREEN: NOT SAFEGUARDING BUT RAISE AN ALERT',
  undecided: 'The threshold matrix does not decide this: use your professional judgement',
};

const ratingSteps: readonly RatingStep[] = ['seriousness', 'frequency', 'exposure', 'recurrence'];
const levelName: Record<Level, string> = { green: 'Green', amber: 'Amber', red: 'Red' };
/** The feedback's short name for each rated question. */
const feedbackKey: Record<RatingStep, string> = {
  seriousness: 'How serious',
  frequency: 'How often',
  exposure: 'How many exposed',
  recurrence: 'Likelihood of recurring',
};
const crimeLabel = { yes: 'Yes', no: 'No', notSure: "I'm not sure" } as const;
const decisionLabel = {
  made: 'Yes, I am making a Safeguarding Adults alert',
  notMade: 'No, I am not making an alert',
} as const;

/** The matrix's outcome rule (§15.3), to know which outcome screen a set of ratings leads to. */
function bandOf(ratings: Record<RatingStep, Level>): Band {
  const values = Object.values(ratings);
  if (values.includes('red')) return 'red';
  if (values.filter((value) => value === 'amber').length > 2) return 'amberMany';
  if (values.every((value) => value === 'green')) return 'allGreen';
  return 'undecided';
}

const typeLabel = (value: string) => abuseTypes.find((type) => type.value === value)!.label;

const matchesText = 'Your decision matches what the review supports';
const differsText = 'The review supports a different decision';
const peterFinished = 'The case of Peter: finished';
const bannerText =
  'Practice only: not a real case. Nothing here becomes a record or appears among your drafts.';

// ---- Small steps shared by the tests ----

/** The TRAINING banner at the top of the page. */
const banner = (page: Page): Locator => page.getByRole('region', { name: 'Training', exact: true });

/** The training page, from the home screen's "Training" link, waiting until its progress has loaded. */
async function openTraining(page: Page): Promise<void> {
  await openHome(page);
  await page.getByRole('link', { name: 'Training', exact: true }).click();
  await expectHeadingFocused(page, 'Training');
  await expect(banner(page)).toContainText('TRAINING');
  await expect(page.getByRole('table', { name: 'Threshold scenarios' })).toBeVisible();
}

/** The row for a scenario in one of the training page's tables. */
function scenarioRow(
  page: Page,
  table: 'Threshold scenarios' | 'Non-engagement scenarios',
  title: string,
): Locator {
  return page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

/** Every step of a practice run: the banner with the scenario, the practice "case reference", no case reference asked. */
async function expectPracticeStep(
  page: Page,
  heading: string,
  scenario: { title: string; situation: string },
): Promise<void> {
  await expectHeadingFocused(page, heading);
  await expect(banner(page)).toContainText('TRAINING');
  await expect(banner(page)).toContainText(bannerText);
  await expect(banner(page).locator('summary')).toHaveText(`The scenario: ${scenario.title}`);
  await expect(banner(page).locator('.details__text')).toHaveText(scenario.situation);
  await expect(banner(page).locator('details')).toHaveAttribute('open', '');
  await expect(page.locator('.journey-bar__reference')).toHaveText(
    `Case reference: TRAINING: ${scenario.title}`,
  );
  await expect(page.getByLabel('What is the case reference?')).toHaveCount(0);
}

/** A practice step as it arrives: banner, scenario, save committed and axe-clean. */
async function arrivePractice(
  page: Page,
  heading: string,
  scenario: { title: string; situation: string },
): Promise<void> {
  await expectPracticeStep(page, heading, scenario);
  await waitForSaved(page);
  await expectNoAxeViolations(page, `practice: ${heading}`);
}

/** Starts a practice run from the training page, by the scenario's button. */
async function startPractice(
  page: Page,
  table: 'Threshold scenarios' | 'Non-engagement scenarios',
  title: string,
): Promise<string> {
  await scenarioRow(page, table, title).getByRole('button', { name: title, exact: true }).click();
  await expect(page).toHaveURL(/#\/draft\/training-/);
  const id = draftIdOf(page);
  expect(id).toMatch(/^training-/);
  return id;
}

/** A practice run's feedback rows (threshold, or the case of Peter's), as lines, within the feedback section. */
function feedbackRow(page: Page, key: string): Locator {
  return page
    .locator('section.feedback .summary-list__row')
    .filter({ has: page.locator('.summary-list__key').getByText(key, { exact: true }) })
    .locator('.summary-list__line');
}

/** The Peter stage's question: its legend is the h1. */
async function choosePeter(page: Page, stage: PeterStage, values: readonly string[]): Promise<void> {
  for (const value of values) {
    const label = stage.question.options.find((option) => option.value === value)!.label;
    await page
      .getByRole(stage.question.multiple ? 'checkbox' : 'radio', { name: label, exact: true })
      .check();
  }
}

const labelsOf = (stage: PeterStage, values: readonly string[]) =>
  values.map((value) => stage.question.options.find((option) => option.value === value)!.label);

test.describe('training', () => {
  test('the case of Peter from start to finish: narrative, question, feedback at every stage; survives a reload', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const { stages } = peterCaseStudy;
    expect(stages.length).toBe(8);

    // The decisions: the review's own at most stages, a different one at two.
    const differentAt: Record<number, string[]> = {
      1: ['nothing'], // Response to referrers: not the feedback the review supports.
      3: ['agenda', 'responsibility'], // Strategy meetings: one of the three the review names is missing.
    };
    const chosen = stages.map((stage, index) => differentAt[index] ?? stage.expected);
    for (const [index, values] of Object.entries(differentAt)) {
      const expected = stages[Number(index)].expected;
      expect(values.length === expected.length && expected.every((value) => values.includes(value))).toBe(
        false,
      );
    }

    await openTraining(page);
    await expectNoAxeViolations(page, 'training home');
    await expect(page.getByRole('heading', { name: 'The case of Peter', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Work through the case study' }).click();

    // The introduction, the journey's first page; then the stages.
    await expectHeadingFocused(page, peterCaseStudy.title);
    await expect(banner(page)).toContainText('TRAINING');
    for (const paragraph of peterCaseStudy.introduction)
      await expect(page.getByText(paragraph, { exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'Peter: introduction');
    await proceed(page);

    for (const [index, stage] of stages.entries()) {
      const caption = `The case of Peter: stage ${index + 1} of ${stages.length}, ${stage.learningPoint}`;
      // The question screen: the review's narrative, with the question as the page's heading.
      await expectHeadingFocused(page, stage.question.title);
      await expect(page).toHaveTitle(`${stage.question.title} – Safeguarding Adults Decision Aid`);
      await expect(banner(page)).toContainText('TRAINING');
      await expect(page.locator('.caption-l')).toHaveText(caption);
      const narrative = page.locator('p.narrative');
      await expect(narrative).toHaveText(stage.narrative);
      for (const option of stage.question.options) {
        await expect(
          page.getByRole(stage.question.multiple ? 'checkbox' : 'radio', { name: option.label, exact: true }),
        ).not.toBeChecked();
      }
      await expectNoAxeViolations(page, `Peter stage ${index + 1}: question`);

      // Arrived and saved, so a later save is the choice's.
      await waitForSaved(page);
      const savesBefore = await saveCount(page);
      await choosePeter(page, stage, chosen[index]);

      if (index === 2) {
        // Chosen but not continued: a reload reopens the same stage's question, with the choice kept
        // (as every journey keeps unsubmitted input), and nothing else lost.
        await waitForSaved(page, { after: savesBefore });
        await page.reload();
        await expectHeadingFocused(page, stage.question.title);
        await expect(page.locator('.caption-l')).toHaveText(caption);
        for (const label of labelsOf(stage, chosen[index]))
          await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
        await choosePeter(page, stage, chosen[index]);
      }
      await proceed(page);

      // The feedback: whether the decision matches, the review's finding and the action taken.
      const matched = !(index in differentAt);
      await expectHeadingFocused(page, matched ? matchesText : differsText);
      await expect(page.locator('.caption-l')).toHaveText(caption);
      await expect(narrative).toHaveText(stage.narrative);
      const valueOf = (key: string) => feedbackRow(page, key);
      await expect(valueOf(stage.question.title)).toHaveText([
        `You chose: ${labelsOf(stage, chosen[index]).join('; ')}`,
      ]);
      await expect(valueOf('What the review supports')).toHaveText(labelsOf(stage, stage.expected));
      await expect(valueOf('The review found')).toHaveText([stage.feedback.finding]);
      if (stage.feedback.actionTaken)
        await expect(valueOf('Action taken')).toHaveText([stage.feedback.actionTaken]);
      if (stage.interpretation) await expect(valueOf('How this was read')).toHaveText([stage.interpretation]);
      await expectNoAxeViolations(page, `Peter stage ${index + 1}: feedback`);

      if (index === 4) {
        // Mid-way, on the feedback: a reload reopens this stage's feedback, as it was left.
        await waitForSaved(page);
        await page.reload();
        await expectHeadingFocused(page, matchesText);
        await expect(page.locator('.caption-l')).toHaveText(caption);
        await expect(valueOf(stage.question.title)).toHaveText([
          `You chose: ${labelsOf(stage, chosen[index]).join('; ')}`,
        ]);
      }

      const last = index === stages.length - 1;
      await page.getByRole('button', { name: last ? 'See how you did' : 'Next stage', exact: true }).click();

      if (index === 5) {
        // Mid-way, on a new stage's question: the training page says where the trainee is, and the
        // case study reopens at that stage after a reload.
        await expectHeadingFocused(page, stages[6].question.title);
        await waitForSaved(page);
        await page.reload();
        await expectHeadingFocused(page, stages[6].question.title);
        await expect(page.locator('.caption-l')).toContainText(`stage 7 of ${stages.length}`);
        await page.goto('/#/training');
        await expectHeadingFocused(page, 'Training');
        await expect(page.getByText(`(stage 7 of ${stages.length})`)).toBeVisible();
        await page.getByRole('link', { name: 'Work through the case study' }).click();
      }
    }

    // The end: how many matched, and each stage's choice beside the review's.
    await expectHeadingFocused(page, peterFinished);
    await expect(banner(page)).toContainText('TRAINING');
    const matchedCount = stages.length - Object.keys(differentAt).length;
    await expect(
      page.getByText(
        `Your decisions matched what the review supports at ${matchedCount} of ${stages.length} stages.`,
      ),
    ).toBeVisible();
    const rows = page.locator('.summary-list__row');
    await expect(rows).toHaveCount(stages.length);
    for (const [index, stage] of stages.entries()) {
      await expect(rows.nth(index).locator('.summary-list__key')).toHaveText(
        `${index + 1}. ${stage.learningPoint}`,
      );
      await expect(rows.nth(index).locator('.summary-list__line')).toHaveText([
        `You chose: ${labelsOf(stage, chosen[index]).join('; ')}`,
        `The review: ${labelsOf(stage, stage.expected).join('; ')}`,
      ]);
    }
    await expectNoAxeViolations(page, peterFinished);

    // Finished survives a reload, and the training page says so.
    await waitForSaved(page);
    await page.reload();
    await expectHeadingFocused(page, peterFinished);
    const finishedRun = draftIdOf(page);
    await page.getByRole('link', { name: 'Back to training' }).click();
    await expectHeadingFocused(page, 'Training');
    await expect(page.getByText('(finished)')).toBeVisible();

    // Starting again begins a new run, at stage 1 with nothing chosen.
    await page.getByRole('link', { name: 'Work through the case study' }).click();
    await expectHeadingFocused(page, peterFinished);
    expect(draftIdOf(page)).toBe(finishedRun);
    await page.getByRole('button', { name: 'Start the case study again' }).click();
    await expectHeadingFocused(page, peterCaseStudy.title);
    expect(draftIdOf(page)).not.toBe(finishedRun);
    await proceed(page);
    await expectHeadingFocused(page, stages[0].question.title);
    await expect(
      page.getByRole('radio', { name: labelsOf(stages[0], stages[0].expected)[0], exact: true }),
    ).not.toBeChecked();
  });

  test('the case of Peter: Continue with nothing chosen is refused, and the error does not follow to the next stage', async ({
    page,
  }) => {
    const [first, second] = peterCaseStudy.stages;
    await page.goto('/#/training/peter');
    await expectHeadingFocused(page, peterCaseStudy.title);
    await proceed(page);
    await expectHeadingFocused(page, first.question.title);
    await proceed(page);
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link', { name: 'Select an option' })).toBeVisible();
    await expect(page.locator('.error-message')).toContainText('Select an option');
    await expect(page.locator('h1')).toHaveText(first.question.title);
    await expectNoAxeViolations(page, 'Peter stage 1: error');

    await choosePeter(page, first, first.expected);
    await proceed(page);
    await expectHeadingFocused(page, matchesText);
    await page.getByRole('button', { name: 'Next stage', exact: true }).click();
    await expect(page.locator('h1')).toHaveText(second.question.title);
    await expect(page.locator('.error-summary')).toHaveCount(0);
    await expect(page.locator('.error-message')).toHaveCount(0);
    await expectHeadingFocused(page, second.question.title);
  });

  test('the case of Peter on the journey engine: its old address opens the run, every citation opens the review, Back changes a decision, a reload resumes, and it ends like every journey, unsigned', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const { stages } = peterCaseStudy;
    const [first] = stages;
    const other = first.question.options.find((option) => !first.expected.includes(option.value))!;
    const feedback = page.locator('section.feedback');
    /** Every citation on the page is a link to a section of the review in the guidance library. */
    const expectCitationsOpenTheReview = async () => {
      const links = page.locator('.source a');
      await expect(links.first()).toBeVisible();
      for (const target of await links.evaluateAll((each) => each.map((link) => link.getAttribute('href'))))
        expect(target).toMatch(/^#\/guidance\/peter-review\?cite=/);
    };

    // Offered in training only: not among the journeys for a case.
    await openHome(page);
    await expect(page.getByRole('link', { name: 'The case of Peter', exact: true })).toHaveCount(0);

    // The address of the earlier screen opens a practice run of the case study, at its start.
    await page.goto('/#/training/peter');
    await expectHeadingFocused(page, peterCaseStudy.title);
    await expect(page).toHaveURL(/#\/draft\/training-/);
    const run = draftIdOf(page);
    await expect(page.locator('.journey-bar__title')).toHaveText('The case of Peter');
    await expect(page.locator('.journey-bar__reference')).toHaveText(
      `Case reference: TRAINING: ${peterCaseStudy.title}`,
    );
    await expectCitationsOpenTheReview();
    await expectNoAxeViolations(page, 'Peter on the engine: introduction');
    await proceed(page);

    await expectHeadingFocused(page, first.question.title);
    await expectCitationsOpenTheReview();
    await choosePeter(page, first, first.expected);
    await proceed(page);
    await expectHeadingFocused(page, matchesText);
    await expectCitationsOpenTheReview();
    await expect(feedbackRow(page, 'The review found')).toHaveText([first.feedback.finding]);
    await waitForSaved(page);

    // A citation in the feedback opens the review's learning point, and the way back returns here.
    await feedback.locator('.source a').first().click();
    await expect(page).toHaveURL(/#\/guidance\/peter-review\?cite=/);
    await expectNoAxeViolations(page, 'Peter on the engine: a cited learning point');
    await page.getByRole('link', { name: 'Back to your journey' }).click();
    await expectHeadingFocused(page, matchesText);
    expect(draftIdOf(page)).toBe(run);

    // Back returns to the question with the decision kept; another decision shows the other feedback.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectHeadingFocused(page, first.question.title);
    await expect(
      page.getByRole('radio', { name: labelsOf(first, first.expected)[0], exact: true }),
    ).toBeChecked();
    await page.getByRole('radio', { name: other.label, exact: true }).check();
    await proceed(page);
    await expectHeadingFocused(page, differsText);
    await expect(feedbackRow(page, first.question.title)).toHaveText([`You chose: ${other.label}`]);
    await expectNoAxeViolations(page, 'Peter on the engine: a decision the review does not support');
    await page.getByRole('button', { name: 'Next stage', exact: true }).click();

    // The review's decisions at the other stages; half-way the page is reloaded and the run resumes.
    for (const [index, stage] of stages.entries()) {
      if (index === 0) continue;
      await expectHeadingFocused(page, stage.question.title);
      await choosePeter(page, stage, stage.expected);
      await proceed(page);
      await expectHeadingFocused(page, matchesText);
      if (index === 3) {
        await waitForSaved(page);
        await page.reload();
        await expectHeadingFocused(page, matchesText);
        expect(draftIdOf(page)).toBe(run);
        await expect(page.locator('.caption-l')).toContainText(`stage 4 of ${stages.length}`);
        await expect(feedbackRow(page, stage.question.title)).toHaveText([
          `You chose: ${labelsOf(stage, stage.expected).join('; ')}`,
        ]);
        await expectNoAxeViolations(page, 'Peter on the engine: resumed after a reload');
      }
      const last = index === stages.length - 1;
      await page.getByRole('button', { name: last ? 'See how you did' : 'Next stage', exact: true }).click();
    }

    await expectHeadingFocused(page, peterFinished);
    await expect(feedback).toContainText(
      `Your decisions matched what the review supports at ${stages.length - 1} of ${stages.length} stages.`,
    );
    await proceed(page);
    await expectHeadingFocused(page, 'Check your answers');
    await expect(page.locator('main')).toContainText(other.label);
    await expectNoAxeViolations(page, 'Peter on the engine: check answers');
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expectHeadingFocused(page, 'Journey complete');
    await expect(feedback).toContainText(
      `Your decisions matched what the review supports at ${stages.length - 1} of ${stages.length} stages.`,
    );
    await waitForSaved(page);
    await expect(page.getByText('Sign the decision record')).toHaveCount(0);
    await expectNoAxeViolations(page, 'Peter on the engine: complete');

    // Training says it is finished, and the case study opens the finished run as it was left.
    await page.goto('/#/training');
    await expectHeadingFocused(page, 'Training');
    await expect(page.getByText('(finished)')).toBeVisible();
    await page.getByRole('link', { name: 'Work through the case study' }).click();
    await expectHeadingFocused(page, 'Journey complete');
    expect(draftIdOf(page)).toBe(run);
  });

  test('a threshold scenario: a wrong rating differs from the guidance, the right one matches, and the attempt is recorded', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const scenario = thresholdScenarios[0];
    const expected = scenario.expectedRatings as Record<RatingStep, Level>;
    // The content's own expectations agree with the matrix's rule.
    expect(bandOf(expected)).toBe(scenario.expectedBand);
    // A wrong rating on the last question, which changes the outcome.
    const wrongStep: RatingStep = 'recurrence';
    const wrongLevel: Level = expected[wrongStep] === 'red' ? 'green' : 'red';
    const wrongRatings = { ...expected, [wrongStep]: wrongLevel };
    const wrongBand = bandOf(wrongRatings);
    expect(wrongBand).not.toBe(scenario.expectedBand);

    await openTraining(page);
    await expect(scenarioRow(page, 'Threshold scenarios', scenario.title)).toContainText('Not tried');
    await expect(scenarioRow(page, 'Threshold scenarios', scenario.title)).toContainText(
      scenario.abuseTypes.map(typeLabel).join(', '),
    );
    await startPractice(page, 'Threshold scenarios', scenario.title);

    // Every step: the banner and the scenario; no case reference was asked.
    await arrivePractice(page, th.abuseTypes, scenario);
    await expect(page.locator('.journey-bar__title')).toHaveText(thresholdJourney);
    for (const type of scenario.abuseTypes)
      await page.getByRole('checkbox', { name: typeLabel(type), exact: true }).check();
    await proceed(page);
    await arrivePractice(page, th.factors, scenario);
    await proceed(page);
    await arrivePractice(page, th.crime, scenario);
    await answer(page, crimeLabel[scenario.expectedCrime ?? 'no']);
    for (const step of ratingSteps) {
      await arrivePractice(page, th[step], scenario);
      // No feedback on the questions themselves: it comes with the outcome.
      await expect(page.locator('section.feedback')).toHaveCount(0);
      await answer(page, levels[step][wrongRatings[step]]);
    }

    // The outcome of the wrong rating, with feedback saying it differs.
    await arrivePractice(page, outcomeHeading[wrongBand], scenario);
    const feedback = page.locator('section.feedback');
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
      'Feedback: some of your ratings differ from this scenario’s reading',
    );
    await expect(feedbackRow(page, feedbackKey[wrongStep])).toHaveText([
      `You rated: ${levelName[wrongLevel]}`,
      `This scenario’s reading: ${levelName[expected[wrongStep]]}`,
      'Differs from this scenario’s reading',
    ]);
    for (const step of ratingSteps.filter((entry) => entry !== wrongStep)) {
      await expect(feedbackRow(page, feedbackKey[step])).toHaveText([
        `You rated: ${levelName[expected[step]]}`,
        `This scenario’s reading: ${levelName[expected[step]]}`,
        'Matches this scenario’s reading',
      ]);
    }
    await expect(feedbackRow(page, 'Outcome').nth(2)).toHaveText('Differs from this scenario’s reading');
    await expect(feedbackRow(page, 'Decision')).toHaveCount(0);
    await expect(feedback).toContainText(
      'Go back to the questions to change a rating and see how the outcome changes.',
    );
    await expect(feedback).toContainText(scenario.feedbackParagraphs[0]);

    // Back to that question, the right rating this time.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectPracticeStep(page, th[wrongStep], scenario);
    await expect(page.getByRole('radio', { name: levels[wrongStep][wrongLevel], exact: true })).toBeChecked();
    await answer(page, levels[wrongStep][expected[wrongStep]]);

    await arrivePractice(page, outcomeHeading[scenario.expectedBand], scenario);
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
      'Feedback: your ratings match this scenario’s reading',
    );
    for (const step of ratingSteps) {
      await expect(feedbackRow(page, feedbackKey[step])).toHaveText([
        `You rated: ${levelName[expected[step]]}`,
        `This scenario’s reading: ${levelName[expected[step]]}`,
        'Matches this scenario’s reading',
      ]);
    }
    await expect(feedbackRow(page, 'Outcome').nth(2)).toHaveText('Matches this scenario’s reading');
    await expect(feedback).not.toContainText('Go back to the questions to change a rating');
    await proceed(page);

    // The decision the guidance expects (either, for professional judgement), then the rest of the journey.
    await arrivePractice(page, th.decision, scenario);
    const decision = scenario.expectedDecision === 'notMade' ? 'notMade' : 'made';
    await answer(page, decisionLabel[decision]);
    await arrivePractice(page, th.reasons, scenario);
    await page
      .getByLabel(th.reasons)
      .fill('Practice: the mark caused no harm and the cause has been put right.');
    await proceed(page);
    if (decision === 'notMade' && scenario.expectedBand !== 'undecided') {
      await arrivePractice(page, th.againstReason, scenario);
      await page.getByLabel(th.againstReason).fill('Practice: dealt with by another process.');
      await proceed(page);
    }
    await arrivePractice(page, th.discussedWith, scenario);
    await page.getByRole('checkbox', { name: 'Line manager', exact: true }).check();
    await proceed(page);
    await arrivePractice(page, th.discussionDetails, scenario);
    await page.getByLabel(th.discussionDetails).fill('Practice: with my line manager in supervision.');
    await proceed(page);
    if (decision === 'notMade') {
      await arrivePractice(page, th.otherProcesses, scenario);
      await page.getByRole('checkbox', { name: 'Care Management', exact: true }).check();
      await proceed(page);
    }
    await arrivePractice(page, th.checkAnswers, scenario);
    await expect(page.locator('section.feedback')).toHaveCount(0);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();

    // The complete screen: feedback with the decision, and no signing for practice.
    await expectHeadingFocused(page, th.complete);
    await expect(banner(page)).toContainText('TRAINING');
    await expect(banner(page).locator('summary')).toHaveText(`The scenario: ${scenario.title}`);
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
      'Feedback: your ratings match this scenario’s reading',
    );
    await expect(feedbackRow(page, 'Decision')).toHaveText([
      `Yours: ${decision === 'made' ? 'Make an alert' : 'No alert'}`,
      /^Expected: /,
      'Matches this scenario’s reading',
    ]);
    await expect(page.getByRole('heading', { name: 'Sign the decision record' })).toHaveCount(0);
    await expect(page.getByText('Sign the decision record')).toHaveCount(0);
    await expectNoAxeViolations(page, 'practice: complete');

    // The training page shows the last attempt as matched.
    await page.getByRole('button', { name: 'Return to the home screen' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await expectHeadingFocused(page, 'Training');
    const row = scenarioRow(page, 'Threshold scenarios', scenario.title);
    await expect(row).toContainText(
      'Matched this scenario’s reading (4 of 4 ratings as this scenario reads them; outcome matches)',
    );
    // A finished run is not "in progress".
    await expect(page.getByRole('heading', { name: 'Practice in progress' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'training home after a practice run');
  });

  test('an all-green scenario the guidance calls "not safeguarding but does require action": no alert, with other processes and reasons, matches', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const scenario = thresholdScenarios.find((entry) => entry.id === 'tp.medication.green.missedDose')!;
    expect(scenario.expectedBand).toBe('allGreen');
    await openTraining(page);
    await startPractice(page, 'Threshold scenarios', scenario.title);
    await expectPracticeStep(page, th.abuseTypes, scenario);
    for (const type of scenario.abuseTypes)
      await page.getByRole('checkbox', { name: typeLabel(type), exact: true }).check();
    await proceed(page, th.factors);
    await proceed(page, th.crime);
    await answer(page, crimeLabel.no, th.seriousness);
    await answer(page, levels.seriousness.green, th.frequency);
    await answer(page, levels.frequency.green, th.exposure);
    await answer(page, levels.exposure.green, th.recurrence);
    await answer(page, levels.recurrence.green, outcomeHeading.allGreen);
    await proceed(page, th.decision);
    await answer(page, decisionLabel.notMade, th.reasons);
    await page
      .getByLabel(th.reasons)
      .fill('Practice: a single missed dose, no harm; the care worker is booked on medication training.');
    await proceed(page, th.againstReason);
    await page
      .getByLabel(th.againstReason)
      .fill('Practice: poor practice that requires training, not safeguarding.');
    await proceed(page, th.discussedWith);
    await page.getByRole('checkbox', { name: 'Line manager', exact: true }).check();
    await proceed(page, th.discussionDetails);
    await page.getByLabel(th.discussionDetails).fill('Practice: with my line manager in supervision.');
    await proceed(page, th.otherProcesses);
    await page.getByRole('checkbox', { name: 'Care Management', exact: true }).check();
    await proceed(page, th.checkAnswers);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();

    await expectHeadingFocused(page, th.complete);
    await expect(feedbackRow(page, 'Decision')).toHaveText([
      'Yours: No alert',
      'Expected: Make an alert, or no alert with other processes used and your reasons recorded',
      'Matches this scenario’s reading',
    ]);
    await expectNoAxeViolations(page, 'practice: all green, no alert, complete');
  });

  test('a non-engagement scenario on the self-check: signs spotted, then a run that misses one', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // A scenario with more than one expected sign, so one can be missed while another is spotted.
    const scenario = nonEngagementScenarios.find((entry) => entry.expectedFlags.length >= 2)!;
    expect(scenario).toBeDefined();
    const stepIndex = (id: string) =>
      collusionQuestions.findIndex((question) => question === contentById.get(id)?.title);
    const flagged = scenario.expectedFlags.map(stepIndex);
    expect(flagged.every((index) => index >= 0)).toBe(true);
    const yesLabel = (index: number) => (index === 3 ? 'I am keeping my concerns to myself' : 'Yes');
    const titleOf = (index: number) => collusionQuestions[index];

    /** One run of the self-check on the scenario, flagging the questions given, to its outcome. */
    async function run(flags: number[]): Promise<void> {
      await openTraining(page);
      await startPractice(page, 'Non-engagement scenarios', scenario.title);
      for (const [index, question] of collusionQuestions.entries()) {
        await arrivePractice(page, question, scenario);
        await expect(page.locator('.journey-bar__title')).toHaveText(journeys.collusion);
        await answer(page, flags.includes(index) ? yesLabel(index) : collusionNo[index]);
      }
      await arrivePractice(page, 'Your reflection (optional)', scenario);
      await proceed(page);
      await arrivePractice(page, discussOutcome, scenario);
    }

    const feedback = page.locator('section.feedback');
    const listAfter = (heading: string) => feedback.locator(`h3:text-is("${heading}") + ul li`);

    // Every expected sign flagged.
    await run(flagged);
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
      'Feedback: you spotted the signs in this scenario',
    );
    await expect(listAfter('Signs you spotted')).toHaveText(flagged.map(titleOf));
    await expect(feedback.getByRole('heading', { name: 'Signs you did not flag' })).toHaveCount(0);
    for (const paragraph of scenario.explanation) await expect(feedback).toContainText(paragraph);
    await expect(feedback.getByRole('heading', { name: 'What the guidance says' })).toBeVisible();
    await proceed(page);
    await arrivePractice(page, ne.checkAnswers, scenario);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expectHeadingFocused(page, ne.complete);
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
      'Feedback: you spotted the signs in this scenario',
    );
    await expect(page.getByText('Sign the decision record')).toHaveCount(0);
    await expectNoAxeViolations(page, 'self-check practice: complete');
    await page.getByRole('button', { name: 'Return to the home screen' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await expectHeadingFocused(page, 'Training');
    await expect(scenarioRow(page, 'Non-engagement scenarios', scenario.title)).toContainText(
      `Matched the guidance (${flagged.length} of ${flagged.length} signs spotted)`,
    );

    // Another run, missing the last expected sign.
    const missed = flagged.at(-1)!;
    const spotted = flagged.slice(0, -1);
    await run(spotted);
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
      'Feedback: there are signs you did not flag',
    );
    await expect(listAfter('Signs you spotted')).toHaveText(spotted.map(titleOf));
    await expect(listAfter('Signs you did not flag')).toHaveText([titleOf(missed)]);
    await expectNoAxeViolations(page, 'self-check practice: signs missed');
    await proceed(page);
    await arrivePractice(page, ne.checkAnswers, scenario);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expectHeadingFocused(page, ne.complete);
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(
      'Feedback: there are signs you did not flag',
    );
    await expect(listAfter('Signs you did not flag')).toHaveText([titleOf(missed)]);
    await page.getByRole('button', { name: 'Return to the home screen' }).click();
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await expectHeadingFocused(page, 'Training');
    await expect(scenarioRow(page, 'Non-engagement scenarios', scenario.title)).toContainText(
      `Differed from the guidance (${spotted.length} of ${flagged.length} signs spotted)`,
    );
  });

  test('reopening an older finished practice run does not change the last attempt shown', async ({
    page,
  }) => {
    const scenario = nonEngagementScenarios.find((entry) => entry.expectedFlags.length >= 1)!;
    const flags = scenario.expectedFlags.map((id) =>
      collusionQuestions.findIndex((question) => question === contentById.get(id)?.title),
    );

    /** A self-check run on the scenario, flagging the questions given, to Journey complete. */
    async function finishedRun(flagged: number[]): Promise<string> {
      await openTraining(page);
      const id = await startPractice(page, 'Non-engagement scenarios', scenario.title);
      for (const [index, question] of collusionQuestions.entries()) {
        await expect(page.locator('h1')).toHaveText(question);
        await answer(
          page,
          flagged.includes(index)
            ? index === 3
              ? 'I am keeping my concerns to myself'
              : 'Yes'
            : collusionNo[index],
        );
      }
      await expect(page.locator('h1')).toHaveText('Your reflection (optional)');
      await proceed(page, flagged.length ? discussOutcome : noSignsOutcome);
      await proceed(page, ne.checkAnswers);
      await page.getByRole('button', { name: 'Confirm and finish' }).click();
      await expect(page.locator('h1')).toHaveText(ne.complete);
      await expect(page.locator('section.feedback')).toBeVisible();
      // The finished run is saved before the worker leaves (openTraining reloads the page).
      await waitForSaved(page);
      return id;
    }
    const row = () => scenarioRow(page, 'Non-engagement scenarios', scenario.title);

    const earlier = await finishedRun(flags);
    await openTraining(page);
    await expect(row()).toContainText('Matched the guidance');
    await finishedRun([]);
    await openTraining(page);
    await expect(row()).toContainText('Differed from the guidance');

    // Back to the earlier run's complete screen (as the browser's Back would), then to training.
    await page.goto(`/#/draft/${earlier}`);
    await expect(page.locator('h1')).toHaveText(ne.complete);
    await expect(page.locator('section.feedback')).toBeVisible();
    // Time for any write the screen makes to land, then on to training within the app (no unload).
    await page.waitForTimeout(1_000);
    await page.getByRole('button', { name: 'Return to the home screen' }).click();
    await expectHeadingFocused(page, 'Safeguarding Adults Decision Aid');
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await expectHeadingFocused(page, 'Training');
    await expect(row()).toContainText('Differed from the guidance');
  });

  test('practice never appears among real drafts or records, and Clear all training data leaves real drafts alone', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const realReference = 'REAL-KEEP-1';
    const finishedReference = 'REAL-DONE-1';

    // A real draft in progress, and a real journey finished, before any practice.
    await openHome(page);
    await page.getByRole('link', { name: journeys.collusion, exact: true }).click();
    await page.getByLabel('What is the case reference?').fill(realReference);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('h1')).toHaveText(collusionQuestions[0]);
    await expect(banner(page)).toHaveCount(0);
    await answer(page, 'No', collusionQuestions[1]);
    await waitForSaved(page);
    const realDraft = draftIdOf(page);
    expect(realDraft).not.toMatch(/^training-/);

    await openHome(page);
    await page.getByRole('link', { name: journeys.collusion, exact: true }).click();
    await page.getByLabel('What is the case reference?').fill(finishedReference);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('h1')).toHaveText(collusionQuestions[0]);
    for (const [index] of collusionQuestions.entries()) {
      await answer(page, collusionNo[index], collusionQuestions[index + 1] ?? 'Your reflection (optional)');
    }
    await proceed(page, noSignsOutcome);
    await proceed(page, ne.checkAnswers);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expectHeadingFocused(page, ne.complete);
    // A real journey is offered for signing; practice (below) is not.
    await expect(page.getByRole('heading', { name: 'Sign the decision record' })).toBeVisible();

    // Practice: a threshold run left part-way, a self-check run finished, and Peter part-way.
    const threshold = thresholdScenarios[1];
    const selfCheck = nonEngagementScenarios[0];
    await openTraining(page);
    const thresholdRun = await startPractice(page, 'Threshold scenarios', threshold.title);
    await arrivePractice(page, th.abuseTypes, threshold);
    await page.getByRole('checkbox', { name: typeLabel(threshold.abuseTypes[0]), exact: true }).check();
    await proceed(page);
    await arrivePractice(page, th.factors, threshold);

    await openTraining(page);
    const selfCheckRun = await startPractice(page, 'Non-engagement scenarios', selfCheck.title);
    for (const [index, question] of collusionQuestions.entries()) {
      await expectPracticeStep(page, question, selfCheck);
      await answer(page, collusionNo[index]);
    }
    await expectPracticeStep(page, 'Your reflection (optional)', selfCheck);
    await proceed(page, noSignsOutcome);
    await expect(page.locator('section.feedback')).toBeVisible();
    await proceed(page, ne.checkAnswers);
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expectHeadingFocused(page, ne.complete);
    await expect(page.locator('section.feedback')).toBeVisible();
    // No signing for practice: no record can be made from it.
    await waitForSaved(page);
    await expect(page.getByRole('heading', { name: 'Sign the decision record' })).toHaveCount(0);
    await expect(page.getByText('Sign the decision record')).toHaveCount(0);

    await page.goto('/#/training/peter');
    const firstStage = peterCaseStudy.stages[0];
    await expectHeadingFocused(page, peterCaseStudy.title);
    await proceed(page);
    await expectHeadingFocused(page, firstStage.question.title);
    await choosePeter(page, firstStage, firstStage.expected);
    await proceed(page);
    await expectHeadingFocused(page, matchesText);
    await page.getByRole('button', { name: 'Next stage' }).click();
    await expectHeadingFocused(page, peterCaseStudy.stages[1].question.title);
    // The home screen is opened by loading the page afresh: the stage reached is stored first.
    await waitForSaved(page);

    // The home screen: only the real journeys, nothing from practice.
    await openHome(page);
    const drafts = page.getByRole('table', { name: 'Journeys you have started on this device' });
    await expect(drafts.getByRole('row')).toHaveCount(2);
    await expect(drafts).toContainText(realReference);
    await expect(drafts).not.toContainText('TRAINING');
    const completed = page.getByRole('table', { name: 'Journeys finished on this device' });
    await expect(completed.getByRole('row')).toHaveCount(2);
    await expect(completed).toContainText(finishedReference);
    await expect(completed).not.toContainText('TRAINING');
    await expect(page.getByRole('heading', { name: 'Signed records' })).toBeVisible();
    await expect(page.getByText('No signed records on this device.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Decision records signed on this device' })).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('TRAINING');
    await expect(page.locator('main')).not.toContainText(threshold.title);
    await expect(page.locator('main')).not.toContainText(selfCheck.title);

    // The training page lists the practice in progress and the progress made.
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await expectHeadingFocused(page, 'Training');
    await expect(page.getByRole('heading', { name: 'Practice in progress' })).toBeVisible();
    const inProgress = page
      .locator('ul.list')
      .filter({ has: page.getByRole('link', { name: threshold.title, exact: true }) });
    await expect(inProgress.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('link', { name: threshold.title, exact: true })).toHaveAttribute(
      'href',
      `#/draft/${thresholdRun}`,
    );
    await expect(page.getByText(`(stage 2 of ${peterCaseStudy.stages.length})`)).toBeVisible();
    await expect(scenarioRow(page, 'Non-engagement scenarios', selfCheck.title)).toContainText(
      'Differed from the guidance (0 of',
    );
    await expectNoAxeViolations(page, 'training home with practice in progress');

    // Clear: it asks first; "No, keep it" keeps everything.
    await page.getByRole('button', { name: 'Clear all training data' }).click();
    await expect(
      page.getByText(
        'This removes all practice runs and progress from this device. Real drafts and records are not affected.',
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'clear training data: confirm');
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expect(page.getByRole('button', { name: 'Yes, clear all training data' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Practice in progress' })).toBeVisible();
    await expect(scenarioRow(page, 'Non-engagement scenarios', selfCheck.title)).toContainText(
      'Differed from the guidance (0 of',
    );

    // Yes: practice runs and progress go.
    await page.getByRole('button', { name: 'Clear all training data' }).click();
    await page.getByRole('button', { name: 'Yes, clear all training data' }).click();
    await expect(page.getByRole('heading', { name: 'Practice in progress' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Clear all training data' })).toBeVisible();
    await expect(scenarioRow(page, 'Non-engagement scenarios', selfCheck.title)).toContainText('Not tried');
    await expect(scenarioRow(page, 'Threshold scenarios', threshold.title)).toContainText('Not tried');
    await expect(page.getByText(/\((stage \d+ of \d+|finished)\)/)).toHaveCount(0);
    await expectNoAxeViolations(page, 'training home after clearing');

    // Still gone after a reload; the runs cannot be opened, and Peter starts again.
    await page.reload();
    await expectHeadingFocused(page, 'Training');
    await expect(scenarioRow(page, 'Non-engagement scenarios', selfCheck.title)).toContainText('Not tried');
    await expect(page.getByRole('heading', { name: 'Practice in progress' })).toHaveCount(0);
    for (const run of [thresholdRun, selfCheckRun]) {
      await page.goto(`/#/draft/${run}`);
      await expectHeadingFocused(page, 'This draft is not on this device');
    }
    await page.goto('/#/training/peter');
    await expectHeadingFocused(page, peterCaseStudy.title);
    await proceed(page);
    await expectHeadingFocused(page, firstStage.question.title);
    await expect(page.locator('.caption-l')).toContainText(`stage 1 of ${peterCaseStudy.stages.length}`);

    // The real drafts are where they were.
    await openHome(page);
    await expect(drafts.getByRole('row')).toHaveCount(2);
    await expect(completed.getByRole('row')).toHaveCount(2);
    await drafts
      .getByRole('link', { name: `Resume ${journeys.collusion}, case reference ${realReference}` })
      .click();
    await expect(page.locator('h1')).toHaveText(collusionQuestions[1]);
    expect(draftIdOf(page)).toBe(realDraft);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  });
});
