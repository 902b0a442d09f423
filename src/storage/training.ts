// Training progress: how each practice scenario went, kept on the device and apart from casework,
// sealed like everything else with the scenario id readable.
import { transact } from './db';
import { openFields, sealFields } from './envelope';
import { currentDataKey } from './keyring';
import type { Legacy, SealedTrainingProgress, TrainingProgress } from './schema';

export const sealTrainingProgress = (
  progress: TrainingProgress,
  dataKey = currentDataKey(),
): Promise<SealedTrainingProgress> =>
  sealFields(dataKey, 'trainingProgress', progress.scenarioId, progress, ['scenarioId']);

const openTrainingProgress = (
  row: Legacy<SealedTrainingProgress, TrainingProgress>,
): Promise<TrainingProgress> => openFields(currentDataKey(), 'trainingProgress', row.scenarioId, row);

export async function listTrainingProgress(): Promise<TrainingProgress[]> {
  currentDataKey();
  const rows = await transact('trainingProgress', 'readonly', (tx) =>
    tx.objectStore('trainingProgress').getAll(),
  );
  return Promise.all(rows.map(openTrainingProgress));
}

export async function getTrainingProgress(scenarioId: string): Promise<TrainingProgress | undefined> {
  currentDataKey();
  const row = await transact('trainingProgress', 'readonly', (tx) =>
    tx.objectStore('trainingProgress').get(scenarioId),
  );
  return row && openTrainingProgress(row);
}

export async function saveTrainingProgress(progress: TrainingProgress): Promise<void> {
  const row = await sealTrainingProgress(progress);
  await transact('trainingProgress', 'readwrite', async (tx) => {
    await tx.objectStore('trainingProgress').put(row);
  });
}

/** Removes every practice run and all progress; real drafts and records are not touched. */
export const clearTraining = (): Promise<void> =>
  transact(['trainingDrafts', 'trainingProgress'], 'readwrite', async (tx) => {
    currentDataKey();
    await Promise.all([tx.objectStore('trainingDrafts').clear(), tx.objectStore('trainingProgress').clear()]);
  });
