import { summarise } from '../../machines/summary';
import { nonEngagementJourney } from '../../machines/non-engagement';
import { collusionJourney } from '../../machines/collusion';
import type { Example } from '../components/example';
import {
  collusionExampleContext,
  exampleCaseReference,
  exampleCompletedAt,
  nonEngagementExampleContext,
  noop,
} from './exampleFixtures';
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
