import type { Example } from '../../components/example';
import { SetUpProtectionOpening } from './SetUpProtectionOpening';

export const examples: Example[] = [
  {
    name: 'as index.html shows it before any script has run',
    render: () => (
      <div>
        <SetUpProtectionOpening />
      </div>
    ),
  },
];
