// What one tab of the app tells the others when its key comes or goes: a lock reaches every tab, while
// removing all data is told as a removal alone, so no other tab saves into the database just removed.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { TabMessage } from '../../src/app/otherTabs';
import { createDataKey } from '../../src/storage/envelope';

const channelName = 'safeguarding-adults-decision-aid';
let otherTab: BroadcastChannel;
let heard: TabMessage['type'][];

beforeEach(() => {
  heard = [];
  otherTab = new BroadcastChannel(channelName);
  otherTab.onmessage = (event: MessageEvent<TabMessage>) => heard.push(event.data.type);
});
afterEach(() => otherTab.close());

/** This tab, with the app's modules loaded afresh and its lock kept in step with the others. */
async function thisTab() {
  vi.resetModules();
  const keyring = await import('../../src/storage/keyring');
  const { syncLockAcrossTabs } = await import('../../src/protection/tabs');
  const { tellOtherTabs } = await import('../../src/app/otherTabs');
  syncLockAcrossTabs();
  /** Whether this tab has told the others it locked, once all it sent has arrived (a last message marks the end). */
  const sentLocked = async () => {
    tellOtherTabs({ type: 'handOver', draftId: 'end' });
    await vi.waitFor(() => expect(heard.at(-1)).toBe('handOver'));
    return heard.includes('locked');
  };
  return { keyring, sentLocked };
}

it('a lock is sent to the other tabs', async () => {
  const { keyring, sentLocked } = await thisTab();
  keyring.holdDataKey(await createDataKey());
  await keyring.lock();
  expect(keyring.isUnlocked()).toBe(false);
  expect(await sentLocked()).toBe(true);
});

it('removing all data sends no lock: the other tabs hear of it as the removal itself', async () => {
  const { keyring, sentLocked } = await thisTab();
  keyring.holdDataKey(await createDataKey());
  keyring.forgetDataKey();
  expect(keyring.isUnlocked()).toBe(false);
  expect(await sentLocked()).toBe(false);
});
