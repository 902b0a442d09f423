// Tests of screens and storage run with the app unlocked, as a worker uses it: a new data key held in
// memory, exactly as an unlock leaves it. Tests of protection itself set it up and unlock for real.
export async function unlockStorage(): Promise<void> {
  const { holdDataKey } = await import('../../src/storage/keyring');
  const { createDataKey } = await import('../../src/storage/envelope');
  holdDataKey(await createDataKey());
}
