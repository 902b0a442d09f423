import type { Example } from '../../components/example';
import { LockNowButton, ProtectionGate } from './ProtectionGate';

export const examples: Example[] = [
  {
    name: 'unlocked: the screen, with Lock now in the header',
    render: () => (
      <>
        <header class="header">
          <LockNowButton />
        </header>
        <ProtectionGate>
          <h1>Safeguarding Adults Decision Aid</h1>
        </ProtectionGate>
      </>
    ),
  },
];
