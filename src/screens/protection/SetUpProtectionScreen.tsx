// Setting up protection, before anything about a case is stored: a passkey on this device where the
// browser offers one, and/or a passphrase; then the recovery code, shown once.
import { useState } from 'preact/hooks';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { PageHeading } from '../../components/PageHeading';
import { Button } from '../../components/Button';
import { ErrorSummary, useSubmitError, type FieldError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { WarningText } from '../../components/WarningText';
import { SetUpProtectionOpening, setUpHeading } from './SetUpProtectionOpening';
import { createPasskey, PasskeyUnavailable } from '../../protection/passkey';
import { platformAuthenticatorAvailable } from '../../record/webauthn';
import { minimumPassphraseLength, passphraseProblem } from '../../protection/passphrase';
import { toStorageError } from '../../storage/errors';
import { setUpProtection, type PasskeySecret } from '../../storage/protection';

function passphraseErrors(passphrase: string, confirmation: string): FieldError[] {
  const problem = passphraseProblem(passphrase);
  if (problem) return [{ fieldId: 'passphrase', message: problem }];
  if (confirmation !== passphrase)
    return [
      { fieldId: 'passphrase-confirm', message: 'The two passphrases are not the same: enter it again' },
    ];
  return [];
}

interface SetUpProtectionProps {
  onSetUp: (recoveryCode: string) => void;
}

/**
 * The screen for this device, once it is known whether the device offers passkeys: the screen is drawn
 * once with its passkey part at its size, rather than a line saying it is checking that then grows and
 * moves the form below it.
 */
export async function setUpProtectionScreenForThisDevice() {
  const passkeyAvailable = await platformAuthenticatorAvailable();
  return (props: SetUpProtectionProps) => (
    <SetUpProtectionScreen {...props} passkeyAvailable={passkeyAvailable} />
  );
}

export function SetUpProtectionScreen({
  onSetUp,
  passkeyAvailable,
}: SetUpProtectionProps & { passkeyAvailable: boolean }) {
  useDocumentTitle(setUpHeading);
  // Offered until making one fails in a way that shows the device cannot.
  const [passkeyOffered, setPasskeyOffered] = useState(passkeyAvailable);
  const [passkey, setPasskey] = useState<PasskeySecret>();
  const [passkeyProblem, setPasskeyProblem] = useState<string>();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = useSubmitError();
  const [working, setWorking] = useState(false);

  const finish = async (methods: { passphrase?: string; passkey?: PasskeySecret }) => {
    setWorking(true);
    try {
      onSetUp(await setUpProtection(methods));
    } catch (error) {
      setErrors([{ fieldId: 'passphrase', message: toStorageError(error).message }]);
      submit.fail('setup');
    } finally {
      setWorking(false);
    }
  };

  const addPasskey = async () => {
    setPasskeyProblem(undefined);
    try {
      const created = await createPasskey();
      if (created) setPasskey(created);
      else setPasskeyProblem('No passkey was made. You can try again, or choose a passphrase below.');
    } catch (error) {
      setPasskeyOffered(false);
      setPasskeyProblem(
        error instanceof PasskeyUnavailable
          ? `${error.message} Choose a passphrase below.`
          : 'No passkey was made. Choose a passphrase below.',
      );
    }
  };

  return (
    <div>
      <SetUpProtectionOpening />
      <ErrorSummary errors={errors} attempt={submit.attempt} />
      <h2 class="heading-l">A passkey on this device</h2>
      {passkey ? (
        <div class="inset">
          <p>
            A passkey has been made on this device. You can unlock the app with your fingerprint, face or
            screen lock.
          </p>
          <Button variant="primary" type="button" onClick={() => void finish({ passkey })}>
            Continue with the passkey only
          </Button>
          <p>Or also choose a passphrase below, to unlock on this device when the passkey is not at hand.</p>
        </div>
      ) : passkeyOffered ? (
        <>
          <p class="body">
            Unlock with your fingerprint, face or screen lock. The secret stays in this device’s own secure
            hardware.
          </p>
          <Button variant="secondary" type="button" onClick={() => void addPasskey()}>
            Use a passkey on this device
          </Button>
        </>
      ) : (
        <p class="body" id="passkey-unavailable">
          A passkey is not available in this browser on this device, so protect the app with a passphrase.
        </p>
      )}
      {passkeyProblem && (
        <p class="body" role="alert">
          {passkeyProblem}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = passphraseErrors(passphrase, confirmation);
          setErrors(found);
          if (found.length) submit.fail(found[0].message);
          else void finish({ passphrase, passkey });
        }}
      >
        <h2 class="heading-l">A passphrase</h2>
        <TextInput
          id="passphrase"
          label="Passphrase"
          type="password"
          autoComplete="new-password"
          hint={`At least ${minimumPassphraseLength} characters. Three random words are easy to remember and hard to guess. You can paste it from a password manager.`}
          value={passphrase}
          error={errors.find((error) => error.fieldId === 'passphrase')?.message}
          onInput={setPassphrase}
        />
        <TextInput
          id="passphrase-confirm"
          label="Enter the passphrase again"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          error={errors.find((error) => error.fieldId === 'passphrase-confirm')?.message}
          onInput={setConfirmation}
        />
        <WarningText>
          If you forget the passphrase and lose the recovery code, the information on this device cannot be
          recovered.
        </WarningText>
        <Button>
          {working
            ? 'Protecting…'
            : passkey
              ? 'Protect with the passkey and passphrase'
              : 'Protect with this passphrase'}
        </Button>
      </form>
    </div>
  );
}

/** The recovery code, shown once, right after setup. */
export function RecoveryCodeScreen({ recoveryCode, onDone }: { recoveryCode: string; onDone: () => void }) {
  useDocumentTitle('Your recovery code');
  return (
    <div>
      <PageHeading class="heading-xl">Your recovery code</PageHeading>
      <p class="body">
        If you forget how to unlock the app, this code unlocks it. It is shown only this once.
      </p>
      <p class="recovery-code">
        <code>{recoveryCode}</code>
      </p>
      <WarningText>
        Keep it as your organisation directs, away from this device. Anyone with the code and this device can
        unlock the app.
      </WarningText>
      <Button type="button" onClick={onDone}>
        I have kept the recovery code
      </Button>
    </div>
  );
}
