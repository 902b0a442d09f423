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

export function useDraftHold(draftId: string): DraftHold {
  const supported = typeof navigator !== 'undefined' && 'locks' in navigator;
  const [state, setState] = useState<HoldState>(supported ? 'waiting' : 'held');
  const [generation, setGeneration] = useState(supported ? 0 : 1);
  const release = useRef<(() => void) | undefined>(undefined);
  const settle = useRef<(() => Promise<void>) | undefined>(undefined);
  const unmounted = useRef(false);

  /** Requests the lock; resolves with whether it was granted, and keeps it until released or stolen. */
  const acquire = (options: LockOptions) =>
    new Promise<boolean>((resolve, reject) => {
      let granted = false;
      navigator.locks
        .request(lockName(draftId), options, (lock) => {
          if (!lock) return resolve(false);
          granted = true;
          if (unmounted.current) return resolve(false);
          resolve(true);
          return new Promise<void>((done) => (release.current = done));
        })
        .catch((error: unknown) => {
          if (!granted) return reject(error);
          // Another tab took the lock without waiting: this tab must not write again.
          release.current = undefined;
          if (!unmounted.current) setState('takenOver');
        });
    });

  const got = () => {
    setGeneration((count) => count + 1);
    setState('held');
  };

  // Asked for as soon as the screen is rendered, not after it has been painted: the draft opens sooner.
  useLayoutEffect(() => {
    if (!supported) return undefined;
    unmounted.current = false;
    acquire({ ifAvailable: true }).then(
      (held) => (held ? got() : setState('elsewhere')),
      () => setState('elsewhere'),
    );
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
      void (settle.current?.() ?? Promise.resolve()).finally(() => {
        release.current?.();
        release.current = undefined;
      });
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
