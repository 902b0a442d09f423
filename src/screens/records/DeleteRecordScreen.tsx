import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../../machines/dates';
import { navigate } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { WarningText } from '../../components/WarningText';
import { toStorageError } from '../../storage/errors';
import { deleteRecord, getRecord, type RecordSummary } from '../../storage/records';
import { PageHeading } from '../../components/PageHeading';

/**
 * Deleting a record is allowed only once its latest version has been exported, and asks first, saying
 * what goes with it (the journey it was made from) and what remains (the exported copy).
 */
export function DeleteRecordScreen({ recordId }: { recordId: string }) {
  useDocumentTitle('Delete this record from this device?');
  const [record, setRecord] = useState<RecordSummary | null>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    getRecord(recordId).then(
      (found) => setRecord(found ?? null),
      (error) => setProblem(toStorageError(error, 'unavailable').message),
    );
  }, [recordId]);
  const latest = record?.versions.at(-1)?.signed;
  const exported = !!record?.lastExport && !!latest && record.lastExport.version >= latest.version;
  const confirm = async () => {
    try {
      await deleteRecord(recordId);
      navigate({ name: 'home' }, { replace: true });
    } catch (error) {
      setProblem(toStorageError(error).message);
    }
  };
  return (
    <div>
      <PageHeading class="heading-l">Delete this record from this device?</PageHeading>
      {latest && (
        <p class="body">
          {latest.journey.title}, case reference <strong>{latest.caseReference}</strong>, signed{' '}
          {formatDateTime(latest.signedAt)}
          {exported && `, exported ${formatDateTime(record!.lastExport!.exportedAt)}`}.
        </p>
      )}
      {record === null && <p class="body">This record is no longer on this device.</p>}
      {problem && <WarningText>{problem}</WarningText>}
      {record && !exported && (
        <WarningText>This record has not been exported. Export it before deleting it.</WarningText>
      )}
      {exported && (
        <>
          <p class="body">Deleting removes from this device:</p>
          <ul class="list list--bullet">
            <li>
              {record!.versions.length === 1
                ? 'the signed record'
                : `all ${record!.versions.length} versions of the signed record`}
            </li>
            <li>the journey it was made from, with every answer</li>
            <li>the audit trail: the time of each answer and each change</li>
            <li>the signing form: the names of the people involved and of the signer</li>
          </ul>
          <WarningText>
            Only the copy you exported on {formatDateTime(record!.lastExport!.exportedAt)} (version{' '}
            {record!.lastExport!.version}) will remain, wherever you saved it. Nothing deleted from this
            device can be recovered.
          </WarningText>
        </>
      )}
      <div class="button-group">
        {exported && (
          <button type="button" class="button button--warning" onClick={confirm}>
            Yes, delete it from this device
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={() => navigate({ name: 'home' })}>
          No, keep it
        </button>
      </div>
    </div>
  );
}
