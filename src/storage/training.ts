// Practice kept apart from casework: practice runs live in their own store (see drafts.ts), and their
// progress is derived from the runs themselves, so clearing training is clearing that store.
import { transact } from './db';
import { currentDataKey } from './keyring';

/** Removes every practice run; real drafts and records are not touched. */
export const clearTraining = (): Promise<void> =>
  transact('trainingDrafts', 'readwrite', async (tx) => {
    currentDataKey();
    await tx.objectStore('trainingDrafts').clear();
  });
