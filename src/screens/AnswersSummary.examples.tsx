import { collusionJourney, collusionExampleContext, exampleCaseReference, noop } from './exampleFixtures';
import { summarise } from '../../machines/summary';
import type { Example } from '../components/example';
import { AnswersSummary } from './AnswersSummary';

export const examples: Example[] = [
  {
    name: 'answers with Change links',
    render: () => (
      <AnswersSummary
        caseReference={exampleCaseReference}
        rows={summarise(collusionJourney, collusionExampleContext)}
        onChange={noop}
        onChangeReference={noop}
      />
    ),
  },
  {
    name: 'answers to read, with no Change links',
    render: () => (
      <AnswersSummary
        caseReference={exampleCaseReference}
        rows={summarise(collusionJourney, collusionExampleContext)}
      />
    ),
  },
];
