import { useState } from 'preact/hooks';
import { formatDateTime } from '../../../machines/dates';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { BackLink } from '../../components/BackLink';
import { SummaryList } from '../../components/SummaryList';
import { PageHeading } from '../../components/PageHeading';
import { WarningText } from '../../components/WarningText';
import { confirmationText } from '../../record/passkey';
import { parseRegister, RegisterError, type Register } from '../../record/register';
import {
  readVersions,
  verifyExport,
  type IntactRecord,
  type VerifyResult,
  type VersionSummary,
} from '../../record/verify';
import { navigate } from '../../app/routes';
import { importSignedVersions } from '../../storage/records';
import { recordTextOf, RecordFileProblem } from '../../record/verifyFile';

const failureNames = {
  signature: 'The signature does not match the record',
  passkey: 'The passkey confirmation does not match the record',
  chain: 'The audit trail has been changed',
  chainHead: 'The audit trail does not end where the signed record says',
  amendmentLink: 'An amendment does not follow from the version before it',
} as const;

/** A file's text, refusing bytes that are not UTF-8 rather than reading them as something else. */
async function readText(file: File): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
}

/**
 * Checks an exported record file, offline, optionally against a register of trusted devices. The result
 * depends only on the files; nothing is stored unless the worker chooses to add an intact record to this
 * device (to read or amend it here).
 */
export function VerifyScreen() {
  useDocumentTitle('Check a decision record');
  const [record, setRecord] = useState<
    { name: string; text: string; attachedRecord?: string } | { name: string; problem: string }
  >();
  const [register, setRegister] = useState<
    { name: string; register: Register } | { name: string; problem: string }
  >();
  const [result, setResult] = useState<VerifyResult>();

  const check = async (nextRecord = record, nextRegister = register) => {
    setResult(undefined);
    if (!nextRecord) return;
    if ('problem' in nextRecord) return setResult({ status: 'unreadable', reason: nextRecord.problem });
    if (nextRegister && 'problem' in nextRegister) return;
    setResult(await verifyExport(nextRecord.text, nextRegister ? { register: nextRegister.register } : {}));
  };
  const chooseRecord = async (file: File | undefined) => {
    let next: typeof record;
    if (file) {
      try {
        const read = await recordTextOf(new Uint8Array(await file.arrayBuffer()));
        next = { name: file.name, text: read.text, attachedRecord: read.attachedRecord };
      } catch (error) {
        next = {
          name: file.name,
          problem:
            error instanceof RecordFileProblem
              ? error.message
              : 'The file could not be read from this device.',
        };
      }
    }
    setRecord(next);
    await check(next, register);
  };
  const chooseRegister = async (file: File | undefined) => {
    let next: typeof register;
    if (file) {
      try {
        next = { name: file.name, register: parseRegister(await readText(file)) };
      } catch (error) {
        next = {
          name: file.name,
          problem:
            error instanceof RegisterError
              ? error.message
              : 'The register could not be read from this device as text (UTF-8).',
        };
      }
    }
    setRegister(next);
    await check(record, next);
  };
  return (
    <div>
      <BackLink onBack={() => history.back()} />
      <PageHeading class="heading-l">Check a decision record</PageHeading>
      <p class="body">
        Open a record exported from this app (the .json file, or the PDF, which carries the signed record
        inside it) to check that it has not been changed since it was signed, and on which devices it was
        signed. The check is done on this device; the files are not sent anywhere or kept.
      </p>
      <div class="form-group">
        <label class="label" for="record-file">
          Exported record file
        </label>
        <input
          class="file-upload"
          id="record-file"
          type="file"
          accept="application/json,.json,application/pdf,.pdf"
          onChange={(event) => void chooseRecord(event.currentTarget.files?.[0])}
        />
      </div>
      <div class={register && 'problem' in register ? 'form-group form-group--error' : 'form-group'}>
        <label class="label" for="register-file">
          Register of trusted devices (optional)
        </label>
        <p class="hint" id="register-file-hint">
          Your organisation’s list of device fingerprints: one device a line, the fingerprint then the
          holder’s name, role and agency.
        </p>
        {register && 'problem' in register && (
          <p class="error-message" id="register-file-error">
            <span class="visually-hidden">Error:</span> {register.problem}
          </p>
        )}
        <input
          class="file-upload"
          id="register-file"
          type="file"
          accept="text/plain,.txt"
          aria-describedby={
            register && 'problem' in register
              ? 'register-file-hint register-file-error'
              : 'register-file-hint'
          }
          onChange={(event) => void chooseRegister(event.currentTarget.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {result && record && (
          <VerifyOutcome
            result={result}
            fileName={record.name}
            attachedRecord={'text' in record ? record.attachedRecord : undefined}
            registerName={register && 'register' in register ? register.name : undefined}
          />
        )}
      </div>
      {result &&
        record &&
        'text' in record &&
        (result.status === 'verified' || result.status === 'notTrusted') && (
          <AddToDevice text={record.text} />
        )}
    </div>
  );
}

/** Adds an intact record from a file to this device, so it can be read and amended here. */
function AddToDevice({ text }: { text: string }) {
  const [problem, setProblem] = useState<string>();
  const add = async () => {
    const versions = readVersions(text);
    if (typeof versions === 'string') return setProblem(versions);
    try {
      await importSignedVersions(versions);
      navigate({ name: 'record', recordId: versions[0].recordId });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div class="no-print">
      {problem && <WarningText>{problem}</WarningText>}
      <p class="body">
        To amend this record on this device, add it here first. An amendment made here is signed with this
        device’s key.
      </p>
      <button type="button" class="button button--secondary" onClick={() => void add()}>
        Add this record to this device
      </button>
    </div>
  );
}

const registeredText = (version: VersionSummary): string[] =>
  version.registeredHolder === undefined
    ? []
    : [
        version.registeredHolder === null
          ? 'Device not in the register'
          : `Device registered to ${version.registeredHolder}`,
      ];

function IntactOutcome({
  result,
  fileName,
  attachedRecord,
  registerName,
}: {
  result: IntactRecord;
  fileName: string;
  attachedRecord?: string;
  registerName?: string;
}) {
  const latest = result.versions[result.versions.length - 1];
  return (
    <>
      <p class="body">
        This file holds version {latest.version} of {result.versions.length}. A file holds only the versions
        it was exported with: compare the latest version number with the case file.
      </p>
      <SummaryList
        rows={[
          { key: 'File', lines: [fileName] },
          ...(attachedRecord
            ? [{ key: 'Signed record checked', lines: [`${attachedRecord}, attached to the PDF`] }]
            : []),
          { key: 'Case reference', lines: [result.caseReference] },
          {
            key: 'Register of trusted devices',
            lines: [
              registerName ??
                'Not checked against a register. Compare each device fingerprint with the one recorded for the signer’s device.',
            ],
          },
        ]}
      />
      {result.trustProblems.length > 0 && (
        <WarningText>
          {result.trustProblems.map((problem) => (
            <span class="verify__line" key={problem.version}>
              {problem.detail}{' '}
            </span>
          ))}
        </WarningText>
      )}
      {result.registerChecked && result.deviceChanges.length > 0 && (
        <ul class="list list--bullet">
          {result.deviceChanges.map((change) => (
            <li key={change.version}>{change.detail}</li>
          ))}
        </ul>
      )}
      {(result.timeWarnings.length > 0 || result.clockWarnings.length > 0) && (
        <>
          <h3 class="heading-s">Clock warnings</h3>
          <ul class="list list--bullet">
            {result.timeWarnings.map((warning, index) => (
              <li key={`time-${index}`}>{warning.detail}</li>
            ))}
            {result.clockWarnings.map((warning, index) => (
              <li key={`clock-${index}`}>
                Version {warning.version}, event {warning.index + 1}: {warning.detail}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.versions.map((version) => (
        <section key={version.version} aria-labelledby={`verified-version-${version.version}`}>
          <h3 class="heading-s" id={`verified-version-${version.version}`}>
            Version {version.version}
          </h3>
          <SummaryList
            rows={[
              {
                key: 'Signed by',
                lines: [
                  `${version.signer.name}, ${version.signer.role}, ${version.signer.agency}`,
                  ...registeredText(version),
                ],
              },
              { key: 'Signed at', lines: [formatDateTime(version.signedAt)] },
              { key: 'Device fingerprint', lines: [version.fingerprint] },
              { key: 'How signing was confirmed', lines: [confirmationText(version.passkeyFingerprint)] },
              ...(version.amendmentReason
                ? [{ key: 'Reason for the amendment', lines: [version.amendmentReason] }]
                : []),
            ]}
          />
        </section>
      ))}
    </>
  );
}

function VerifyOutcome({
  result,
  fileName,
  attachedRecord,
  registerName,
}: {
  result: VerifyResult;
  fileName: string;
  attachedRecord?: string;
  registerName?: string;
}) {
  if (result.status === 'verified') {
    return (
      <div class="verify verify--ok">
        <h2 class="heading-m">Verified: this record has not been changed since it was signed</h2>
        <IntactOutcome
          result={result}
          fileName={fileName}
          attachedRecord={attachedRecord}
          registerName={registerName}
        />
      </div>
    );
  }
  if (result.status === 'notTrusted') {
    return (
      <div class="verify verify--failed">
        <h2 class="heading-m">
          Not trusted: the signatures are intact, but not every version was signed on a trusted device
        </h2>
        <IntactOutcome
          result={result}
          fileName={fileName}
          attachedRecord={attachedRecord}
          registerName={registerName}
        />
      </div>
    );
  }
  if (result.status === 'altered') {
    return (
      <div class="verify verify--failed">
        <h2 class="heading-m">Altered: this record has been changed since it was signed</h2>
        {attachedRecord && (
          <p class="body">The signed record attached to the PDF ({attachedRecord}) was checked.</p>
        )}
        <ul class="list list--bullet">
          {result.failures.map((failure, index) => (
            <li key={index}>
              {failureNames[failure.what]}
              {failure.version !== undefined && ` (version ${failure.version})`}
              {failure.what === 'chain' &&
                failure.index !== undefined &&
                `, at event ${failure.index + 1}`}: {failure.detail}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="verify verify--failed">
      <h2 class="heading-m">This is not a record this app can read</h2>
      <p class="body">{result.reason}</p>
    </div>
  );
}
