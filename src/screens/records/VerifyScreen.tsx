import { useState } from 'preact/hooks';
import { formatDateTime } from '../../../machines/dates';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { BackLink } from '../../components/BackLink';
import { SummaryList } from '../../components/SummaryList';
import { verifyExport, type VerifyResult } from '../../record/verify';
import { PageHeading } from '../../components/PageHeading';

const failureNames = {
  signature: 'The signature does not match the record',
  chain: 'The audit trail has been changed',
  chainHead: 'The audit trail does not end where the signed record says',
  amendmentLink: 'An amendment does not follow from the version before it',
} as const;

/**
 * Checks an exported record file, offline. Nothing stored on the device is read or changed: the result
 * depends only on the file.
 */
export function VerifyScreen() {
  useDocumentTitle('Check a decision record');
  const [fileName, setFileName] = useState<string>();
  const [result, setResult] = useState<VerifyResult>();
  const check = async (file: File | undefined) => {
    setResult(undefined);
    if (!file) return;
    setFileName(file.name);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setResult({ status: 'unreadable', reason: 'The file could not be read from this device.' });
    }
    setResult(await verifyExport(text));
  };
  return (
    <div>
      <BackLink onBack={() => history.back()} />
      <PageHeading class="heading-l">
        Check a decision record
      </PageHeading>
      <p class="body">
        Open a record exported from this app (a .json file) to check that it has not been changed since it was signed. The
        check is done on this device; the file is not sent anywhere or kept.
      </p>
      <div class="form-group">
        <label class="label" for="record-file">
          Exported record file
        </label>
        <input
          class="file-upload"
          id="record-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void check(event.currentTarget.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {result && <VerifyOutcome result={result} fileName={fileName ?? ''} />}
      </div>
    </div>
  );
}

function VerifyOutcome({ result, fileName }: { result: VerifyResult; fileName: string }) {
  if (result.status === 'verified') {
    return (
      <div class="verify verify--ok">
        <h2 class="heading-m">Verified: this record has not been changed since it was signed</h2>
        <SummaryList
          rows={[
            { key: 'File', lines: [fileName] },
            { key: 'Case reference', lines: [result.caseReference] },
            { key: 'Signed by', lines: [`${result.signer.name}, ${result.signer.role}, ${result.signer.agency}`] },
            { key: 'Signed at', lines: [formatDateTime(result.signedAt)] },
            { key: 'Device fingerprint', lines: [result.fingerprint] },
            {
              key: 'Versions',
              lines: result.versions.map(
                (version) =>
                  `Version ${version.version}: ${version.signer.name}, ${formatDateTime(version.signedAt)}${version.amendmentReason ? ` (amended: ${version.amendmentReason})` : ''}`,
              ),
            },
            ...(result.clockWarnings.length
              ? [{ key: 'Clock warnings', lines: result.clockWarnings.map((warning) => `Version ${warning.version}, event ${warning.index + 1}: ${warning.detail}`) }]
              : []),
          ]}
        />
        <p class="body">Check that the device fingerprint is the one recorded for the signer’s device.</p>
      </div>
    );
  }
  if (result.status === 'altered') {
    return (
      <div class="verify verify--failed">
        <h2 class="heading-m">Altered: this record has been changed since it was signed</h2>
        <ul class="list list--bullet">
          {result.failures.map((failure, index) => (
            <li key={index}>
              {failureNames[failure.what]}
              {failure.version !== undefined && ` (version ${failure.version})`}
              {failure.what === 'chain' && failure.index !== undefined && `, at event ${failure.index + 1}`}: {failure.detail}
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
