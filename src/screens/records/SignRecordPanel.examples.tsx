import { collusionJourney } from '../../../machines/collusion';
import type { Example } from '../../components/example';
import { collusionExampleContext } from '../exampleFixtures';
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
