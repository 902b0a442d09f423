import type { Example } from '../../components/example';
import { UnlockOpening } from './UnlockOpening';

export const examples: Example[] = [
  {
    name: 'as locked.html shows it before any script has run',
    render: () => (
      <div>
        <UnlockOpening />
      </div>
    ),
  },
];
