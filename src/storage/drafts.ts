// Drafts: a journey in progress, kept on this device as a versioned envelope around the machine's
// persisted snapshot. Saved means committed: every write uses strict durability and resolves only
// once the transaction has completed.
import type { Edition } from '../../content/schema';
import type { Answer } from '../../machines/journey';
import type { AuditTrail } from '../record/audit';
import { database } from './db';
import { toStorageError } from './errors';
import type { ScenarioKind } from '../../content/scenarios';

export interface DraftEnvelope {
  id: string;
  /** The envelope's own format, for migrations of stored drafts. */
  format: 1;
  journeyId: string;
  journeyVersion: number;
  /** The editions of the guidance the draft was started with. */
  editions: Edition[];
  caseReference: string;
  /** The machine's persisted snapshot (answers, path, current step). */
  snapshot: unknown;
  /**
   * What the worker has typed or chosen on a step but not yet continued from, by step, so that it is
   * there when they come back to that step even after a crash.
   */
  pending: Record<string, Answer>;
  /** Every answer given or changed, hash-chained; absent until the first answer. */
  audit?: AuditTrail;
  /** What the worker has typed into the record form before signing, by field. */
  recordForm?: Record<string, string>;
  /** Set once the journey's decision record has been signed. */
  recordId?: string;
  /** Present on practice runs: which scenario is being practised. Such drafts never become records. */
  training?: TrainingLink;
  status: 'inProgress' | 'complete';
  createdAt: string;
  updatedAt: string;
}

export interface TrainingLink {
  /** One of the scenario kinds declared in content/scenarios/kinds.ts. */
  kind: ScenarioKind;
  scenarioId: string;
}

const strict = { durability: 'strict' } as const;

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
  try {
    const db = await database();
    const tx = db.transaction(storeOf(draft.id), 'readwrite', strict);
    await Promise.all([tx.store.add(draft), tx.done]);
    return draft;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Changes a stored draft; resolves with the stored envelope once the write has committed. */
async function updateDraft(
  id: string,
  changes: (
    existing: DraftEnvelope,
  ) => Partial<Pick<DraftEnvelope, 'snapshot' | 'status' | 'caseReference' | 'pending' | 'audit' | 'recordForm' | 'recordId'>>,
): Promise<DraftEnvelope> {
  try {
    const db = await database();
    const tx = db.transaction(storeOf(id), 'readwrite', strict);
    const existing = await tx.store.get(id);
    if (!existing) throw new Error(`Draft ${id} is no longer on this device`);
    const updated: DraftEnvelope = { ...existing, ...changes(existing), updatedAt: now() };
    await Promise.all([tx.store.put(updated), tx.done]);
    return updated;
  } catch (error) {
    throw toStorageError(error);
  }
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

export async function getDraft(id: string): Promise<DraftEnvelope | undefined> {
  try {
    return await (await database()).get(storeOf(id), id);
  } catch (error) {
    throw toStorageError(error, 'unavailable');
  }
}

/** All real drafts (or, with `training`, all practice runs), most recently saved first. */
export async function listDrafts(options: { training?: boolean } = {}): Promise<DraftEnvelope[]> {
  try {
    const drafts = await (await database()).getAllFromIndex(options.training ? 'trainingDrafts' : 'drafts', 'byUpdated');
    return drafts.reverse();
  } catch (error) {
    throw toStorageError(error, 'unavailable');
  }
}

export async function deleteDraft(id: string): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction(storeOf(id), 'readwrite', strict);
    await Promise.all([tx.store.delete(id), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}
