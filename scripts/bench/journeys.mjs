// Step and save times at 4× CPU slowdown over the non-engagement and threshold journeys, from the case
// reference to check answers, each step's save set against a bare IndexedDB put of the same draft, and
// each step set against the same screens shown as static HTML.
import {
  answerAndTime,
  barePutMs,
  newPage,
  openJourney,
  pageWithoutScripts,
  setUpProtection,
  showStaticAndTime,
  stuckScreen,
} from './app.mjs';
import { percentile } from './stats.mjs';

export const walkedJourneys = [
  'Adult not engaging with services',
  'Should this concern go through safeguarding adults procedures?',
];

const mainHtml = (page) => page.evaluate(() => document.querySelector('main').innerHTML);

/** The median, p95 and slowest first step of a run's step times, first steps (Start) included. */
function stepFigures(firstSteps, steps) {
  const stepTimes = [...firstSteps, ...steps];
  return {
    stepMedian: percentile(stepTimes, 0.5),
    stepP95: percentile(stepTimes, 0.95),
    firstStepMax: Math.max(...firstSteps),
  };
}

/**
 * One run on a fresh device: every step of both journeys, answered as `answerAndTime` does. Returns
 * per-run medians and p95s, the screens walked (so the table can say what was measured), and each
 * screen as it was first shown (`shown`, for `staticStepsRun`).
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
    const shown = { page: '', journeys: [] };
    for (const [index, title] of walkedJourneys.entries()) {
      await page.goto(`${baseUrl}#/`);
      await page.getByRole('heading', { name: 'Drafts in progress' }).waitFor({ timeout: 60_000 });
      const home = await mainHtml(page);
      await openJourney(page, title, `BENCH-${index + 1}`);
      shown.page ||= await pageWithoutScripts(page);
      const screens = { home, reference: await mainHtml(page), steps: [] };
      shown.journeys.push(screens);
      walked[title] = [];
      for (let count = 0; count < maxSteps; count += 1) {
        const timed = await answerAndTime(page, { save: count > 0 });
        // A screen that does not move on is a failed run, not a shorter one: fewer steps walked would
        // change what the figures measure.
        if (!timed) throw new Error(`${title} did not move on from ${await stuckScreen(page)}`);
        (count === 0 ? firstSteps : steps).push(timed);
        walked[title].push(timed.to);
        screens.steps.push(await mainHtml(page));
        if (timed.savedMs !== null) bare.push(await barePutMs(page));
        if (timed.to === 'Check your answers') break;
      }
      if (walked[title].at(-1) !== 'Check your answers')
        throw new Error(`${title} did not reach "Check your answers" in ${maxSteps} steps`);
    }
    const all = [...firstSteps, ...steps];
    const saveTimes = all.filter((step) => step.savedMs !== null).map((step) => step.savedMs);
    const { stepMedian, stepP95, firstStepMax } = stepFigures(
      firstSteps.map((step) => step.stepMs),
      steps.map((step) => step.stepMs),
    );
    const bareP95 = percentile(bare, 0.95);
    const saveP95 = percentile(saveTimes, 0.95);
    return {
      walked,
      shown,
      steps: all.length,
      stepMedian,
      stepP95,
      firstStepMax,
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

/**
 * The baseline for the steps: on a fresh page with the app's stylesheets and none of its code, the very
 * screens a `journeyRun` showed, put in main one after another in the order it showed them, each timed
 * as a step is, at `rate`× CPU. What the browser alone takes to style, lay out and paint each screen the
 * first time it is shown.
 */
export async function staticStepsRun(browser, baseUrl, shown, { rate = 4 } = {}) {
  const { page, throttle, close } = await newPage(browser);
  try {
    const address = `${baseUrl}static-steps.html`;
    await page.route(address, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: shown.page }),
    );
    await page.goto(address);
    await throttle(rate);
    const firstSteps = [];
    const steps = [];
    for (const screens of shown.journeys) {
      // Not timed: home, then the journey's case reference screen, from which Start opens its first
      // question, as the app showed them before its first step.
      for (const html of [screens.home, screens.reference]) {
        await page.evaluate((html) => {
          document.querySelector('main').innerHTML = html;
        }, html);
        await page.waitForTimeout(200);
      }
      for (const [index, html] of screens.steps.entries()) {
        // As between the app's steps: its answer is given, then Continue pressed 50 ms later.
        await page.waitForTimeout(50);
        (index === 0 ? firstSteps : steps).push(await showStaticAndTime(page, html));
      }
    }
    return stepFigures(firstSteps, steps);
  } finally {
    await close();
  }
}
