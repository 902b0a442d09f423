// Signed decision records and the device's signing key. A stored version is never changed: an
// amendment is stored as a new version beside it. A version is stored sealed: only its ids are
// readable without the data key. The signing key is handed out only while the app is unlocked.
import type { PasskeyKey } from '../record/passkey';
import type { SignedRecord } from '../record/record';
import { transact } from './db';
import { oneAtATime } from './drafts';
import { StoredDataRefusal } from './errors';
import { openFields, sealFields } from './envelope';
import { currentDataKey } from './keyring';
import type { Legacy, RecordExport, SealedRecordVersion, StoredRecordVersion } from './schema';

/** A record as the records list shows it: its versions, oldest first, and its last export. */
export interface RecordSummary {
  recordId: string;
  versions: StoredRecordVersion[];
  lastExport?: RecordExport;
}

const deviceKeyId = 'device';
const passkeyId = 'signing-passkey';
const readableFields = ['recordId', 'version', 'draftId'] as const;

export const sealRecordVersion = (
  version: StoredRecordVersion,
  dataKey = currentDataKey(),
): Promise<SealedRecordVersion> =>
  sealFields(dataKey, 'records', [version.recordId, version.version], version, readableFields);

const openRecordVersion = (
  row: Legacy<SealedRecordVersion, StoredRecordVersion>,
): Promise<StoredRecordVersion> => openFields(currentDataKey(), 'records', [row.recordId, row.version], row);

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
    await transact(['records', 'drafts'], 'readwrite', async (tx) => {
      await tx.objectStore('records').add(row);
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

/** Every record on this device, most recently signed first. */
export async function listRecords(): Promise<RecordSummary[]> {
  currentDataKey();
  const [rows, exports] = await transact(['records', 'exports'], 'readonly', (tx) =>
    Promise.all([tx.objectStore('records').getAll(), tx.objectStore('exports').getAll()]),
  );
  const versions = await Promise.all(rows.map(openRecordVersion));
  const byRecord = new Map<string, StoredRecordVersion[]>();
  for (const version of versions)
    byRecord.set(version.recordId, [...(byRecord.get(version.recordId) ?? []), version]);
  return [...byRecord]
    .map(([recordId, list]) => ({
      recordId,
      versions: list.sort((a, b) => a.version - b.version),
      lastExport: exports.find((entry) => entry.recordId === recordId),
    }))
    .sort((a, b) => (b.versions.at(-1)!.signed.signedAt > a.versions.at(-1)!.signed.signedAt ? 1 : -1));
}

export const markExported = (recordId: string, version: number): Promise<void> =>
  transact('exports', 'readwrite', async (tx) => {
    currentDataKey();
    await tx.objectStore('exports').put({ recordId, version, exportedAt: new Date().toISOString() });
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
