import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../../machines/dates';
import { WarningText } from '../../components/WarningText';
import { toStorageError } from '../../storage/errors';
import { listRecords, type RecordSummary } from '../../storage/records';
import { href } from '../../app/routes';

/** Whether the latest version of the record has been exported as signed JSON. */
export const isExported = (record: RecordSummary) =>
  !!record.lastExport && record.lastExport.version >= record.versions.at(-1)!.version;

/** Signed records on this device, with a warning for any not exported to the case file. */
export function RecordsList() {
  const [records, setRecords] = useState<RecordSummary[]>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    listRecords().then(setRecords, (error) => setProblem(toStorageError(error, 'unavailable').message));
  }, []);
  if (problem) return <WarningText>{problem}</WarningText>;
  if (!records) return null;
  const notExported = records.filter((record) => !isExported(record));
  return (
    <>
      <h2 class="heading-l">Signed records</h2>
      {notExported.length > 0 && (
        <WarningText>
          {notExported.length === 1 ? '1 signed record has' : `${notExported.length} signed records have`} not
          been exported. Download each one and attach it to the case file.
        </WarningText>
      )}
      {records.length === 0 ? (
        <p class="body">No signed records on this device.</p>
      ) : (
        <table class="table">
          <caption class="table__caption">Decision records signed on this device</caption>
          <thead>
            <tr>
              <th scope="col">Journey</th>
              <th scope="col">Case reference</th>
              <th scope="col">Latest version</th>
              <th scope="col">Signed</th>
              <th scope="col">Exported</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => {
              const latest = record.versions.at(-1)!.signed;
              return (
                <tr key={record.recordId}>
                  <td>{latest.journey.title}</td>
                  <td>{latest.caseReference}</td>
                  <td>{latest.version}</td>
                  <td>{formatDateTime(latest.signedAt)}</td>
                  <td>
                    {isExported(record) ? (
                      formatDateTime(record.lastExport!.exportedAt)
                    ) : (
                      <strong>Not exported</strong>
                    )}
                  </td>
                  <td class="table__actions">
                    <a href={href({ name: 'record', recordId: record.recordId })}>
                      View and export
                      <span class="visually-hidden">
                        {' '}
                        the record for case reference {latest.caseReference}
                      </span>
                    </a>{' '}
                    {isExported(record) && (
                      <a href={href({ name: 'deleteRecord', recordId: record.recordId })}>
                        Delete
                        <span class="visually-hidden">
                          {' '}
                          the record for case reference {latest.caseReference}
                        </span>
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ul class="list">
        <li>
          <a href={href({ name: 'verify' })}>Check a decision record file</a>
        </li>
        <li>
          <a href={href({ name: 'fingerprints' })}>
            This device’s fingerprints, for the register of trusted devices
          </a>
        </li>
      </ul>
    </>
  );
}
