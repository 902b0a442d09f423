import { hydrate } from 'preact';
import { App } from './app/App';
import { checkStorageAvailable } from './storage/db';
import { syncLockAcrossTabs } from './protection/tabs';
import './styles.css';

// Storage is checked before anything is shown: a worker must know before the first question whether
// their answers can be kept.
syncLockAcrossTabs();
// The page's frame is already in index.html, rendered at build time: the app takes it over.
checkStorageAvailable().then((storageProblem) => {
  hydrate(<App storageProblem={storageProblem} />, document.getElementById('app')!);
});
