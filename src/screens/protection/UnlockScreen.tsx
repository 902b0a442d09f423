// The locked app: nothing of any case is shown. Unlock with the passkey, the passphrase or the
// recovery code. A wrong attempt says so and makes the next one wait longer; it never deletes anything.
import { useState } from 'preact/hooks';
import { href } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Button } from '../../components/Button';
import { ErrorSummary, useSubmitError, type FieldError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { toStorageError } from '../../storage/errors';
import { unlock, type ProtectionState, type UnlockSecret } from '../../storage/protection';
import { UnlockOpening, unlockHeading } from './UnlockOpening';

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const waitText = (ms: number) => {
  const wait = seconds(ms);
  return wait >= 120 ? `${Math.ceil(wait / 60)} minutes` : `${wait} seconds`;
};

const wrongMessage: Record<UnlockSecret['method'], string> = {
  passphrase: 'The passphrase is not right',
  recoveryCode: 'The recovery code is not right',
  passkey: 'The passkey did not unlock the app',
};

export function UnlockScreen({
  protection,
  onAttempt,
}: {
  protection: ProtectionState;
  onAttempt: () => void;
}) {
  useDocumentTitle(unlockHeading);
  const [passphrase, setPassphrase] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [working, setWorking] = useState(false);
  const submit = useSubmitError();
  const has = (method: UnlockSecret['method']) => protection.methods.includes(method);

  const fail = (fieldId: string, message: string) => {
    setErrors([{ fieldId, message }]);
    submit.fail(message);
  };

  const attempt = async (fieldId: string, secret: () => Promise<UnlockSecret | undefined>) => {
    setWorking(true);
    try {
      const given = await secret();
      if (!given) return;
      const result = await unlock(given);
      if (result.unlocked) return;
      const wait = result.waitUntil - Date.now();
      const tries = `${result.failedAttempts} wrong ${result.failedAttempts === 1 ? 'attempt' : 'attempts'} so far; nothing has been deleted.`;
      fail(
        fieldId,
        `${wrongMessage[given.method]}. ${tries} ${wait > 0 ? `Try again in ${waitText(wait)}.` : 'Try again.'}`,
      );
    } catch (error) {
      fail(
        fieldId,
        error instanceof Error && error.name === 'PasskeyUnavailable'
          ? error.message
          : toStorageError(error, 'unavailable').message,
      );
    } finally {
      setWorking(false);
      onAttempt();
    }
  };

  return (
    <div>
      <UnlockOpening />
      <ErrorSummary errors={errors} attempt={submit.attempt} />
      {has('passkey') && protection.passkey && (
        <div class="form-group" id="passkey-unlock">
          <Button
            type="button"
            onClick={() =>
              void attempt('passkey-unlock', async () => {
                // WebAuthn's code loads when the passkey is used, not with the locked screen.
                const { passkeyPrf } = await import('../../protection/passkey');
                const prfOutput = await passkeyPrf(
                  protection.passkey!.credentialId,
                  protection.passkey!.prfSalt,
                );
                if (!prfOutput) {
                  fail('passkey-unlock', 'The passkey was not used. Try again, or unlock another way.');
                  return undefined;
                }
                return { method: 'passkey', passkey: { ...protection.passkey!, prfOutput } };
              })
            }
          >
            Unlock with the passkey
          </Button>
        </div>
      )}
      {has('passphrase') && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!passphrase) fail('unlock-passphrase', 'Enter your passphrase');
            else void attempt('unlock-passphrase', async () => ({ method: 'passphrase', passphrase }));
          }}
        >
          <TextInput
            id="unlock-passphrase"
            label="Passphrase"
            type="password"
            autoComplete="current-password"
            value={passphrase}
            error={errors.find((error) => error.fieldId === 'unlock-passphrase')?.message}
            onInput={setPassphrase}
          />
          <Button>{working ? 'Unlocking…' : 'Unlock'}</Button>
        </form>
      )}
      <details class="details">
        <summary class="details__summary">Unlock with the recovery code</summary>
        <div class="details__text">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!recoveryCode.trim()) fail('unlock-recovery-code', 'Enter the recovery code');
              else
                void attempt('unlock-recovery-code', async () => ({ method: 'recoveryCode', recoveryCode }));
            }}
          >
            <TextInput
              id="unlock-recovery-code"
              label="Recovery code"
              hint="The code you were shown when protection was set up. Capitals, spaces and dashes do not matter."
              value={recoveryCode}
              error={errors.find((error) => error.fieldId === 'unlock-recovery-code')?.message}
              onInput={setRecoveryCode}
            />
            <Button variant="secondary">Unlock with the recovery code</Button>
          </form>
        </div>
      </details>
      <details class="details">
        <summary class="details__summary">I have forgotten everything</summary>
        <div class="details__text">
          <p>
            The recovery code unlocks the app. Without it, nobody can read what is stored on this device, not
            even the app. The only way on is to remove all data from this device: every draft, record and
            practice run on it is then gone for good. Exported copies are not affected.
          </p>
          <a href={href({ name: 'removeAll' })}>Remove all data from this device</a>
        </div>
      </details>
    </div>
  );
}
