import { useState } from 'preact/hooks';
import { Button } from '../../components/Button';
import { ErrorSummary, useSubmitError, type FieldError } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Textarea';
import { TextInput } from '../../components/TextInput';
import { WarningText } from '../../components/WarningText';
import { ACCURACY_STATEMENT, type RecordFormFields } from './recordService';

interface RecordFormProps {
  mode: 'sign' | 'amend';
  initial: RecordFormFields;
  /** Whether the date typed makes this a late entry, so the reason is asked for. */
  isLate: (fields: RecordFormFields) => boolean;
  /** What is still missing before signing, in plain English; empty when it can be signed. */
  missing: (fields: RecordFormFields) => string[];
  onInput: (fields: RecordFormFields) => void;
  onSign: (fields: RecordFormFields) => Promise<void>;
}

/** Which field each missing item is about, so the error summary can take the worker to it. */
function fieldFor(item: string): string {
  if (item.startsWith('Your full name')) return 'record-name';
  if (item.startsWith('Your role')) return 'record-role';
  if (item.startsWith('Your agency')) return 'record-agency';
  if (item.startsWith('Your confirmation')) return 'record-confirmed';
  if (item.startsWith('A reason for the late entry')) return 'record-lateEntryReason';
  if (item.startsWith('A reason for the amendment')) return 'record-amendmentReason';
  if (item.includes('visit or event')) return 'record-occurredAt';
  return 'record-name';
}

/**
 * The worker's part of the decision record: when the visit or event happened, who was involved, any
 * further references, and their signature. Signing is refused, with what is missing listed, until the
 * record is complete.
 */
export function RecordForm({ mode, initial, isLate, missing, onInput, onSign }: RecordFormProps) {
  const [fields, setFields] = useState(initial);
  const [problems, setProblems] = useState<FieldError[]>([]);
  const { attempt, fail } = useSubmitError();
  const [busy, setBusy] = useState(false);
  const set = (name: keyof RecordFormFields) => (value: string) => {
    const next = { ...fields, [name]: value };
    setFields(next);
    onInput(next);
  };
  const errorFor = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missingItems = missing(fields);
    if (mode === 'amend' && !fields.amendmentReason.trim())
      missingItems.unshift('A reason for the amendment');
    if (missingItems.length) {
      setProblems(missingItems.map((item) => ({ fieldId: fieldFor(item), message: item })));
      return fail(missingItems[0]);
    }
    setBusy(true);
    try {
      await onSign(fields);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setProblems([{ fieldId: 'record-name', message }]);
      fail(message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        attempt={attempt}
        errors={problems.map((problem) => ({ ...problem, message: `Missing: ${problem.message}` }))}
      />
      {mode === 'amend' && (
        <>
          <WarningText>
            A signed record cannot be changed. Amending it makes a new version, with your reason and your
            signature; the earlier version is kept.
          </WarningText>
          <Textarea
            id="record-amendmentReason"
            label="Reason for the amendment"
            value={fields.amendmentReason}
            error={errorFor('record-amendmentReason')}
            onInput={set('amendmentReason')}
          />
        </>
      )}
      <TextInput
        id="record-occurredAt"
        label="Date and time of the visit or event"
        hint="When the decision was made or the visit took place. If it was on an earlier day, you will be asked why the record is made late."
        type="datetime-local"
        width="narrow"
        value={fields.occurredAt}
        error={errorFor('record-occurredAt')}
        onInput={set('occurredAt')}
      />
      {isLate(fields) && (
        <Textarea
          id="record-lateEntryReason"
          label="Reason for the late entry"
          hint="The guidance asks for a contemporaneous record. Say why this one is made after the day of the visit or event."
          value={fields.lateEntryReason}
          error={errorFor('record-lateEntryReason')}
          onInput={set('lateEntryReason')}
        />
      )}
      <Textarea
        id="record-peopleInvolved"
        label="People involved in or consulted on the decision"
        hint="One per line, with their role and agency, for example: Team manager, adult social care. Refer to the adult by the case reference, not by name."
        value={fields.peopleInvolved}
        onInput={set('peopleInvolved')}
      />
      <Textarea
        id="record-extraReferences"
        label="Other legislation or guidance you relied on (optional)"
        hint="One per line. The sections of the guidance used in this journey are added to the record for you."
        value={fields.extraReferences}
        onInput={set('extraReferences')}
      />
      <h2 class="heading-m">Your signature</h2>
      <TextInput
        id="record-name"
        label="Full name"
        value={fields.name}
        error={errorFor('record-name')}
        width="narrow"
        onInput={set('name')}
      />
      <TextInput
        id="record-role"
        label="Role"
        value={fields.role}
        error={errorFor('record-role')}
        width="narrow"
        onInput={set('role')}
      />
      <TextInput
        id="record-agency"
        label="Agency"
        value={fields.agency}
        error={errorFor('record-agency')}
        width="narrow"
        onInput={set('agency')}
      />
      <div class={errorFor('record-confirmed') ? 'form-group form-group--error' : 'form-group'}>
        <div class="checkboxes__item">
          <input
            class="checkboxes__input"
            id="record-confirmed"
            type="checkbox"
            checked={!!fields.confirmed}
            onChange={(event) => set('confirmed')(event.currentTarget.checked ? 'yes' : '')}
          />
          <label class="checkboxes__label" for="record-confirmed">
            {ACCURACY_STATEMENT} I am signing it as the person making it.
          </label>
        </div>
      </div>
      <Button>{busy ? 'Signing…' : mode === 'amend' ? 'Sign the amendment' : 'Sign the record'}</Button>
    </form>
  );
}
