// Starting a draft: it is stored at the journey's first step before anything is shown, and the screen
// that opens it next is handed exactly what was stored, once.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../machines';
import { prepareDraft, startDraft, takeCreatedDraft } from '../../src/app/startDraft';
import { getDraft } from '../../src/storage/drafts';

describe('starting a draft', () => {
  it('stores it at the first step, and hands over exactly what was stored, once', async () => {
    const started = await startDraft('non-engagement', 'REF-1');
    const stored = await getDraft(started.id);
    expect(stored).toMatchObject({ caseReference: 'REF-1', journeyId: 'non-engagement' });
    const handed = takeCreatedDraft(started.id);
    expect(handed?.draft).toEqual(stored);
    expect(handed?.journey.id).toBe('non-engagement');
    expect(takeCreatedDraft(started.id)).toBeUndefined();
  });

  it('hands over nothing to a screen opening another draft', async () => {
    const first = await startDraft('collusion', 'REF-2');
    await startDraft('collusion', 'REF-3');
    expect(takeCreatedDraft(first.id)).toBeUndefined();
  });

  it('starts every draft at the step a fresh run of the machine starts at, each with its own copy', async () => {
    const journey = await loadJourney('non-engagement');
    const fresh = createActor(journey!.machine).start();
    const expected = fresh.getPersistedSnapshot();
    fresh.stop();
    await prepareDraft('non-engagement');
    const one = await startDraft('non-engagement', 'REF-4');
    const two = await startDraft('non-engagement', 'REF-5');
    expect(one.snapshot).toEqual(expected);
    expect(two.snapshot).toEqual(expected);
    expect(two.snapshot).not.toBe(one.snapshot);
    expect((await getDraft(two.id))?.snapshot).toEqual(expected);
  });
});
