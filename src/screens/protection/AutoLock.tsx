// Locks the app after a period without use, warning a minute ahead with a way to stay unlocked
// (WCAG 2.2.1: at least 20 seconds to answer). Any key, tap or scroll counts as use.
import { useEffect, useRef, useState } from 'preact/hooks';
import { lock } from '../../storage/keyring';

const activityEvents = ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'] as const;

/** When to warn, in ms after the last use: a minute before the lock, or halfway for a one-minute lock. */
export const warnAfterMs = (minutes: number) => Math.max(minutes * 60_000 - 60_000, (minutes * 60_000) / 2);

export function AutoLock({ minutes }: { minutes: number }) {
  const [warningFrom, setWarningFrom] = useState<Element | null>();
  const stay = useRef<HTMLButtonElement>(null);
  const schedule = useRef<() => void>(() => undefined);

  useEffect(() => {
    let warnTimer: ReturnType<typeof setTimeout>;
    let lockTimer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(warnTimer);
      clearTimeout(lockTimer);
      setWarningFrom(undefined);
      warnTimer = setTimeout(() => setWarningFrom(document.activeElement), warnAfterMs(minutes));
      lockTimer = setTimeout(() => void lock(), minutes * 60_000);
    };
    schedule.current = restart;
    restart();
    activityEvents.forEach((type) =>
      document.addEventListener(type, restart, { capture: true, passive: true }),
    );
    return () => {
      clearTimeout(warnTimer);
      clearTimeout(lockTimer);
      activityEvents.forEach((type) => document.removeEventListener(type, restart, { capture: true }));
    };
  }, [minutes]);

  useEffect(() => {
    if (warningFrom !== undefined) stay.current?.focus();
  }, [warningFrom]);

  if (warningFrom === undefined) return null;
  return (
    <div class="notification-banner lock-warning" role="alert" aria-labelledby="lock-warning-title">
      <h2 class="notification-banner__title" id="lock-warning-title">
        The app will lock in a minute
      </h2>
      <p class="body">
        It has not been used for a while. What you have typed will be saved before it locks, and you will come
        back to it when you unlock.
      </p>
      <button
        ref={stay}
        type="button"
        class="button"
        onClick={() => {
          const from = warningFrom;
          schedule.current();
          if (from instanceof HTMLElement) from.focus();
        }}
      >
        Stay unlocked
      </button>
    </div>
  );
}
