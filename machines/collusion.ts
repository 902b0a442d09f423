import { collusionSelfCheckSteps } from './fragments/collusion-self-check';
import {
  initialContext,
  finishingSteps,
  journeySetup,
  recordAndGo,
  withNavigation,
  type FindingsRule,
  type GuardArgs,
  type JourneyDefinition,
} from './journey';
import { answersWith } from './rules/answers';
import { collusionSteps, flaggedCollusionSteps } from './rules/collusion';

// "Am I colluding?" on its own: the six questions, an optional reflection, and the outcome.

export const collusionGuards = {
  collusionFlagged: ({ context, event }: GuardArgs) =>
    flaggedCollusionSteps(answersWith(context, event)).length > 0,
};

export const collusionFindings: Record<string, FindingsRule> = {
  collusionFlags: (answers) => flaggedCollusionSteps(answers).map((step) => ({ kind: 'answer', step })),
};

export const collusionMachine = journeySetup.extend({ guards: collusionGuards }).createMachine({
  context: initialContext,
  initial: collusionSteps[0],
  ...withNavigation({
    ...collusionSelfCheckSteps(recordAndGo('reflection')),
    reflection: {
      meta: { screen: 'text', contentId: 'collusion.reflection' },
      on: { ANSWER: [{ guard: 'collusionFlagged', ...recordAndGo('discuss') }, recordAndGo('noSigns')] },
    },
    discuss: {
      meta: { screen: 'outcome', contentId: 'collusion.outcome.discuss', findings: 'collusionFlags' },
      on: { CONTINUE: 'checkAnswers' },
    },
    noSigns: {
      meta: { screen: 'outcome', contentId: 'collusion.outcome.noSigns' },
      on: { CONTINUE: 'checkAnswers' },
    },
    ...finishingSteps(),
  }),
});

export const collusionJourney: JourneyDefinition = {
  version: 1,
  machine: collusionMachine,
  findings: collusionFindings,
};
