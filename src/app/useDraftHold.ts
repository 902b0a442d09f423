// One tab at a time holds a draft, so two tabs of the same draft never write over each other's answers.
// The holding tab keeps a Web Lock named after the draft; another tab opening it is told it is open
// elsewhere and may take it over. Taking over asks the holder to save what it has and let go; a holder
// that does not answer (a frozen tab) has the lock taken from it, and then stops writing.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onOtherTabs, tellOtherTabs } from './otherTabs';

export type HoldState = 'waiting' | 'held' | 'elsewhere' | 'takenOver';

export interface DraftHold {
  state: HoldState;
  /** Counts the times this tab has got the draft, so the draft is read afresh each time. */
  generation: number;
  /** Whether this tab may write the draft now. */
  mayWrite: () => boolean;
  /** What must happen before the draft is let go: saving anything not yet saved. */
  settleBeforeRelease: (settle: (() => Promise<void>) | undefined) => void;
  takeOver: () => void;
}

/** How long a taking-over tab waits for the holder to save and let go before taking the lock from it. */
const handOverWaitMs = 3000;

const lockName = (draftId: string) => `safeguarding-adults-decision-aid:draft:${draftId}`;

const locksSupported = () => typeof navigator !== 'undefined' && 'locks' in navigator;

interface HeldLock {
  release: () => void;
}

/**
 * Requests the draft's lock; resolves with it once granted (kept until released), or undefined if not
 * granted. `onTaken` is called if another tab later takes it without waiting.
 */
function requestLock(draftId: string, options: LockOptions, onTaken: () => void) {
  return new Promise<HeldLock | undefined>((resolve, reject) => {
    let granted = false;
    navigator.locks
      .request(lockName(draftId), options, (lock) => {
        if (!lock) return resolve(undefined);
        granted = true;
        return new Promise<void>((done) => resolve({ release: done }));
      })
      .catch((error: unknown) => (granted ? onTaken() : reject(error)));
  });
}

// A draft this tab has just created is held before its screen opens, so the screen opens on its first
// question at once rather than painting "Opening…" while it asks for the lock. No other tab can know the
// draft yet, so the lock is free; it is held exactly as the screen would hold it.
interface NewDraftHold extends HeldLock {
  draftId: string;
  /** What to do if another tab takes the lock from the screen that took this hold. */
  onTaken: (taken: () => void) => void;
}
let newDraftHold: NewDraftHold | undefined;

/** Holds a draft this tab has just created, for the screen that opens it next. */
export async function holdNewDraft(draftId: string): Promise<void> {
  if (!locksSupported()) return;
  // One not opened (the worker went elsewhere before its screen came) is let go.
  newDraftHold?.release();
  newDraftHold = undefined;
  let whenTaken: (() => void) | undefined;
  const hold: NewDraftHold = {
    draftId,
    release: () => undefined,
    onTaken: (taken) => (whenTaken = taken),
  };
  const lock = await requestLock(draftId, { ifAvailable: true }, () => {
    // Taken before its screen opened: the screen asks for the lock itself, and finds it held elsewhere.
    if (newDraftHold === hold) newDraftHold = undefined;
    whenTaken?.();
  });
  if (!lock) return;
  hold.release = lock.release;
  newDraftHold = hold;
}

/** The hold on this draft if this tab has just created it (handed over once); any other is let go. */
function takeNewDraftHold(draftId: string) {
  const held = newDraftHold;
  newDraftHold = undefined;
  if (held?.draftId === draftId) return held;
  held?.release();
  return undefined;
}

// A draft whose screen has closed is let go once what was being typed is saved. Opened again in this tab
// before then, it waits for that rather than finding its own lock held and saying it is open in another
// tab.
const lettingGo = new Map<string, Promise<void>>();

export function useDraftHold(draftId: string): DraftHold {
  const supported = locksSupported();
  const [state, setState] = useState<HoldState>(supported ? 'waiting' : 'held');
  const [generation, setGeneration] = useState(supported ? 0 : 1);
  const release = useRef<(() => void) | undefined>(undefined);
  const settle = useRef<(() => Promise<void>) | undefined>(undefined);
  const unmounted = useRef(false);

  // Another tab took the lock without waiting: this tab must not write again.
  const taken = () => {
    release.current = undefined;
    if (!unmounted.current) setState('takenOver');
  };

  /** Requests the lock; resolves with whether it was granted, and keeps it until released or stolen. */
  const acquire = (options: LockOptions) =>
    requestLock(draftId, options, taken).then((lock) => {
      if (!lock) return false;
      if (unmounted.current) {
        lock.release();
        return false;
      }
      release.current = lock.release;
      return true;
    });

  const got = () => {
    setGeneration((count) => count + 1);
    setState('held');
  };

  // Asked for as soon as the screen is rendered, not after it has been painted: the draft opens sooner.
  useLayoutEffect(() => {
    if (!supported) return undefined;
    unmounted.current = false;
    const created = takeNewDraftHold(draftId);
    if (created) {
      release.current = created.release;
      created.onTaken(taken);
      got();
    } else {
      (lettingGo.get(draftId) ?? Promise.resolve())
        .then(() => acquire({ ifAvailable: true }))
        .then(
          (held) => (held ? got() : setState('elsewhere')),
          () => setState('elsewhere'),
        );
    }
    const stop = onOtherTabs(async (message) => {
      if (message.type !== 'handOver' || message.draftId !== draftId || !release.current) return;
      await settle.current?.();
      setState('takenOver');
      release.current?.();
      release.current = undefined;
    });
    return () => {
      unmounted.current = true;
      stop();
      // Whatever is still being saved is saved before another tab may open the draft.
      const letGo = (settle.current?.() ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => {
          release.current?.();
          release.current = undefined;
          if (lettingGo.get(draftId) === letGo) lettingGo.delete(draftId);
        });
      lettingGo.set(draftId, letGo);
    };
  }, [draftId]);

  const takeOver = () => {
    setState('waiting');
    tellOtherTabs({ type: 'handOver', draftId });
    acquire({ signal: AbortSignal.timeout(handOverWaitMs) })
      .catch(() => acquire({ steal: true }))
      .then((held) => held && got());
  };

  return {
    state,
    generation,
    mayWrite: () => !supported || !!release.current,
    settleBeforeRelease: (fn) => {
      settle.current = fn;
    },
    takeOver,
  };
}
