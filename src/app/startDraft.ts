import { createActor } from 'xstate';
import { editions } from '../../content/editions';
import { loadJourney, type Journey } from '../../machines';
import { requestPersistentStorage } from '../storage/device';
import { createDraft } from '../storage/drafts';
import type { DraftEnvelope, TrainingLink } from '../storage/schema';
import { holdNewDraft } from './useDraftHold';

// A journey's first step is the same for every draft: worked out once per machine (which also readies
// XState's own tables for it), so starting a draft does not wait for it.
const firstSnapshots = new WeakMap<Journey['machine'], unknown>();

function firstSnapshotOf(journey: Journey): unknown {
  let first = firstSnapshots.get(journey.machine);
  if (first === undefined) {
    const fresh = createActor(journey.machine).start();
    first = fresh.getPersistedSnapshot();
    fresh.stop();
    firstSnapshots.set(journey.machine, first);
  }
  // Each draft has its own copy, so nothing one draft does can reach another's.
  return structuredClone(first);
}

/**
 * Loads a journey and works out its first step ahead of time, while the worker is typing the case
 * reference, so that Start goes straight to the first question.
 */
export async function prepareDraft(journeyId: string): Promise<void> {
  const journey = await loadJourney(journeyId);
  if (journey) firstSnapshotOf(journey);
}

// The draft this tab has just created, exactly as it was stored, for the journey screen that opens it
// next: it need not read back and decrypt what it has only just encrypted and written.
let justCreated: { draft: DraftEnvelope; journey: Journey } | undefined;

/** The draft with this id if this tab has just created it (handed over once), with its journey. */
export function takeCreatedDraft(id: string): { draft: DraftEnvelope; journey: Journey } | undefined {
  const created = justCreated?.draft.id === id ? justCreated : undefined;
  justCreated = undefined;
  return created;
}

/**
 * Creates a draft of a journey at its first step, with the editions of the guidance it uses, held by this
 * tab for the screen that opens it.
 */
export async function startDraft(
  journeyId: string,
  caseReference: string,
  training?: TrainingLink,
): Promise<DraftEnvelope> {
  const journey = await loadJourney(journeyId);
  if (!journey) throw new Error('This journey could not be loaded.');
  // From the first case on, the browser is asked not to clear what is stored; it decides on its own.
  void requestPersistentStorage();
  const draft = await createDraft({
    journeyId: journey.id,
    journeyVersion: journey.version,
    editions: journey.documents.map((doc) => editions[doc]),
    caseReference,
    snapshot: firstSnapshotOf(journey),
    training,
  });
  await holdNewDraft(draft.id);
  justCreated = { draft, journey };
  return draft;
}
