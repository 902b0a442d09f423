import type { Example } from '../../components/example';
import type { ProtectionState } from '../../storage/protection';
import { UnlockScreen } from './UnlockScreen';

const passphraseOnly: ProtectionState = {
  setUp: true,
  methods: ['passphrase', 'recoveryCode'],
  autoLockMinutes: 5,
  failedAttempts: 0,
  waitUntil: 0,
};

export const examples: Example[] = [
  {
    name: 'locked, passphrase and recovery code',
    render: () => <UnlockScreen protection={passphraseOnly} onAttempt={() => undefined} />,
  },
  {
    name: 'locked, with a passkey as well',
    render: () => (
      <UnlockScreen
        protection={{
          ...passphraseOnly,
          methods: ['passkey', 'passphrase', 'recoveryCode'],
          passkey: { credentialId: new Uint8Array(16), prfSalt: new Uint8Array(32) },
        }}
        onAttempt={() => undefined}
      />
    ),
  },
];
