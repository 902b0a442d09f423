// Protection at the storage seam: setup wraps a new data key per unlock method (PBKDF2-SHA-256 at
// 600,000 iterations for the passphrase and recovery code) and seals what an earlier version stored in
// plain form; locked, nothing can be read or written; wrong attempts are counted and wait longer but
// delete nothing. Each test gets a fresh IndexedDB and fresh modules, as a device on first use.
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../machines/journey';
import { oneAnswerRecord } from '../support/sample-record';

type Modules = {
  drafts: typeof import('../../src/storage/drafts');
  records: typeof import('../../src/storage/records');
  training: typeof import('../../src/storage/training');
  keyring: typeof import('../../src/storage/keyring');
  protection: typeof import('../../src/storage/protection');
  schema: typeof import('../../src/storage/schema');
  db: typeof import('../../src/storage/db');
  record: typeof import('../../src/record/record');
  keys: typeof import('../../src/record/keys');
  verify: typeof import('../../src/record/verify');
  audit: typeof import('../../src/record/audit');
};
let m: Modules;

// Every setup and passphrase or recovery-code unlock runs PBKDF2 at the real 600,000 iterations.
vi.setConfig({ testTimeout: 60_000 });

async function loadModules(): Promise<void> {
  vi.resetModules();
  m = {
    drafts: await import('../../src/storage/drafts'),
    records: await import('../../src/storage/records'),
    training: await import('../../src/storage/training'),
    keyring: await import('../../src/storage/keyring'),
    protection: await import('../../src/storage/protection'),
    schema: await import('../../src/storage/schema'),
    db: await import('../../src/storage/db'),
    record: await import('../../src/record/record'),
    keys: await import('../../src/record/keys'),
    verify: await import('../../src/record/verify'),
    audit: await import('../../src/record/audit'),
  };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await loadModules();
});

const passphrase = 'kettle orchard lantern';

/** Every stored value of every store, as the bytes on disk would hold them (typed arrays as Latin-1). */
async function rawDump(): Promise<string> {
  const db = await m.db.database();
  const all = await Promise.all([...db.objectStoreNames].map((store) => db.getAll(store)));
  return JSON.stringify(all, (_key, value) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value)
      ? Buffer.from(value instanceof ArrayBuffer ? value : value.buffer).toString('latin1')
      : value,
  );
}

describe('setting up protection', () => {
  it('wraps the data key for the passphrase and a recovery code with PBKDF2-SHA-256 at 600,000 iterations, salts stored, and leaves the app unlocked', async () => {
    const recoveryCode = await m.protection.setUpProtection({ passphrase });
    expect(recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5}){5}$/);
    const stored = await (await m.db.database()).get('protection', 'protection');
    expect(stored?.wrappedKeys.map((entry) => entry.method).sort()).toEqual(['passphrase', 'recoveryCode']);
    for (const entry of stored!.wrappedKeys) {
      expect(entry.derivation).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
      expect(entry.derivation.salt.byteLength).toBe(16);
      expect(entry.iv.byteLength).toBe(12);
      expect(entry.wrapped.byteLength).toBe(48);
    }
    expect(m.keyring.isUnlocked()).toBe(true);
    expect(m.keyring.currentDataKey().extractable).toBe(false);
    expect(await m.protection.protectionState()).toMatchObject({
      setUp: true,
      autoLockMinutes: 5,
      failedAttempts: 0,
    });
  });

  it('stores drafts, records and training sealed: no case reference, answer or name readable', async () => {
    await m.protection.setUpProtection({ passphrase });
    const draft = await m.drafts.createDraft({
      journeyId: 'collusion',
      journeyVersion: 1,
      editions: [],
      caseReference: 'CASE-SECRET-1',
      snapshot: { context: { answers: { a: 'ANSWER-SECRET' } } },
    });
    await m.drafts.savePendingInput(draft.id, 'reflection', { kind: 'text', text: 'TYPED-SECRET' });
    await m.drafts.saveRecordForm(draft.id, { name: 'NAME-SECRET' });
    await m.drafts.createDraft({
      journeyId: 'peter',
      journeyVersion: 1,
      editions: [],
      caseReference: 'TRAINING',
      snapshot: { context: { answers: { levels: { kind: 'choice', choice: 'ANSWER-OF-STAGE-SECRET' } } } },
      training: { kind: 'peter', scenarioId: 'peter' },
    });
    const dump = await rawDump();
    for (const secret of [
      'CASE-SECRET-1',
      'ANSWER-SECRET',
      'TYPED-SECRET',
      'NAME-SECRET',
      'ANSWER-OF-STAGE-SECRET',
    ])
      expect(dump).not.toContain(secret);
    expect(dump).toContain(draft.id);
    expect(dump).toContain('"journeyId":"collusion"');
    expect((await m.drafts.getDraft(draft.id))?.recordForm).toEqual({ name: 'NAME-SECRET' });
  });
});

describe('every free-text field of every journey', () => {
  it('is stored sealed, as an answer, as unsubmitted input and in the audit trail, with the case reference and the signing form', async () => {
    const { loadAllJourneys } = await import('../../machines');
    const { stepMetas } = await import('../../machines/journey');
    const { startAuditTrail, appendAuditEvent } = await import('../../src/record/audit');
    await m.protection.setUpProtection({ passphrase });
    const sentinel = 'QZXSENTINEL7731';
    const typed = (step: string, screen: string): Answer | undefined => {
      const text = `${sentinel} ${step}`;
      if (screen === 'text') return { kind: 'text', text };
      if (screen === 'notes') return { kind: 'notes', notes: { [step]: text } };
      if (screen === 'entries') return { kind: 'entries', entries: [{ [step]: text }] };
      if (screen === 'checklist')
        return {
          kind: 'checklist',
          items: { [step]: { status: null, note: text, owner: text, due: '2026-12-01' } },
        };
      return undefined;
    };
    let fields = 0;
    for (const journey of await loadAllJourneys()) {
      const answers: Record<string, Answer> = {};
      for (const [step, meta] of stepMetas(journey)) {
        const answer = typed(step, meta.screen);
        if (answer) answers[step] = answer;
      }
      fields += Object.keys(answers).length;
      const draft = await m.drafts.createDraft({
        journeyId: journey.id,
        journeyVersion: journey.version,
        editions: [],
        caseReference: `${sentinel}-REF`,
        snapshot: { value: 'checkAnswers', context: { answers, path: Object.keys(answers) } },
      });
      let audit = startAuditTrail();
      for (const [step, answer] of Object.entries(answers)) {
        await m.drafts.savePendingInput(draft.id, step, answer);
        audit = await appendAuditEvent(audit, {
          type: 'answer',
          step,
          answer,
          wallClock: new Date().toISOString(),
          elapsedMs: 0,
        });
      }
      await m.drafts.saveDraftSnapshot(
        draft.id,
        { value: 'checkAnswers', context: { answers } },
        'complete',
        undefined,
        audit,
      );
      await m.drafts.saveRecordForm(draft.id, {
        name: `${sentinel} name`,
        role: `${sentinel} role`,
        agency: `${sentinel} agency`,
      });
    }
    expect(fields, 'free-text steps found across the journeys').toBeGreaterThan(10);
    const dump = await rawDump();
    expect(dump).not.toContain(sentinel);
    // Read back through the unlocked app, every one of them is there.
    const stored = await m.drafts.listDrafts();
    expect(JSON.stringify(stored).split(sentinel).length - 1).toBeGreaterThanOrEqual(fields * 2);
  });
});

describe('locked', () => {
  it('nothing can be read or written, and nothing stored changes; unlocking with the passphrase brings it all back', async () => {
    await m.protection.setUpProtection({ passphrase });
    const draft = await m.drafts.createDraft({
      journeyId: 'collusion',
      journeyVersion: 1,
      editions: [],
      caseReference: 'CASE-2',
      snapshot: { value: 'a' },
    });
    const before = await rawDump();
    await m.keyring.lock();
    const locked = { problem: 'locked' };
    await expect(m.drafts.listDrafts()).rejects.toMatchObject(locked);
    await expect(m.drafts.getDraft(draft.id)).rejects.toMatchObject(locked);
    await expect(m.drafts.savePendingInput(draft.id, 'x', { kind: 'text', text: 't' })).rejects.toMatchObject(
      locked,
    );
    await expect(
      m.drafts.createDraft({
        journeyId: 'collusion',
        journeyVersion: 1,
        editions: [],
        caseReference: 'CASE-3',
        snapshot: {},
      }),
    ).rejects.toMatchObject(locked);
    await expect(m.records.recordsPage().then((page) => page.items)).rejects.toMatchObject(locked);
    await expect(m.records.deviceKeyPair(m.keys.createSigningKeyPair)).rejects.toMatchObject(locked);
    await expect(m.drafts.listDrafts({ training: true })).rejects.toMatchObject(locked);
    await expect(m.training.clearTraining()).rejects.toMatchObject(locked);
    expect(await rawDump()).toBe(before);

    expect(await m.protection.unlock({ method: 'passphrase', passphrase })).toEqual({ unlocked: true });
    expect((await m.drafts.getDraft(draft.id))?.caseReference).toBe('CASE-2');
  });

  it('saves what is being typed before the key is dropped', async () => {
    await m.protection.setUpProtection({ passphrase });
    const draft = await m.drafts.createDraft({
      journeyId: 'collusion',
      journeyVersion: 1,
      editions: [],
      caseReference: 'CASE-4',
      snapshot: {},
    });
    m.keyring.beforeLocking(() =>
      m.drafts.savePendingInput(draft.id, 'reflection', { kind: 'text', text: 'half a thought' }),
    );
    await m.keyring.lock();
    await m.protection.unlock({ method: 'passphrase', passphrase });
    expect((await m.drafts.getDraft(draft.id))?.pending).toEqual({
      reflection: { kind: 'text', text: 'half a thought' },
    });
  });
});

describe('unlocking', () => {
  it('a wrong passphrase is counted and the next attempt waits longer each time; nothing is deleted; the recovery code unlocks, in any case and spacing', async () => {
    const recoveryCode = await m.protection.setUpProtection({ passphrase });
    const draft = await m.drafts.createDraft({
      journeyId: 'collusion',
      journeyVersion: 1,
      editions: [],
      caseReference: 'CASE-5',
      snapshot: {},
    });
    await m.keyring.lock();
    const before = (await rawDump()).replace(/"failedAttempts":\d+/, '');
    const first = await m.protection.unlock({ method: 'passphrase', passphrase: 'wrong passphrase here' });
    expect(first).toMatchObject({ unlocked: false, failedAttempts: 1 });
    const second = await m.protection.unlock({ method: 'passphrase', passphrase: 'another wrong one' });
    expect(second).toMatchObject({ unlocked: false, failedAttempts: 2 });
    expect(m.protection.waitAfter(2)).toBe(5_000);
    expect(m.protection.waitAfter(3)).toBe(10_000);
    expect(m.protection.waitAfter(30)).toBe(15 * 60_000);
    // While the wait lasts, even the right passphrase is not tried.
    expect(await m.protection.unlock({ method: 'passphrase', passphrase })).toMatchObject({
      unlocked: false,
      failedAttempts: 2,
    });
    expect(m.keyring.isUnlocked()).toBe(false);
    expect((await rawDump()).replace(/"failedAttempts":\d+/, '').replace(/,"lastFailedAt":"[^"]+"/, '')).toBe(
      before,
    );

    vi.useFakeTimers({ now: Date.now() + 6_000, toFake: ['Date'] });
    try {
      const typed = ` ${recoveryCode.toLowerCase().replace(/-/g, ' ')} `;
      expect(await m.protection.unlock({ method: 'recoveryCode', recoveryCode: typed })).toEqual({
        unlocked: true,
      });
    } finally {
      vi.useRealTimers();
    }
    expect((await m.drafts.getDraft(draft.id))?.caseReference).toBe('CASE-5');
    expect((await m.protection.protectionState()).failedAttempts).toBe(0);
  });

  it('a passkey unlocks through HKDF over its PRF output; another output does not', async () => {
    const prfOutput = crypto.getRandomValues(new Uint8Array(32)).buffer;
    const passkey = {
      credentialId: crypto.getRandomValues(new Uint8Array(16)),
      prfSalt: crypto.getRandomValues(new Uint8Array(32)),
      prfOutput,
    };
    await m.protection.setUpProtection({ passkey });
    const state = await m.protection.protectionState();
    expect(state.methods.sort()).toEqual(['passkey', 'recoveryCode']);
    expect(Buffer.from(state.passkey!.credentialId).equals(Buffer.from(passkey.credentialId))).toBe(true);
    await m.keyring.lock();
    const wrong = { ...passkey, prfOutput: crypto.getRandomValues(new Uint8Array(32)).buffer };
    expect(await m.protection.unlock({ method: 'passkey', passkey: wrong })).toMatchObject({
      unlocked: false,
    });
    await (
      await m.db.database()
    ).put('protection', {
      ...(await (await m.db.database()).get('protection', 'protection'))!,
      failedAttempts: 0,
      lastFailedAt: undefined,
    });
    expect(await m.protection.unlock({ method: 'passkey', passkey })).toEqual({ unlocked: true });
  });
});

describe('a device with data from the version before protection', () => {
  it('has its drafts mid-journey, signed and amended records and training sealed in place at setup, every answer kept and every signature verifying', async () => {
    // The previous version's database: schema version 4, everything stored as it was.
    const previous = m.schema.migrations.slice(0, 4);
    // Built through idb, as the app built it, so the migrations' own requests are awaited.
    (
      await openDB(m.schema.databaseName, previous.length, {
        upgrade: (db, _from, _to, transaction) =>
          previous.forEach((migration) => migration.migrate(db as never, transaction as never)),
      })
    ).close();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(m.schema.databaseName, previous.length);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keyPair = await m.keys.createSigningKeyPair();
    const at = new Date('2026-11-20T10:00:00Z');
    const built = m.record.buildRecord(oneAnswerRecord('OLD-REF-7', at));
    const signer = {
      name: 'Sam Patel',
      role: 'Social worker',
      agency: 'Solihull Council Adult Social Care',
      statement: 'This is my accurate record.',
    };
    const v1 = await m.record.signRecord(built, signer, keyPair, at, '0.1.0');
    const v2 = await m.record.amendRecord(
      v1,
      { peopleInvolved: ['J. Okoro'] },
      'Named the manager',
      signer,
      keyPair,
      new Date('2026-11-21T10:00:00Z'),
      '0.1.0',
    );
    const draftBase = {
      format: 1,
      journeyVersion: 1,
      editions: [],
      pending: {},
      createdAt: '2026-11-20T09:00:00.000Z',
    };
    const midJourney = {
      ...draftBase,
      id: 'd-mid',
      journeyId: 'non-engagement',
      caseReference: 'OLD-REF-8',
      snapshot: {
        value: 'evidenceDetail',
        context: {
          answers: { age: { kind: 'choice', choice: 'yes' } },
          path: ['age', 'evidence', 'evidenceDetail'],
        },
      },
      pending: { evidenceDetail: { kind: 'text', text: 'Typed before the update' } },
      status: 'inProgress',
      updatedAt: '2026-11-20T09:10:00.000Z',
    };
    const signedDraft = {
      ...draftBase,
      id: 'd-signed',
      journeyId: 'collusion',
      caseReference: 'OLD-REF-7',
      snapshot: { value: 'complete' },
      recordForm: { name: 'Sam Patel' },
      recordId: v1.recordId,
      status: 'complete',
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    const practice = {
      ...draftBase,
      id: 'training-1',
      journeyId: 'thresholds',
      caseReference: 'TRAINING',
      snapshot: { value: 'a' },
      training: { kind: 'threshold', scenarioId: 'th-1' },
      status: 'inProgress',
      updatedAt: '2026-11-20T09:20:00.000Z',
    };
    const progress = {
      scenarioId: 'peter',
      stage: 2,
      answers: { s1: ['a'] },
    };
    await new Promise<void>((resolve, reject) => {
      const tx = old.transaction(
        ['drafts', 'keys', 'records', 'exports', 'trainingDrafts', 'trainingProgress'],
        'readwrite',
      );
      tx.objectStore('drafts').put(midJourney);
      tx.objectStore('drafts').put(signedDraft);
      tx.objectStore('keys').put({ id: 'device', keyPair, createdAt: '2026-11-20T09:00:00.000Z' });
      tx.objectStore('records').put({ recordId: v1.recordId, version: 1, draftId: 'd-signed', signed: v1 });
      tx.objectStore('records').put({ recordId: v2.recordId, version: 2, draftId: 'd-signed', signed: v2 });
      tx.objectStore('exports').put({
        recordId: v1.recordId,
        version: 1,
        exportedAt: '2026-11-20T11:00:00.000Z',
      });
      tx.objectStore('trainingDrafts').put(practice);
      tx.objectStore('trainingProgress').put(progress);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    old.close();

    m.keyring.forgetDataKey();
    await m.protection.setUpProtection({ passphrase });
    const dump = await rawDump();
    for (const secret of ['OLD-REF-7', 'OLD-REF-8', 'Typed before the update', 'Sam Patel', 'J. Okoro'])
      expect(dump).not.toContain(secret);

    await m.keyring.lock();
    await loadModules(); // the app reopened
    expect(await m.protection.unlock({ method: 'passphrase', passphrase })).toEqual({ unlocked: true });
    expect(await m.drafts.getDraft('d-mid')).toEqual(midJourney);
    expect(await m.drafts.getDraft('d-signed')).toEqual(signedDraft);
    expect(await m.drafts.listDrafts({ training: true })).toEqual([practice]);
    // The case of Peter's old progress (a stage and the options chosen) is dropped by its migration.
    expect([...(await m.db.database()).objectStoreNames]).not.toContain('trainingProgress');
    const [listed] = await m.records.recordsPage().then((page) => page.items);
    // Counted from the marks on its latest version: exported at version 1 only.
    expect(await m.records.recordTotals()).toEqual({ records: 1, notExported: 1 });
    expect(listed.exportedAt).toBeUndefined();
    expect(listed.latest.signed).toEqual(v2);
    const summary = await m.records.getRecord(listed.recordId);
    expect(summary?.lastExport?.version).toBe(1);
    expect(summary?.versions.map((version) => version.signed)).toEqual([v1, v2]);
    const result = await m.verify.verifyExport(
      m.record.exportBundle(summary!.versions.map((version) => version.signed)),
    );
    expect(result).toMatchObject({ status: 'verified', caseReference: 'OLD-REF-7' });
    const pair = await m.records.deviceKeyPair(m.keys.createSigningKeyPair);
    expect(await m.keys.jwkThumbprint(await m.keys.publicJwk(pair))).toBe(v2.fingerprint);
  });
});
