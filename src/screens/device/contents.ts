// What the app keeps on this device, counted, for the screens that show or remove it.
import { listDrafts } from '../../storage/drafts';
import { listRecords } from '../../storage/records';
import { isExported } from '../records/RecordsList';

export interface DeviceContents {
  drafts: number;
  records: number;
  notExported: number;
  practiceRuns: number;
}

export async function deviceContents(): Promise<DeviceContents> {
  const [drafts, records, practiceRuns] = await Promise.all([
    listDrafts(),
    listRecords(),
    listDrafts({ training: true }),
  ]);
  return {
    drafts: drafts.length,
    records: records.length,
    notExported: records.filter((record) => !isExported(record)).length,
    practiceRuns: practiceRuns.length,
  };
}

/** "1 signed record", "2 signed records". */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
