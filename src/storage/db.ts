// The app's one IndexedDB database. Its schema changes only through the named migrations below, applied
// in order, so a device that skipped versions is brought up to date step by step.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { PasskeyKey } from '../record/passkey';
import type { DraftEnvelope } from './drafts';
import type { StoredRecordVersion, RecordExport } from './records';
import type { TrainingProgress } from './training';
import { StorageError, toStorageError } from './errors';

export interface AidSchema extends DBSchema {
  drafts: { key: string; value: DraftEnvelope; indexes: { byUpdated: string } };
  /**
   * The device's signing key pair (the private key cannot be read out of the browser), and the passkey
   * that confirms signing: its id and public key, never a secret.
   */
  keys: { key: string; value: { id: string; keyPair?: CryptoKeyPair; passkey?: PasskeyKey; createdAt: string } };
  /** Signed record versions, never changed once stored. */
  records: { key: [string, number]; value: StoredRecordVersion; indexes: { byRecord: string } };
  /** When each record was last exported, and which version. */
  exports: { key: string; value: RecordExport };
  /** Practice runs of journeys, kept apart from real drafts and cleared in one go. */
  trainingDrafts: { key: string; value: DraftEnvelope; indexes: { byUpdated: string } };
  /** How each practice scenario went, by scenario. */
  trainingProgress: { key: string; value: TrainingProgress };
}

type UpgradeTransaction = IDBPTransaction<AidSchema, StoreNames<AidSchema>[], 'versionchange'>;

interface Migration {
  name: string;
  migrate(db: IDBPDatabase<AidSchema>, transaction: UpgradeTransaction): void;
}

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
      db.createObjectStore('records', { keyPath: ['recordId', 'version'] }).createIndex('byRecord', 'recordId');
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
      // The upgrade waits for these requests: each saved progress is rewritten without the old fields.
      void (async () => {
        let cursor = await transaction.objectStore('trainingProgress').openCursor();
        while (cursor) {
          const { attempts: _a, lastMatched: _m, lastSummary: _s, lastAt: _t, ...kept } = cursor.value as TrainingProgress &
            Record<string, unknown>;
          await cursor.update(kept);
          cursor = await cursor.continue();
        }
      })();
    },
  },
];

export const databaseName = 'safeguarding-adults-decision-aid';

let opening: Promise<IDBPDatabase<AidSchema>> | undefined;

export function database(): Promise<IDBPDatabase<AidSchema>> {
  opening ??= open().catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function open(): Promise<IDBPDatabase<AidSchema>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable', 'indexedDB is not defined'));
  return new Promise((resolve, reject) => {
    let opened: IDBPDatabase<AidSchema> | undefined;
    openDB<AidSchema>(databaseName, migrations.length, {
      upgrade(db, oldVersion, newVersion, transaction) {
        for (let version = oldVersion; version < (newVersion ?? migrations.length); version += 1) {
          migrations[version].migrate(db, transaction);
        }
      },
      blocked() {
        reject(new StorageError('blocked'));
      },
      blocking() {
        // A newer version of the app wants to upgrade the schema: let it, and reopen on next use.
        opened?.close();
        opening = undefined;
      },
    }).then(
      (db) => {
        opened = db;
        resolve(db);
      },
      (error) => reject(toStorageError(error, 'unavailable')),
    );
  });
}

/** Closes this tab's connection (so the database can be deleted); the next use opens it afresh. */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = undefined;
  (await current?.catch(() => undefined))?.close();
}

/** Whether the device will keep answers at all; checked before the first question is asked. */
export async function checkStorageAvailable(): Promise<StorageError | undefined> {
  try {
    await database();
    return undefined;
  } catch (error) {
    return toStorageError(error, 'unavailable');
  }
}
