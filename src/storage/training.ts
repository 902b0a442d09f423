// Training progress: how each practice scenario went, kept on the device and apart from casework.
import { transact } from './db';
import type { TrainingProgress } from './schema';

export const listTrainingProgress = (): Promise<TrainingProgress[]> =>
  transact('trainingProgress', 'readonly', (tx) => tx.objectStore('trainingProgress').getAll());

export const getTrainingProgress = (scenarioId: string): Promise<TrainingProgress | undefined> =>
  transact('trainingProgress', 'readonly', (tx) => tx.objectStore('trainingProgress').get(scenarioId));

export const saveTrainingProgress = (progress: TrainingProgress): Promise<void> =>
  transact('trainingProgress', 'readwrite', async (tx) => {
    await tx.objectStore('trainingProgress').put(progress);
  });

/** Removes every practice run and all progress; real drafts and records are not touched. */
export const clearTraining = (): Promise<void> =>
  transact(['trainingDrafts', 'trainingProgress'], 'readwrite', async (tx) => {
    await Promise.all([tx.objectStore('trainingDrafts').clear(), tx.objectStore('trainingProgress').clear()]);
  });
