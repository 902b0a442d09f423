import {
  collusionJourney,
  nonEngagementJourney,
  collusionExampleContext,
  exampleCaseReference,
  exampleCompletedAt,
  nonEngagementExampleContext,
  noop,
} from './exampleFixtures';
import { summarise } from '../../machines/summary';
import type { Example } from '../components/example';
import { CompleteScreen } from './CompleteScreen';

export const examples: Example[] = [
  {
    name: 'non-engagement journey complete',
    render: () => (
      <CompleteScreen
        journeyTitle={nonEngagementJourney.title}
        caseReference={exampleCaseReference}
        rows={summarise(nonEngagementJourney, nonEngagementExampleContext)}
        completedAt={exampleCompletedAt}
        onHome={noop}
      />
    ),
  },
  {
    name: 'collusion self-check complete',
    render: () => (
      <CompleteScreen
        journeyTitle={collusionJourney.title}
        caseReference={exampleCaseReference}
        rows={summarise(collusionJourney, collusionExampleContext)}
        completedAt={exampleCompletedAt}
        onHome={noop}
      />
    ),
  },
];
