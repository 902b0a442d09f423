import { collusionSelfCheckSteps } from './fragments/collusion-self-check';
import {
  initialContext,
  journeyGuards,
  journeySetup,
  withNavigation,
  type FindingsRule,
  type GuardArgs,
} from './journey';
import { defineJourney } from './index';
import { answersWith } from './rules/answers';
import { collusionSteps, flaggedCollusionSteps } from './rules/collusion';

// "Am I colluding?" on its own: the six questions, an optional reflection, and the outcome.

export const collusionGuards = {
  ...journeyGuards,
  collusionFlagged: ({ context, event }: GuardArgs) =>
    flaggedCollusionSteps(answersWith(context, event)).length > 0,
};

export const collusionFindings: Record<string, FindingsRule> = {
  collusionFlags: (answers) => flaggedCollusionSteps(answers).map((step) => ({ kind: 'answer', step })),
};

export const collusionMachine = journeySetup.extend({ guards: collusionGuards }).createMachine({
  id: 'collusion',
  context: initialContext,
  initial: collusionSteps[0],
  ...withNavigation({
    ...collusionSelfCheckSteps({ target: 'reflection', actions: 'recordAnswer' }),
    reflection: {
      meta: { screen: 'text', contentId: 'collusion.reflection' },
      on: {
        ANSWER: [
          { guard: 'collusionFlagged', target: 'discuss', actions: 'recordAnswer' },
          { target: 'noSigns', actions: 'recordAnswer' },
        ],
      },
    },
    discuss: {
      meta: { screen: 'outcome', contentId: 'collusion.outcome.discuss', findings: 'collusionFlags' },
      on: { CONTINUE: 'checkAnswers' },
    },
    noSigns: {
      meta: { screen: 'outcome', contentId: 'collusion.outcome.noSigns' },
      on: { CONTINUE: 'checkAnswers' },
    },
    checkAnswers: { meta: { screen: 'checkAnswers' }, on: { FINISH: 'complete' } },
    complete: { type: 'final', meta: { screen: 'complete' } },
  }),
} as any);

export const collusionJourney = defineJourney('collusion', {
  version: 1,
  machine: collusionMachine,
  findings: collusionFindings,
});
