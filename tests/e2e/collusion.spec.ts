// "Am I colluding? A self-check" on its own.
import {
  activate,
  collusionNo,
  collusionQuestions,
  discussOutcome,
  expect,
  expectHeadingFocused,
  expectNoAxeViolations,
  journeys,
  ne,
  noSignsOutcome,
  openHome,
  startJourney,
  summaryRows,
  summaryValue,
  test,
  waitForSaved,
  walkCollusion,
} from './helpers';

test.describe('Am I colluding? self-check', () => {
  test('all "No": none of the signs, with an axe check on every screen', async ({ page }) => {
    await openHome(page);
    await startJourney(page, journeys.collusion, 'REF-SC-1', {
      onReferenceScreen: () => expectNoAxeViolations(page, 'case reference'),
    });
    await walkCollusion(page, collusionNo, '', async (heading) => {
      await waitForSaved(page);
      await expectNoAxeViolations(page, heading);
      if (heading === noSignsOutcome) {
        await expect(page.getByText('You answered no to all six "Am I colluding?" questions.')).toBeVisible();
        await expect(page.locator('.findings')).toHaveCount(0);
      }
    });
    expect(await summaryRows(page)).toEqual([
      ['Case reference', 'REF-SC-1'],
      ...collusionQuestions.map((question, index): [string, string] => [question, collusionNo[index]]),
      ['Your reflection (optional)', 'Not given'],
      ['Outcome', noSignsOutcome],
    ]);
    await activate(page, page.getByRole('button', { name: 'Confirm and finish' }));
    await expectHeadingFocused(page, ne.complete);
    await expect(page.locator('.panel')).toContainText(journeys.collusion);
    await expectNoAxeViolations(page, ne.complete);
  });

  test('"not sure" on one question: talk it through with your line manager, listing exactly that question', async ({
    page,
  }) => {
    await openHome(page);
    await startJourney(page, journeys.collusion, 'REF-SC-2');
    const choices: string[] = [...collusionNo];
    choices[2] = "I'm not sure";
    await walkCollusion(page, choices, '', async (heading) => {
      if (heading !== discussOutcome) return;
      await expectNoAxeViolations(page, heading);
      await expect(page.getByText('The questions that raised it:')).toBeVisible();
      const flagged = page.locator('.findings li');
      await expect(flagged).toHaveCount(1);
      await expect(flagged).toHaveText(`${collusionQuestions[2]} I'm not sure`);
    });
    await expect(summaryValue(page, collusionQuestions[2])).toHaveText("I'm not sure");
    await expect(summaryValue(page, 'Outcome')).toHaveText(discussOutcome);
  });

  test('the reflection shows on check answers and on the finished record', async ({ page }) => {
    const reflection = 'Realised I rely on the daughter for updates; raise at supervision.';
    await openHome(page);
    await startJourney(page, journeys.collusion, 'REF-SC-3');
    const choices: string[] = [...collusionNo];
    choices[0] = 'Yes';
    choices[3] = 'I am keeping my concerns to myself';
    await walkCollusion(page, choices, reflection, async (heading) => {
      if (heading !== discussOutcome) return;
      const flagged = page.locator('.findings li');
      await expect(flagged).toHaveCount(2);
      await expect(flagged.nth(0)).toContainText(collusionQuestions[0]);
      await expect(flagged.nth(1)).toHaveText(`${collusionQuestions[3]} I am keeping my concerns to myself`);
    });
    await expect(summaryValue(page, 'Your reflection (optional)')).toHaveText(reflection);
    await activate(page, page.getByRole('button', { name: 'Confirm and finish' }));
    await expectHeadingFocused(page, ne.complete);
    await expect(summaryValue(page, 'Your reflection (optional)')).toHaveText(reflection);
  });
});
