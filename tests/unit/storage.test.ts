// Drafts on the device: written with strict durability, read back intact, and every failure turned
// into a clear message that leaves what was stored untouched.
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unlockStorage } from '../support/unlock';

type Drafts = typeof import('../../src/storage/drafts');
type Db = typeof import('../../src/storage/db');
type Schema = typeof import('../../src/storage/schema');

let drafts: Drafts;
let db: Db;
let schema: Schema;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  drafts = await import('../../src/storage/drafts');
  db = await import('../../src/storage/db');
  schema = await import('../../src/storage/schema');
  await unlockStorage();
});

afterEach(() => vi.restoreAllMocks());

const newDraft = (caseReference = 'CASE-1') =>
  drafts.createDraft({
    journeyId: 'collusion',
    journeyVersion: 1,
    editions: [],
    caseReference,
    snapshot: { value: 'a' },
  });

describe('drafts', () => {
  it('are stored and read back as written', async () => {
    const created = await newDraft();
    expect(await drafts.getDraft(created.id)).toEqual(created);
    expect(created).toMatchObject({ format: 1, status: 'inProgress', pending: {}, caseReference: 'CASE-1' });
  });

  it('are written with strict durability, so "Saved" means committed to disk', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const created = await newDraft();
    await drafts.saveDraftSnapshot(created.id, { value: 'b' }, 'inProgress');
    await drafts.savePendingInput(created.id, 'b', { kind: 'text', text: 'typing' });
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBe(3);
    for (const call of writes) expect(call[2]).toEqual({ durability: 'strict' });
  });

  it('keep unsubmitted input per step until that step is answered', async () => {
    const created = await newDraft();
    await drafts.savePendingInput(created.id, 'evidenceDetail', { kind: 'text', text: 'half a sentence' });
    await drafts.savePendingInput(created.id, 'reflection', { kind: 'text', text: 'note' });
    expect((await drafts.getDraft(created.id))?.pending).toEqual({
      evidenceDetail: { kind: 'text', text: 'half a sentence' },
      reflection: { kind: 'text', text: 'note' },
    });
    const saved = await drafts.saveDraftSnapshot(
      created.id,
      { value: 'next' },
      'inProgress',
      'evidenceDetail',
    );
    expect(saved.pending).toEqual({ reflection: { kind: 'text', text: 'note' } });
    expect(saved.snapshot).toEqual({ value: 'next' });
  });

  it('are listed most recently saved first', async () => {
    const first = await newDraft('FIRST');
    const second = await newDraft('SECOND');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await drafts.saveDraftSnapshot(first.id, { value: 'x' }, 'inProgress');
    expect((await drafts.listDrafts()).map((draft) => draft.caseReference)).toEqual(['FIRST', 'SECOND']);
    void second;
  });

  it('can have their case reference corrected', async () => {
    const created = await newDraft();
    await drafts.changeCaseReference(created.id, 'CASE-2');
    expect((await drafts.getDraft(created.id))?.caseReference).toBe('CASE-2');
  });

  it('are deleted only when asked', async () => {
    const keep = await newDraft('KEEP');
    const remove = await newDraft('REMOVE');
    await drafts.deleteDraft(remove.id);
    expect((await drafts.listDrafts()).map((draft) => draft.id)).toEqual([keep.id]);
  });
});

describe('storage failures', () => {
  it('say the device is full and leave the stored draft as it was', async () => {
    const created = await newDraft();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await expect(
      drafts.saveDraftSnapshot(created.id, { value: 'lost?' }, 'inProgress'),
    ).rejects.toMatchObject({
      problem: 'full',
      message: expect.stringMatching(/storage is full/),
    });
    vi.restoreAllMocks();
    expect(await drafts.getDraft(created.id)).toEqual(created);
  });

  it('refuse to save into a draft that has been deleted, rather than recreate it silently', async () => {
    const created = await newDraft();
    await drafts.deleteDraft(created.id);
    await expect(drafts.saveDraftSnapshot(created.id, {}, 'inProgress')).rejects.toMatchObject({
      problem: 'failed',
    });
    expect(await drafts.listDrafts()).toEqual([]);
  });

  it('are reported before the first question when the browser gives no IndexedDB', async () => {
    // @ts-expect-error: a private window or a locked-down browser has no indexedDB at all
    delete globalThis.indexedDB;
    const problem = await db.checkStorageAvailable();
    expect(problem?.problem).toBe('unavailable');
    expect(problem?.message).toMatch(/private or incognito/);
  });

  it('are reported when the browser refuses to open the database', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect((await db.checkStorageAvailable())?.problem).toBe('unavailable');
  });
});

describe('schema migrations', () => {
  it('create the drafts, device key, record, export and training stores, one named migration per version', async () => {
    await db.database();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(schema.databaseName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe(schema.migrations.length);
    expect([...raw.objectStoreNames].sort()).toEqual([
      'drafts',
      'exports',
      'keys',
      'protection',
      'records',
      'trainingDrafts',
    ]);
    expect([...raw.transaction('drafts').objectStore('drafts').indexNames]).toEqual([
      'byStatus',
      'byUpdated',
    ]);
    expect([...raw.transaction('records').objectStore('records').indexNames]).toEqual([
      'byLatest',
      'byNotExported',
      'byRecord',
      'bySigned',
    ]);
    expect(schema.migrations.every((migration) => migration.name.length > 0)).toBe(true);
    raw.close();
  });
});

describe('upgrading a device that has drafts from the first version', () => {
  it('keeps every draft and adds the record stores', async () => {
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(schema.databaseName, 1);
      request.onupgradeneeded = () =>
        schema.migrations[0].migrate(request.result as never, request.transaction as never);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const draft = {
      id: 'd1',
      format: 1,
      journeyId: 'collusion',
      journeyVersion: 1,
      editions: [],
      caseReference: 'OLD-1',
      snapshot: {},
      pending: {},
      status: 'inProgress',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    await new Promise<void>((resolve, reject) => {
      const tx = old.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').add(draft);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    old.close();
    // Stored in plain form by that version, the draft is sealed in place when protection is set up.
    const keyring = await import('../../src/storage/keyring');
    keyring.forgetDataKey();
    const protection = await import('../../src/storage/protection');
    await protection.setUpProtection({ passphrase: 'kettle orchard lantern' });
    expect(await drafts.getDraft('d1')).toEqual(draft);
    expect((await db.database()).version).toBe(schema.migrations.length);
  });
});

describe('upgrading a device with training progress saved before the fields nothing read were dropped', () => {
  it("keeps the case study's stage and answers and drops attempts, lastMatched, lastSummary and lastAt", async () => {
    const before = schema.migrations.findIndex((migration) =>
      migration.name.startsWith('drop training progress fields'),
    );
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(schema.databaseName, before);
      request.onupgradeneeded = () => {
        for (const migration of schema.migrations.slice(0, before))
          migration.migrate(request.result as never, request.transaction as never);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const saved = {
      scenarioId: 'peter',
      attempts: 2,
      lastMatched: false,
      lastSummary: '5 of 8 stages',
      lastAt: '2026-11-01T10:00:00.000Z',
      stage: 3,
      answers: { s1: ['a'], s2: ['b', 'c'] },
    };
    await new Promise<void>((resolve, reject) => {
      const tx = old.transaction('trainingProgress', 'readwrite');
      tx.objectStore('trainingProgress').add(saved);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    old.close();
    // Read as stored once this migration has run: the version before protection kept progress plain.
    const migrated = await openDB(schema.databaseName, before + 1, {
      upgrade: (database, _from, _to, transaction) =>
        schema.migrations[before].migrate(database as never, transaction as never),
    });
    expect(await migrated.get('trainingProgress', 'peter')).toEqual({
      scenarioId: 'peter',
      stage: 3,
      answers: { s1: ['a'], s2: ['b', 'c'] },
    });
    migrated.close();
    expect((await db.database()).version).toBe(schema.migrations.length);
  });
});

describe("upgrading a device with the case of Peter's progress from before it ran as a practice journey", () => {
  it('drops that progress (a stage and the options chosen) and keeps every practice run and draft', async () => {
    const before = schema.migrations.findIndex((migration) =>
      migration.name.startsWith("drop the case of Peter's old progress"),
    );
    expect(before, 'the migration is there, after the ones that made the stores').toBeGreaterThan(0);
    const practice = {
      id: 'training-1',
      format: 1,
      journeyId: 'thresholds',
      journeyVersion: 1,
      editions: [],
      caseReference: 'TRAINING',
      snapshot: { value: 'a' },
      pending: {},
      training: { kind: 'threshold', scenarioId: 'th-1' },
      status: 'inProgress',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    const old = await openDB(schema.databaseName, before, {
      upgrade: (database, _from, _to, transaction) =>
        schema.migrations
          .slice(0, before)
          .forEach((migration) => migration.migrate(database as never, transaction as never)),
    });
    await old.put('trainingProgress', { scenarioId: 'peter', stage: 3, answers: { levels: ['threshold'] } });
    await old.put('trainingDrafts', practice as never);
    old.close();

    const database = await db.database();
    expect(database.version).toBe(schema.migrations.length);
    expect([...database.objectStoreNames]).not.toContain('trainingProgress');
    expect(await database.getAll('trainingDrafts')).toEqual([practice]);
  });
});

describe('training runs', () => {
  const newTrainingDraft = () =>
    drafts.createDraft({
      journeyId: 'thresholds',
      journeyVersion: 1,
      editions: [],
      caseReference: 'TRAINING',
      snapshot: { value: 'a' },
      training: { kind: 'threshold', scenarioId: 'th-physical-green-1' },
    });

  it('are kept apart from real drafts and cleared in one go, leaving real drafts alone', async () => {
    const real = await newDraft('REAL-1');
    const practice = await newTrainingDraft();
    expect((await drafts.listDrafts()).map((draft) => draft.id)).toEqual([real.id]);
    expect((await drafts.listDrafts({ training: true })).map((draft) => draft.id)).toEqual([practice.id]);
    await drafts.saveDraftSnapshot(practice.id, { value: 'b' }, 'inProgress');
    expect((await drafts.getDraft(practice.id))?.snapshot).toEqual({ value: 'b' });
    const training = await import('../../src/storage/training');
    await training.clearTraining();
    expect(await drafts.listDrafts({ training: true })).toEqual([]);
    expect((await drafts.listDrafts()).map((draft) => draft.id)).toEqual([real.id]);
  });
});

describe('deleting', () => {
  it('a draft removes all of it: answers, unsubmitted input, audit trail and signing form', async () => {
    const keep = await newDraft('KEEP');
    const remove = await newDraft('REMOVE');
    await drafts.savePendingInput(remove.id, 'reflection', { kind: 'text', text: 'half a sentence' });
    await drafts.saveDraftSnapshot(remove.id, { value: 'b' }, 'inProgress', undefined, {
      events: [{ step: 'a' }],
    } as never);
    await drafts.saveRecordForm(remove.id, { name: 'Sam Patel' });
    await drafts.deleteDraft(remove.id);
    const stored = await (await db.database()).getAll('drafts');
    expect(stored.map((draft) => draft.id)).toEqual([keep.id]);
    expect(JSON.stringify(stored)).not.toMatch(/REMOVE|half a sentence|Sam Patel/);
  });
});

describe('adding a record from a file', () => {
  it('refuses a version that differs from the one on this device, and adds none of the file', async () => {
    const records = await import('../../src/storage/records');
    const version = (n: number, signature: string) => ({ recordId: 'r1', version: n, signature }) as never;
    await records.importSignedVersions([version(1, 'first')]);
    await expect(records.importSignedVersions([version(1, 'forged'), version(2, 'second')])).rejects.toThrow(
      /Version 1 of this record on this device is different/,
    );
    // A refusal is not a storage failure: it reaches the screen with its own words, and nothing is written.
    await expect(
      records.importSignedVersions([version(2, 'second'), version(1, 'forged')]),
    ).rejects.toBeInstanceOf(records.RecordConflictError);
    expect((await records.recordVersions('r1')).map((stored) => stored.signed.signature)).toEqual(['first']);
  });
});

describe('removing all data from the device', () => {
  type Device = typeof import('../../src/storage/device');
  type Records = typeof import('../../src/storage/records');

  /** One of everything the app keeps: a draft, a practice run, the key, a record, an export mark. */
  async function fillDevice(records: Records) {
    const draft = await newDraft('CASE-1');
    await drafts.createDraft({
      journeyId: 'thresholds',
      journeyVersion: 1,
      editions: [],
      caseReference: 'TRAINING',
      snapshot: {},
      training: { kind: 'threshold', scenarioId: 's1' },
    });
    await records.deviceKeyPair(
      async () => ({ publicKey: 'public', privateKey: 'private' }) as unknown as CryptoKeyPair,
    );
    await records.storeSignedVersion(draft.id, {
      recordId: 'r1',
      version: 1,
      caseReference: 'CASE-1',
    } as never);
    await records.markExported('r1', 1);
  }

  it('deletes every database, and the app then starts fresh with nothing from before', async () => {
    const device: Device = await import('../../src/storage/device');
    const records: Records = await import('../../src/storage/records');
    await fillDevice(records);
    expect((await indexedDB.databases()).map((entry) => entry.name)).toEqual([schema.databaseName]);

    await device.removeAllData();
    expect(await indexedDB.databases()).toEqual([]);
    const keyring = await import('../../src/storage/keyring');
    expect(keyring.isUnlocked(), 'the data key is gone from memory too').toBe(false);

    await unlockStorage(); // protection set up afresh
    expect(await drafts.listDrafts()).toEqual([]);
    expect(await drafts.listDrafts({ training: true })).toEqual([]);
    expect(await records.recordsPage().then((page) => page.items)).toEqual([]);
    expect(await (await db.database()).getAll('keys')).toEqual([]);
    expect(await (await db.database()).getAll('exports')).toEqual([]);
  });

  it('is not held up by another tab of the app that has the database open', async () => {
    await newDraft('CASE-1');
    const device: Device = await import('../../src/storage/device');
    // Another tab: its own copy of the storage modules, with its own open connection.
    const dataKey = (await import('../../src/storage/keyring')).currentDataKey();
    vi.resetModules();
    const otherTab: Drafts = await import('../../src/storage/drafts');
    // Unlocked there too: an unlock in one tab hands the key to the others.
    (await import('../../src/storage/keyring')).holdDataKey(dataKey);
    expect(await otherTab.listDrafts()).toHaveLength(1);

    await device.removeAllData();
    expect(await indexedDB.databases()).toEqual([]);
    expect(await otherTab.listDrafts(), 'the other tab reopens an empty database').toEqual([]);
  });
});
