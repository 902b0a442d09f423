import {
  peterCaseStudy,
  peterFeedbackIds,
  peterFinishedId,
  peterIntroductionId,
  type PeterStage,
} from '../content/scenarios/peter';
import {
  finishingSteps,
  initialContext,
  journeySetup,
  recordAndGo,
  withNavigation,
  type GuardArgs,
  type JourneyDefinition,
  type StepMeta,
} from './journey';
import { caseStudySteps, chosenValues, matchesExpected } from './rules/training';

// The case of Peter, for trainees: the introduction, then each of the review's eight learning points as a
// stage (its question, then the review's feedback on the decision: one page when it matches what the
// review supports, another when it does not), then how the trainee did. The stages are the content's
// (content/scenarios/peter.ts); each step's name comes from its stage's id.

const stageOfStep = (step: string): PeterStage | undefined =>
  peterCaseStudy.stages.find((stage) => caseStudySteps(stage).question === step);

export const peterGuards = {
  /** The decision being given at this stage's question is the one the review supports. */
  reviewSupports: ({ event }: GuardArgs, params: { step: string }) => {
    const stage = stageOfStep(params.step);
    return (
      stage !== undefined &&
      event.type === 'ANSWER' &&
      matchesExpected(chosenValues(event.answer), stage.expected)
    );
  },
};

/** A stage's three steps, by name, each leading where the stage's rules say. */
type StageSteps<Question extends string, Next extends string> = {
  [Step in Question]: {
    meta: StepMeta;
    on: {
      ANSWER: readonly [
        {
          guard: { type: 'reviewSupports'; params: { step: string } };
          target: `${Question}Matches`;
          actions: 'recordAnswer';
        },
        { target: `${Question}Differs`; actions: 'recordAnswer' },
      ];
    };
  };
} & {
  [Step in `${Question}Matches` | `${Question}Differs`]: { meta: StepMeta; on: { CONTINUE: Next } };
};

/** The steps of the stage whose question step is `question`, going on to `next`. */
function stage<const Question extends string, const Next extends string>(
  question: Question,
  next: Next,
): StageSteps<Question, Next> {
  const found = stageOfStep(question);
  if (!found) throw new Error(`The case study has no stage for the step "${question}"`);
  const ids = peterFeedbackIds(found);
  const feedback = (contentId: string) => ({
    meta: { screen: 'outcome' as const, contentId },
    on: { CONTINUE: next },
  });
  // Keys made from the step's name, which the type above spells out for the type checker.
  return {
    [question]: {
      meta: { screen: found.question.multiple ? 'multiSelect' : 'question', contentId: found.question.id },
      on: {
        ANSWER: [
          {
            guard: { type: 'reviewSupports', params: { step: question } },
            ...recordAndGo(`${question}Matches`),
          },
          recordAndGo(`${question}Differs`),
        ],
      },
    },
    [`${question}Matches`]: feedback(ids.matches),
    [`${question}Differs`]: feedback(ids.differs),
  } as StageSteps<Question, Next>;
}

export const peterMachine = journeySetup.extend({ guards: peterGuards }).createMachine({
  context: initialContext,
  initial: 'introduction',
  ...withNavigation({
    introduction: {
      meta: { screen: 'information', contentId: peterIntroductionId },
      on: { CONTINUE: 'levels' },
    },
    ...stage('levels', 'referrers'),
    ...stage('referrers', 'screening'),
    ...stage('screening', 'strategy'),
    ...stage('strategy', 'provider'),
    ...stage('provider', 'family'),
    ...stage('family', 'multiDisciplinary'),
    ...stage('multiDisciplinary', 'escalation'),
    ...stage('escalation', 'finished'),
    finished: { meta: { screen: 'outcome', contentId: peterFinishedId }, on: { CONTINUE: 'checkAnswers' } },
    ...finishingSteps(),
  }),
});

export const peterJourney: JourneyDefinition = {
  version: 1,
  machine: peterMachine,
  findings: {},
};
