// Training progress: how each practice scenario went, kept on the device and apart from casework.
import { database } from './db';
import { toStorageError } from './errors';

/** A staged case study's place (practice runs' progress is derived from the runs themselves). */
export interface TrainingProgress {
  scenarioId: string;
  /** For the staged case study: the stage reached and the answers given so far, by stage. */
  stage?: number;
  answers?: Record<string, string[]>;
}

const strict = { durability: 'strict' } as const;

export async function listTrainingProgress(): Promise<TrainingProgress[]> {
  try {
    return await (await database()).getAll('trainingProgress');
  } catch (error) {
    throw toStorageError(error, 'unavailable');
  }
}

export async function getTrainingProgress(scenarioId: string): Promise<TrainingProgress | undefined> {
  try {
    return await (await database()).get('trainingProgress', scenarioId);
  } catch (error) {
    throw toStorageError(error, 'unavailable');
  }
}

export async function saveTrainingProgress(progress: TrainingProgress): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction('trainingProgress', 'readwrite', strict);
    await Promise.all([tx.store.put(progress), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Removes every practice run and all progress; real drafts and records are not touched. */
export async function clearTraining(): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction(['trainingDrafts', 'trainingProgress'], 'readwrite', strict);
    await Promise.all([tx.objectStore('trainingDrafts').clear(), tx.objectStore('trainingProgress').clear(), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}
