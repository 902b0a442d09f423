// A draft being worked on: the journey's actor restored from storage, every snapshot saved as it
// happens, and the "Saved" status that changes only once a write has committed.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor, type SnapshotFrom } from 'xstate';
import type { Journey } from '../../machines';
import {
  currentStep,
  type Answer,
  type JourneyContext,
  type JourneyEvent,
  type JourneyMachine,
} from '../../machines/journey';
import { appendAuditEvent, startAuditTrail, type AuditInput, type AuditTrail } from '../record/audit';
import { isoWithOffset } from '../record/time';
import { saveDraftSnapshot, savePendingInput } from '../storage/drafts';
import { toStorageError } from '../storage/errors';
import { beforeLocking } from '../storage/keyring';
import type { DraftEnvelope } from '../storage/schema';

export type SaveStatus =
  { state: 'saved'; at: string } | { state: 'saving' } | { state: 'failed'; message: string };

type Snapshot = SnapshotFrom<JourneyMachine>;

/** How long typing may pause before the unsubmitted text is written to the device. */
const inputSaveDelayMs = 400;

/** The audit event for what the worker did, with the device clock and the monotonic clock read now. */
function auditAction(event: JourneyEvent, context: JourneyContext): AuditInput {
  const step = event.type === 'CHANGE' ? event.step : (currentStep(context) ?? '');
  const clocks = {
    wallClock: isoWithOffset(new Date()),
    elapsedMs: performance.now(),
    session: String(performance.timeOrigin),
  };
  switch (event.type) {
    case 'ANSWER':
      return { type: context.changing ? 'change' : 'answer', step, answer: event.answer, ...clocks };
    case 'CHANGE':
      return { type: 'change', step, ...clocks };
    case 'BACK':
      return { type: 'back', step, ...clocks };
    case 'CONTINUE':
      return { type: 'continue', step, ...clocks };
    case 'FINISH':
      return { type: 'finish', step, ...clocks };
    case 'START_TASK':
      return { type: 'startTask', step: event.task, ...clocks };
  }
}

/**
 * `mayWrite` says whether this tab still holds the draft: once another tab has taken it over, nothing
 * more is written from here.
 */
export function useDraftSession(journey: Journey, draft: DraftEnvelope, mayWrite: () => boolean) {
  const actor = useMemo(
    () =>
      createActor(
        journey.machine,
        draft.snapshot ? { snapshot: draft.snapshot as never } : undefined,
      ).start(),
    [journey, draft.id],
  );
  const [snapshot, setSnapshot] = useState<Snapshot>(() => actor.getSnapshot());
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'saved', at: draft.updatedAt });
  const mayWriteNow = useRef(mayWrite);
  mayWriteNow.current = mayWrite;

  // Made once per draft, so a screen given them is not drawn again when only the save status changes,
  // and typing draws only the field typed in: what has been typed is kept here, not in the render state,
  // and read when a step's screen opens.
  const session = useMemo(() => {
    // Writes run one after another, so the last answer given is the last one stored.
    let queue: Promise<unknown> = Promise.resolve();
    let writesQueued = 0;
    let inputTimer: ReturnType<typeof setTimeout> | undefined;
    let unsavedInput: { step: string; input: Answer } | undefined;
    const pending: Record<string, Answer> = { ...draft.pending };
    let auditTrail: AuditTrail = draft.audit ?? startAuditTrail();
    // What the worker just did, timed when they did it; recorded with the snapshot it produced.
    let lastAction: AuditInput | undefined;

    const write = (run: () => Promise<DraftEnvelope>) => {
      const number = ++writesQueued;
      setSaveStatus({ state: 'saving' });
      // "Saved" only once the latest write has committed, not an earlier one still ahead in the queue.
      const isLatest = () => number === writesQueued;
      queue = queue
        .then(
          () =>
            mayWriteNow.current() &&
            run().then((stored) => isLatest() && setSaveStatus({ state: 'saved', at: stored.updatedAt })),
        )
        .catch((error) => setSaveStatus({ state: 'failed', message: toStorageError(error).message }));
      return queue;
    };

    const flushInput = () => {
      clearTimeout(inputTimer);
      const unsaved = unsavedInput;
      unsavedInput = undefined;
      if (unsaved) write(() => savePendingInput(draft.id, unsaved.step, unsaved.input));
    };

    const saveSnapshot = (answered: string | undefined, action: AuditInput | undefined) => {
      const persisted = actor.getPersistedSnapshot();
      const status = actor.getSnapshot().status === 'done' ? 'complete' : 'inProgress';
      return write(async () => {
        if (action) auditTrail = await appendAuditEvent(auditTrail, action);
        return saveDraftSnapshot(draft.id, persisted, status, answered, auditTrail);
      });
    };

    return {
      /** Saves each new snapshot as it happens; returns what stops it. */
      start() {
        let previous = actor.getSnapshot();
        const subscription = actor.subscribe((next: Snapshot) => {
          if (next === previous) return;
          const answered = currentStep(previous.context);
          previous = next;
          setSnapshot(next);
          const action = lastAction;
          lastAction = undefined;
          void saveSnapshot(answered, action);
        });
        // Before the app locks, what is being typed is saved (encrypted), so it is there after unlocking.
        const unregister = beforeLocking(() => {
          flushInput();
          return queue;
        });
        return () => {
          unregister();
          subscription.unsubscribe();
          flushInput();
          actor.stop();
        };
      },

      /** What the worker has typed on a step and not yet submitted, if anything. */
      unsubmitted: (step: string): Answer | undefined => pending[step],

      /** Keeps what the worker has typed on a step, before Continue, so a crash or Back does not lose it. */
      recordInput(step: string, input: Answer) {
        pending[step] = input;
        unsavedInput = { step, input };
        clearTimeout(inputTimer);
        inputTimer = setTimeout(flushInput, inputSaveDelayMs);
      },

      send(event: JourneyEvent) {
        lastAction = auditAction(event, actor.getSnapshot().context);
        if (event.type === 'ANSWER') {
          // The answer supersedes the unsubmitted input; the snapshot write clears it from storage.
          clearTimeout(inputTimer);
          unsavedInput = undefined;
          const step = currentStep(actor.getSnapshot().context);
          if (step) delete pending[step];
        } else {
          flushInput();
        }
        actor.send(event);
      },

      retrySave: () => saveSnapshot(undefined, undefined),

      /** Saves what has been typed but not yet saved, and resolves once every write has finished. */
      async settle() {
        flushInput();
        await queue;
      },
    };
  }, [actor]);

  // Listening starts as the screen is drawn, before it is painted: an answer given the moment it appears
  // is saved like any other.
  useLayoutEffect(() => session.start(), [session]);

  const { unsubmitted, recordInput, send, retrySave, settle } = session;
  return { actor, snapshot, saveStatus, unsubmitted, recordInput, send, retrySave, settle };
}
