import { render } from 'preact';
import { App } from './app/App';
import { checkStorageAvailable } from './storage/db';
import { syncLockAcrossTabs } from './protection/tabs';
import './styles.css';

// Storage is checked before anything is shown: a worker must know before the first question whether
// their answers can be kept.
syncLockAcrossTabs();
checkStorageAvailable().then((storageProblem) => {
  render(<App storageProblem={storageProblem} />, document.getElementById('app')!);
});
