// Compiled by `npm run typecheck`, never run: proves a journey's step table is checked by the type
// checker. Each `@ts-expect-error` fails the check if the mistake below it stops being an error; the
// control machine fails it if a correct table stops compiling.
import {
  chose,
  finishingSteps,
  initialContext,
  journeySetup,
  recordAndGo,
  withNavigation,
} from '../../machines/journey';

const exampleSetup = journeySetup.extend({
  guards: { flagged: ({ context }) => context.path.length > 2 },
});

const meta = { screen: 'question', contentId: 'example' } as const;

/** The control: a correct table compiles. */
export const control = exampleSetup.createMachine({
  id: 'control',
  context: initialContext,
  initial: 'first',
  ...withNavigation({
    first: {
      meta,
      on: { ANSWER: [{ guard: 'flagged', ...recordAndGo('second') }, recordAndGo('checkAnswers')] },
    },
    second: {
      meta,
      on: { ANSWER: [{ guard: chose('yes'), ...recordAndGo('checkAnswers') }, recordAndGo('first')] },
    },
    ...finishingSteps(),
  }),
});

// A guard the journey does not define.
// @ts-expect-error "flaged" is not a guard of this journey
export const unknownGuard = exampleSetup.createMachine({
  id: 'unknownGuard',
  context: initialContext,
  initial: 'first',
  ...withNavigation({
    first: {
      meta,
      on: { ANSWER: [{ guard: 'flaged', ...recordAndGo('checkAnswers') }, recordAndGo('checkAnswers')] },
    },
    ...finishingSteps(),
  }),
});

// A guard from another journey's setup.
// @ts-expect-error "bandIs" belongs to the threshold journey, not this one
export const otherJourneysGuard = exampleSetup.createMachine({
  id: 'otherJourneysGuard',
  context: initialContext,
  initial: 'first',
  ...withNavigation({
    first: {
      meta,
      on: { ANSWER: { guard: { type: 'bandIs', params: { band: 'red' } }, ...recordAndGo('checkAnswers') } },
    },
    ...finishingSteps(),
  }),
});

// An action the setup does not define.
// @ts-expect-error "recordAnswers" is not an action
export const unknownAction = exampleSetup.createMachine({
  id: 'unknownAction',
  context: initialContext,
  initial: 'first',
  ...withNavigation({
    first: { meta, on: { CONTINUE: { target: 'checkAnswers', actions: 'recordAnswers' } } },
    ...finishingSteps(),
  }),
});

export const unknownTarget = exampleSetup.createMachine({
  id: 'unknownTarget',
  context: initialContext,
  initial: 'first',
  ...withNavigation({
    // @ts-expect-error "secnd" is not a step of this journey
    first: { meta, on: { ANSWER: recordAndGo('secnd') } },
    second: { meta, on: { ANSWER: recordAndGo('checkAnswers') } },
    ...finishingSteps(),
  }),
});

export const unknownPlainTarget = exampleSetup.createMachine({
  id: 'unknownPlainTarget',
  context: initialContext,
  initial: 'first',
  ...withNavigation({
    // @ts-expect-error "chekAnswers" is not a step of this journey
    first: { meta: { screen: 'information', contentId: 'example' }, on: { CONTINUE: 'chekAnswers' } },
    ...finishingSteps(),
  }),
});

export const unknownEvent = exampleSetup.createMachine({
  id: 'unknownEvent',
  context: initialContext,
  initial: 'first',
  ...withNavigation({
    // @ts-expect-error "ANSWERED" is not an event a step handles
    first: { meta, on: { ANSWER: recordAndGo('checkAnswers'), ANSWERED: recordAndGo('checkAnswers') } },
    ...finishingSteps(),
  }),
});

export const unknownScreen = withNavigation({
  // @ts-expect-error "questions" is not a screen kind
  first: { meta: { screen: 'questions', contentId: 'example' }, on: { ANSWER: recordAndGo('checkAnswers') } },
  ...finishingSteps(),
});
