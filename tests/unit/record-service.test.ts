// @vitest-environment node
// The device's signing key and the signed records on the device (src/storage/records.ts), and the glue
// that turns a finished draft into a signed, exported, verifiable record (recordService.ts). Each test
// gets a fresh IndexedDB and fresh modules, as a device would on first use.
import { journeyFrom } from '../../machines';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editions } from '../../content/editions';
import { collusionJourney as collusionJourneyDefinition } from '../../machines/collusion';
import { currentStep, type Answer, type JourneyContext, type JourneyEvent } from '../../machines/journey';
import {
  appendAuditEvent,
  startAuditTrail,
  type AuditEventType,
  type AuditInput,
  type AuditTrail,
} from '../../src/record/audit';
import { isoWithOffset } from '../../src/record/time';
import { choice, startJourney, text } from '../support/drive';
import { unlockStorage } from '../support/unlock';
import { oneAnswerRecord } from '../support/sample-record';

const collusionJourney = journeyFrom('collusion', collusionJourneyDefinition);

type Records = typeof import('../../src/storage/records');
type Drafts = typeof import('../../src/storage/drafts');
type Service = typeof import('../../src/screens/records/recordService');
type RecordModule = typeof import('../../src/record/record');
type Keys = typeof import('../../src/record/keys');
type Verify = typeof import('../../src/record/verify');

let records: Records;
let drafts: Drafts;
let service: Service;
let record: RecordModule;
let keys: Keys;
let verify: Verify;

async function loadModules(): Promise<void> {
  vi.resetModules();
  records = await import('../../src/storage/records');
  drafts = await import('../../src/storage/drafts');
  service = await import('../../src/screens/records/recordService');
  record = await import('../../src/record/record');
  keys = await import('../../src/record/keys');
  verify = await import('../../src/record/verify');
  await unlockStorage();
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await loadModules();
});

afterEach(() => vi.restoreAllMocks());

const signer = {
  name: 'Sam Patel',
  role: 'Social worker',
  agency: 'Solihull Council Adult Social Care',
  statement: 'This is my accurate record.',
};
const journeyInfo = {
  id: collusionJourney.id,
  title: collusionJourney.title,
  version: collusionJourney.version,
};

const fingerprintOf = async (pair: CryptoKeyPair) => keys.jwkThumbprint(await keys.publicJwk(pair));
const deviceKey = () => records.deviceKeyPair(keys.createSigningKeyPair);

const newDraft = (caseReference = 'CASE-1') =>
  drafts.createDraft({
    journeyId: collusionJourney.id,
    journeyVersion: collusionJourney.version,
    editions: collusionJourney.documents.map((doc) => editions[doc]),
    caseReference,
    snapshot: { value: 'avoidConflict' },
  });

async function signedAt(caseReference: string, iso: string, recordId?: string) {
  const at = new Date(iso);
  return record.signRecord(
    record.buildRecord(oneAnswerRecord(caseReference, at, recordId)),
    signer,
    await deviceKey(),
    at,
    '0.1.0',
  );
}

async function readAll<T>(store: string): Promise<T[]> {
  const { database } = await import('../../src/storage/db');
  return (await database()).getAll(store as 'records') as unknown as Promise<T[]>;
}

describe('the device key pair', () => {
  it('is created on first use, then the same pair is returned: the fingerprint does not change', async () => {
    const create = vi.fn(keys.createSigningKeyPair);
    const first = await records.deviceKeyPair(create);
    const second = await records.deviceKeyPair(create);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fingerprintOf(second)).toBe(await fingerprintOf(first));
    expect(first.privateKey.extractable).toBe(false);
  });

  it('is kept on the device: after the app is reopened the fingerprint is the same', async () => {
    const before = await service.deviceFingerprint();
    expect(before).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await service.deviceFingerprint()).toBe(before);
    await loadModules(); // the app reopened: new modules, same IndexedDB
    const create = vi.fn(keys.createSigningKeyPair);
    expect(await fingerprintOf(await records.deviceKeyPair(create))).toBe(before);
    expect(create).not.toHaveBeenCalled();
    expect(await readAll('keys')).toHaveLength(1);
  });

  it('is one pair even when two callers ask for it at once: whichever was stored first wins', async () => {
    const [a, b] = await Promise.all([deviceKey(), deviceKey()]);
    expect(await fingerprintOf(a)).toBe(await fingerprintOf(b));
    expect(await readAll('keys')).toHaveLength(1);
    expect(await fingerprintOf(await deviceKey())).toBe(await fingerprintOf(a));
  });
});

describe('storing signed versions', () => {
  it('stores the version and marks its draft with the record id, in one strict transaction', async () => {
    const draft = await newDraft();
    const signed = await signedAt('CASE-1', '2026-11-22T10:00:00Z');
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await records.storeSignedVersion(draft.id, signed);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes).toHaveLength(1);
    // The record's export mark is read to mark the new version as not exported yet.
    expect([...(writes[0][0] as string[])].sort()).toEqual(['drafts', 'exports', 'records']);
    expect(writes[0][2]).toEqual({ durability: 'strict' });

    expect(await records.recordVersions(signed.recordId)).toEqual([
      { recordId: signed.recordId, version: 1, draftId: draft.id, signed },
    ]);
    const marked = await drafts.getDraft(draft.id);
    expect(marked?.recordId).toBe(signed.recordId);
    expect({ ...marked, recordId: undefined, updatedAt: undefined }).toEqual({
      ...draft,
      recordId: undefined,
      updatedAt: undefined,
    });
  });

  it('never replaces a stored version, and a refused write leaves the draft unmarked', async () => {
    const first = await newDraft('FIRST');
    const second = await newDraft('SECOND');
    const signed = await signedAt('FIRST', '2026-11-22T10:00:00Z');
    await records.storeSignedVersion(first.id, signed);
    // The same record id and version again: refused, and the draft of the refused write is not marked.
    await expect(records.storeSignedVersion(second.id, signed)).rejects.toThrow();
    expect((await drafts.getDraft(second.id))?.recordId).toBeUndefined();
    expect(await records.recordVersions(signed.recordId)).toHaveLength(1);
    expect((await records.recordVersions(signed.recordId))[0].draftId).toBe(first.id);
  });

  it('still stores the version when the draft is gone', async () => {
    const signed = await signedAt('GONE', '2026-11-22T10:00:00Z');
    await records.storeSignedVersion('no-such-draft', signed);
    expect(await records.recordVersions(signed.recordId)).toHaveLength(1);
    expect(await drafts.getDraft('no-such-draft')).toBeUndefined();
  });
});

describe('listing, exporting and deleting records', () => {
  it('lists each record at its latest version, most recently signed record first; read on its own, with its versions oldest first', async () => {
    const draftA = await newDraft('A');
    const draftB = await newDraft('B');
    const a1 = await signedAt('A', '2026-11-22T09:00:00Z');
    const a2 = await record.amendRecord(
      a1,
      {},
      'Added who was consulted',
      signer,
      await deviceKey(),
      new Date('2026-11-22T11:00:00Z'),
      '0.1.0',
    );
    const a3 = await record.amendRecord(
      a2,
      { peopleInvolved: ['J. Okoro'] },
      'Named the manager',
      signer,
      await deviceKey(),
      new Date('2026-11-22T12:00:00Z'),
      '0.1.0',
    );
    const b1 = await signedAt('B', '2026-11-22T10:00:00Z');
    // Stored out of order: the list still reads oldest version first.
    await records.storeSignedVersion(draftA.id, a3);
    await records.storeSignedVersion(draftB.id, b1);
    await records.storeSignedVersion(draftA.id, a1);
    await records.storeSignedVersion(draftA.id, a2);

    const list = await records.recordsPage().then((page) => page.items);
    expect(list.map((entry) => entry.recordId)).toEqual([a1.recordId, b1.recordId]);
    expect(list.map((entry) => entry.latest.signed)).toEqual([a3, b1]);
    expect(list.every((entry) => entry.exportedAt === undefined)).toBe(true);
    const one = await records.getRecord(a1.recordId);
    expect(one?.versions.map((version) => version.signed)).toEqual([a1, a2, a3]);
    expect((await records.recordVersions(a1.recordId)).map((version) => version.version)).toEqual([1, 2, 3]);
  });

  it('records the last export per record, replacing the one before', async () => {
    const draft = await newDraft();
    const v1 = await signedAt('CASE-1', '2026-11-22T09:00:00Z');
    await records.storeSignedVersion(draft.id, v1);
    const other = await signedAt('OTHER', '2026-11-22T08:00:00Z');
    await records.storeSignedVersion(draft.id, other);

    const before = Date.now();
    await records.markExported(v1.recordId, 1);
    let entry = (await records.recordsPage().then((page) => page.items)).find(
      (found) => found.recordId === v1.recordId,
    )!;
    expect(Date.parse(entry.exportedAt!)).toBeGreaterThanOrEqual(before - 1);
    expect((await records.getRecord(v1.recordId))?.lastExport).toMatchObject({
      recordId: v1.recordId,
      version: 1,
      exportedAt: entry.exportedAt,
    });

    const v2 = await record.amendRecord(
      v1,
      {},
      'Corrected',
      signer,
      await deviceKey(),
      new Date('2026-11-22T10:00:00Z'),
      '0.1.0',
    );
    await records.storeSignedVersion(draft.id, v2);
    entry = (await records.recordsPage().then((page) => page.items)).find(
      (found) => found.recordId === v1.recordId,
    )!;
    expect(entry.exportedAt, 'the export is of version 1 while version 2 is the latest').toBeUndefined();
    expect((await records.getRecord(v1.recordId))?.lastExport?.version).toBe(1);
    await records.markExported(v1.recordId, 2);
    entry = (await records.recordsPage().then((page) => page.items)).find(
      (found) => found.recordId === v1.recordId,
    )!;
    expect(entry.exportedAt).toBeDefined();
    expect((await records.getRecord(v1.recordId))?.lastExport?.version).toBe(2);
    expect(await readAll('exports')).toHaveLength(1);
    expect(
      (await records.recordsPage().then((page) => page.items)).find(
        (found) => found.recordId === other.recordId,
      )?.exportedAt,
    ).toBeUndefined();
  });

  it('deletes every version of one record, its export and the draft it was made from, and nothing else', async () => {
    const keepDraft = await newDraft('KEEP');
    const removeDraft = await newDraft('REMOVE');
    await drafts.saveRecordForm(removeDraft.id, { name: signer.name, peopleInvolved: 'J. Okoro' });
    const keep = await signedAt('KEEP', '2026-11-22T08:00:00Z');
    const remove1 = await signedAt('REMOVE', '2026-11-22T09:00:00Z');
    const remove2 = await record.amendRecord(
      remove1,
      {},
      'Corrected',
      signer,
      await deviceKey(),
      new Date('2026-11-22T10:00:00Z'),
      '0.1.0',
    );
    await records.storeSignedVersion(keepDraft.id, keep);
    for (const signed of [remove1, remove2]) await records.storeSignedVersion(removeDraft.id, signed);
    await records.markExported(keep.recordId, 1);
    await records.markExported(remove1.recordId, 2);

    await records.deleteRecord(remove1.recordId);
    const list = await records.recordsPage().then((page) => page.items);
    expect(list.map((entry) => entry.recordId)).toEqual([keep.recordId]);
    expect(list[0].exportedAt).toBeDefined();
    expect(await records.recordVersions(remove1.recordId)).toEqual([]);
    expect(await readAll<{ recordId: string }>('exports')).toEqual([
      expect.objectContaining({ recordId: keep.recordId }),
    ]);
    // The draft goes with the record: its answers, audit trail and signing form are not left behind.
    expect(await drafts.getDraft(removeDraft.id)).toBeUndefined();
    expect((await readAll<{ id: string }>('drafts')).map((stored) => stored.id)).toEqual([keepDraft.id]);
    expect((await drafts.getDraft(keepDraft.id))?.recordId).toBe(keep.recordId);
    // Deleting a record that is not there is not an error.
    await expect(records.deleteRecord(remove1.recordId)).resolves.toBeUndefined();
  });
});

describe('a record from a real journey, through recordService', () => {
  /**
   * Drives the collusion self-check as the journey screen does: each event is timed when sent, then
   * appended to the audit trail and saved with the snapshot.
   */
  async function finishCollusion(draftId: string): Promise<JourneyContext> {
    const run = startJourney(collusionJourney);
    let trail: AuditTrail = startAuditTrail();
    let elapsed = 1_000;
    const start = Date.now() - 10 * 60_000;
    const send = async (event: JourneyEvent) => {
      const context = run.context();
      const step = event.type === 'CHANGE' ? event.step : (currentStep(context) ?? '');
      const type: AuditEventType =
        event.type === 'ANSWER'
          ? context.changing
            ? 'change'
            : 'answer'
          : (event.type.toLowerCase() as AuditEventType);
      const input: AuditInput = {
        type,
        step,
        ...(event.type === 'ANSWER' ? { answer: event.answer } : {}),
        wallClock: isoWithOffset(start + elapsed),
        elapsedMs: elapsed,
        session: 'test',
      };
      run.actor.send(event);
      elapsed += 15_000;
      trail = await appendAuditEvent(trail, input);
      await drafts.saveDraftSnapshot(
        draftId,
        run.actor.getPersistedSnapshot(),
        run.actor.getSnapshot().status === 'done' ? 'complete' : 'inProgress',
        step,
        trail,
      );
    };
    const answer = (value: Answer) => send({ type: 'ANSWER', answer: value });
    for (const value of ['yes', 'no', 'notSure', 'no', 'no', 'no']) await answer(choice(value));
    await answer(text('Relied on the son for updates; <script>alert(1)</script> raise at supervision.'));
    expect(run.step()).toBe('discuss');
    await send({ type: 'CONTINUE' });
    expect(run.step()).toBe('checkAnswers');
    await send({ type: 'FINISH' });
    expect(run.step()).toBe('complete');
    return run.context();
  }

  it('builds, signs, stores, exports and verifies, and an amendment keeps both versions verifiable', async () => {
    const draft = await newDraft('SAF-2026-0412');
    const context = await finishCollusion(draft.id);
    const stored = (await drafts.getDraft(draft.id))!;
    expect(stored.status).toBe('complete');
    expect(stored.audit?.events).toHaveLength(9);

    const fields = {
      ...service.emptyRecordForm(),
      peopleInvolved: 'J. Okoro, team manager\n\n  A. Shah, safeguarding lead  ',
      extraReferences: 'Care Act 2014, section 42',
      name: ' Sam Patel ',
      role: 'Social worker',
      agency: 'Solihull Council Adult Social Care',
      confirmed: 'yes',
    };
    const built = service.draftRecord(collusionJourney, stored, context, fields, new Date());
    expect(built).toMatchObject({
      journey: journeyInfo,
      caseReference: 'SAF-2026-0412',
      peopleInvolved: ['J. Okoro, team manager', 'A. Shah, safeguarding lead'],
      references: { added: ['Care Act 2014, section 42'] },
      lateEntryReason: null,
      outcomes: [{ step: 'discuss', title: 'Talk this through with your line manager' }],
      audit: { trailId: stored.audit!.id, length: 9, head: stored.audit!.head },
    });
    expect(built.rows.map((row) => row.step)).toEqual([
      ...context.path.filter((step) => step !== 'checkAnswers' && step !== 'complete'),
    ]);
    expect(record.missingForSigning(built, service.signerFrom(fields))).toEqual([]);
    expect(record.missingForSigning(built, service.signerFrom({ ...fields, confirmed: '' }))).toEqual([
      'Your confirmation that this is your accurate record',
    ]);

    const signed = await service.signAndStore(draft.id, built, service.signerFrom(fields));
    expect(signed.signer).toEqual({
      name: 'Sam Patel',
      role: 'Social worker',
      agency: 'Solihull Council Adult Social Care',
    });
    expect(signed.fingerprint).toBe(await service.deviceFingerprint());
    expect((await drafts.getDraft(draft.id))?.recordId).toBe(signed.recordId);

    const versions = (await records.recordVersions(signed.recordId)).map((version) => version.signed);
    const result = await verify.verifyExport(record.exportBundle(versions));
    expect(result).toMatchObject({
      status: 'verified',
      recordId: signed.recordId,
      caseReference: 'SAF-2026-0412',
      fingerprint: signed.fingerprint,
      signer: signed.signer,
      clockWarnings: [],
    });

    const amended = await service.amendAndStore(draft.id, signed, {
      ...fields,
      peopleInvolved: `${fields.peopleInvolved}\nDr K. Lee, GP`,
      amendmentReason: 'Added the GP consulted by phone.',
    });
    expect(amended).toMatchObject({
      version: 2,
      recordId: signed.recordId,
      amendmentReason: 'Added the GP consulted by phone.',
    });
    const both = (await records.recordVersions(signed.recordId)).map((version) => version.signed);
    expect(both.map((version) => version.version)).toEqual([1, 2]);
    expect(both[0]).toEqual(signed);
    const bundle = record.exportBundle(both);
    const again = await verify.verifyExport(bundle);
    expect(again.status).toBe('verified');
    if (again.status !== 'verified') return;
    expect(again.versions.map((version) => [version.version, version.amendmentReason])).toEqual([
      [1, null],
      [2, 'Added the GP consulted by phone.'],
    ]);

    // One letter of the case reference changed in the exported text: caught.
    const altered = bundle.replace('"caseReference": "SAF-2026-0412"', '"caseReference": "SAF-2026-0413"');
    expect(altered).not.toBe(bundle);
    expect(await verify.verifyExport(altered)).toMatchObject({ status: 'altered' });
  });

  it('refuses to sign without the signer, and stores nothing', async () => {
    const draft = await newDraft('SAF-2');
    const context = await finishCollusion(draft.id);
    const stored = (await drafts.getDraft(draft.id))!;
    const fields = service.emptyRecordForm();
    const built = service.draftRecord(collusionJourney, stored, context, fields, new Date());
    await expect(service.signAndStore(draft.id, built, service.signerFrom(fields))).rejects.toThrow(
      record.SigningRefusedError,
    );
    expect(await records.recordsPage().then((page) => page.items)).toEqual([]);
    expect((await drafts.getDraft(draft.id))?.recordId).toBeUndefined();
  });
});
