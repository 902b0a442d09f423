// How long the app waits, unused, before it locks itself: 1 to 30 minutes, 5 unless changed.
import { useEffect, useState } from 'preact/hooks';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { href } from '../../app/routes';
import { Button } from '../../components/Button';
import { ErrorSummary, useSubmitError, type FieldError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { toStorageError } from '../../storage/errors';
import { protectionState, setAutoLockMinutes } from '../../storage/protection';

export function LockSettingsScreen() {
  useDocumentTitle('When the app locks itself');
  const [value, setValue] = useState('');
  useEffect(() => void protectionState().then((state) => setValue(String(state.autoLockMinutes))), []);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<number>();
  const submit = useSubmitError();
  return (
    <div>
      <a class="back-link" href={href({ name: 'home' })}>
        Home
      </a>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const chosen = Number(value.trim());
          if (!/^\d+$/.test(value.trim()) || chosen < 1 || chosen > 30) {
            setErrors([
              { fieldId: 'auto-lock-minutes', message: 'Enter a whole number of minutes from 1 to 30' },
            ]);
            submit.fail('range');
            return;
          }
          try {
            await setAutoLockMinutes(chosen);
            setErrors([]);
            setSaved(chosen);
          } catch (error) {
            setErrors([{ fieldId: 'auto-lock-minutes', message: toStorageError(error).message }]);
            submit.fail('storage');
          }
        }}
      >
        <ErrorSummary errors={errors} attempt={submit.attempt} />
        <TextInput
          id="auto-lock-minutes"
          label="Minutes without use before the app locks itself"
          isPageHeading
          hint="From 1 to 30. You are warned a minute before, with a way to stay unlocked."
          width="narrow"
          value={value}
          error={errors[0]?.message}
          onInput={setValue}
        />
        {saved !== undefined && (
          <p class="body" role="status">
            Saved: the app now locks after {saved} {saved === 1 ? 'minute' : 'minutes'} without use.
          </p>
        )}
        <Button>Save</Button>
      </form>
    </div>
  );
}
