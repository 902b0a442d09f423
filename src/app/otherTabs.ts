// Messages between the app's tabs on this device, so what one tab does to the stored data the others
// know at once. Only kinds and ids are sent, never anything of a case.
export type TabMessage = { type: 'removedAll' } | { type: 'handOver'; draftId: string };

const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('safeguarding-adults-decision-aid');

export function tellOtherTabs(message: TabMessage): void {
  channel?.postMessage(message);
}

/** Calls `listener` for every message from another tab; returns the way to stop. */
export function onOtherTabs(listener: (message: TabMessage) => void): () => void {
  const handle = (event: MessageEvent<TabMessage>) => listener(event.data);
  channel?.addEventListener('message', handle);
  return () => channel?.removeEventListener('message', handle);
}
