import { createActor } from 'xstate';
import { editions } from '../../content/editions';
import { loadJourney } from '../../machines';
import { requestPersistentStorage } from '../storage/device';
import { createDraft } from '../storage/drafts';
import type { DraftEnvelope, TrainingLink } from '../storage/schema';

/** Creates a draft of a journey at its first step, with the editions of the guidance it uses. */
export async function startDraft(
  journeyId: string,
  caseReference: string,
  training?: TrainingLink,
): Promise<DraftEnvelope> {
  const journey = await loadJourney(journeyId);
  if (!journey) throw new Error('This journey could not be loaded.');
  // From the first case on, the browser is asked not to clear what is stored; it decides on its own.
  void requestPersistentStorage();
  const fresh = createActor(journey.machine).start();
  try {
    return await createDraft({
      journeyId: journey.id,
      journeyVersion: journey.version,
      editions: journey.documents.map((doc) => editions[doc]),
      caseReference,
      snapshot: fresh.getPersistedSnapshot(),
      training,
    });
  } finally {
    fresh.stop();
  }
}
