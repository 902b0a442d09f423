// Drafts: a journey in progress, kept on this device as a versioned envelope around the machine's
// persisted snapshot. Saved means committed: every write uses strict durability and resolves only
// once the transaction has completed. Stored sealed: only ids, times, journey and status are readable
// without the data key.
import type { Answer } from '../../machines/journey';
import type { AuditTrail } from '../record/audit';
import { transact, type Transaction } from './db';
import { openFields, sealFields } from './envelope';
import { StorageError } from './errors';
import { currentDataKey } from './keyring';
import { findByReference, newestFirst, pageSize, type Page } from './lists';
import type { AidSchema, DraftEnvelope, Legacy, StoredDraft } from './schema';

/** Practice runs live in their own store, so they can never appear among real drafts. */
const trainingIdPrefix = 'training-';
const storeOf = (id: string) => (id.startsWith(trainingIdPrefix) ? 'trainingDrafts' : 'drafts');

const now = () => new Date().toISOString();

const readableFields = ['id', 'journeyId', 'status', 'createdAt', 'updatedAt', 'recordId'] as const;

export const sealDraft = (draft: DraftEnvelope, dataKey = currentDataKey()): Promise<StoredDraft> =>
  sealFields(dataKey, storeOf(draft.id), draft.id, draft, readableFields);

const openDraft = (row: Legacy<StoredDraft, DraftEnvelope>): Promise<DraftEnvelope> =>
  openFields(currentDataKey(), storeOf(row.id), row.id, row);

// Changes to one draft run one after another in this tab: each reads, decrypts, changes, encrypts and
// writes, and encryption cannot happen inside an IndexedDB transaction.
const queues = new Map<string, Promise<unknown>>();

export function oneAtATime<T>(id: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(id) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(id, settled);
  void settled.then(() => queues.get(id) === settled && queues.delete(id));
  return run;
}

export async function createDraft(
  fields: Pick<
    DraftEnvelope,
    'journeyId' | 'journeyVersion' | 'editions' | 'caseReference' | 'snapshot' | 'training'
  >,
): Promise<DraftEnvelope> {
  const time = now();
  const draft: DraftEnvelope = {
    id: `${fields.training ? trainingIdPrefix : ''}${crypto.randomUUID()}`,
    format: 1,
    status: 'inProgress',
    pending: {},
    createdAt: time,
    updatedAt: time,
    ...fields,
  };
  const row = await sealDraft(draft);
  await transact(storeOf(draft.id), 'readwrite', (tx) => tx.objectStore(storeOf(draft.id)).add(row));
  return draft;
}

/** Changes a stored draft; resolves with the stored envelope once the write has committed. */
async function updateDraft(
  id: string,
  changes: (
    existing: DraftEnvelope,
  ) => Partial<
    Pick<
      DraftEnvelope,
      | 'snapshot'
      | 'journeyVersion'
      | 'status'
      | 'caseReference'
      | 'pending'
      | 'audit'
      | 'recordForm'
      | 'recordId'
    >
  >,
): Promise<DraftEnvelope> {
  return oneAtATime(id, async () => {
    const existing = await getDraft(id);
    if (!existing) throw new StorageError('failed', `Draft ${id} is no longer on this device`);
    const updated: DraftEnvelope = { ...existing, ...changes(existing), updatedAt: now() };
    const row = await sealDraft(updated);
    await transact(storeOf(id), 'readwrite', async (tx) => {
      const store = tx.objectStore(storeOf(id));
      // Whether it is still there, by its key alone: reading the row would copy the whole sealed draft
      // out of the database again on every save.
      if ((await store.getKey(id)) === undefined)
        throw new StorageError('failed', `Draft ${id} is no longer on this device`);
      await store.put(row);
    });
    return updated;
  });
}

/**
 * Saves the journey's snapshot after a step, with the audit trail that records it, in one transaction;
 * the answered step's unsubmitted input is then spent.
 */
export const saveDraftSnapshot = (
  id: string,
  snapshot: unknown,
  status: DraftEnvelope['status'],
  answeredStep?: string,
  audit?: AuditTrail,
) =>
  updateDraft(id, (existing) => {
    const pending = { ...existing.pending };
    if (answeredStep !== undefined) delete pending[answeredStep];
    return audit ? { snapshot, status, pending, audit } : { snapshot, status, pending };
  });

/** Keeps a draft brought up to the journey's current version, so the upgrade is made once. */
export const saveUpgradedDraft = (id: string, snapshot: unknown, journeyVersion: number) =>
  updateDraft(id, () => ({ snapshot, journeyVersion }));

export const saveRecordForm = (id: string, recordForm: Record<string, string>) =>
  updateDraft(id, () => ({ recordForm }));

export const savePendingInput = (id: string, step: string, input: Answer) =>
  updateDraft(id, (existing) => ({ pending: { ...existing.pending, [step]: input } }));

export const changeCaseReference = (id: string, caseReference: string) =>
  updateDraft(id, () => ({ caseReference }));

export async function getDraft(id: string): Promise<DraftEnvelope | undefined> {
  currentDataKey();
  const row = await transact(storeOf(id), 'readonly', (tx) => tx.objectStore(storeOf(id)).get(id));
  return row && openDraft(row);
}

export type DraftStatus = DraftEnvelope['status'];
/** Where a page of drafts ended: [status, updatedAt, id], a key of the byStatus index. */
export type DraftsPageKey = AidSchema['drafts']['indexes']['byStatus'];

/** The byStatus keys of drafts with this status, or those of them before `after` (older). */
const withStatus = (status: DraftStatus, after?: DraftsPageKey) =>
  after
    ? IDBKeyRange.bound([status], after, false, true)
    : // An array sorts after every string, so this is above every key with this status.
      IDBKeyRange.bound([status], [status, []]);

/** How many real drafts have this status (all of them, with none), without opening any. */
export function countDrafts(status?: DraftStatus): Promise<number> {
  currentDataKey();
  return transact('drafts', 'readonly', (tx) =>
    status
      ? tx.objectStore('drafts').index('byStatus').count(withStatus(status))
      : tx.objectStore('drafts').count(),
  );
}

/** The byStatus index's rows of a page of drafts with this status, most recently saved first. */
const readPage = (
  tx: Transaction<'drafts', 'readonly'>,
  status: DraftStatus,
  after: DraftsPageKey | undefined,
  limit: number,
) => newestFirst(tx.objectStore('drafts').index('byStatus'), withStatus(status, after), limit);

async function openPage(
  rows: Legacy<StoredDraft, DraftEnvelope>[],
  limit: number,
): Promise<Page<DraftEnvelope, DraftsPageKey>> {
  const last = rows.at(-1);
  return {
    items: await Promise.all(rows.map(openDraft)),
    next: last && rows.length === limit ? [last.status, last.updatedAt, last.id] : undefined,
  };
}

/** A page of real drafts with this status, most recently saved first, going on after `after`. */
export async function draftsPage(
  status: DraftStatus,
  after?: DraftsPageKey,
  limit = pageSize,
): Promise<Page<DraftEnvelope, DraftsPageKey>> {
  currentDataKey();
  const rows = await transact('drafts', 'readonly', (tx) => readPage(tx, status, after, limit));
  return openPage(rows, limit);
}

/** How many real drafts have this status and the first page of them, read in one transaction. */
export async function draftsOverview(
  status: DraftStatus,
  limit = pageSize,
): Promise<{ total: number; page: Page<DraftEnvelope, DraftsPageKey> }> {
  currentDataKey();
  const [total, rows] = await transact('drafts', 'readonly', (tx) =>
    Promise.all([
      tx.objectStore('drafts').index('byStatus').count(withStatus(status)),
      readPage(tx, status, undefined, limit),
    ]),
  );
  return { total, page: await openPage(rows, limit) };
}

/** Real drafts with this status whose case reference contains `search`, most recently saved first. */
export const findDrafts = (status: DraftStatus, search: string): Promise<DraftEnvelope[]> =>
  findByReference(
    (after: DraftsPageKey | undefined, limit) => draftsPage(status, after, limit),
    (draft) => draft.caseReference,
    search,
  );

/** All real drafts (or, with `training`, all practice runs), most recently saved first. */
export async function listDrafts(options: { training?: boolean } = {}): Promise<DraftEnvelope[]> {
  const store = options.training ? 'trainingDrafts' : 'drafts';
  currentDataKey();
  const rows = await transact(store, 'readonly', (tx) => tx.objectStore(store).index('byUpdated').getAll());
  return Promise.all(rows.reverse().map(openDraft));
}

export const deleteDraft = (id: string): Promise<void> =>
  oneAtATime(id, () => transact(storeOf(id), 'readwrite', (tx) => tx.objectStore(storeOf(id)).delete(id)));
