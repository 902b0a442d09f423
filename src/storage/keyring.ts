// The data key, held only in this tab's memory while the app is unlocked. Locking drops it: from then
// on every read and write refuses with "locked" until an unlock method unwraps it again.
import { StorageError } from './errors';

/** `dataRemoved` is true when the key went with all the data rather than by a lock. */
type LockListener = (unlocked: boolean, dataRemoved: boolean) => void;
/** Work that must reach storage before the key goes, such as what is being typed. */
type BeforeLock = () => Promise<unknown> | void;

let dataKey: CryptoKey | undefined;
const listeners = new Set<LockListener>();
const beforeLock = new Set<BeforeLock>();

function setKey(key: CryptoKey | undefined, dataRemoved = false) {
  dataKey = key;
  listeners.forEach((listener) => listener(Boolean(key), dataRemoved));
}

/** The data key, or the "locked" error when the app is locked. */
export function currentDataKey(): CryptoKey {
  if (!dataKey) throw new StorageError('locked');
  return dataKey;
}

export const isUnlocked = (): boolean => Boolean(dataKey);

/** Holds the unwrapped data key in memory: the app is unlocked. */
export const holdDataKey = (key: CryptoKey): void => setKey(key);

/** Saves what is in hand (what is being typed), then forgets the data key. */
export async function lock(): Promise<void> {
  if (!dataKey) return;
  // A save that fails must not keep the app unlocked.
  await Promise.allSettled([...beforeLock].map((save) => save()));
  setKey(undefined);
}

/** Forgets the data key at once, saving nothing: for when the data itself is being removed. */
export const forgetDataKey = (): void => setKey(undefined, true);

/** Calls `listener` with true on unlock and false on lock or removal; returns the unsubscribe. */
export function onLockChange(listener: LockListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers a save to run just before the key is dropped; returns the unregister. */
export function beforeLocking(save: BeforeLock): () => void {
  beforeLock.add(save);
  return () => beforeLock.delete(save);
}
