/// <reference lib="webworker" />
// The service worker: precaches everything the journeys need, so after one visit the app starts and
// every journey can be completed with no network. It waits to be told before taking over from an older
// version, so an open journey is never reloaded under the worker.
import { clientsClaim } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, createHandlerBoundToURL, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { protectionState } from '../storage/protection';

declare const self: ServiceWorkerGlobalScope;

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// index.html opens with the set-up screen, painted before any script runs: what a device that has not
// set up protection shows (a first visit always, before this worker answers anything). Once protection is
// set up, no page this worker answers shows the set-up screen, not even for a moment. The app then starts
// locked, unless another open window of it is unlocked and hands this one the key (src/protection/tabs.ts):
// with no other window open, the page holds the locked screen's opening (locked.html), painted before any
// script runs, as a worker opens the app each day; otherwise it is the frame alone (frame.html) and the
// script draws the screen in it, so a tab that will show home never says "locked" first.
const newDevicePage = createHandlerBoundToURL('index.html');
const lockedPage = createHandlerBoundToURL('locked.html');
const framePage = createHandlerBoundToURL('frame.html');

/**
 * Whether a window of the app other than the one this navigation replaces is open (in Chromium, a
 * navigation in the same tab names the page it replaces as its client; a new tab names none).
 */
async function otherWindowOpen(replacedClientId: string): Promise<boolean> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return windows.some((client) => client.id !== replacedClientId);
}

registerRoute(
  new NavigationRoute(async (options) => {
    const setUp = await protectionState().then(
      (protection) => protection.setUp,
      // Storage that cannot be read: neither the set-up nor the locked screen, either may be wrong; the
      // app says what is.
      () => undefined,
    );
    if (setUp === false) return newDevicePage(options);
    const startsLocked = setUp === true && !(await otherWindowOpen((options.event as FetchEvent).clientId));
    return (startsLocked ? lockedPage : framePage)(options);
  }),
);
// After the route above: the precache would otherwise answer a navigation to the start address ("/")
// with index.html itself.
addRoute();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On the very first install there is no older version to protect, so the open page is taken over
// at once and works offline from then on.
clientsClaim();
