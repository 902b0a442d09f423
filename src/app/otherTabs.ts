// Messages between the app's tabs on this device, so what one tab does to the stored data the others
// know at once. Only kinds and ids are sent, never anything of a case; an unlock passes the data key
// itself, which stays non-extractable and never leaves this origin.
export type TabMessage =
  | { type: 'removedAll' }
  | { type: 'handOver'; draftId: string }
  | { type: 'locked' }
  | { type: 'unlocked'; dataKey: CryptoKey }
  | { type: 'whoIsUnlocked' };

const channel =
  typeof BroadcastChannel === 'undefined'
    ? undefined
    : new BroadcastChannel('safeguarding-adults-decision-aid');

export function tellOtherTabs(message: TabMessage): void {
  try {
    channel?.postMessage(message);
  } catch {
    // A browser that cannot pass a key between tabs: the other tabs stay locked until unlocked there.
  }
}

/** Calls `listener` for every message from another tab; returns the way to stop. */
export function onOtherTabs(listener: (message: TabMessage) => void): () => void {
  const handle = (event: MessageEvent<TabMessage>) => listener(event.data);
  channel?.addEventListener('message', handle);
  return () => channel?.removeEventListener('message', handle);
}
