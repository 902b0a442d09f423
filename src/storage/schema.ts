// What the app keeps on the device: the stored types, the database schema and the named migrations
// that build it. The stores (drafts.ts, records.ts, training.ts) and the database opener (db.ts) all
// take their types from here, so none of them depends on another for a type.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Edition } from '../../content/schema';
import type { Answer } from '../../machines/journey';
import type { ScenarioKind } from '../../content/scenarios';
import type { AuditTrail } from '../record/audit';
import type { PasskeyKey } from '../record/passkey';
import type { SignedRecord } from '../record/record';
import type { Sealed } from './envelope';

export interface DraftEnvelope {
  id: string;
  /** The envelope's own format, for migrations of stored drafts. */
  format: 1;
  journeyId: string;
  journeyVersion: number;
  /** The editions of the guidance the draft was started with. */
  editions: Edition[];
  caseReference: string;
  /** The machine's persisted snapshot (answers, path, current step). */
  snapshot: unknown;
  /**
   * What the worker has typed or chosen on a step but not yet continued from, by step, so that it is
   * there when they come back to that step even after a crash.
   */
  pending: Record<string, Answer>;
  /** Every answer given or changed, hash-chained; absent until the first answer. */
  audit?: AuditTrail;
  /** What the worker has typed into the record form before signing, by field. */
  recordForm?: Record<string, string>;
  /** Set once the journey's decision record has been signed. */
  recordId?: string;
  /** Present on practice runs: which scenario is being practised. Such drafts never become records. */
  training?: TrainingLink;
  status: 'inProgress' | 'complete';
  createdAt: string;
  updatedAt: string;
}

export interface TrainingLink {
  /** One of the scenario kinds declared in content/scenarios/kinds.ts. */
  kind: ScenarioKind;
  scenarioId: string;
}

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

/**
 * The device's signing key pair (the private key cannot be read out of the browser), or the passkey that
 * confirms signing: its id and public key, never a secret.
 */
export interface DeviceKey {
  id: string;
  keyPair?: CryptoKeyPair;
  passkey?: PasskeyKey;
  createdAt: string;
}

/**
 * A draft as stored once protection is set up: only what shows that it exists stays readable (ids,
 * times, journey and status); everything else, case reference included, is sealed.
 */
export type StoredDraft = Pick<
  DraftEnvelope,
  'id' | 'journeyId' | 'status' | 'createdAt' | 'updatedAt' | 'recordId'
> & {
  sealed: Sealed;
};
/**
 * A signed record version as stored: its ids and the time it was signed readable (so records can be
 * listed newest first without opening them), the signed record sealed. Versions sealed before the time
 * was kept readable lack it until the app, unlocked, adds it (records.ts).
 */
export type SealedRecordVersion = Pick<StoredRecordVersion, 'recordId' | 'version' | 'draftId'> &
  ListMarks & {
    signedAt?: string;
    sealed: Sealed;
  };

/**
 * Readable marks on a record's latest version, so the records list is counted and read from indexes
 * without reading every version's key: `latest` on the latest version alone, and `notExported` there
 * too while that version has not been exported; each is present or absent, never anything but 1. Once
 * it has been exported, `exportedAt` there is when it was last exported (a time, as the signing time
 * is), which the list shows without reading the exports store.
 */
export interface ListMarks {
  latest?: 1;
  notExported?: 1;
  exportedAt?: string;
}

/**
 * The marks a version of a record carries, given its record's latest version and the version and time
 * of its last export.
 */
export function listMarks(
  version: number,
  latestVersion: number,
  exportedVersion = 0,
  exportedAt?: string,
): ListMarks {
  if (version !== latestVersion) return {};
  if (exportedVersion < version) return { latest: 1, notExported: 1 };
  return exportedAt === undefined ? { latest: 1 } : { latest: 1, exportedAt };
}

/** `row` without any of its marks. */
export function withoutMarks<Row extends ListMarks>(row: Row): Omit<Row, keyof ListMarks> {
  const { latest: _latest, notExported: _notExported, exportedAt: _exportedAt, ...rest } = row;
  return rest;
}

/** `row` with exactly the marks given, and whether that changes it. */
export function withMarks<Row extends ListMarks>(row: Row, marks: ListMarks): { row: Row; changed: boolean } {
  const rest = withoutMarks(row);
  const changed =
    row.latest !== marks.latest ||
    row.notExported !== marks.notExported ||
    row.exportedAt !== marks.exportedAt;
  return { row: { ...rest, ...marks } as Row, changed };
}

/** How one unlock method turns its secret into the key that wraps the data key. */
export type KeyDerivation =
  | { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> }
  | {
      name: 'HKDF';
      hash: 'SHA-256';
      salt: Uint8Array<ArrayBuffer>;
      info: string;
      /** The passkey whose PRF output is the secret, and the PRF input that gives it. */
      credentialId: Uint8Array<ArrayBuffer>;
      prfSalt: Uint8Array<ArrayBuffer>;
    };

export type UnlockMethod = 'passphrase' | 'recoveryCode' | 'passkey';

/** The data key wrapped (AES-GCM) under one unlock method's key, with what it takes to derive that key. */
export interface WrappedDataKey {
  method: UnlockMethod;
  derivation: KeyDerivation;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: ArrayBuffer;
}

/** The device's protection: how it can be unlocked, wrong attempts so far, and when it locks itself. */
export interface Protection {
  id: 'protection';
  createdAt: string;
  wrappedKeys: WrappedDataKey[];
  failedAttempts: number;
  lastFailedAt?: string;
  autoLockMinutes: number;
}

/** Values written by versions before protection: plain, until protection is set up and seals them. */
export type Legacy<Sealed, Plain> = Sealed | Plain;

export interface AidSchema extends DBSchema {
  drafts: {
    key: string;
    value: Legacy<StoredDraft, DraftEnvelope>;
    /** byStatus: [status, updatedAt, id]: with the id every key differs, so a page of a list can go on from where the last ended. */
    indexes: { byUpdated: string; byStatus: [string, string, string] };
  };
  /** The device's signing key pair and the passkey that confirms signing. */
  keys: { key: string; value: DeviceKey };
  /** Signed record versions: what was signed is never changed once stored, only the list marks beside it. */
  records: {
    key: [string, number];
    value: Legacy<SealedRecordVersion, StoredRecordVersion & ListMarks>;
    /**
     * bySigned: [signedAt, recordId, version], every key different, for the records list newest first, page
     * by page; byLatest and byNotExported: the versions marked latest, and not exported (ListMarks).
     */
    indexes: {
      byRecord: string;
      bySigned: [string, string, number];
      byLatest: number;
      byNotExported: number;
    };
  };
  /** When each record was last exported, and which version. */
  exports: { key: string; value: RecordExport };
  /** Practice runs of journeys, kept apart from real drafts and cleared in one go. */
  trainingDrafts: { key: string; value: Legacy<StoredDraft, DraftEnvelope>; indexes: { byUpdated: string } };
  /**
   * The case of Peter's place, before it ran as a practice journey (its runs are in trainingDrafts):
   * made and changed by migrations 3 and 4 and dropped by migration 6, so named only for them.
   */
  trainingProgress: { key: string; value: { scenarioId: string } & Record<string, unknown> };
  /** The wrapped data key and the lock's settings; one entry. */
  protection: { key: string; value: Protection };
}

export type StoreName = StoreNames<AidSchema>;

type UpgradeTransaction = IDBPTransaction<AidSchema, StoreName[], 'versionchange'>;

interface Migration {
  name: string;
  /**
   * Changes the schema, and the stored values where needed. Work that waits for requests is returned as
   * a promise: the upgrade waits for it before the next migration starts, so each reads what the ones
   * before it wrote.
   */
  migrate(db: IDBPDatabase<AidSchema>, transaction: UpgradeTransaction): void | Promise<void>;
}

export const databaseName = 'safeguarding-adults-decision-aid';

/** Migration N (1-based) takes the database from version N-1 to N. Append only; never edit one that shipped. */
export const migrations: Migration[] = [
  {
    name: 'create drafts store',
    migrate(db) {
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
    },
  },
  {
    name: 'create device key, signed record and export stores',
    migrate(db) {
      db.createObjectStore('keys', { keyPath: 'id' });
      db.createObjectStore('records', { keyPath: ['recordId', 'version'] }).createIndex(
        'byRecord',
        'recordId',
      );
      db.createObjectStore('exports', { keyPath: 'recordId' });
    },
  },
  {
    name: 'create training stores, apart from real drafts and records',
    migrate(db) {
      db.createObjectStore('trainingDrafts', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
      db.createObjectStore('trainingProgress', { keyPath: 'scenarioId' });
    },
  },
  {
    name: 'drop training progress fields nothing reads (attempts, lastMatched, lastSummary, lastAt), keeping the rest',
    migrate(_db, transaction) {
      // Each saved progress is rewritten without the old fields.
      return (async () => {
        let cursor = await transaction.objectStore('trainingProgress').openCursor();
        while (cursor) {
          const { attempts: _a, lastMatched: _m, lastSummary: _s, lastAt: _t, ...kept } = cursor.value;
          await cursor.update(kept);
          cursor = await cursor.continue();
        }
      })();
    },
  },
  {
    name: 'create the protection store for the wrapped data key',
    migrate(db) {
      db.createObjectStore('protection', { keyPath: 'id' });
    },
  },
  {
    // The case of Peter now runs on the journey engine, each run a practice draft in trainingDrafts, and
    // nothing reads this store. What it held was the stage reached and, for each stage, the values of the
    // options chosen (plus, for practice scenarios, a row holding only their id): nothing a trainee typed.
    // Progress saved since protection was set up is sealed under the data key, which an upgrade never
    // has, so it cannot become a practice run here; all of it is dropped alike, and a trainee part-way
    // through starts the case study again.
    name: "drop the case of Peter's old progress (a stage and the options chosen, nothing typed)",
    migrate(db) {
      db.deleteObjectStore('trainingProgress');
    },
  },
  {
    name: 'index drafts by status and time saved, and record versions by time signed, for lists page by page',
    migrate(_db, transaction) {
      transaction.objectStore('drafts').createIndex('byStatus', ['status', 'updatedAt', 'id']);
      // Versions stored before this have no readable signing time yet, so are not in this index until
      // the unlocked app adds it (records.ts).
      transaction.objectStore('records').createIndex('bySigned', ['signedAt', 'recordId', 'version']);
    },
  },
  {
    // Counting the records and those not exported took every version's key; marked, they are counted
    // from an index. Ids, versions and export marks are readable, so every version is marked here, in
    // place, sealed or not.
    name: "mark each record's latest version, and whether it is exported, for the records list",
    migrate(_db, transaction) {
      const records = transaction.objectStore('records');
      records.createIndex('byLatest', 'latest');
      records.createIndex('byNotExported', 'notExported');
      return (async () => {
        const [keys, exports] = await Promise.all([
          records.getAllKeys(),
          transaction.objectStore('exports').getAll(),
        ]);
        // Keys come in order, so a record's last key is its latest version.
        const latestVersion = new Map(keys);
        const exported = new Map(exports.map((entry) => [entry.recordId, entry.version]));
        let cursor = await records.openCursor();
        while (cursor) {
          const { recordId, version } = cursor.value;
          const marked = withMarks(
            cursor.value,
            listMarks(version, latestVersion.get(recordId) ?? version, exported.get(recordId)),
          );
          if (marked.changed) await cursor.update(marked.row);
          cursor = await cursor.continue();
        }
      })();
    },
  },
  {
    // The records list showed each latest version's export time from the exports store, a read per
    // record; it now comes with the version. Times and export marks are readable, so it is added here.
    name: "carry the time of each record's last export on its latest version, for the records list",
    migrate(_db, transaction) {
      const records = transaction.objectStore('records');
      return (async () => {
        const exports = await transaction.objectStore('exports').getAll();
        const lastExport = new Map(exports.map((entry) => [entry.recordId, entry]));
        let cursor = await records.index('byLatest').openCursor();
        while (cursor) {
          const { recordId, version } = cursor.value;
          const exported = lastExport.get(recordId);
          const marked = withMarks(
            cursor.value,
            listMarks(version, version, exported?.version, exported?.exportedAt),
          );
          if (marked.changed) await cursor.update(marked.row);
          cursor = await cursor.continue();
        }
      })();
    },
  },
];
