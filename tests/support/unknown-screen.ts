// A journey from a later version of the app, as far as this one can tell: its second step asks for a
// screen kind this version has no screen for.
import {
  initialContext,
  journeySetup,
  withNavigation,
  type JourneyDefinition,
  type ScreenKind,
} from '../../machines/journey';

export const unknownScreenJourney: JourneyDefinition = {
  version: 1,
  machine: journeySetup.createMachine({
    context: initialContext,
    initial: 'about',
    ...withNavigation({
      about: { meta: { screen: 'information', contentId: 'ne.consider' }, on: { CONTINUE: 'film' } },
      film: {
        meta: { screen: 'video' as ScreenKind, contentId: 'ne.consider' },
        on: { CONTINUE: 'checkAnswers' },
      },
      checkAnswers: { meta: { screen: 'checkAnswers' }, on: { FINISH: 'complete' } },
      complete: { type: 'final', meta: { screen: 'complete' } },
    }),
  }),
  findings: {},
};
