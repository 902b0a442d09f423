// Signed decision records and the device's signing key. A stored version is never changed: an
// amendment is stored as a new version beside it.
import type { PasskeyKey } from '../record/passkey';
import type { SignedRecord } from '../record/record';
import { database } from './db';
import { toStorageError } from './errors';

export interface StoredRecordVersion {
  recordId: string;
  version: number;
  /** The draft the record was made from, so the journey can show its record; '' for a record added from a file. */
  draftId: string;
  signed: SignedRecord;
}

export interface RecordExport {
  recordId: string;
  /** The highest version included in the last export. */
  version: number;
  exportedAt: string;
}

/** A record as the records list shows it: its versions, oldest first, and its last export. */
export interface RecordSummary {
  recordId: string;
  versions: StoredRecordVersion[];
  lastExport?: RecordExport;
}

const strict = { durability: 'strict' } as const;
const deviceKeyId = 'device';
const passkeyId = 'signing-passkey';

/**
 * The device's signing key pair, created on first use. It is never replaced silently: a new key would
 * change the device fingerprint that earlier records carry.
 */
export async function deviceKeyPair(create: () => Promise<CryptoKeyPair>): Promise<CryptoKeyPair> {
  try {
    const db = await database();
    const existing = await db.get('keys', deviceKeyId);
    if (existing?.keyPair) return existing.keyPair;
    const keyPair = await create();
    const tx = db.transaction('keys', 'readwrite', strict);
    // Another tab may have made the key meanwhile: keep whichever was stored first.
    const raced = await tx.store.get(deviceKeyId);
    if (raced?.keyPair) {
      await tx.done;
      return raced.keyPair;
    }
    await Promise.all([tx.store.add({ id: deviceKeyId, keyPair, createdAt: new Date().toISOString() }), tx.done]);
    return keyPair;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** The passkey that confirms signing on this device, if one has been set up. */
export async function signingPasskey(): Promise<PasskeyKey | undefined> {
  try {
    return (await (await database()).get('keys', passkeyId))?.passkey;
  } catch (error) {
    throw toStorageError(error, 'unavailable');
  }
}

/** Keeps the passkey that confirms signing; the first one stored stays, as the device key does. */
export async function storeSigningPasskey(passkey: PasskeyKey): Promise<PasskeyKey> {
  try {
    const db = await database();
    const tx = db.transaction('keys', 'readwrite', strict);
    const existing = await tx.store.get(passkeyId);
    if (existing?.passkey) {
      await tx.done;
      return existing.passkey;
    }
    await Promise.all([tx.store.add({ id: passkeyId, passkey, createdAt: new Date().toISOString() }), tx.done]);
    return passkey;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** A file's version differs from the same version already on this device. */
export class RecordConflictError extends Error {
  constructor(version: number) {
    super(`Version ${version} of this record on this device is different from the one in the file, so the file has not been added.`);
    this.name = 'RecordConflictError';
  }
}

/**
 * Adds the versions of a record exported elsewhere (already verified by the caller), so it can be read
 * and amended here. A version already on this device must be the very same signed version.
 */
export async function importSignedVersions(versions: readonly SignedRecord[]): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction(['records', 'exports'], 'readwrite', strict);
    tx.done.catch(() => undefined);
    for (const signed of versions) {
      const existing = await tx.objectStore('records').get([signed.recordId, signed.version]);
      if (existing && existing.signed.signature !== signed.signature) {
        tx.abort();
        throw new RecordConflictError(signed.version);
      }
      if (!existing) await tx.objectStore('records').add({ recordId: signed.recordId, version: signed.version, draftId: '', signed });
    }
    const latest = versions[versions.length - 1];
    // It came from an export, so the case file already has it.
    const exported = await tx.objectStore('exports').get(latest.recordId);
    if (!exported || exported.version < latest.version) {
      await tx.objectStore('exports').put({ recordId: latest.recordId, version: latest.version, exportedAt: new Date().toISOString() });
    }
    await tx.done;
  } catch (error) {
    throw error instanceof RecordConflictError ? error : toStorageError(error);
  }
}

/** Stores a newly signed version, and marks its draft as having a record, in one transaction. */
export async function storeSignedVersion(draftId: string, signed: SignedRecord): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction(['records', 'drafts'], 'readwrite', strict);
    // Awaited below; when a write fails first, its error is reported, not an unhandled abort as well.
    tx.done.catch(() => undefined);
    await tx.objectStore('records').add({ recordId: signed.recordId, version: signed.version, draftId, signed });
    const draft = await tx.objectStore('drafts').get(draftId);
    if (draft && draft.recordId !== signed.recordId) {
      await tx.objectStore('drafts').put({ ...draft, recordId: signed.recordId, updatedAt: new Date().toISOString() });
    }
    await tx.done;
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function recordVersions(recordId: string): Promise<StoredRecordVersion[]> {
  try {
    const versions = await (await database()).getAllFromIndex('records', 'byRecord', recordId);
    return versions.sort((a, b) => a.version - b.version);
  } catch (error) {
    throw toStorageError(error, 'unavailable');
  }
}

/** Every record on this device, most recently signed first. */
export async function listRecords(): Promise<RecordSummary[]> {
  try {
    const db = await database();
    const [versions, exports] = await Promise.all([db.getAll('records'), db.getAll('exports')]);
    const byRecord = new Map<string, StoredRecordVersion[]>();
    for (const version of versions) byRecord.set(version.recordId, [...(byRecord.get(version.recordId) ?? []), version]);
    return [...byRecord]
      .map(([recordId, list]) => ({
        recordId,
        versions: list.sort((a, b) => a.version - b.version),
        lastExport: exports.find((entry) => entry.recordId === recordId),
      }))
      .sort((a, b) => (b.versions.at(-1)!.signed.signedAt > a.versions.at(-1)!.signed.signedAt ? 1 : -1));
  } catch (error) {
    throw toStorageError(error, 'unavailable');
  }
}

export async function markExported(recordId: string, version: number): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction('exports', 'readwrite', strict);
    await Promise.all([tx.store.put({ recordId, version, exportedAt: new Date().toISOString() }), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Deletes every version of a record, its export mark and the journey it was made from (answers, audit
 * trail, signing form), in one transaction; the screens allow it only once the latest version is exported.
 */
export async function deleteRecord(recordId: string): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction(['records', 'exports', 'drafts'], 'readwrite', strict);
    // Awaited below; when a delete fails first, its error is reported, not an unhandled abort as well.
    tx.done.catch(() => undefined);
    const versions = await tx.objectStore('records').index('byRecord').getAll(recordId);
    const draftIds = new Set(versions.map((version) => version.draftId));
    await Promise.all([
      ...versions.map((version) => tx.objectStore('records').delete([version.recordId, version.version])),
      ...[...draftIds].map((draftId) => tx.objectStore('drafts').delete(draftId)),
      tx.objectStore('exports').delete(recordId),
    ]);
    await tx.done;
  } catch (error) {
    throw toStorageError(error);
  }
}
