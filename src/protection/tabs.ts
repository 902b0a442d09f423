// Lock and unlock in one tab apply to every tab of the app. An unlock hands the other tabs the data key
// itself, which stays non-extractable; a tab opened while another is unlocked asks for it. A browser that
// cannot pass a key between tabs leaves each tab to be unlocked on its own; locking always reaches every tab.
import { onOtherTabs, tellOtherTabs } from '../app/otherTabs';
import { currentDataKey, holdDataKey, isUnlocked, lock, onLockChange } from '../storage/keyring';

export function syncLockAcrossTabs(): void {
  // Set while applying another tab's message, so it is not sent back.
  let fromElsewhere = false;
  onOtherTabs((message) => {
    fromElsewhere = true;
    try {
      if (message.type === 'locked') void lock();
      else if (message.type === 'unlocked' && !isUnlocked()) holdDataKey(message.dataKey);
      else if (message.type === 'whoIsUnlocked' && isUnlocked())
        tellOtherTabs({ type: 'unlocked', dataKey: currentDataKey() });
    } finally {
      fromElsewhere = false;
    }
  });
  onLockChange((unlocked, dataRemoved) => {
    // Removing all data tells the other tabs so itself. "Locked" sent as well would reach them first, and
    // their lock saves what is being typed and reads the protection again: either opens the database
    // that has just been removed and creates it afresh.
    if (fromElsewhere || dataRemoved) return;
    tellOtherTabs(unlocked ? { type: 'unlocked', dataKey: currentDataKey() } : { type: 'locked' });
  });
  tellOtherTabs({ type: 'whoIsUnlocked' });
}
