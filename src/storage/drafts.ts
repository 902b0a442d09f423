// Drafts: a journey in progress, kept on this device as a versioned envelope around the machine's
// persisted snapshot. Saved means committed: every write uses strict durability and resolves only
// once the transaction has completed.
import type { Answer } from '../../machines/journey';
import type { AuditTrail } from '../record/audit';
import { transact } from './db';
import type { DraftEnvelope } from './schema';

/** Practice runs live in their own store, so they can never appear among real drafts. */
const trainingIdPrefix = 'training-';
const storeOf = (id: string) => (id.startsWith(trainingIdPrefix) ? 'trainingDrafts' : 'drafts');

const now = () => new Date().toISOString();

export async function createDraft(
  fields: Pick<DraftEnvelope, 'journeyId' | 'journeyVersion' | 'editions' | 'caseReference' | 'snapshot' | 'training'>,
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
  await transact(storeOf(draft.id), 'readwrite', (tx) => tx.objectStore(storeOf(draft.id)).add(draft));
  return draft;
}

/** Changes a stored draft; resolves with the stored envelope once the write has committed. */
async function updateDraft(
  id: string,
  changes: (
    existing: DraftEnvelope,
  ) => Partial<Pick<DraftEnvelope, 'snapshot' | 'status' | 'caseReference' | 'pending' | 'audit' | 'recordForm' | 'recordId'>>,
): Promise<DraftEnvelope> {
  return transact(storeOf(id), 'readwrite', async (tx) => {
    const store = tx.objectStore(storeOf(id));
    const existing = await store.get(id);
    if (!existing) throw new Error(`Draft ${id} is no longer on this device`);
    const updated: DraftEnvelope = { ...existing, ...changes(existing), updatedAt: now() };
    await store.put(updated);
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

export const saveRecordForm = (id: string, recordForm: Record<string, string>) =>
  updateDraft(id, () => ({ recordForm }));

export const savePendingInput = (id: string, step: string, input: Answer) =>
  updateDraft(id, (existing) => ({ pending: { ...existing.pending, [step]: input } }));

export const changeCaseReference = (id: string, caseReference: string) =>
  updateDraft(id, () => ({ caseReference }));

export const getDraft = (id: string): Promise<DraftEnvelope | undefined> =>
  transact(storeOf(id), 'readonly', (tx) => tx.objectStore(storeOf(id)).get(id));

/** All real drafts (or, with `training`, all practice runs), most recently saved first. */
export async function listDrafts(options: { training?: boolean } = {}): Promise<DraftEnvelope[]> {
  const store = options.training ? 'trainingDrafts' : 'drafts';
  const drafts = await transact(store, 'readonly', (tx) => tx.objectStore(store).index('byUpdated').getAll());
  return drafts.reverse();
}

export const deleteDraft = (id: string): Promise<void> =>
  transact(storeOf(id), 'readwrite', (tx) => tx.objectStore(storeOf(id)).delete(id));
