import { useMemo, useState } from 'preact/hooks';
import { formatDateTime } from '../../../machines/dates';
import { WarningText } from '../../components/WarningText';
import {
  findRecords,
  recordsOverview,
  recordsPage,
  type RecordListing,
  type RecordsPageKey,
} from '../../storage/records';
import { href } from '../../app/routes';
import { count } from '../count';
import { PagedList, type ListSource, type Together } from '../PagedList';

/**
 * Signed records on this device, newest first a page at a time (only those whose case reference matches
 * `search`, when there is one), with a warning for any not exported to the case file; shown `together`
 * with the screen's other lists when given.
 */
export function RecordsList({ search, together }: { search: string; together?: Together }) {
  const [notExported, setNotExported] = useState<number>();
  const signedRecords = useMemo<ListSource<RecordListing, RecordsPageKey>>(
    () => ({
      // One read of every record's ids and export marks gives the count, the first page and the
      // warning; the warning is shown with the lists, as the count is.
      first: () => {
        const read = recordsOverview();
        (together ? together(read) : read).then(
          (overview) => setNotExported(overview.notExported),
          // The list below says what went wrong.
          () => undefined,
        );
        return read.then((overview) => ({ total: overview.records, page: overview.page }));
      },
      page: (after) => recordsPage(after),
      find: findRecords,
    }),
    [together],
  );
  return (
    <>
      <h2 class="heading-l">Signed records</h2>
      {notExported !== undefined && notExported > 0 && (
        <WarningText>
          {count(notExported, 'signed record has', 'signed records have')} not been exported. Download each
          one and attach it to the case file.
        </WarningText>
      )}
      <PagedList
        source={signedRecords}
        search={search}
        noun={['signed record', 'signed records']}
        empty="No signed records on this device."
        together={together}
      >
        {(records) => (
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
                const latest = record.latest.signed;
                // One string, so a row is built of as few nodes as it shows.
                const which = ` the record for case reference ${latest.caseReference}`;
                return (
                  <tr key={record.recordId}>
                    <td>{latest.journey.title}</td>
                    <td>{latest.caseReference}</td>
                    <td>{latest.version}</td>
                    <td>{formatDateTime(latest.signedAt)}</td>
                    <td>
                      {record.exportedAt ? formatDateTime(record.exportedAt) : <strong>Not exported</strong>}
                    </td>
                    <td class="table__actions">
                      <a href={href({ name: 'record', recordId: record.recordId })}>
                        View and export
                        <span class="visually-hidden">{which}</span>
                      </a>{' '}
                      {record.exportedAt && (
                        <a href={href({ name: 'deleteRecord', recordId: record.recordId })}>
                          Delete
                          <span class="visually-hidden">{which}</span>
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </PagedList>
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
