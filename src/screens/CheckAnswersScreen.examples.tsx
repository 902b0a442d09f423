import {
  collusionJourney,
  nonEngagementJourney,
  collusionExampleContext,
  exampleCaseReference,
  nonEngagementExampleContext,
  noop,
} from './exampleFixtures';
import { summarise } from '../../machines/summary';
import type { Example } from '../components/example';
import { CheckAnswersScreen } from './CheckAnswersScreen';

export const examples: Example[] = [
  {
    name: 'non-engagement, full route with free text and outcomes',
    render: () => (
      <CheckAnswersScreen
        caseReference={exampleCaseReference}
        rows={summarise(nonEngagementJourney, nonEngagementExampleContext)}
        onChange={noop}
        onChangeReference={noop}
        onFinish={noop}
      />
    ),
  },
  {
    name: 'collusion self-check, empty optional reflection',
    render: () => (
      <CheckAnswersScreen
        caseReference={exampleCaseReference}
        rows={summarise(collusionJourney, collusionExampleContext)}
        onChange={noop}
        onChangeReference={noop}
        onFinish={noop}
      />
    ),
  },
];
