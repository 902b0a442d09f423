// A risk management case's screens as a worker goes through them, and one review meeting recorded from
// its date back to the task list, for every browser test of the review task.
import type { Page } from '@playwright/test';
import { contentById } from '../../content';
import { expect, expectNoAxeViolations, waitForSaved } from './helpers';

/** The title a content item shows as its screen's heading. */
export function title(id: string): string {
  const content = contentById.get(id);
  if (!content) throw new Error(`No content ${id}`);
  return content.title;
}

/** Every new screen: its heading, the last answer committed, and no axe violations. */
export async function arrive(page: Page, heading: string): Promise<void> {
  await expect(page.locator('h1')).toHaveText(heading);
  await waitForSaved(page);
  await expectNoAxeViolations(page, heading);
}

export async function proceed(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

export async function chooseAndContinue(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await proceed(page);
}

/** Sets a stage checklist item's status, who and by when. */
export async function trackAction(
  page: Page,
  step: string,
  item: string,
  status: 'done' | 'planned' | 'notAppropriate',
  who: string,
  due: string,
) {
  await page.locator(`#${step}-${item}-${status}`).check();
  await page.locator(`#${step}-${item}-owner`).fill(who);
  await page.locator(`#${step}-${item}-due`).fill(due);
}

export interface Review {
  date: string;
  /** Each action's status on the plan carried into the meeting, in order. */
  statuses: Array<'open' | 'done' | 'notNeeded'>;
  progress: 'Yes' | 'No';
  resolved: 'Yes' | 'No';
  /** The next review's date, or (resolved) the on-going support and referral back. */
  then: string;
}

/**
 * One review meeting, from its date to the task list again. `on` runs on arrival at a screen (by its
 * content id), after the heading and axe checks and before it is answered: a test's own checks, or
 * anything that happens to the worker there.
 */
export async function recordReview(
  page: Page,
  review: Review,
  on: Readonly<Record<string, () => Promise<void>>> = {},
): Promise<void> {
  const at = async (id: string) => {
    await arrive(page, title(id));
    await on[id]?.();
  };
  await at('rm.review.date');
  await page.getByLabel(title('rm.review.date')).fill(review.date);
  await proceed(page);
  await at('rm.review.attendees');
  await page.locator('#reviewAttendees-0-name').fill('A. Khan');
  await page.locator('#reviewAttendees-0-roleAgency').fill('Lead professional, adult social care');
  await proceed(page);
  await at('rm.stage3');
  await trackAction(page, 'stage3', 'reviewPlan', 'done', 'Chair', review.date);
  await proceed(page);
  await at('rm.review.actionPlan');
  for (const [index, status] of review.statuses.entries())
    await page
      .locator(`#reviewActionPlan-${index}-status${status === 'open' ? '' : status === 'done' ? '-1' : '-2'}`)
      .check();
  await proceed(page);
  await at('rm.review.newInformation');
  await page.getByLabel(title('rm.review.newInformation')).fill('GP: the adult let the nurse in');
  await proceed(page);
  await at('rm.review.riskChanges');
  await page.getByLabel(title('rm.review.riskChanges')).fill('Exits partly cleared');
  await proceed(page);
  await at('rm.progress');
  await chooseAndContinue(page, review.progress);
  if (review.progress === 'No') {
    await at('rm.outcome.alternativeApproach');
    await proceed(page);
  }
  await at('rm.review.decisions');
  await page
    .getByLabel(title('rm.review.decisions'))
    .fill('Carry on with the plan, because progress is slow but real');
  await proceed(page);
  await at('rm.risksResolved');
  await chooseAndContinue(page, review.resolved);
  const [question, outcome] =
    review.resolved === 'Yes'
      ? ['rm.review.ongoingSupport', 'rm.outcome.risksManaged']
      : ['rm.review.nextDate', 'rm.outcome.continueReview'];
  await at(question);
  await page.getByLabel(title(question)).fill(review.then);
  await proceed(page);
  await at(outcome);
  await proceed(page);
}
