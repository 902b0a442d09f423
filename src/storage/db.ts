// The app's one IndexedDB database, opened once and brought up to date by the named migrations in
// schema.ts, and the one way every store reads and writes it: `transact`.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { databaseName, migrations, type AidSchema, type StoreName } from './schema';
import { StorageError, StoredDataRefusal, toStorageError } from './errors';

let opening: Promise<IDBPDatabase<AidSchema>> | undefined;

export function database(): Promise<IDBPDatabase<AidSchema>> {
  opening ??= open().catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function open(): Promise<IDBPDatabase<AidSchema>> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new StorageError('unavailable', 'indexedDB is not defined'));
  return new Promise((resolve, reject) => {
    let opened: IDBPDatabase<AidSchema> | undefined;
    openDB<AidSchema>(databaseName, migrations.length, {
      upgrade(db, oldVersion, newVersion, transaction) {
        // One after another: a migration that waits for requests holds back the next until it is done.
        let running: Promise<void> | undefined;
        for (let version = oldVersion; version < (newVersion ?? migrations.length); version += 1) {
          const migration = migrations[version];
          if (running) running = running.then(() => migration.migrate(db, transaction));
          else {
            const work = migration.migrate(db, transaction);
            if (work) running = work;
          }
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

export type Transaction<Name extends StoreName, Mode extends IDBTransactionMode> = IDBPTransaction<
  AidSchema,
  Name[],
  Mode
>;

/**
 * Runs `work` in one transaction over `stores` and resolves once the transaction has completed, so a
 * write resolves only when it is committed (writes use strict durability: "Saved" means on disk).
 * Whatever fails, a raw DOMException never escapes: a read becomes "unavailable", a write "failed"
 * (or "full"), and the transaction is rolled back as a whole, also when `work` throws (a
 * StoredDataRefusal is passed on as it is).
 */
export async function transact<Name extends StoreName, Mode extends 'readonly' | 'readwrite', Result>(
  stores: Name | Name[],
  mode: Mode,
  work: (tx: Transaction<Name, Mode>) => Promise<Result>,
): Promise<Result> {
  try {
    const db = await database();
    const names = Array.isArray(stores) ? stores : [stores];
    const tx = db.transaction(names, mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
    // Awaited below; when a request fails first, its error is reported, not an unhandled abort as well.
    tx.done.catch(() => undefined);
    let result: Result;
    try {
      result = await work(tx);
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    await tx.done;
    return result;
  } catch (error) {
    if (error instanceof StoredDataRefusal) throw error;
    throw toStorageError(error, mode === 'readonly' ? 'unavailable' : 'failed');
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failed request: nothing was committed by `work` either way.
  }
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
