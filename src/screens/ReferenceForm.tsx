import { useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { ErrorSummary, useSubmitError } from '../components/ErrorSummary';
import { TextInput } from '../components/TextInput';

const maxLength = 60;

/** The reference is checked only for presence and length: what counts as a reference is local. */
function validateCaseReference(value: string): string | undefined {
  const reference = value.trim();
  if (reference === '') return 'Enter a case reference';
  if (reference.length > maxLength) return `Case reference must be ${maxLength} characters or fewer`;
  return undefined;
}

interface ReferenceFormProps {
  initial?: string;
  submitLabel: string;
  onSubmit: (reference: string) => Promise<void>;
}

/** Asks for a case reference, not a name, and says why. */
export function ReferenceForm({ initial = '', submitLabel, onSubmit }: ReferenceFormProps) {
  const [value, setValue] = useState(initial);
  const { error, attempt, fail } = useSubmitError();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    // One submit at a time: a second press while saving must not start a second draft.
    if (busy) return;
    const problem = validateCaseReference(value);
    if (problem) return fail(problem);
    setBusy(true);
    try {
      await onSubmit(value.trim());
    } catch (failure) {
      fail(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary attempt={attempt} errors={error ? [{ fieldId: 'case-reference', message: error }] : []} />
      <TextInput
        id="case-reference"
        label="What is the case reference?"
        isPageHeading
        hint="Use the reference from your case records, not the adult’s name. The reference and your answers are personal data: they are kept only on this device, and nothing is sent anywhere."
        value={value}
        error={error}
        onInput={setValue}
      />
      <Button>{busy ? 'Saving…' : submitLabel}</Button>
    </form>
  );
}
