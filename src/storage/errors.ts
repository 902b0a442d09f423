// Storage failures, translated into what a worker needs to know and do. Every read and write in
// src/storage throws one of these, never a raw DOMException.

export type StorageProblem = 'unavailable' | 'full' | 'blocked' | 'failed' | 'locked' | 'unreadable';

const messages: Record<StorageProblem, string> = {
  unavailable:
    'This browser is not letting the app save anything on this device (this happens in private or incognito windows, or when site storage is turned off). Answers would be lost, so a journey cannot be started. Open the app in a normal browser window, or allow this site to store data.',
  full: 'This device’s storage is full, so your last answer could not be saved. Free some space on the device, then try again. Your answers so far are still saved.',
  blocked:
    'The app is open in another tab with an older version and is holding the saved data. Close the other tabs of this app, then reload this one.',
  failed:
    'Your last answer could not be saved on this device. Try again. Your answers before it are still saved.',
  locked:
    'The app is locked, so nothing can be read or saved. Unlock it to carry on. Everything saved before it locked is still on this device.',
  unreadable:
    'Something stored on this device could not be read: it has been changed or damaged since it was saved. Nothing was changed by trying to read it.',
};

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly detail?: string,
  ) {
    super(messages[problem]);
    this.name = 'StorageError';
  }
}

export function toStorageError(error: unknown, fallback: StorageProblem = 'failed'): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('full', detail);
  if (name === 'SecurityError' || name === 'InvalidStateError')
    return new StorageError('unavailable', detail);
  return new StorageError(fallback, detail);
}

/**
 * A write refused because of what is already stored, for a reason the worker can act on; not a failure of
 * the storage itself, so it reaches the screen as it is, with nothing written.
 */
export class StoredDataRefusal extends Error {}
