// @vitest-environment node
// The home screen's lists at a year's caseload: 1,000 drafts and 1,000 signed records, read a page at a
// time through the indexes (counted without opening anything, each page opening only its own entries),
// searched by case reference, and nothing about a case readable in what is stored for them.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoWithOffset } from '../../src/record/time';
import type { SignedRecord } from '../../src/record/record';
import {
  databaseName,
  listMarks,
  migrations,
  type DraftEnvelope,
  type ListMarks,
  type StoredRecordVersion,
} from '../../src/storage/schema';
import { unlockStorage } from '../support/unlock';
import { oneAnswerRecord } from '../support/sample-record';

type Drafts = typeof import('../../src/storage/drafts');
type Records = typeof import('../../src/storage/records');
type Db = typeof import('../../src/storage/db');

let drafts: Drafts;
let records: Records;
let db: Db;

const minute = 60_000;
const start = Date.parse('2026-01-05T09:00:00Z');
/** Draft n was saved n minutes after the start; every tenth shares its time with the one before. */
const savedAt = (n: number) => new Date(start + (n - (n % 10 === 0 ? 1 : 0)) * minute).toISOString();
const draftReference = (n: number) => `SAF-${String(n).padStart(4, '0')}`;
const recordReference = (n: number) => `REC-${String(n).padStart(4, '0')}`;

let baseRecord: SignedRecord;

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  await unlockStorage();
  const record = await import('../../src/record/record');
  const keys = await import('../../src/record/keys');
  const at = new Date('2026-01-05T09:00:00Z');
  baseRecord = await record.signRecord(
    record.buildRecord(oneAnswerRecord('BASE', at)),
    { name: 'Sam Patel', role: 'Social worker', agency: 'Solihull Council', statement: 'Accurate.' },
    await keys.createSigningKeyPair(),
    at,
    '0.1.0',
  );
});

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  drafts = await import('../../src/storage/drafts');
  records = await import('../../src/storage/records');
  db = await import('../../src/storage/db');
  await unlockStorage();
});

afterEach(() => vi.restoreAllMocks());

/** 1,000 drafts: 600 in progress (odd n and every fifth), the rest complete; written in one go. */
async function seedDrafts(total = 1000): Promise<DraftEnvelope[]> {
  const envelopes = Array.from({ length: total }, (_, i): DraftEnvelope => ({
    id: `draft-${String(i + 1).padStart(4, '0')}`,
    format: 1,
    journeyId: 'collusion',
    journeyVersion: 1,
    editions: [],
    caseReference: draftReference(i + 1),
    snapshot: { value: 'avoidConflict' },
    pending: {},
    status: (i + 1) % 2 === 1 || (i + 1) % 5 === 0 ? 'inProgress' : 'complete',
    createdAt: savedAt(i + 1),
    updatedAt: savedAt(i + 1),
  }));
  const rows = await Promise.all(envelopes.map((envelope) => drafts.sealDraft(envelope)));
  const database = await db.database();
  const tx = database.transaction('drafts', 'readwrite');
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
  return envelopes;
}

/** Newest first as the lists show them: by time saved, then by id. */
const newestFirst = (list: DraftEnvelope[]) =>
  [...list].sort((a, b) =>
    a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1,
  );

/**
 * 1,000 records: record n signed n minutes after the start; every fourth amended (version 2) at 2,000 +
 * n minutes; the first 300 exported at their latest version, and the amended ones among the next 100
 * exported at version 1 only.
 */
async function seedRecords(total = 1000): Promise<StoredRecordVersion[]> {
  const versions: StoredRecordVersion[] = [];
  const exports: { recordId: string; version: number; exportedAt: string }[] = [];
  for (let n = 1; n <= total; n += 1) {
    const recordId = `record-${String(n).padStart(4, '0')}`;
    const draftId = `draft-of-${n}`;
    const v1: SignedRecord = {
      ...baseRecord,
      recordId,
      version: 1,
      caseReference: recordReference(n),
      signedAt: isoWithOffset(start + n * minute, 60),
    };
    versions.push({ recordId, version: 1, draftId, signed: v1 });
    const amended = n % 4 === 0;
    if (amended) {
      versions.push({
        recordId,
        version: 2,
        draftId,
        signed: { ...v1, version: 2, signedAt: isoWithOffset(start + (2000 + n) * minute, 0) },
      });
    }
    if (n <= 300) exports.push({ recordId, version: amended ? 2 : 1, exportedAt: '2026-06-01T10:00:00Z' });
    else if (n <= 400 && amended) exports.push({ recordId, version: 1, exportedAt: '2026-06-01T10:00:00Z' });
  }
  // Stored as the app stores them: each record's latest version marked, and whether and when it was exported.
  const latest = new Map(versions.map((version) => [version.recordId, version.version]));
  const exported = new Map(exports.map((entry) => [entry.recordId, entry]));
  const rows = await Promise.all(
    versions.map(async (version) => {
      const last = exported.get(version.recordId);
      return {
        ...(await records.sealRecordVersion(version)),
        ...listMarks(version.version, latest.get(version.recordId)!, last?.version, last?.exportedAt),
      };
    }),
  );
  const database = await db.database();
  const tx = database.transaction(['records', 'exports'], 'readwrite');
  await Promise.all([
    ...rows.map((row) => tx.objectStore('records').put(row)),
    ...exports.map((entry) => tx.objectStore('exports').put(entry)),
    tx.done,
  ]);
  return versions;
}

const decryptions = () => vi.spyOn(crypto.subtle, 'decrypt');

describe('drafts, 1,000 of them, page by page', () => {
  it('are counted by status from the index, opening none', async () => {
    await seedDrafts();
    const decrypt = decryptions();
    expect(await drafts.countDrafts('inProgress')).toBe(600);
    expect(await drafts.countDrafts('complete')).toBe(400);
    expect(await drafts.countDrafts()).toBe(1000);
    expect(decrypt).not.toHaveBeenCalled();
  });

  it('come 20 at a time, most recently saved first, opening only the 20 shown', async () => {
    const all = await seedDrafts();
    const decrypt = decryptions();
    const first = await drafts.draftsPage('inProgress');
    expect(decrypt).toHaveBeenCalledTimes(20);
    const expected = newestFirst(all.filter((draft) => draft.status === 'inProgress'));
    expect(first.items).toEqual(expected.slice(0, 20));
    expect(first.next).toBeDefined();
  });

  it('are counted with their first page in one transaction, opening only the 20 shown', async () => {
    const all = await seedDrafts();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const decrypt = decryptions();
    const overview = await drafts.draftsOverview('complete');
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(decrypt).toHaveBeenCalledTimes(20);
    expect(overview.total).toBe(400);
    const expected = newestFirst(all.filter((draft) => draft.status === 'complete'));
    expect(overview.page.items).toEqual(expected.slice(0, 20));
    expect(overview.page).toEqual(await drafts.draftsPage('complete'));
    const next = await drafts.draftsPage('complete', overview.page.next);
    expect(next.items.map((draft) => draft.id)).toEqual(expected.slice(20, 40).map((draft) => draft.id));
  });

  it('with none of a status, are counted as none with an empty last page', async () => {
    await seedDrafts(1);
    expect(await drafts.draftsOverview('complete')).toEqual({
      total: 0,
      page: { items: [], next: undefined },
    });
    expect(await drafts.draftsOverview('inProgress')).toMatchObject({ total: 1, page: { next: undefined } });
  });

  it('go on from where each page ended until the last, each draft exactly once, ties in time included', async () => {
    const all = await seedDrafts();
    for (const status of ['inProgress', 'complete'] as const) {
      const seen: DraftEnvelope[] = [];
      let next: Awaited<ReturnType<Drafts['draftsPage']>>['next'];
      let pages = 0;
      do {
        const page = await drafts.draftsPage(status, next);
        expect(page.items.length).toBeLessThanOrEqual(20);
        seen.push(...page.items);
        next = page.next;
        pages += 1;
      } while (next);
      const expected = newestFirst(all.filter((draft) => draft.status === status));
      expect(seen.map((draft) => draft.id)).toEqual(expected.map((draft) => draft.id));
      expect(pages).toBe(Math.floor(expected.length / 20) + 1);
    }
  });

  it('are found by all or part of their case reference, ignoring case, spaces and dashes, newest first', async () => {
    await seedDrafts();
    expect((await drafts.findDrafts('inProgress', 'saf-0999')).map((draft) => draft.caseReference)).toEqual([
      'SAF-0999',
    ]);
    expect((await drafts.findDrafts('inProgress', ' saf 099 ')).map((draft) => draft.caseReference)).toEqual([
      'SAF-0999',
      'SAF-0997',
      'SAF-0995',
      'SAF-0993',
      'SAF-0991',
      'SAF-0990',
    ]);
    expect((await drafts.findDrafts('complete', 'SAF0998')).map((draft) => draft.caseReference)).toEqual([
      'SAF-0998',
    ]);
    expect(await drafts.findDrafts('complete', 'SAF-0999'), 'a draft in progress is not complete').toEqual(
      [],
    );
    expect(await drafts.findDrafts('inProgress', 'NOT-THERE')).toEqual([]);
  });

  it('a draft saved again moves to the top of its list', async () => {
    await seedDrafts(50);
    await drafts.saveDraftSnapshot('draft-0001', { value: 'b' }, 'inProgress');
    expect((await drafts.draftsPage('inProgress')).items[0].id).toBe('draft-0001');
    await drafts.saveDraftSnapshot('draft-0003', { value: 'b' }, 'complete');
    expect((await drafts.draftsPage('complete')).items[0].id).toBe('draft-0003');
    expect((await drafts.findDrafts('inProgress', 'SAF-0003')).length).toBe(0);
  });
});

describe('signed records, 1,000 of them with 1,250 versions, page by page', () => {
  it('are counted, and those not exported at their latest version, opening none', async () => {
    await seedRecords();
    const decrypt = decryptions();
    // Not exported: 675 never exported, and the 25 amended ones among 301–400 exported at version 1 only.
    expect(await records.recordTotals()).toEqual({ records: 1000, notExported: 700 });
    expect(decrypt).not.toHaveBeenCalled();
  });

  it('give their count, those not exported and the first page from one read, opening only that page', async () => {
    const versions = await seedRecords();
    // Record 1000 (amended) exported at its latest version, record 996 (amended) at version 1 only.
    const exportedFrom = Date.now();
    await records.markExported('record-1000', 2);
    await records.markExported('record-0996', 1);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const decrypt = decryptions();
    const overview = await records.recordsOverview();
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.calls[0][0], 'the export times come with the versions').toEqual(['records']);
    expect(decrypt).toHaveBeenCalledTimes(20);
    expect(overview.records).toBe(1000);
    // The 700 of the seeded caseload, less record 1000; record 996 is still not exported at version 2.
    expect(overview.notExported).toBe(699);
    expect(overview.page.items.map((record) => record.recordId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `record-${String(1000 - 4 * i).padStart(4, '0')}`),
    );
    expect(overview.page.items[0].latest).toEqual(
      versions.find((version) => version.recordId === 'record-1000' && version.version === 2),
    );
    // Exported at its latest version, so when it was is shown; record 996 is exported at version 1 only.
    expect(Date.parse(overview.page.items[0].exportedAt!)).toBeGreaterThanOrEqual(exportedFrom);
    expect(overview.page.items[1].exportedAt).toBeUndefined();
    expect(overview.page.items[2].exportedAt).toBeUndefined();
    // The same as the totals and the page read apart.
    expect(await records.recordTotals()).toEqual({ records: 1000, notExported: 699 });
    const apart = await records.recordsPage();
    expect(overview.page).toEqual(apart);
    const rest = await records.recordsPage(overview.page.next);
    expect(rest.items[0].recordId).toBe('record-0920');
  });

  it('give the totals and the first page at once when some versions have no readable signing time yet', async () => {
    await seedRecords(30);
    await records.markExported('record-0004', 1);
    const database = await db.database();
    const tx = database.transaction('records', 'readwrite');
    let cursor = await tx.store.openCursor();
    while (cursor) {
      const { signedAt: _dropped, ...older } = cursor.value as { signedAt?: string };
      await cursor.update(older as typeof cursor.value);
      cursor = await cursor.continue();
    }
    await tx.done;
    const overview = await records.recordsOverview();
    // Of the 30, all exported at their latest version but record 4, now marked at version 1 of 2.
    expect({ records: overview.records, notExported: overview.notExported }).toEqual({
      records: 30,
      notExported: 1,
    });
    expect(overview.page.items.map((record) => record.recordId).slice(0, 8)).toEqual(
      [28, 24, 20, 16, 12, 8, 4, 30].map((n) => `record-${String(n).padStart(4, '0')}`),
    );
    expect(overview.page.items).toHaveLength(20);
    expect(overview.page.next).toBeDefined();
  });

  it('come 20 at a time, most recently signed first by their latest version, each once, opening only that version', async () => {
    const versions = await seedRecords();
    const decrypt = decryptions();
    const first = await records.recordsPage();
    // The 20 newest are all amended ones (version 2 signed after every version 1): only version 2 is opened.
    expect(decrypt).toHaveBeenCalledTimes(20);
    expect(first.items.map((record) => record.recordId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `record-${String(1000 - 4 * i).padStart(4, '0')}`),
    );
    expect(first.items[0].latest).toEqual(
      versions.find((version) => version.recordId === 'record-1000' && version.version === 2),
    );
    expect(first.items[0].exportedAt).toBeUndefined();

    const seen: string[] = [...first.items.map((record) => record.recordId)];
    let next = first.next;
    while (next) {
      const page = await records.recordsPage(next);
      seen.push(...page.items.map((record) => record.recordId));
      next = page.next;
    }
    expect(seen).toHaveLength(1000);
    expect(new Set(seen).size).toBe(1000);
    // After the 250 amended ones come the others, newest first, whatever offset they were signed in.
    expect(seen.slice(250, 253)).toEqual(['record-0999', 'record-0998', 'record-0997']);
    expect(seen.at(-1)).toBe('record-0001');
  });

  it('a record amended many times stands once at its latest version, and the page still fills', async () => {
    await seedRecords(30);
    // Record 30 amended 24 more times, each signed after everything else: its 25 versions are the newest
    // 25 in the index, more than a page, and only the last of them stands for it.
    const [first] = await records.recordVersions('record-0030');
    for (let version = 2; version <= 25; version += 1) {
      await records.storeSignedVersion(first.draftId, {
        ...first.signed,
        version,
        signedAt: isoWithOffset(start + (5000 + version) * minute, 0),
      });
    }
    expect(await records.recordTotals()).toEqual({ records: 30, notExported: 1 });

    const decrypt = decryptions();
    const page = await records.recordsPage();
    expect(decrypt).toHaveBeenCalledTimes(20);
    expect(page.items[0]).toMatchObject({ recordId: 'record-0030', latest: { version: 25 } });
    expect(page.items.map((record) => record.recordId)).toEqual([
      'record-0030',
      // Then the amended ones (version 2 signed after every version 1), then the rest, newest first.
      ...[28, 24, 20, 16, 12, 8, 4, 29, 27, 26, 25, 23, 22, 21, 19, 18, 17, 15, 14].map(
        (n) => `record-${String(n).padStart(4, '0')}`,
      ),
    ]);
    const rest = await records.recordsPage(page.next);
    expect(rest.items.map((record) => record.recordId)).toEqual(
      [13, 11, 10, 9, 7, 6, 5, 3, 2, 1].map((n) => `record-${String(n).padStart(4, '0')}`),
    );
    expect(rest.next).toBeUndefined();
  });

  it('are found by the case reference of their latest version', async () => {
    await seedRecords();
    const found = await records.findRecords('rec-0100');
    expect(found.map((record) => record.recordId)).toEqual(['record-0100']);
    expect(found[0].latest.version).toBe(2);
    expect(found[0].exportedAt).toBe('2026-06-01T10:00:00Z');
    expect((await records.findRecords('REC-099')).map((record) => record.recordId)).toEqual(
      // The amended ones first: their version 2 was signed after every version 1.
      [996, 992, 999, 998, 997, 995, 994, 993, 991, 990].map((n) => `record-0${n}`),
    );
  });

  it('one is read on its own, with every version and its export', async () => {
    await seedRecords(40);
    const one = await records.getRecord('record-0008');
    expect(one?.versions.map((version) => version.version)).toEqual([1, 2]);
    expect(one?.lastExport).toMatchObject({ version: 2 });
    expect(await records.getRecord('record-9999')).toBeUndefined();
  });

  it('stored before the signing time was kept readable are given it once unlocked, and then listed', async () => {
    const versions = await seedRecords(30);
    const database = await db.database();
    const tx = database.transaction('records', 'readwrite');
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (cursor.value.recordId <= 'record-0010') {
        const { signedAt: _dropped, ...older } = cursor.value as { signedAt?: string };
        await cursor.update(older as typeof cursor.value);
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    expect(await database.countFromIndex('records', 'bySigned')).toBe(versions.length - 12);

    const listed: string[] = [];
    let next: Awaited<ReturnType<Records['recordsPage']>>['next'];
    do {
      const page = await records.recordsPage(next);
      listed.push(...page.items.map((record) => record.recordId));
      next = page.next;
    } while (next);
    expect(listed).toHaveLength(30);
    expect(await database.countFromIndex('records', 'bySigned')).toBe(versions.length);
    const row = await database.get('records', ['record-0004', 2]);
    expect(row && 'signedAt' in row && row.signedAt).toBe(
      new Date(versions[4].signed.signedAt).toISOString(),
    );
  });

  it('keep only ids, the version, the draft, the time signed and the list marks readable; the rest sealed', async () => {
    await seedRecords(4);
    const rows = await (await db.database()).getAll('records');
    for (const row of rows) {
      const { latest, notExported, exportedAt, ...rest } = row as ListMarks;
      expect(Object.keys(rest).sort()).toEqual(['draftId', 'recordId', 'sealed', 'signedAt', 'version']);
      expect([latest, notExported].every((mark) => mark === undefined || mark === 1)).toBe(true);
      // The time of the last export, on the latest version alone, and nothing else.
      expect(exportedAt).toBe(latest ? '2026-06-01T10:00:00Z' : undefined);
      expect(JSON.stringify(row)).not.toContain('REC-');
      expect(JSON.stringify(row)).not.toContain('Sam Patel');
    }
    // Stored in UTC, so the order is the order of signing across a change of clocks (signed at +01:00).
    expect(rows.find((row) => row.version === 1 && row.recordId === 'record-0001')).toMatchObject({
      signedAt: new Date(start + minute).toISOString(),
    });
  });
});

describe("a record's latest version, marked so the list is counted from an index", () => {
  const signed = (recordId: string, version: number, minutes: number): SignedRecord => ({
    ...baseRecord,
    recordId,
    version,
    caseReference: `REF-${recordId}`,
    signedAt: isoWithOffset(start + minutes * minute, 0),
  });
  const marksOf = async (recordId: string) =>
    (await (await db.database()).getAllFromIndex('records', 'byRecord', recordId)).map((row) => {
      const { latest, notExported } = row as ListMarks;
      return { version: row.version, latest, notExported };
    });

  it('moves to each new version, and is exported only once that version is', async () => {
    await records.storeSignedVersion('draft-a', signed('a', 1, 1));
    expect(await records.recordTotals()).toEqual({ records: 1, notExported: 1 });
    await records.markExported('a', 1);
    expect(await records.recordTotals()).toEqual({ records: 1, notExported: 0 });
    await records.storeSignedVersion('draft-a', signed('a', 2, 2));
    expect(await marksOf('a')).toEqual([
      { version: 1, latest: undefined, notExported: undefined },
      { version: 2, latest: 1, notExported: 1 },
    ]);
    // An export of the earlier version alone leaves the latest not exported.
    await records.markExported('a', 1);
    expect(await records.recordTotals()).toEqual({ records: 1, notExported: 1 });
    await records.markExported('a', 2);
    expect(await marksOf('a')).toEqual([
      { version: 1, latest: undefined, notExported: undefined },
      { version: 2, latest: 1, notExported: undefined },
    ]);
    expect(await records.recordTotals()).toEqual({ records: 1, notExported: 0 });
  });

  it('carries when its latest version was last exported, and no time once a later version is signed', async () => {
    const exportTimes = async (recordId: string) =>
      (await (await db.database()).getAllFromIndex('records', 'byRecord', recordId)).map(
        (row) => (row as ListMarks).exportedAt,
      );
    const listed = async () => (await records.recordsPage()).items.map((item) => item.exportedAt);
    await records.storeSignedVersion('draft-d', signed('d', 1, 1));
    expect(await exportTimes('d')).toEqual([undefined]);
    const before = Date.now();
    await records.markExported('d', 1);
    const [exportedAt] = await exportTimes('d');
    expect(Date.parse(exportedAt!)).toBeGreaterThanOrEqual(before);
    expect((await (await db.database()).get('exports', 'd'))?.exportedAt).toBe(exportedAt);
    expect(await listed()).toEqual([exportedAt]);
    // Amended: the new version is not exported, and the earlier one keeps no mark.
    await records.storeSignedVersion('draft-d', signed('d', 2, 2));
    expect(await exportTimes('d')).toEqual([undefined, undefined]);
    expect(await listed()).toEqual([undefined]);
    await records.markExported('d', 2);
    const [, again] = await exportTimes('d');
    expect(again).toBeDefined();
    expect(await listed()).toEqual([again]);
  });

  it('is the highest version once a file adds versions, exported as the file was', async () => {
    await records.storeSignedVersion('draft-b', signed('b', 1, 1));
    // The file holds version 1 (the same one) and two later versions from another device.
    const [stored] = await records.recordVersions('b');
    await records.importSignedVersions([stored.signed, signed('b', 2, 2), signed('b', 3, 3)]);
    expect(await marksOf('b')).toEqual([
      { version: 1, latest: undefined, notExported: undefined },
      { version: 2, latest: undefined, notExported: undefined },
      { version: 3, latest: 1, notExported: undefined },
    ]);
    await records.importSignedVersions([signed('c', 1, 4)]);
    expect(await records.recordTotals()).toEqual({ records: 2, notExported: 0 });
    await records.storeSignedVersion('draft-b', signed('b', 4, 5));
    expect(await records.recordTotals()).toEqual({ records: 2, notExported: 1 });
    await records.deleteRecord('b');
    expect(await records.recordTotals()).toEqual({ records: 1, notExported: 0 });
  });

  /**
   * A new device whose database is as the app left it just before the migration whose name starts with
   * `name`: that migration's index, and the database opened at that version. Storage is reloaded.
   */
  async function databaseBefore(name: string) {
    globalThis.indexedDB = new IDBFactory();
    vi.resetModules();
    records = await import('../../src/storage/records');
    db = await import('../../src/storage/db');
    await unlockStorage();
    const before = migrations.findIndex((migration) => migration.name.startsWith(name));
    expect(before, 'the migration is there, after the ones that made the stores').toBeGreaterThan(0);
    const { openDB } = await import('idb');
    const old = await openDB(databaseName, before, {
      upgrade: (database, _from, _to, transaction) =>
        migrations
          .slice(0, before)
          .forEach((migration) => migration.migrate(database as never, transaction as never)),
    });
    return { before, old };
  }

  it('is marked in place, sealed as it was, on a device whose records were stored before the marks', async () => {
    // The database as the version before the marks left it: no marks, some versions not yet timed.
    const { old } = await databaseBefore("mark each record's latest");
    const versions = [signed('x', 1, 1), signed('x', 2, 2), signed('y', 1, 3), signed('z', 1, 4)].map(
      (version): StoredRecordVersion => ({
        recordId: version.recordId,
        version: version.version,
        draftId: '',
        signed: version,
      }),
    );
    const rows = await Promise.all(versions.map((version) => records.sealRecordVersion(version)));
    // Version 1 of x was sealed before the signing time was kept readable.
    const { signedAt: _untimed, ...untimed } = rows[0];
    const tx = old.transaction(['records', 'exports'], 'readwrite');
    await Promise.all([
      ...[untimed, ...rows.slice(1)].map((row) => tx.objectStore('records').put(row as never)),
      tx.objectStore('exports').put({ recordId: 'x', version: 1, exportedAt: '2026-06-01T10:00:00Z' }),
      tx.objectStore('exports').put({ recordId: 'y', version: 1, exportedAt: '2026-06-01T10:00:00Z' }),
      tx.done,
    ]);
    const sealedBefore = await old.getAll('records');
    old.close();

    expect(await records.recordTotals()).toEqual({ records: 3, notExported: 2 });
    const after = await (await db.database()).getAll('records');
    const unmarked = (row: object) => ({
      ...row,
      latest: undefined,
      notExported: undefined,
      exportedAt: undefined,
    });
    expect(after.map(unmarked)).toEqual(sealedBefore.map(unmarked));
    expect(after.map((row) => [row.recordId, row.version, (row as ListMarks).latest ?? 0])).toEqual([
      ['x', 1, 0],
      ['x', 2, 1],
      ['y', 1, 1],
      ['z', 1, 1],
    ]);
    const page = await records.recordsPage();
    expect(page.items.map((record) => [record.recordId, record.latest.version])).toEqual([
      ['z', 1],
      ['y', 1],
      ['x', 2],
    ]);
    // y is exported at its latest version, so its export time comes with it; x only at version 1.
    expect(page.items.map((record) => record.exportedAt)).toEqual([
      undefined,
      '2026-06-01T10:00:00Z',
      undefined,
    ]);
  });

  it('carries its export time once the device is upgraded from marks without it, sealed as it was', async () => {
    // The database as the version before export times were carried: marked, but no time on any version.
    const { before, old } = await databaseBefore("carry the time of each record's last export");
    expect(before, 'after the migration that marks the latest versions').toBeGreaterThan(
      migrations.findIndex((migration) => migration.name.startsWith("mark each record's latest")),
    );
    const versions = [signed('p', 1, 1), signed('p', 2, 2), signed('q', 1, 3), signed('r', 1, 4)];
    const exports = [
      { recordId: 'p', version: 1, exportedAt: '2026-06-01T10:00:00Z' },
      { recordId: 'q', version: 1, exportedAt: '2026-06-02T11:00:00Z' },
    ];
    const rows = await Promise.all(
      versions.map(async (version) => {
        const latest = Math.max(
          ...versions.filter((v) => v.recordId === version.recordId).map((v) => v.version),
        );
        const exported = exports.find((entry) => entry.recordId === version.recordId);
        return {
          ...(await records.sealRecordVersion({
            recordId: version.recordId,
            version: version.version,
            draftId: '',
            signed: version,
          })),
          // As that version marked them: latest and not exported, without a time.
          ...listMarks(version.version, latest, exported?.version),
        };
      }),
    );
    const tx = old.transaction(['records', 'exports'], 'readwrite');
    await Promise.all([
      ...rows.map((row) => tx.objectStore('records').put(row as never)),
      ...exports.map((entry) => tx.objectStore('exports').put(entry)),
      tx.done,
    ]);
    const stored = await old.getAll('records');
    expect(stored.some((row) => (row as ListMarks).exportedAt !== undefined)).toBe(false);
    old.close();

    expect(await records.recordTotals()).toEqual({ records: 3, notExported: 2 });
    const after = await (await db.database()).getAll('records');
    expect(after.map((row) => ({ ...row, exportedAt: undefined }))).toEqual(
      stored.map((row) => ({ ...row, exportedAt: undefined })),
    );
    expect(after.map((row) => [row.recordId, row.version, (row as ListMarks).exportedAt])).toEqual([
      ['p', 1, undefined],
      ['p', 2, undefined],
      ['q', 1, '2026-06-02T11:00:00Z'],
      ['r', 1, undefined],
    ]);
    expect((await records.recordsPage()).items.map((record) => [record.recordId, record.exportedAt])).toEqual(
      [
        ['r', undefined],
        ['q', '2026-06-02T11:00:00Z'],
        ['p', undefined],
      ],
    );
  });
});
