import { noneValue } from '../content/option-values';
import {
  choiceOf,
  choicesOf,
  initialContext,
  journeySetup,
  finishingSteps,
  recordAndGo,
  withNavigation,
  type GuardArgs,
  type StepMeta,
  type JourneyDefinition,
} from './journey';
import { answersWith } from './rules/answers';
import {
  crimeMayHaveBeenCommitted,
  examplesForSelectedTypes,
  outcomeFindings,
  ratingSteps,
  thresholdBand,
} from './rules/threshold-findings';

// Solihull LPG 15, Thresholds: the types of abuse, the factors to identify, the four threshold questions
// rated green / amber / red, the outcome from the matrix's rule, and the worker's recorded decision.

const bandOf = (args: GuardArgs) => thresholdBand(answersWith(args.context, args.event));
const decisionOf = (args: GuardArgs) => choiceOf(answersWith(args.context, args.event).decision);

export const thresholdGuards = {
  bandIs: (args: GuardArgs, params: { band: string }) => bandOf(args) === params.band,
  /**
   * Every band the matrix decides says an alert should be raised (red and more than two amber: make
   * an alert or referral; all green: "not safeguarding but raise an alert"), so not making one goes
   * against it. One or two amber is left to professional judgement, so no decision goes against it.
   */
  decisionAgainstMatrix: (args: GuardArgs) => decisionOf(args) === 'notMade' && bandOf(args) !== 'undecided',
  alertNotMade: (args: GuardArgs) => decisionOf(args) === 'notMade',
  /** Question 1's red answer includes "a criminal act": a possible crime rated below red is confirmed. */
  crimeBelowRed: ({ context, event }: GuardArgs) => {
    const answers = answersWith(context, event);
    return crimeMayHaveBeenCommitted(answers) && choiceOf(answers.seriousness) !== 'red';
  },
  /** The matrix does not decide, so "If in doubt" applies; its first step is to make an alert. */
  ifInDoubtNoAlert: (args: GuardArgs) => bandOf(args) === 'undecided' && decisionOf(args) === 'notMade',
  /** The matrix does not decide, and the "If in doubt" step "Discuss with senior manager" was not taken. */
  seniorManagerNotDiscussed: (args: GuardArgs) =>
    bandOf(args) === 'undecided' &&
    !choicesOf(answersWith(args.context, args.event).discussedWith).includes('seniorManager'),
  discussed: (args: GuardArgs) => {
    const people = choicesOf(answersWith(args.context, args.event).discussedWith);
    return people.length > 0 && !people.includes(noneValue);
  },
};

const ratingContentIds = ['th.q1', 'th.q2', 'th.q3', 'th.q4'] as const;
const bands = ['red', 'amberMany', 'allGreen', 'undecided'] as const;
type RatingStep = (typeof ratingSteps)[number];
type OutcomeStep = `outcome_${(typeof bands)[number]}`;

/** The four rating questions in turn; the last goes to the outcome for the band the matrix gives. */
function ratingStepDefinitions() {
  const steps = {} as Record<
    RatingStep,
    {
      meta: { screen: 'question'; contentId: string; findings: 'examplesForSelectedTypes' };
      on: {
        ANSWER:
          | ReturnType<typeof recordAndGo<RatingStep>>
          | (
              | { guard: 'crimeBelowRed'; target: 'crimeSeriousness'; actions: 'recordAnswer' }
              | ReturnType<typeof recordAndGo<RatingStep>>
            )[]
          | {
              guard: { type: 'bandIs'; params: { band: string } };
              target: OutcomeStep;
              actions: 'recordAnswer';
            }[];
      };
    }
  >;
  ratingSteps.forEach((step, index) => {
    const next = ratingSteps[index + 1];
    steps[step] = {
      meta: { screen: 'question', contentId: ratingContentIds[index], findings: 'examplesForSelectedTypes' },
      on: {
        ANSWER: next
          ? index === 0
            ? [{ guard: 'crimeBelowRed' as const, ...recordAndGo('crimeSeriousness') }, recordAndGo(next)]
            : recordAndGo(next)
          : bands.map((band) => ({
              guard: { type: 'bandIs' as const, params: { band } },
              ...recordAndGo(`outcome_${band}` as const),
            })),
      },
    };
  });
  return steps;
}

function outcomeStepDefinitions() {
  const steps = {} as Record<
    OutcomeStep,
    { meta: StepMeta & { screen: 'outcome' }; on: { CONTINUE: 'decision' } }
  >;
  for (const band of bands) {
    steps[`outcome_${band}`] = {
      meta: { screen: 'outcome', contentId: `th.outcome.${band}`, findings: 'outcomeFindings' },
      on: { CONTINUE: 'decision' },
    };
  }
  return steps;
}

const afterDiscussion = [
  { guard: 'alertNotMade', ...recordAndGo('otherProcesses') },
  recordAndGo('checkAnswers'),
] as const;
const seniorManagerThenAfterDiscussion = [
  { guard: 'seniorManagerNotDiscussed', ...recordAndGo('seniorManagerReason') },
  ...afterDiscussion,
] as const;

export const thresholdMachine = journeySetup.extend({ guards: thresholdGuards }).createMachine({
  context: initialContext,
  initial: 'abuseTypes',
  ...withNavigation({
    abuseTypes: {
      meta: { screen: 'multiSelect', contentId: 'th.abuseTypes' },
      on: { ANSWER: recordAndGo('factors') },
    },
    factors: {
      meta: { screen: 'notes', contentId: 'th.factors' },
      on: { ANSWER: recordAndGo('crime') },
    },
    crime: {
      meta: { screen: 'question', contentId: 'th.crime' },
      on: { ANSWER: recordAndGo(ratingSteps[0]) },
    },
    ...ratingStepDefinitions(),
    crimeSeriousness: {
      meta: { screen: 'text', contentId: 'th.crimeSeriousness' },
      on: { ANSWER: recordAndGo(ratingSteps[1]) },
    },
    ...outcomeStepDefinitions(),
    decision: {
      meta: { screen: 'question', contentId: 'th.decision' },
      on: { ANSWER: recordAndGo('reasons') },
    },
    reasons: {
      meta: { screen: 'text', contentId: 'th.reasons' },
      on: {
        ANSWER: [
          { guard: 'decisionAgainstMatrix', ...recordAndGo('againstReason') },
          { guard: 'ifInDoubtNoAlert', ...recordAndGo('ifInDoubtNoAlert') },
          recordAndGo('discussedWith'),
        ],
      },
    },
    ifInDoubtNoAlert: {
      meta: { screen: 'text', contentId: 'th.ifInDoubtNoAlert' },
      on: { ANSWER: recordAndGo('discussedWith') },
    },
    againstReason: {
      meta: { screen: 'text', contentId: 'th.againstReason' },
      on: { ANSWER: recordAndGo('discussedWith') },
    },
    discussedWith: {
      meta: { screen: 'multiSelect', contentId: 'th.discussedWith' },
      on: {
        ANSWER: [
          { guard: 'discussed', ...recordAndGo('discussionDetails') },
          ...seniorManagerThenAfterDiscussion,
        ],
      },
    },
    discussionDetails: {
      meta: { screen: 'text', contentId: 'th.discussionDetails' },
      on: { ANSWER: seniorManagerThenAfterDiscussion },
    },
    seniorManagerReason: {
      meta: { screen: 'text', contentId: 'th.seniorManagerReason' },
      on: { ANSWER: afterDiscussion },
    },
    otherProcesses: {
      meta: { screen: 'multiSelect', contentId: 'th.otherProcesses' },
      on: { ANSWER: recordAndGo('checkAnswers') },
    },
    ...finishingSteps(),
  }),
});

export const thresholdJourney: JourneyDefinition = {
  version: 1,
  machine: thresholdMachine,
  findings: { examplesForSelectedTypes, outcomeFindings },
};
