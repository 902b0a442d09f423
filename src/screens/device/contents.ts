// What the app keeps on this device, counted, for the screens that show or remove it.
import { countDrafts, listDrafts } from '../../storage/drafts';
import { recordTotals } from '../../storage/records';

export interface DeviceContents {
  drafts: number;
  records: number;
  notExported: number;
  practiceRuns: number;
}

export async function deviceContents(): Promise<DeviceContents> {
  const [drafts, records, practiceRuns] = await Promise.all([
    countDrafts(),
    recordTotals(),
    listDrafts({ training: true }),
  ]);
  return {
    drafts,
    records: records.records,
    notExported: records.notExported,
    practiceRuns: practiceRuns.length,
  };
}
