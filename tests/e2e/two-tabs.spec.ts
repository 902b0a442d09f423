// The same draft open in two tabs: one tab holds it, the other says it is open elsewhere and can take it
// over; taking over saves what the first tab had typed before the second reads it, and the first tab
// then stops writing and says so.
import type { Page } from '@playwright/test';
import {
  activate,
  answer,
  draftIdOf,
  expect,
  expectHeadingFocused,
  expectNoAxeViolations,
  journeys,
  ne,
  openHome,
  saveCount,
  startJourney,
  tabTo,
  test,
  waitForSaved,
} from './helpers';

const typedInFirstTab = 'Door not answered on 3 visits; GP says prescriptions not collected since May.';

/**
 * In this tab the pause after typing never ends, so what is typed is saved only when the tab is asked
 * to hand the draft over: a test of the hand-over, not of the typing pause.
 */
async function typingPauseNeverEnds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const setTimeoutOriginal = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
      setTimeoutOriginal(handler, delay === 400 ? 2 ** 31 - 1 : delay, ...rest)) as typeof window.setTimeout;
  });
}

test('a draft open in two tabs: the second offers to take it over, and nothing typed in the first is lost', async ({
  context,
}) => {
  const first = await context.newPage();
  await typingPauseNeverEnds(first);
  await openHome(first);
  await startJourney(first, journeys.nonEngagement, 'REF-TABS');
  await answer(first, 'Yes', ne.evidence);
  await answer(first, 'I have evidence that non-engagement increases risk', ne.evidenceDetail);
  await waitForSaved(first);
  const draftId = draftIdOf(first);
  const saves = await saveCount(first);
  await tabTo(first, first.getByLabel(ne.evidenceDetail));
  await first.keyboard.type(typedInFirstTab);
  await first.waitForTimeout(1000);
  expect(await saveCount(first), 'typed, not yet saved').toBe(saves);

  const second = await context.newPage();
  await second.goto(`/#/draft/${encodeURIComponent(draftId)}`);
  await expectHeadingFocused(second, 'This draft is open in another tab');
  await expect(second.getByText('REF-TABS')).toHaveCount(0);
  await expectNoAxeViolations(second, 'This draft is open in another tab');

  await activate(second, second.getByRole('button', { name: 'Take it over in this tab' }));
  await expectHeadingFocused(second, ne.evidenceDetail);
  await expect(second.getByLabel(ne.evidenceDetail)).toHaveValue(typedInFirstTab);

  await expectHeadingFocused(first, 'This draft is now open in another tab');
  await expect(first.getByLabel(ne.evidenceDetail)).toHaveCount(0);
  await expectNoAxeViolations(first, 'This draft is now open in another tab');

  // The second tab carries on; the first writes nothing more.
  await activate(second, second.getByRole('button', { name: 'Continue', exact: true }));
  await expectHeadingFocused(second, ne.consider);
  await waitForSaved(second);

  // And the first can take it back, opening it where the second left it.
  await activate(first, first.getByRole('button', { name: 'Continue in this tab' }));
  await expectHeadingFocused(first, ne.consider);
  await expectHeadingFocused(second, 'This draft is now open in another tab');
});

test('leaving a draft lets it go: it opens again at once, in this tab or another', async ({
  page,
  context,
}) => {
  await openHome(page);
  await startJourney(page, journeys.collusion, 'REF-TABS-2');
  const draftId = draftIdOf(page);
  // Within the app, not a page load: the tab lets the draft go when the journey screen closes.
  await page.locator('.header__name').click();
  await expect(page.getByRole('heading', { name: 'Drafts in progress' })).toBeVisible();
  const other = await context.newPage();
  await other.goto(`/#/draft/${encodeURIComponent(draftId)}`);
  await expect(other.locator('.journey-bar__reference')).toContainText('REF-TABS-2');
  await other.close();
  await page.getByRole('link', { name: /^Resume .*REF-TABS-2/ }).click();
  await expect(page.locator('.journey-bar__reference')).toContainText('REF-TABS-2');
});
