// Signed decision records and the device's signing key. A stored version is never changed: an
// amendment is stored as a new version beside it. A version is stored sealed: only its ids are
// readable without the data key. The signing key is handed out only while the app is unlocked.
import type { PasskeyKey } from '../record/passkey';
import type { SignedRecord } from '../record/record';
import { transact, type Transaction } from './db';
import { oneAtATime } from './drafts';
import { StoredDataRefusal } from './errors';
import { openFields, sealFields } from './envelope';
import { currentDataKey } from './keyring';
import { findByReference, newestFirst, pageSize, type Page } from './lists';
import {
  listMarks,
  withMarks,
  withoutMarks,
  type AidSchema,
  type Legacy,
  type ListMarks,
  type RecordExport,
  type SealedRecordVersion,
  type StoredRecordVersion,
  type StoreName,
} from './schema';

/** A record with every version, oldest first, and its last export. */
export interface RecordSummary {
  recordId: string;
  versions: StoredRecordVersion[];
  lastExport?: RecordExport;
}

/**
 * A record as the records list shows it: its latest version (the only one opened) and, if that version
 * has been exported, when it was last exported.
 */
export interface RecordListing {
  recordId: string;
  latest: StoredRecordVersion;
  exportedAt?: string;
}

const deviceKeyId = 'device';
const passkeyId = 'signing-passkey';
const readableFields = ['recordId', 'version', 'draftId'] as const;

/**
 * The signing time kept readable too (a time, as drafts' are), so the records list is read newest first
 * by index: in UTC, so that times signed either side of a change of clocks sort as they happened.
 */
const sortableTime = (signedAt: string) => {
  const time = new Date(signedAt);
  return Number.isNaN(time.getTime()) ? signedAt : time.toISOString();
};

export const sealRecordVersion = async (
  version: StoredRecordVersion,
  dataKey = currentDataKey(),
): Promise<SealedRecordVersion> => ({
  ...(await sealFields(dataKey, 'records', [version.recordId, version.version], version, readableFields)),
  signedAt: sortableTime(version.signed.signedAt),
});

type Row = Legacy<SealedRecordVersion, StoredRecordVersion & ListMarks>;

/**
 * Every version on the device (`rows`, in key order) as sealed when protection is set up: those stored
 * plain by the version before protection sealed, each marked (ListMarks) from `exports`; those already
 * sealed as they are.
 */
export function sealLegacyVersions(
  rows: Row[],
  exports: RecordExport[],
  dataKey: CryptoKey,
): Promise<SealedRecordVersion[]> {
  // Keys come in order, so a record's last row is its latest version.
  const latestVersion = new Map(rows.map((row) => [row.recordId, row.version]));
  const lastExport = new Map(exports.map((entry) => [entry.recordId, entry]));
  return Promise.all(
    rows.map(async (row) => {
      if ('sealed' in row) return row;
      const version = withoutMarks(row);
      const exported = lastExport.get(version.recordId);
      const marks = listMarks(
        version.version,
        latestVersion.get(version.recordId)!,
        exported?.version,
        exported?.exportedAt,
      );
      return { ...(await sealRecordVersion(version, dataKey)), ...marks };
    }),
  );
}

const openRecordVersion = ({ signedAt: _readableCopy, ...row }: Row & { signedAt?: string }) =>
  openFields<StoredRecordVersion>(
    currentDataKey(),
    'records',
    [row.recordId, row.version],
    withoutMarks(row),
  );

/**
 * Marks a record's latest version, and whether it is exported (ListMarks), in the transaction that
 * stores a version or an export of it, so the marks always agree with what is stored.
 */
async function markLatest<Name extends StoreName>(
  tx: Transaction<Name | 'records' | 'exports', 'readwrite'>,
  recordId: string,
): Promise<void> {
  const store = tx.objectStore('records');
  const [rows, exported] = await Promise.all([
    store.index('byRecord').getAll(recordId),
    tx.objectStore('exports').get(recordId),
  ]);
  const latestVersion = Math.max(...rows.map((row) => row.version));
  await Promise.all(
    rows.map((row) => {
      const marked = withMarks(
        row,
        listMarks(row.version, latestVersion, exported?.version, exported?.exportedAt),
      );
      return marked.changed ? store.put(marked.row) : undefined;
    }),
  );
}

/**
 * The device's signing key pair, created on first use. It is never replaced silently: a new key would
 * change the device fingerprint that earlier records carry. Locked, it is not handed out.
 */
export async function deviceKeyPair(create: () => Promise<CryptoKeyPair>): Promise<CryptoKeyPair> {
  currentDataKey();
  const existing = await transact('keys', 'readonly', (tx) => tx.objectStore('keys').get(deviceKeyId));
  if (existing?.keyPair) return existing.keyPair;
  const keyPair = await create();
  return transact('keys', 'readwrite', async (tx) => {
    // Another tab may have made the key meanwhile: keep whichever was stored first.
    const raced = await tx.objectStore('keys').get(deviceKeyId);
    if (raced?.keyPair) return raced.keyPair;
    await tx.objectStore('keys').add({ id: deviceKeyId, keyPair, createdAt: new Date().toISOString() });
    return keyPair;
  });
}

/** The passkey that confirms signing on this device, if one has been set up. */
export const signingPasskey = async (): Promise<PasskeyKey | undefined> =>
  (await transact('keys', 'readonly', (tx) => tx.objectStore('keys').get(passkeyId)))?.passkey;

/** Keeps the passkey that confirms signing; the first one stored stays, as the device key does. */
export const storeSigningPasskey = (passkey: PasskeyKey): Promise<PasskeyKey> =>
  transact('keys', 'readwrite', async (tx) => {
    const existing = await tx.objectStore('keys').get(passkeyId);
    if (existing?.passkey) return existing.passkey;
    await tx.objectStore('keys').add({ id: passkeyId, passkey, createdAt: new Date().toISOString() });
    return passkey;
  });

/** A file's version differs from the same version already on this device. */
export class RecordConflictError extends StoredDataRefusal {
  constructor(version: number) {
    super(
      `Version ${version} of this record on this device is different from the one in the file, so the file has not been added.`,
    );
    this.name = 'RecordConflictError';
  }
}

/**
 * Adds the versions of a record exported elsewhere (already verified by the caller), so it can be read
 * and amended here. A version already on this device must be the very same signed version.
 */
export async function importSignedVersions(versions: readonly SignedRecord[]): Promise<void> {
  const latest = versions[versions.length - 1];
  const onDevice = new Map(
    (await recordVersions(latest.recordId)).map((stored) => [stored.version, stored.signed.signature]),
  );
  const conflict = versions.find(
    (signed) => onDevice.has(signed.version) && onDevice.get(signed.version) !== signed.signature,
  );
  if (conflict) throw new RecordConflictError(conflict.version);
  // Sealed before the transaction opens: an IndexedDB transaction cannot wait for encryption.
  const rows = await Promise.all(
    versions
      .filter((signed) => !onDevice.has(signed.version))
      .map((signed) =>
        sealRecordVersion({ recordId: signed.recordId, version: signed.version, draftId: '', signed }),
      ),
  );
  await transact(['records', 'exports'], 'readwrite', async (tx) => {
    for (const row of rows) await tx.objectStore('records').add(row);
    // It came from an export, so the case file already has it.
    const exported = await tx.objectStore('exports').get(latest.recordId);
    if (!exported || exported.version < latest.version) {
      await tx
        .objectStore('exports')
        .put({ recordId: latest.recordId, version: latest.version, exportedAt: new Date().toISOString() });
    }
    await markLatest(tx, latest.recordId);
  });
}

/** Stores a newly signed version, and marks its draft as having a record, in one transaction. */
export const storeSignedVersion = (draftId: string, signed: SignedRecord): Promise<void> =>
  oneAtATime(draftId, async () => {
    const row = await sealRecordVersion({
      recordId: signed.recordId,
      version: signed.version,
      draftId,
      signed,
    });
    await transact(['records', 'drafts', 'exports'], 'readwrite', async (tx) => {
      await tx.objectStore('records').add(row);
      await markLatest(tx, signed.recordId);
      const draft = await tx.objectStore('drafts').get(draftId);
      if (draft && draft.recordId !== signed.recordId) {
        await tx
          .objectStore('drafts')
          .put({ ...draft, recordId: signed.recordId, updatedAt: new Date().toISOString() });
      }
    });
  });

export async function recordVersions(recordId: string): Promise<StoredRecordVersion[]> {
  currentDataKey();
  const rows = await transact('records', 'readonly', (tx) =>
    tx.objectStore('records').index('byRecord').getAll(recordId),
  );
  const versions = await Promise.all(rows.map(openRecordVersion));
  return versions.sort((a, b) => a.version - b.version);
}

/** Where a page of records ended: [signedAt, recordId, version], a key of the bySigned index. */
export type RecordsPageKey = AidSchema['records']['indexes']['bySigned'];

/**
 * A version's key in the bySigned index. Only versions with their signing time readable are in that index,
 * so the '' is never used.
 */
const signedKey = (row: Row): RecordsPageKey => [
  'signedAt' in row && row.signedAt ? row.signedAt : '',
  row.recordId,
  row.version,
];

const summaryOf = async (
  recordId: string,
  rows: Row[],
  lastExport?: RecordExport,
): Promise<RecordSummary> => ({
  recordId,
  versions: (await Promise.all(rows.map(openRecordVersion))).sort((a, b) => a.version - b.version),
  lastExport,
});

/**
 * Versions sealed before the signing time was kept readable are not in the bySigned index: each is
 * opened once, while the app is unlocked, and stored again with its time. Counting both tells at no cost
 * whether any is left: a page of the records list counts them as it is read, and this runs only then.
 */
async function addSigningTimes(): Promise<void> {
  const untimed = await transact('records', 'readonly', async (tx) => {
    const store = tx.objectStore('records');
    const [versions, timed] = await Promise.all([store.count(), store.index('bySigned').count()]);
    if (versions === timed) return [];
    const found: SealedRecordVersion[] = [];
    let cursor = await store.openCursor();
    while (cursor) {
      if ('sealed' in cursor.value && !cursor.value.signedAt) found.push(cursor.value);
      cursor = await cursor.continue();
    }
    return found;
  });
  if (untimed.length === 0) return;
  const timed = await Promise.all(
    untimed.map(async (row) => ({
      key: [row.recordId, row.version] as [string, number],
      signedAt: sortableTime((await openRecordVersion(row)).signed.signedAt),
    })),
  );
  await transact('records', 'readwrite', async (tx) => {
    const store = tx.objectStore('records');
    for (const { key, signedAt } of timed) {
      // As stored now, its marks included; deleted meanwhile, it is not brought back.
      const row = await store.get(key);
      if (row) await store.put({ ...row, signedAt });
    }
  });
}

/** How many records there are, and how many have a latest version not yet exported. */
export interface RecordTotals {
  records: number;
  notExported: number;
}

/** The totals and the first page of records, as the home screen shows them. */
export interface RecordsOverview extends RecordTotals {
  page: Page<RecordListing, RecordsPageKey>;
}

/** How many records there are and how many are not exported at their latest version, from their marks. */
const readTotals = async <Name extends StoreName>(
  tx: Transaction<Name | 'records', 'readonly'>,
): Promise<RecordTotals> => {
  const store = tx.objectStore('records');
  const [records, notExported] = await Promise.all([
    store.index('byLatest').count(),
    store.index('byNotExported').count(),
  ]);
  return { records, notExported };
};

/**
 * The latest versions in a page of records and the totals, read in one transaction (each version's
 * export time is among its marks); `untimed` when some versions are not in the bySigned index yet.
 */
function readRecordsPage(after: RecordsPageKey | undefined, limit: number) {
  return transact('records', 'readonly', async (tx) => {
    const store = tx.objectStore('records');
    const [totals, versions, timed] = await Promise.all([
      readTotals(tx),
      store.count(),
      store.index('bySigned').count(),
    ]);
    const latest: { key: RecordsPageKey; row: Row }[] = [];
    let below = after;
    while (latest.length < limit) {
      const wanted = limit - latest.length;
      const rows = await newestFirst(
        store.index('bySigned'),
        below ? IDBKeyRange.upperBound(below, true) : null,
        wanted,
      );
      // A record stands in the list at its latest version; its earlier versions are passed over.
      for (const row of rows) {
        if (row.latest) latest.push({ key: signedKey(row), row });
      }
      if (rows.length < wanted) break;
      below = signedKey(rows[rows.length - 1]);
    }
    return { latest, totals, untimed: timed !== versions };
  });
}

/** A page of records (each opened at its latest version only) going on after `after`, and the totals. */
async function readAndOpen(after: RecordsPageKey | undefined, limit: number) {
  currentDataKey();
  let read = await readRecordsPage(after, limit);
  if (read.untimed) {
    await addSigningTimes();
    read = await readRecordsPage(after, limit);
  }
  const found = read.latest;
  const page: Page<RecordListing, RecordsPageKey> = {
    items: await Promise.all(
      found.map(async ({ row }) => ({
        recordId: row.recordId,
        latest: await openRecordVersion(row),
        exportedAt: row.exportedAt,
      })),
    ),
    next: found.length === limit ? found.at(-1)!.key : undefined,
  };
  return { page, totals: read.totals };
}

/**
 * A page of the records on this device, the most recently signed first (by its latest version), going on
 * after `after`. Each is opened at its latest version only.
 */
export async function recordsPage(
  after?: RecordsPageKey,
  limit = pageSize,
): Promise<Page<RecordListing, RecordsPageKey>> {
  return (await readAndOpen(after, limit)).page;
}

/**
 * The first page of records and the totals, from one read of the records' ids and export marks: the
 * home screen's count, warning and first page, where reading them apart would read every id twice.
 */
export async function recordsOverview(limit = pageSize): Promise<RecordsOverview> {
  const { page, totals } = await readAndOpen(undefined, limit);
  return { ...totals, page };
}

/** Records whose case reference (in their latest version) contains `search`, most recently signed first. */
export const findRecords = (search: string): Promise<RecordListing[]> =>
  findByReference(recordsPage, (record) => record.latest.signed.caseReference, search);

/** One record with every version, oldest first, and its last export; undefined if it is not on this device. */
export async function getRecord(recordId: string): Promise<RecordSummary | undefined> {
  currentDataKey();
  const [rows, lastExport] = await transact(['records', 'exports'], 'readonly', (tx) =>
    Promise.all([
      tx.objectStore('records').index('byRecord').getAll(recordId),
      tx.objectStore('exports').get(recordId),
    ]),
  );
  return rows.length ? summaryOf(recordId, rows, lastExport) : undefined;
}

/**
 * How many records are on this device, and how many of them have a latest version not yet exported,
 * from the readable marks alone: nothing is opened.
 */
export async function recordTotals(): Promise<RecordTotals> {
  currentDataKey();
  return transact('records', 'readonly', readTotals);
}

export const markExported = (recordId: string, version: number): Promise<void> =>
  transact(['exports', 'records'], 'readwrite', async (tx) => {
    currentDataKey();
    await tx.objectStore('exports').put({ recordId, version, exportedAt: new Date().toISOString() });
    await markLatest(tx, recordId);
  });

/**
 * Deletes every version of a record, its export mark and the journey it was made from (answers, audit
 * trail, signing form), in one transaction; the screens allow it only once the latest version is exported.
 */
export const deleteRecord = (recordId: string): Promise<void> =>
  transact(['records', 'exports', 'drafts'], 'readwrite', async (tx) => {
    currentDataKey();
    // The ids are readable in a sealed version, so nothing needs opening to delete it.
    const versions = await tx.objectStore('records').index('byRecord').getAll(recordId);
    const draftIds = new Set(versions.map((version) => version.draftId));
    await Promise.all([
      ...versions.map((version) => tx.objectStore('records').delete([version.recordId, version.version])),
      ...[...draftIds].map((draftId) => tx.objectStore('drafts').delete(draftId)),
      tx.objectStore('exports').delete(recordId),
    ]);
  });
