// The envelope every stored value with personal content is sealed in: AES-GCM under the data key, a
// fresh IV each time, bound to its store and key. Tampered, moved, truncated or wrongly keyed values
// fail loudly, and reading them changes nothing stored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataKey, seal, unseal, type Sealed } from '../../src/storage/envelope';

const json = fc.jsonValue().filter((value) => value !== null && JSON.stringify(value) !== undefined);
const storeName = fc.constantFrom('drafts', 'trainingDrafts', 'records', 'trainingProgress');
const key = fc.oneof(fc.string({ minLength: 1 }), fc.tuple(fc.string({ minLength: 1 }), fc.nat()));

const copy = (sealed: Sealed): Sealed => ({ iv: new Uint8Array(sealed.iv), data: sealed.data.slice(0) });
const unreadable = { name: 'StorageError', problem: 'unreadable' };

describe('the envelope', () => {
  it('opens to exactly what was sealed, and never shows it in the stored bytes', async () => {
    const dataKey = await createDataKey();
    await fc.assert(
      fc.asyncProperty(storeName, key, fc.string({ minLength: 8 }), async (store, id, secret) => {
        const sealed = await seal(dataKey, store, id, { caseReference: secret });
        expect(await unseal(dataKey, store, id, sealed)).toEqual({ caseReference: secret });
        expect(Buffer.from(sealed.data).includes(Buffer.from(secret))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('uses a fresh IV for every value, so the same value never seals the same way twice', async () => {
    const dataKey = await createDataKey();
    const first = await seal(dataKey, 'drafts', 'd1', { a: 1 });
    const second = await seal(dataKey, 'drafts', 'd1', { a: 1 });
    expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
    expect(Buffer.from(first.data).equals(Buffer.from(second.data))).toBe(false);
  });

  it('refuses any changed byte of the ciphertext or IV, leaving the stored value as it was', async () => {
    const dataKey = await createDataKey();
    await fc.assert(
      fc.asyncProperty(
        json,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        async (value, at, flip, inIv) => {
          const sealed = await seal(dataKey, 'drafts', 'd1', value);
          const stored = copy(sealed);
          const tampered = copy(sealed);
          const bytes = inIv ? tampered.iv : new Uint8Array(tampered.data);
          bytes[at % bytes.length] ^= flip;
          await expect(unseal(dataKey, 'drafts', 'd1', tampered)).rejects.toMatchObject(unreadable);
          expect(Buffer.from(sealed.data).equals(Buffer.from(stored.data))).toBe(true);
          expect(await unseal(dataKey, 'drafts', 'd1', sealed)).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses a value moved to another record or another store', async () => {
    const dataKey = await createDataKey();
    await fc.assert(
      fc.asyncProperty(
        storeName,
        key,
        storeName,
        key,
        json,
        async (store, id, otherStore, otherId, value) => {
          fc.pre(JSON.stringify([store, id]) !== JSON.stringify([otherStore, otherId]));
          const sealed = await seal(dataKey, store, id, value);
          await expect(unseal(dataKey, otherStore, otherId, sealed)).rejects.toMatchObject(unreadable);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses to open with another key', async () => {
    const [dataKey, otherKey] = await Promise.all([createDataKey(), createDataKey()]);
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        const sealed = await seal(dataKey, 'records', ['r1', 1], value);
        await expect(unseal(otherKey, 'records', ['r1', 1], sealed)).rejects.toMatchObject(unreadable);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a truncated value, a value with no IV, and a value that was never sealed', async () => {
    const dataKey = await createDataKey();
    await fc.assert(
      fc.asyncProperty(json, fc.nat(), async (value, cut) => {
        const sealed = await seal(dataKey, 'drafts', 'd1', value);
        const truncated = { iv: sealed.iv, data: sealed.data.slice(0, cut % sealed.data.byteLength) };
        await expect(unseal(dataKey, 'drafts', 'd1', truncated)).rejects.toMatchObject(unreadable);
      }),
      { numRuns: 40 },
    );
    const sealed = await seal(dataKey, 'drafts', 'd1', { a: 1 });
    await expect(
      unseal(dataKey, 'drafts', 'd1', { iv: sealed.iv.slice(0, 8), data: sealed.data }),
    ).rejects.toMatchObject(unreadable);
    await expect(unseal(dataKey, 'drafts', 'd1', { caseReference: 'plain' } as never)).rejects.toMatchObject(
      unreadable,
    );
    expect(dataKey.extractable).toBe(false);
  });
});
