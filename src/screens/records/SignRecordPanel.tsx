import { useEffect, useRef, useState } from 'preact/hooks';
import type { Journey } from '../../../machines';
import type { JourneyContext } from '../../../machines/journey';
import { href, navigate } from '../../app/routes';
import { WarningText } from '../../components/WarningText';
import { isLateEntry, missingForSigning } from '../../record/record';
import { getDraft, saveRecordForm } from '../../storage/drafts';
import { recordVersions } from '../../storage/records';
import { toStorageError } from '../../storage/errors';
import { beforeLocking } from '../../storage/keyring';
import type { DraftEnvelope } from '../../storage/schema';
import { RecordForm } from './RecordForm';
import {
  deviceFingerprint,
  draftRecord,
  emptyRecordForm,
  signAndStore,
  signerFrom,
  type RecordFormFields,
} from './recordService';

const formSaveDelayMs = 400;

/**
 * The end of every journey: the worker completes and signs the decision record. What they type is kept
 * on the draft as they type, so nothing is lost before signing.
 */
export function SignRecordPanel({
  journey,
  draftId,
  context,
}: {
  journey: Journey;
  draftId: string;
  context: JourneyContext;
}) {
  // Read afresh: the draft's audit trail and any typed record form are newer than when the journey opened.
  const [draft, setDraft] = useState<DraftEnvelope | null>();
  const [recordOnDevice, setRecordOnDevice] = useState<boolean>();
  const [fingerprint, setFingerprint] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The form as last typed, not yet saved; saved at once if the app locks meanwhile.
  const unsaved = useRef<(() => Promise<unknown>) | undefined>(undefined);
  useEffect(
    () =>
      beforeLocking(() => {
        clearTimeout(timer.current);
        return unsaved.current?.();
      }),
    [],
  );
  useEffect(() => {
    getDraft(draftId)
      .then(async (found) => {
        if (found?.recordId) setRecordOnDevice((await recordVersions(found.recordId)).length > 0);
        setDraft(found ?? null);
      })
      .catch((error) => setProblem(toStorageError(error, 'unavailable').message));
    deviceFingerprint().then(setFingerprint, (error) => setProblem(toStorageError(error).message));
    return () => clearTimeout(timer.current);
  }, [draftId]);

  if (problem) return <WarningText>{problem}</WarningText>;
  if (draft === undefined)
    return (
      <p class="body" role="status">
        Preparing the decision record…
      </p>
    );
  if (draft === null) return <WarningText>This draft is no longer on this device.</WarningText>;
  if (draft.recordId && !recordOnDevice) {
    return (
      <p class="body">
        The decision record for this journey was signed, exported and then deleted from this device.
      </p>
    );
  }
  if (draft.recordId) {
    return (
      <p class="body">
        The decision record for this journey is signed.{' '}
        <a href={href({ name: 'record', recordId: draft.recordId })}>View, export or amend the record</a>
      </p>
    );
  }
  const record = (fields: RecordFormFields) => draftRecord(journey, draft, context, fields, new Date());
  const initial: RecordFormFields = {
    ...emptyRecordForm(),
    ...(draft.recordForm as Partial<RecordFormFields> | undefined),
  };
  return (
    <section aria-labelledby="sign-record-title">
      <h2 class="heading-l" id="sign-record-title">
        Sign the decision record
      </h2>
      <p class="body">
        The record holds your answers on the route you took, the outcome, the guidance and sections used, the
        people involved, and your signature. Once signed it cannot be changed, only amended, and it can be
        checked for changes later.
      </p>
      {fingerprint && (
        <p class="body">
          This device’s fingerprint: <code class="fingerprint">{fingerprint}</code>.{' '}
          <a href={href({ name: 'fingerprints' })}>Fingerprints for the register of trusted devices</a>
        </p>
      )}
      <p class="body">
        If this device has a fingerprint, face or screen lock, you will be asked to confirm signing with it (a
        passkey). Signing is refused while the device clock reads earlier than your last answer.
      </p>
      <RecordForm
        mode="sign"
        initial={initial}
        isLate={(fields) => isLateEntry(record(fields))}
        missing={(fields) => missingForSigning(record(fields), signerFrom(fields))}
        onInput={(fields) => {
          clearTimeout(timer.current);
          const save = () => {
            unsaved.current = undefined;
            return saveRecordForm(draftId, { ...fields }).catch((error) =>
              setProblem(toStorageError(error).message),
            );
          };
          unsaved.current = save;
          timer.current = setTimeout(save, formSaveDelayMs);
        }}
        onSign={async (fields) => {
          clearTimeout(timer.current);
          unsaved.current = undefined;
          const signed = await signAndStore(draftId, record(fields), signerFrom(fields));
          navigate({ name: 'record', recordId: signed.recordId });
        }}
      />
    </section>
  );
}
