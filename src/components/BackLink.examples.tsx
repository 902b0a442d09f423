import type { Example } from './example';
import { BackLink } from './BackLink';

const noop = () => {};

export const examples: Example[] = [
  { name: 'back a step', render: () => <BackLink onBack={noop} /> },
  {
    name: 'back to the home screen',
    render: () => <BackLink onBack={noop} label="Back to the home screen" />,
  },
];
