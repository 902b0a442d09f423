import type { Example } from '../components/example';
import { exampleCaseReference } from './exampleFixtures';
import { ReferenceForm } from './ReferenceForm';

export const examples: Example[] = [
  {
    name: 'starting a journey',
    render: () => <ReferenceForm submitLabel="Start" onSubmit={async () => {}} />,
  },
  {
    name: 'changing a saved reference',
    render: () => (
      <ReferenceForm initial={exampleCaseReference} submitLabel="Save reference" onSubmit={async () => {}} />
    ),
  },
];
