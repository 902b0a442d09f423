// The comparison behind training feedback: a trainee's answers against where the guidance places a
// scenario.
import { describe, expect, it } from 'vitest';
import { nonEngagementScenarios, thresholdScenarios } from '../../content/scenarios';
import {
  compareSelfCheckAttempt,
  compareThresholdAttempt,
  matchesExpected,
} from '../../machines/rules/training';
import { choice } from '../support/drive';

const redScenario = thresholdScenarios.find((scenario) => scenario.expectedBand === 'red')!;

function ratingAnswers(ratings: Record<string, string>, decision?: string) {
  const answers: Record<string, ReturnType<typeof choice>> = {};
  for (const [step, value] of Object.entries(ratings)) answers[step] = choice(value);
  if (decision) answers.decision = choice(decision);
  return answers;
}

describe('threshold practice feedback', () => {
  it('says which ratings differ, and that the outcome differs, for a wrong rating', () => {
    const wrong = { ...redScenario.expectedRatings };
    const redStep = (Object.keys(wrong) as Array<keyof typeof wrong>).find((step) => wrong[step] === 'red')!;
    const ratings = Object.fromEntries(Object.keys(wrong).map((step) => [step, 'green']));
    const result = compareThresholdAttempt(redScenario, ratingAnswers(ratings, 'made'));
    expect(result.matched).toBe(false);
    expect(result.ratings.find((rating) => rating.step === redStep)).toMatchObject({
      given: 'green',
      expected: 'red',
      matched: false,
    });
    expect(result.band).toEqual({ given: 'allGreen', expected: 'red', matched: false });
  });

  it('matches when every rating is where the guidance places the example', () => {
    for (const scenario of thresholdScenarios) {
      const result = compareThresholdAttempt(scenario, ratingAnswers(scenario.expectedRatings, 'made'));
      expect(result.matched, scenario.id).toBe(true);
      expect(result.ratings.every((rating) => rating.matched)).toBe(true);
    }
  });

  it('accepts either decision where the matrix leaves it to professional judgement', () => {
    const undecided = thresholdScenarios.find(
      (scenario) => scenario.expectedDecision === 'professionalJudgement',
    )!;
    for (const decision of ['made', 'notMade']) {
      expect(
        compareThresholdAttempt(undecided, ratingAnswers(undecided.expectedRatings, decision)).decision
          .matched,
      ).toBe(true);
    }
    expect(
      compareThresholdAttempt(redScenario, ratingAnswers(redScenario.expectedRatings, 'notMade')).decision
        .matched,
    ).toBe(false);
  });
});

describe('non-engagement practice feedback', () => {
  const scenario = nonEngagementScenarios[0];
  const stepOf = (id: string) => id.replace('collusion.', '');

  it('lists signs spotted, missed and extra', () => {
    const answers = { minimising: choice('yes') };
    const result = compareSelfCheckAttempt(scenario, answers);
    expect(result.missed).toEqual(scenario.expectedFlags);
    expect(result.extra).toEqual(
      scenario.expectedFlags.includes('collusion.minimising') ? [] : ['collusion.minimising'],
    );
    expect(result.matched).toBe(false);
  });

  it('matches when every expected sign is flagged, yes or not sure', () => {
    const answers = Object.fromEntries(scenario.expectedFlags.map((id) => [stepOf(id), choice('notSure')]));
    const result = compareSelfCheckAttempt(scenario, answers);
    expect(result).toMatchObject({ spotted: scenario.expectedFlags, missed: [], matched: true });
  });
});

describe('case study answers', () => {
  it('match only the same set of options', () => {
    expect(matchesExpected(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(matchesExpected(['a'], ['a', 'b'])).toBe(false);
    expect(matchesExpected(['a', 'c'], ['a'])).toBe(false);
  });
});

describe('progress from finished practice runs', () => {
  it('counts finished runs and reports the most recently finished one; unfinished runs do not count', async () => {
    const { progressFromRuns } = await import('../../src/screens/training/scenarios');
    const scenario = nonEngagementScenarios[0];
    const run = (updatedAt: string, status: 'complete' | 'inProgress', flagged: boolean) => ({
      id: `training-${updatedAt}`,
      format: 1 as const,
      journeyId: 'collusion',
      journeyVersion: 1,
      editions: [],
      caseReference: 'TRAINING',
      pending: {},
      status,
      createdAt: updatedAt,
      updatedAt,
      training: { kind: 'nonEngagement' as const, scenarioId: scenario.id },
      snapshot: {
        context: {
          answers: flagged
            ? Object.fromEntries(
                scenario.expectedFlags.map((id) => [id.replace('collusion.', ''), choice('yes')]),
              )
            : {},
          path: [],
          changing: null,
        },
      },
    });
    const progress = progressFromRuns([
      run('2026-11-22T10:00:00.000Z', 'complete', true),
      run('2026-11-22T11:00:00.000Z', 'complete', false),
      run('2026-11-22T12:00:00.000Z', 'inProgress', true),
    ]).get(scenario.id);
    expect(progress).toMatchObject({ attempts: 2, matched: false, at: '2026-11-22T11:00:00.000Z' });
  });
});
