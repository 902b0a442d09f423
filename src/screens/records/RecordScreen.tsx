import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../../machines/dates';
import { whenIdle } from '../../app/lazyScreen';
import { href, navigate } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { BackLink } from '../../components/BackLink';
import { WarningText } from '../../components/WarningText';
import type { SignedRecord } from '../../record/record';
import { exportBundle, isLateEntry, missingForSigning } from '../../record/record';
import { verifyExport, type VerifyResult } from '../../record/verify';
import { saveRecordForm } from '../../storage/drafts';
import { toStorageError } from '../../storage/errors';
import { getRecord, type RecordSummary } from '../../storage/records';
import { RecordDocument } from './RecordDocument';
import { RecordForm } from './RecordForm';
import {
  amendAndStore,
  emptyRecordForm,
  exportJson,
  exportPdf,
  localDateTimeNow,
  preparePdf,
  occurredAtIso,
  signerFrom,
  type RecordFormFields,
} from './recordService';
import { PageHeading } from '../../components/PageHeading';

/**
 * A signed record: every version, its export status, and the ways to export, print or amend it. Signed
 * versions are never edited; an amendment is a new version.
 */
export function RecordScreen({ recordId }: { recordId: string }) {
  useDocumentTitle('Decision record');
  const [summary, setSummary] = useState<RecordSummary | null>();
  const [problem, setProblem] = useState<string>();
  const [amending, setAmending] = useState(false);
  const [notice, setNotice] = useState<string>();
  // Every version is checked as its export would be, so what is shown is known to be as signed.
  const [check, setCheck] = useState<VerifyResult>();
  const load = () =>
    getRecord(recordId).then(
      async (found) => {
        setSummary(found ?? null);
        if (found) setCheck(await verifyExport(exportBundle(found.versions.map((each) => each.signed))));
      },
      (error) => setProblem(toStorageError(error, 'unavailable').message),
    );
  useEffect(() => void load(), [recordId]);
  // Once the record is shown, "Download as PDF" is made ready: the PDF code and font, too large for the
  // first screen, and this record's PDF made once ahead (see preparePdf). Leaving the record stops it.
  useEffect(() => {
    if (!summary) return undefined;
    let open = true;
    const cancel = whenIdle(
      () =>
        void preparePdf(
          summary.versions.map((version) => version.signed),
          () => open,
        ).catch(() => undefined),
    );
    return () => {
      open = false;
      cancel();
    };
  }, [summary]);

  if (problem && !summary) return <WarningText>{problem}</WarningText>;
  if (summary === undefined)
    return (
      <p class="body" role="status">
        Opening the record…
      </p>
    );
  if (summary === null) {
    return (
      <div>
        <PageHeading class="heading-l">This record is not on this device</PageHeading>
        <a href={href({ name: 'home' })}>Return to the home screen</a>
      </div>
    );
  }
  const versions: SignedRecord[] = summary.versions.map((version) => version.signed);
  const latest = versions.at(-1)!;
  const exported = summary.lastExport && summary.lastExport.version >= latest.version;
  const run = (action: () => Promise<void>, done: string) => () =>
    action().then(
      () => {
        setNotice(done);
        void load();
      },
      (error) => setProblem(error instanceof Error ? error.message : String(error)),
    );

  return (
    <div>
      <BackLink onBack={() => navigate({ name: 'home' })} label="Back to the home screen" />
      <PageHeading class="heading-l">Decision record</PageHeading>
      <p class="body">
        {latest.journey.title}, case reference <strong>{latest.caseReference}</strong>. Signed by{' '}
        {latest.signer.name} on {formatDateTime(latest.signedAt)}.
      </p>
      {problem && <WarningText>{problem}</WarningText>}
      {notice && (
        <p class="body notice" role="status">
          {notice}
        </p>
      )}
      {versions.some((version) => version.fingerprint !== versions[0].fingerprint) && (
        <WarningText>
          {versions
            .filter((version) => version.fingerprint !== versions[0].fingerprint)
            .map(
              (version) =>
                `Version ${version.version} was signed on a different device from version 1: device fingerprint ${version.fingerprint}, not ${versions[0].fingerprint}. `,
            )
            .join('')}
        </WarningText>
      )}
      {exported ? (
        <p class="body">
          Exported on {formatDateTime(summary.lastExport!.exportedAt)} (version {summary.lastExport!.version}
          ).
        </p>
      ) : (
        <WarningText>
          This record has not been exported yet. Download the signed record and attach it to the case file.
        </WarningText>
      )}
      <div class="button-group no-print">
        <button
          type="button"
          class="button"
          onClick={run(() => exportJson(versions), 'The signed record has been downloaded.')}
        >
          Download the signed record (JSON)
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={run(() => exportPdf(versions), 'The PDF has been downloaded.')}
        >
          Download as PDF
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          Print
        </button>
        {!amending && (
          <button type="button" class="button button--secondary" onClick={() => setAmending(true)}>
            Amend this record
          </button>
        )}
      </div>
      {amending && (
        <section class="no-print">
          <h2 class="heading-m">Amend this record</h2>
          <AmendForm
            latest={latest}
            draftId={summary.versions.at(-1)!.draftId}
            onSaveError={(message) => setProblem(message)}
            onAmended={async (fields) => {
              await amendAndStore(summary.versions.at(-1)!.draftId, latest, fields);
              setAmending(false);
              setNotice(
                'The amendment has been signed as a new version. Download the record again to attach it.',
              );
              await load();
            }}
          />
        </section>
      )}
      {[...versions].reverse().map((version) => (
        <RecordDocument
          key={version.version}
          record={version}
          total={versions.length}
          check={checkOf(check, version.version)}
        />
      ))}
    </div>
  );
}

function AmendForm({
  latest,
  draftId,
  onSaveError,
  onAmended,
}: {
  latest: SignedRecord;
  draftId: string;
  onSaveError: (message: string) => void;
  onAmended: (fields: RecordFormFields) => Promise<void>;
}) {
  const initial: RecordFormFields = {
    ...emptyRecordForm(),
    occurredAt: toLocalInput(latest.occurredAt),
    peopleInvolved: latest.peopleInvolved.join('\n'),
    extraReferences: latest.references.added.join('\n'),
    lateEntryReason: latest.lateEntryReason ?? '',
    name: latest.signer.name,
    role: latest.signer.role,
    agency: latest.signer.agency,
  };
  const preview = (fields: RecordFormFields) => ({
    ...latest,
    occurredAt: occurredAtIso(fields),
    recordedAt: occurredAtIso({ occurredAt: localDateTimeNow() }),
    lateEntryReason: fields.lateEntryReason.trim() || null,
  });
  return (
    <RecordForm
      mode="amend"
      initial={initial}
      isLate={(fields) => isLateEntry(preview(fields))}
      missing={(fields) => missingForSigning(preview(fields), signerFrom(fields))}
      // A record added from a file has no draft here to keep the form on.
      onInput={(fields) =>
        draftId
          ? void saveRecordForm(draftId, { ...fields }).catch((error) =>
              onSaveError(toStorageError(error).message),
            )
          : undefined
      }
      onSign={onAmended}
    />
  );
}

/** What checking the record found for one version: intact, or the failures found in it. */
function checkOf(
  result: VerifyResult | undefined,
  version: number,
): { intact: true } | { intact: false; problems: string[] } | undefined {
  if (!result) return undefined;
  if (result.status === 'verified' || result.status === 'notTrusted') return { intact: true };
  const problems =
    result.status === 'unreadable'
      ? [result.reason]
      : result.failures
          .filter((failure) => failure.version === undefined || failure.version === version)
          .map((failure) => failure.detail);
  return problems.length ? { intact: false, problems } : { intact: true };
}

/** An ISO time with offset as a datetime-local field shows it, in the device's local time. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
