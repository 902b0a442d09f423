// A draft being worked on: the journey's actor restored from storage, every snapshot saved as it
// happens, and the "Saved" status that changes only once a write has committed.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
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
  const [pending, setPending] = useState<Record<string, Answer>>(draft.pending ?? {});
  // Writes run one after another, so the last answer given is the last one stored.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inputTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const unsavedInput = useRef<{ step: string; input: Answer } | undefined>(undefined);

  const writesQueued = useRef(0);
  const auditTrail = useRef<AuditTrail>(draft.audit ?? startAuditTrail());
  // What the worker just did, timed when they did it; recorded with the snapshot it produced.
  const lastAction = useRef<AuditInput | undefined>(undefined);

  const write = (run: () => Promise<DraftEnvelope>) => {
    const number = ++writesQueued.current;
    setSaveStatus({ state: 'saving' });
    // "Saved" only once the latest write has committed, not an earlier one still ahead in the queue.
    const isLatest = () => number === writesQueued.current;
    queue.current = queue.current
      .then(
        () =>
          mayWrite() &&
          run().then((stored) => isLatest() && setSaveStatus({ state: 'saved', at: stored.updatedAt })),
      )
      .catch((error) => setSaveStatus({ state: 'failed', message: toStorageError(error).message }));
    return queue.current;
  };

  useEffect(() => {
    let previous = actor.getSnapshot();
    const subscription = actor.subscribe((next: Snapshot) => {
      if (next === previous) return;
      const answered = currentStep(previous.context);
      previous = next;
      setSnapshot(next);
      const action = lastAction.current;
      lastAction.current = undefined;
      const persisted = actor.getPersistedSnapshot();
      write(async () => {
        if (action) auditTrail.current = await appendAuditEvent(auditTrail.current, action);
        return saveDraftSnapshot(
          draft.id,
          persisted,
          next.status === 'done' ? 'complete' : 'inProgress',
          answered,
          auditTrail.current,
        );
      });
    });
    // Before the app locks, what is being typed is saved (encrypted), so it is there after unlocking.
    const unregister = beforeLocking(() => {
      flushInput();
      return queue.current;
    });
    return () => {
      unregister();
      subscription.unsubscribe();
      flushInput();
      actor.stop();
    };
  }, [actor]);

  const flushInput = () => {
    clearTimeout(inputTimer.current);
    const unsaved = unsavedInput.current;
    unsavedInput.current = undefined;
    if (unsaved) write(() => savePendingInput(draft.id, unsaved.step, unsaved.input));
  };

  /** Keeps what the worker has typed on a step, before Continue, so a crash or Back does not lose it. */
  const recordInput = (step: string, input: Answer) => {
    setPending((current) => ({ ...current, [step]: input }));
    unsavedInput.current = { step, input };
    clearTimeout(inputTimer.current);
    inputTimer.current = setTimeout(flushInput, inputSaveDelayMs);
  };

  const send = (event: JourneyEvent) => {
    lastAction.current = auditAction(event, actor.getSnapshot().context);
    if (event.type === 'ANSWER') {
      // The answer supersedes the unsubmitted input; the snapshot write clears it from storage.
      clearTimeout(inputTimer.current);
      unsavedInput.current = undefined;
      const step = currentStep(actor.getSnapshot().context);
      if (step) setPending(({ [step]: _spent, ...rest }) => rest);
    } else {
      flushInput();
    }
    actor.send(event);
  };

  const retrySave = () =>
    write(() =>
      saveDraftSnapshot(
        draft.id,
        actor.getPersistedSnapshot(),
        actor.getSnapshot().status === 'done' ? 'complete' : 'inProgress',
        undefined,
        auditTrail.current,
      ),
    );

  /** Saves what has been typed but not yet saved, and resolves once every write has finished. */
  const settle = async () => {
    flushInput();
    await queue.current;
  };

  return { actor, snapshot, saveStatus, pending, recordInput, send, retrySave, settle };
}
