import type { Example } from '../../components/example';
import { RecoveryCodeScreen, SetUpProtectionScreen } from './SetUpProtectionScreen';

export const examples: Example[] = [
  {
    name: 'first use: choose a passkey or a passphrase',
    render: () => <SetUpProtectionScreen onSetUp={() => undefined} passkeyAvailable />,
  },
  {
    name: 'first use where the browser offers no passkey: a passphrase',
    render: () => <SetUpProtectionScreen onSetUp={() => undefined} passkeyAvailable={false} />,
  },
  {
    name: 'the recovery code, shown once',
    render: () => (
      <RecoveryCodeScreen recoveryCode="7KQ2M-XR4TD-9WCHP-3NVBE-JY6FA-G" onDone={() => undefined} />
    ),
  },
];
