// Nothing of any case is shown until protection is set up and the app is unlocked. Unlocked, the app
// locks itself after the chosen time without use; locked, only the unlock screen can be reached, and
// the route is kept so the worker comes back to the same step.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { href } from '../../app/routes';
import { isUnlocked, lock, onLockChange } from '../../storage/keyring';
import { onProtectionSettingsChange, protectionState, type ProtectionState } from '../../storage/protection';
import { AutoLock } from './AutoLock';
import { lazyScreen } from '../../app/lazyScreen';

// Setting up is done once on a device: its code (and the passphrase rules) loads only then.
const SetUpProtectionScreen = lazyScreen(() =>
  import('./SetUpProtectionScreen').then((module) => module.setUpProtectionScreenForThisDevice()),
);
const RecoveryCodeScreen = lazyScreen(() =>
  import('./SetUpProtectionScreen').then((module) => module.RecoveryCodeScreen),
);
import { UnlockScreen } from './UnlockScreen';

/** Whether the app is unlocked now, following every lock and unlock (in this tab or another). */
export function useUnlocked(): boolean {
  const [unlocked, setUnlocked] = useState(isUnlocked);
  useEffect(() => {
    const stop = onLockChange(setUnlocked);
    // Another tab may have handed over the key between the first render and now.
    setUnlocked(isUnlocked());
    return stop;
  }, []);
  return unlocked;
}

/**
 * The device's protection, read before the app takes the page over, with the set-up screen's code
 * (which finds out whether the device offers a passkey) on a new device: the app is then drawn once
 * with its first screen, over the opening of the set-up screen that index.html already shows
 * (vite.config.ts), rather than empty first. Undefined where storage cannot be read: the gate reads it
 * again, and the app says what is wrong.
 */
export async function firstProtectionState(): Promise<ProtectionState | undefined> {
  try {
    const protection = await protectionState();
    // Not loaded (offline before the app was kept on the device): the screen says so once it is drawn.
    if (!protection.setUp) await SetUpProtectionScreen.preload().catch(() => undefined);
    return protection;
  } catch {
    return undefined;
  }
}

export function ProtectionGate({
  children,
  initialProtection,
}: {
  children: ComponentChildren;
  /** The protection read before the first render (firstProtectionState). */
  initialProtection?: ProtectionState;
}) {
  const unlocked = useUnlocked();
  const [protection, setProtection] = useState(initialProtection);
  const [recoveryCode, setRecoveryCode] = useState<string>();
  const refresh = () => void protectionState().then(setProtection);
  useEffect(refresh, [unlocked]);
  useEffect(() => onProtectionSettingsChange(refresh), []);

  if (!protection) return null;
  if (recoveryCode)
    return <RecoveryCodeScreen recoveryCode={recoveryCode} onDone={() => setRecoveryCode(undefined)} />;
  if (!protection.setUp && !unlocked) return <SetUpProtectionScreen onSetUp={setRecoveryCode} />;
  if (!unlocked) return <UnlockScreen protection={protection} onAttempt={refresh} />;
  return (
    <>
      <AutoLock minutes={protection.autoLockMinutes} />
      {children}
    </>
  );
}

/** "Lock now", one tap away on every screen while the app is unlocked. */
export function LockNowButton() {
  const unlocked = useUnlocked();
  if (!unlocked) return null;
  return (
    <div class="header__actions">
      <a class="header__link" href={href({ name: 'lockSettings' })}>
        Lock settings
      </a>
      <button type="button" class="header__lock" onClick={() => void lock()}>
        Lock now
      </button>
    </div>
  );
}
