// The app itself, started by main.ts once the page's text is painted.
import { hydrate } from 'preact';
import { App } from './app/App';
import { checkStorageAvailable } from './storage/db';
import { syncLockAcrossTabs } from './protection/tabs';
import { firstProtectionState } from './screens/protection/ProtectionGate';

// Storage is checked before anything is shown: a worker must know before the first question whether
// their answers can be kept.
syncLockAcrossTabs();
// The page's frame is already in index.html, rendered at build time, with the opening of the set-up
// screen on a new device: the app takes it over, drawn once with the screen this device starts on.
void Promise.all([checkStorageAvailable(), firstProtectionState()]).then(([storageProblem, protection]) => {
  hydrate(<App storageProblem={storageProblem} protection={protection} />, document.getElementById('app')!);
});
