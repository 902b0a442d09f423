// Step and save times at 4× CPU slowdown over the non-engagement and threshold journeys, from the case
// reference to check answers, each step's save set against a bare IndexedDB put of the same draft.
import { answerAndTime, barePutMs, newPage, openJourney, setUpProtection, stuckScreen } from './app.mjs';
import { percentile } from './stats.mjs';

export const walkedJourneys = [
  'Adult not engaging with services',
  'Should this concern go through safeguarding adults procedures?',
];

/**
 * One run on a fresh device: every step of both journeys, answered as `answerAndTime` does. Returns
 * per-run medians and p95s, and the screens walked (so the table can say what was measured).
 */
export async function journeyRun(browser, baseUrl, { rate = 4, maxSteps = 40 } = {}) {
  const { page, throttle, close } = await newPage(browser);
  try {
    await page.goto(baseUrl);
    await setUpProtection(page);
    await throttle(rate);
    const steps = [];
    const firstSteps = [];
    const bare = [];
    const walked = {};
    for (const [index, title] of walkedJourneys.entries()) {
      await page.goto(`${baseUrl}#/`);
      await page.getByRole('heading', { name: 'Drafts in progress' }).waitFor({ timeout: 60_000 });
      await openJourney(page, title, `BENCH-${index + 1}`);
      walked[title] = [];
      for (let count = 0; count < maxSteps; count += 1) {
        const timed = await answerAndTime(page, { save: count > 0 });
        // A screen that does not move on is a failed run, not a shorter one: fewer steps walked would
        // change what the figures measure.
        if (!timed) throw new Error(`${title} did not move on from ${await stuckScreen(page)}`);
        (count === 0 ? firstSteps : steps).push(timed);
        walked[title].push(timed.to);
        if (timed.savedMs !== null) bare.push(await barePutMs(page));
        if (timed.to === 'Check your answers') break;
      }
      if (walked[title].at(-1) !== 'Check your answers')
        throw new Error(`${title} did not reach "Check your answers" in ${maxSteps} steps`);
    }
    const all = [...firstSteps, ...steps];
    const stepTimes = all.map((step) => step.stepMs);
    const saveTimes = all.filter((step) => step.savedMs !== null).map((step) => step.savedMs);
    const stepP95 = percentile(stepTimes, 0.95);
    const bareP95 = percentile(bare, 0.95);
    const saveP95 = percentile(saveTimes, 0.95);
    return {
      walked,
      steps: all.length,
      stepMedian: percentile(stepTimes, 0.5),
      stepP95,
      firstStepMax: Math.max(...firstSteps.map((step) => step.stepMs)),
      saveMedian: percentile(saveTimes, 0.5),
      saveP95,
      bareMedian: percentile(bare, 0.5),
      bareP95,
      saveRatio: saveP95 / (stepP95 + bareP95),
    };
  } finally {
    await close();
  }
}
