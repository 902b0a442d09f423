import { concernPointers } from '../content/non-engagement';
import { noneValue } from '../content/option-values';
import { collusionFindings } from './collusion';
import { collusionSelfCheckSteps } from './fragments/collusion-self-check';
import {
  chose,
  choseOneOf,
  choicesOf,
  initialContext,
  journeySetup,
  finishingSteps,
  recordAndGo,
  withNavigation,
  type FindingsRule,
  type GuardArgs,
  type JourneyDefinition,
} from './journey';
import { answersWith } from './rules/answers';
import { missingClosingChecks } from './rules/closing';
import { flaggedCollusionSteps } from './rules/collusion';

// The non-engagement flowchart as a journey: scope, evidence, the "Consider" questions (the collusion
// self-check inline, then "Do I feel at risk?"), strategies, concerns and their pointers, next steps,
// what inaction could lead to, the rule on closing a case, the data-protection reminder.

const selectedConcerns = (args: GuardArgs) =>
  choicesOf(answersWith(args.context, args.event).concerns).filter((value) => value !== noneValue);

export const nonEngagementGuards = {
  collusionFlagged: ({ context, event }: GuardArgs) =>
    flaggedCollusionSteps(answersWith(context, event)).length > 0,
  concernsSelected: (args: GuardArgs) => selectedConcerns(args).length > 0,
  closingChecksMissing: ({ context, event }: GuardArgs) =>
    missingClosingChecks(answersWith(context, event)).length > 0,
};

export const nonEngagementFindings: Record<string, FindingsRule> = {
  ...collusionFindings,
  concernPointers: (answers) =>
    choicesOf(answers.concerns)
      .filter((value) => value in concernPointers)
      .map((value) => ({ kind: 'pointer', contentId: concernPointers[value].id })),
  missingClosingChecks: (answers) => missingClosingChecks(answers).map((step) => ({ kind: 'answer', step })),
};

export const nonEngagementMachine = journeySetup.extend({ guards: nonEngagementGuards }).createMachine({
  context: initialContext,
  initial: 'age',
  ...withNavigation({
    age: {
      meta: { screen: 'question', contentId: 'ne.age' },
      on: {
        ANSWER: [{ guard: chose('no'), ...recordAndGo('under18') }, recordAndGo('evidence')],
      },
    },
    under18: {
      meta: { screen: 'outcome', contentId: 'ne.outcome.under18' },
      on: { CONTINUE: 'checkAnswers' },
    },
    evidence: {
      meta: { screen: 'question', contentId: 'ne.evidence' },
      on: {
        ANSWER: [{ guard: chose('evidence'), ...recordAndGo('evidenceDetail') }, recordAndGo('consider')],
      },
    },
    evidenceDetail: {
      meta: { screen: 'text', contentId: 'ne.evidenceDetail' },
      on: { ANSWER: recordAndGo('consider') },
    },
    consider: {
      meta: { screen: 'information', contentId: 'ne.consider' },
      on: { CONTINUE: 'avoidConflict' },
    },
    ...collusionSelfCheckSteps([
      { guard: 'collusionFlagged', ...recordAndGo('collusionDiscuss') },
      recordAndGo('collusionNoSigns'),
    ]),
    collusionDiscuss: {
      meta: { screen: 'outcome', contentId: 'collusion.outcome.discuss', findings: 'collusionFlags' },
      on: { CONTINUE: 'feelAtRisk' },
    },
    collusionNoSigns: {
      meta: { screen: 'outcome', contentId: 'collusion.outcome.noSigns' },
      on: { CONTINUE: 'feelAtRisk' },
    },
    feelAtRisk: {
      meta: { screen: 'question', contentId: 'ne.feelAtRisk' },
      on: {
        ANSWER: [
          { guard: choseOneOf('yes', 'notSure'), ...recordAndGo('atRisk') },
          recordAndGo('strategies'),
        ],
      },
    },
    atRisk: {
      meta: { screen: 'information', contentId: 'ne.atRisk' },
      on: { CONTINUE: 'strategies' },
    },
    strategies: {
      meta: { screen: 'checklist', contentId: 'ne.strategies' },
      on: { ANSWER: recordAndGo('concerns') },
    },
    concerns: {
      meta: { screen: 'multiSelect', contentId: 'ne.concerns' },
      on: {
        ANSWER: [{ guard: 'concernsSelected', ...recordAndGo('concernPointers') }, recordAndGo('nextSteps')],
      },
    },
    concernPointers: {
      meta: { screen: 'information', contentId: 'ne.concernPointers', findings: 'concernPointers' },
      on: { CONTINUE: 'nextSteps' },
    },
    nextSteps: {
      meta: { screen: 'checklist', contentId: 'ne.nextSteps' },
      on: { ANSWER: recordAndGo('inaction') },
    },
    inaction: {
      meta: { screen: 'information', contentId: 'ne.inaction' },
      on: { CONTINUE: 'closing' },
    },
    closing: {
      meta: { screen: 'question', contentId: 'ne.closing' },
      on: {
        ANSWER: [
          { guard: chose('yes'), ...recordAndGo('closingRiskAssessment') },
          recordAndGo('dataProtection'),
        ],
      },
    },
    closingRiskAssessment: {
      meta: { screen: 'question', contentId: 'ne.closingRiskAssessment' },
      on: { ANSWER: recordAndGo('closingAgencyCheck') },
    },
    closingAgencyCheck: {
      meta: { screen: 'question', contentId: 'ne.closingAgencyCheck' },
      on: {
        ANSWER: [
          { guard: 'closingChecksMissing', ...recordAndGo('doNotClose') },
          recordAndGo('closingChecksDone'),
        ],
      },
    },
    doNotClose: {
      meta: { screen: 'outcome', contentId: 'ne.outcome.doNotClose', findings: 'missingClosingChecks' },
      on: { CONTINUE: 'dataProtection' },
    },
    closingChecksDone: {
      meta: { screen: 'outcome', contentId: 'ne.outcome.closingChecksDone' },
      on: { CONTINUE: 'dataProtection' },
    },
    dataProtection: {
      meta: { screen: 'information', contentId: 'ne.dataProtection' },
      on: { CONTINUE: 'checkAnswers' },
    },
    ...finishingSteps(),
  }),
});

export const nonEngagementJourney: JourneyDefinition = {
  version: 1,
  machine: nonEngagementMachine,
  findings: nonEngagementFindings,
};
