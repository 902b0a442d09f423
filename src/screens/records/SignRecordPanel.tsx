import { useEffect, useRef, useState } from 'preact/hooks';
import type { Journey } from '../../../machines';
import type { JourneyContext } from '../../../machines/journey';
import { href, navigate } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { WarningText } from '../../components/WarningText';
import { isLateEntry, missingForSigning, type SignedRecord } from '../../record/record';
import { getDraft, saveRecordForm } from '../../storage/drafts';
import { recordVersions } from '../../storage/records';
import { toStorageError } from '../../storage/errors';
import { beforeLocking } from '../../storage/keyring';
import type { DraftEnvelope } from '../../storage/schema';
import { RecordForm } from './RecordForm';
import {
  amendAndStore,
  deviceFingerprint,
  draftRecord,
  emptyRecordForm,
  nextVersion,
  signAndStore,
  signerFrom,
  type NextVersion,
  type RecordFormFields,
} from './recordService';

const formSaveDelayMs = 400;

/** The signing form as typed is kept with the version it is for, so a later version starts afresh. */
const formVersionKey = 'forVersion';

/** The form as saved on the draft for this version, without the version it was kept for. */
function savedForm(draft: DraftEnvelope, version: number): Partial<RecordFormFields> | undefined {
  const { [formVersionKey]: forVersion, ...fields } = draft.recordForm ?? {};
  // A form saved before versions were kept with it can only be for version 1.
  return (forVersion ?? '1') === String(version) ? fields : undefined;
}

/** The next version's form: the latest version's people, references and signer, and the reason given. */
const formFrom = (latest: SignedRecord, reason: string): RecordFormFields => ({
  ...emptyRecordForm(),
  peopleInvolved: latest.peopleInvolved.join('\n'),
  extraReferences: latest.references.added.join('\n'),
  name: latest.signer.name,
  role: latest.signer.role,
  agency: latest.signer.agency,
  amendmentReason: reason,
});

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

function titleOf(next: NextVersion, latest: SignedRecord | undefined): string {
  if (next.kind === 'round') return `Sign ${lowerFirst(next.title)}`;
  if (next.kind === 'changes') return `Sign the answers given since version ${latest!.version}`;
  return 'Sign the decision record';
}

/**
 * Signing the decision record: at the end of every journey, and, for a case kept as a task list, from the
 * task list as the case goes (version 1, then a new version of the same record for each review meeting,
 * made with the amendment the record screen uses). What the worker types is kept on the draft as they
 * type, so nothing is lost before signing.
 */
export function SignRecordPanel({
  journey,
  draftId,
  context,
  asPage = false,
}: {
  journey: Journey;
  draftId: string;
  context: JourneyContext;
  /** Opened from the task list: the panel is the page, its heading the page's. */
  asPage?: boolean;
}) {
  // Read afresh: the draft's audit trail and any typed record form are newer than when the journey opened.
  const [draft, setDraft] = useState<DraftEnvelope | null>();
  const [recordOnDevice, setRecordOnDevice] = useState<boolean>();
  const [latest, setLatest] = useState<SignedRecord>();
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
        if (found?.recordId) {
          const versions = await recordVersions(found.recordId);
          setRecordOnDevice(versions.length > 0);
          setLatest(versions.at(-1)?.signed);
        }
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
  const next = nextVersion(journey, context, latest);
  if (next.kind === 'none') {
    return (
      <p class="body">
        The decision record for this journey is signed.{' '}
        <a href={href({ name: 'record', recordId: draft.recordId! })}>View, export or amend the record</a>
      </p>
    );
  }
  const version = latest ? latest.version + 1 : 1;
  const record = (fields: RecordFormFields) =>
    draftRecord(journey, draft, context, fields, new Date(), next.rows);
  const initial: RecordFormFields = {
    ...(latest ? formFrom(latest, next.kind === 'round' ? next.reason : '') : emptyRecordForm()),
    ...savedForm(draft, version),
  };
  const title = titleOf(next, latest);
  return (
    <section aria-labelledby="sign-record-title">
      {asPage ? (
        <PageHeading class="heading-l" id="sign-record-title">
          {title}
        </PageHeading>
      ) : (
        <h2 class="heading-l" id="sign-record-title">
          {title}
        </h2>
      )}
      {latest ? (
        <p class="body">
          {next.kind === 'round'
            ? `Signing makes version ${version} of the case’s decision record: the record as it now stands, with ${lowerFirst(next.title)}.`
            : `Signing makes version ${version} of the case’s decision record, with the answers given since version ${latest.version}: say why in the reason.`}{' '}
          Version {latest.version} is kept as it was signed, and the new version is linked to it.{' '}
          <a href={href({ name: 'record', recordId: latest.recordId })}>View the signed versions</a>
        </p>
      ) : (
        <p class="body">
          The record holds your answers on the route you took, the outcome, the guidance and sections used,
          the people involved, and your signature. Once signed it cannot be changed, only amended, and it can
          be checked for changes later.
          {asPage &&
            ' Each review meeting recorded after it is signed as a new version of the same record, from this task list.'}
        </p>
      )}
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
        mode={latest ? 'amend' : 'sign'}
        initial={initial}
        isLate={(fields) => isLateEntry(record(fields))}
        missing={(fields) => missingForSigning(record(fields), signerFrom(fields))}
        onInput={(fields) => {
          clearTimeout(timer.current);
          const save = () => {
            unsaved.current = undefined;
            return saveRecordForm(draftId, { ...fields, [formVersionKey]: String(version) }).catch((error) =>
              setProblem(toStorageError(error).message),
            );
          };
          unsaved.current = save;
          timer.current = setTimeout(save, formSaveDelayMs);
        }}
        onSign={async (fields) => {
          clearTimeout(timer.current);
          unsaved.current = undefined;
          const signed = latest
            ? await amendAndStore(draftId, latest, fields, record(fields))
            : await signAndStore(draftId, record(fields), signerFrom(fields));
          navigate({ name: 'record', recordId: signed.recordId });
        }}
      />
    </section>
  );
}
