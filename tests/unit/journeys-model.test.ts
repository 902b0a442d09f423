// Model-based walks of every journey with xstate/graph: every step and outcome reachable, no dead ends,
// every step's content present and of the right kind.
import { describe, expect, it } from 'vitest';
import { getNextSnapshot, type AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { contentById } from '../../content';
import { type Journey, loadAllJourneys } from '../../machines';
import { stepMetas } from '../../machines/journey';
import { peterCaseStudy } from '../../content/scenarios';
import { collusionSteps } from '../../machines/rules/collusion';
import { caseStudySteps } from '../../machines/rules/training';
import { forwardEvents, serialiseByAnswers, type WalkOptions } from '../support/journey-events';

const allJourneys = await loadAllJourneys();

const screenContentKinds: Record<string, string[]> = {
  question: ['question'],
  multiSelect: ['multiSelect'],
  text: ['text'],
  checklist: ['checklist'],
  notes: ['notes'],
  entries: ['entries'],
  information: ['information'],
  outcome: ['outcome'],
};

// In the non-engagement journey the self-check's 729 combinations add nothing the collusion journey's
// own walk does not cover: one flagged and one clear pattern are enough to reach both results.
// In the threshold journey the abuse types change only the examples shown, never the route.
const walkOptions: Record<string, WalkOptions> = {
  'non-engagement': {
    restrict: Object.fromEntries(collusionSteps.slice(1).map((step) => [step, ['no']])),
  },
  thresholds: { restrict: { abuseTypes: ['physical'] } },
  // In the risk management journey the at-risk statements, the other processes and the legislation
  // change only what is recorded, never the route: one selection (and "None of these" where it changes
  // the route) stands for the rest. The circumstances of 1.4 decide whether the framework applies;
  // "None of these" is the one selection from which every step is reachable (within 1.4, the outcome
  // "not at risk" is not), and the route within 1.4 is walked in guidance-fidelity-journeys.test.ts.
  'risk-management': {
    restrict: {
      situations: ['none'],
      atRiskTests: ['refusedEssentialServices', 'none'],
      otherProcess: ['marac', 'none'],
      // Appendix C's criteria, the alert, the weekly review and the active process are recorded, never
      // a route: whether the case is on the register is ("not sure" goes where "no" does).
      highRiskCase: ['toxicTrio'],
      onRegister: ['yes', 'no'],
      registerAlert: ['yes'],
      registerWeeklyReview: ['no'],
      registerActiveProcess: ['yes'],
      legislation: ['careAct2014s42'],
    },
  },
  // In the partnership journey one area stands for the seven, and one ground and forum for the others
  // (with "None of these", which changes the route). Qualities are offered one at a time, as every
  // multi-select is, which reaches the step shown when not all six are confirmed.
  partnership: {
    restrict: {
      manageDailyLife: ['finances', 'none'],
      grounds: ['riskToOthers', 'none'],
      qualities: ['accurate'],
      forums: ['marac', 'none'],
    },
  }, // In the case of Peter a stage's route depends only on whether the decision is the one the review
  // supports: that decision (on a multi-select, its whole set) and one other stand for the rest.
  peter: {
    restrict: Object.fromEntries(
      peterCaseStudy.stages.map((stage) => [
        caseStudySteps(stage).question,
        stage.question.multiple
          ? [stage.question.options.find((option) => !stage.expected.includes(option.value))!.value]
          : [
              stage.expected[0],
              stage.question.options.find((option) => option.value !== stage.expected[0])!.value,
            ],
      ]),
    ),
    together: Object.fromEntries(
      peterCaseStudy.stages
        .filter((stage) => stage.question.multiple)
        .map((stage) => [caseStudySteps(stage).question, [stage.expected]]),
    ),
  },
};

function walk(journey: Journey) {
  const events = forwardEvents(journey, walkOptions[journey.id]);
  const paths = getShortestPaths(journey.machine, { events, serializeState: serialiseByAnswers });
  return { paths, events };
}

describe.each(allJourneys.map((journey) => [journey.id, journey] as const))('journey %s', (_id, journey) => {
  const metas = stepMetas(journey);
  const { paths, events } = walk(journey);
  const reached = paths.map((path) => path.state as AnyMachineSnapshot);

  it('reaches every step, including every outcome', () => {
    const reachedSteps = new Set(reached.map((snapshot) => String(snapshot.value)));
    expect([...metas.keys()].filter((step) => !reachedSteps.has(step))).toEqual([]);
    expect([...metas.values()].some((meta) => meta.screen === 'outcome')).toBe(true);
  });

  it('has no dead ends: every reachable step offers a way forward to another step', () => {
    const deadEnds = reached.filter((snapshot) => {
      if (snapshot.status === 'done') return false;
      return !events(snapshot).some(
        (event) => getNextSnapshot(journey.machine, snapshot, event).value !== snapshot.value,
      );
    });
    expect(deadEnds.map((snapshot) => snapshot.value)).toEqual([]);
  });

  it('ends only at "complete", after check answers', () => {
    const done = reached.filter((snapshot) => snapshot.status === 'done');
    expect(done.length).toBeGreaterThan(0);
    for (const snapshot of done) {
      expect(snapshot.value).toBe('complete');
      expect(snapshot.context.path.at(-2)).toBe('checkAnswers');
    }
  });

  it('names, for every step, content that exists and suits its screen', () => {
    for (const [step, meta] of metas) {
      if (meta.screen === 'checkAnswers' || meta.screen === 'complete' || meta.screen === 'taskList')
        continue;
      const content = contentById.get(meta.contentId ?? '');
      expect(content, `content for step ${step}`).toBeDefined();
      expect(screenContentKinds[meta.screen], `screen of step ${step}`).toContain(content!.kind);
      if (meta.findings)
        expect(journey.findings[meta.findings], `findings rule ${meta.findings}`).toBeTypeOf('function');
    }
  });

  it('keeps the path in step with the current state on every walk', () => {
    for (const snapshot of reached) {
      expect(snapshot.context.path.at(-1)).toBe(snapshot.value);
      expect(new Set(snapshot.context.path).size).toBe(snapshot.context.path.length);
    }
  });
});
