// The device as a whole: whether the browser will keep what the app stores, how much space it takes,
// and removing all of it.
import { closeDatabase } from './db';
import { forgetDataKey } from './keyring';
import { databaseName } from './schema';
import { StorageError, toStorageError } from './errors';

export interface StorageStatus {
  /** Whether the browser has agreed not to clear the app's data on its own; undefined where it cannot say. */
  persistent?: boolean;
  /** Bytes used by this site, and roughly how many it may use, as the browser estimates them. */
  usage?: number;
  quota?: number;
}

/**
 * Asks the browser to keep the app's data rather than clear it when space runs short or the site goes
 * unused. Browsers decide without asking the worker (Chromium grants it to installed apps and sites in
 * regular use), so this can be asked again later; it never throws.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  const [persistent, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => undefined),
    storage?.estimate?.().catch(() => undefined),
  ]);
  return { persistent, usage: estimate?.usage, quota: estimate?.quota };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(toStorageError(request.error));
    // Another tab kept its connection open despite being asked to close it (an older version of the app).
    request.onblocked = () => reject(new StorageError('blocked'));
  });
}

/**
 * Removes every database the app keeps on this device: drafts, records, training, keys and export
 * marks. Deleting a database (rather than clearing its stores) leaves nothing for the app to read back.
 * Other tabs of the app close their connections when asked, so the deletion is not held up by them.
 * The data key goes from memory too: what it opened no longer exists.
 */
export async function removeAllData(): Promise<void> {
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
  await closeDatabase();
  const names = new Set([databaseName]);
  for (const { name } of (await indexedDB.databases?.()) ?? []) if (name) names.add(name);
  await Promise.all([...names].map(deleteDatabase));
  forgetDataKey();
}
