import { collusionJourney, collusionExampleContext } from '../exampleFixtures';
import type { Example } from '../../components/example';
import { SignRecordPanel } from './SignRecordPanel';

export const examples: Example[] = [
  {
    name: 'a draft that is no longer on this device',
    render: () => (
      <SignRecordPanel
        journey={collusionJourney}
        draftId="example-missing-draft"
        context={collusionExampleContext}
      />
    ),
  },
];
