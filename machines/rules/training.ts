// How a trainee's answers compare with where the guidance places a practice scenario. Pure, so the same
// comparison is shown on screen and tested.
import type {
  ExpectedDecision,
  NonEngagementScenario,
  PeterCaseStudy,
  PeterStage,
  RatingStep,
  ThresholdScenario,
} from '../../content/scenarios';
import { ratingStepOrder } from '../../content/scenarios';
import { choiceOf, choicesOf, type Answer } from '../journey';
import { collusionContentId, flaggedCollusionSteps } from './collusion';
import { thresholdBand } from './threshold-findings';

export interface Compared<T> {
  given: T | undefined;
  expected: T;
  matched: boolean;
}

export interface ThresholdComparison {
  ratings: Array<Compared<string> & { step: RatingStep }>;
  band: Compared<string>;
  /** 'professionalJudgement' accepts either decision; 'alertOrOtherProcesses' an alert, or other processes with reasons. */
  decision: Compared<string>;
  matched: boolean;
}

/** A decision not to alert that uses other processes and gives its reasons (§15.2). */
const otherProcessesWithReasons = (answers: Record<string, Answer>): boolean =>
  choicesOf(answers.otherProcesses).length > 0 &&
  answers.reasons?.kind === 'text' &&
  answers.reasons.text.trim() !== '';

function decisionFits(expected: ExpectedDecision, given: string, answers: Record<string, Answer>): boolean {
  switch (expected) {
    case 'professionalJudgement':
      return true;
    case 'alertOrOtherProcesses':
      return given === 'made' || (given === 'notMade' && otherProcessesWithReasons(answers));
    default:
      return given === expected;
  }
}

export function compareThresholdAttempt(
  scenario: ThresholdScenario,
  answers: Record<string, Answer>,
): ThresholdComparison {
  const ratings = ratingStepOrder.map((step) => {
    const given = choiceOf(answers[step]);
    return {
      step,
      given,
      expected: scenario.expectedRatings[step],
      matched: given === scenario.expectedRatings[step],
    };
  });
  const givenBand = thresholdBand(answers);
  const givenDecision = choiceOf(answers.decision);
  const decisionMatched =
    givenDecision !== undefined && decisionFits(scenario.expectedDecision, givenDecision, answers);
  return {
    ratings,
    band: { given: givenBand, expected: scenario.expectedBand, matched: givenBand === scenario.expectedBand },
    decision: { given: givenDecision, expected: scenario.expectedDecision, matched: decisionMatched },
    matched: ratings.every((rating) => rating.matched) && givenBand === scenario.expectedBand,
  };
}

export interface SelfCheckComparison {
  /** Self-check questions the scenario shows signs of, which the trainee answered yes or not sure. */
  spotted: string[];
  /** Signs the trainee did not flag. */
  missed: string[];
  /** Questions flagged that the scenario does not point to: not wrong, worth discussing. */
  extra: string[];
  matched: boolean;
}

export function compareSelfCheckAttempt(
  scenario: NonEngagementScenario,
  answers: Record<string, Answer>,
): SelfCheckComparison {
  const flagged = flaggedCollusionSteps(answers).map(collusionContentId);
  const spotted = scenario.expectedFlags.filter((id) => flagged.includes(id));
  const missed = scenario.expectedFlags.filter((id) => !flagged.includes(id));
  const extra = flagged.filter((id) => !scenario.expectedFlags.includes(id));
  return { spotted, missed, extra, matched: missed.length === 0 };
}

/** Whether a staged case-study answer is the one the review supports (the same set, for several). */
export function matchesExpected(given: readonly string[], expected: readonly string[]): boolean {
  return given.length === expected.length && expected.every((value) => given.includes(value));
}

/** The values an answer to a case-study question chose: one for a single choice, any number for several. */
export const chosenValues = (answer: Answer | undefined): string[] =>
  answer?.kind === 'choice' ? [answer.choice] : choicesOf(answer);

/**
 * The steps of a case study's stage, named from the stage's id ("peter.levels" → "levels"): its question
 * and the feedback for a decision that matches what the review supports and for one that does not.
 */
export function caseStudySteps(stage: PeterStage) {
  const question = stage.id.slice(stage.id.indexOf('.') + 1);
  return { question, matches: `${question}Matches`, differs: `${question}Differs` };
}

export interface CaseStudyComparison {
  stages: Array<{ stage: PeterStage; given: string[]; matched: boolean }>;
  /** How many stages' decisions match what the review supports. */
  matched: number;
}

/** Each stage's decision beside what the review supports. */
export function compareCaseStudyAttempt(
  caseStudy: PeterCaseStudy,
  answers: Record<string, Answer>,
): CaseStudyComparison {
  const stages = caseStudy.stages.map((stage) => {
    const given = chosenValues(answers[caseStudySteps(stage).question]);
    return { stage, given, matched: matchesExpected(given, stage.expected) };
  });
  return { stages, matched: stages.filter((entry) => entry.matched).length };
}

/**
 * Where a trainee is in a case study, from the step they are on: the stage (0-based) whose question or
 * feedback it is (the introduction counts as the first), or 'finished' once past the last stage.
 */
export function caseStudyPlace(caseStudy: PeterCaseStudy, step: string | undefined): number | 'finished' {
  const found = caseStudy.stages.findIndex((stage) =>
    Object.values(caseStudySteps(stage)).includes(step ?? ''),
  );
  if (found >= 0) return found;
  return step === undefined || step === 'introduction' ? 0 : 'finished';
}
