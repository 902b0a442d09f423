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
// set up, the app starts locked (or unlocked by another open tab), so every page this worker answers is
// the frame alone (frame.html) and the script draws the screen in it: no page it answers on a device that
// has protection shows the set-up screen, not even for a moment.
const newDevicePage = createHandlerBoundToURL('index.html');
const protectedDevicePage = createHandlerBoundToURL('frame.html');
registerRoute(
  new NavigationRoute(async (options) => {
    const setUp = await protectionState().then(
      (protection) => protection.setUp,
      // Storage that cannot be read: not the set-up screen, which may be wrong; the app says what is.
      () => true,
    );
    return (setUp ? protectedDevicePage : newDevicePage)(options);
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
