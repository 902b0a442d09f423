/// <reference lib="webworker" />
// The service worker: precaches everything the journeys need, so after one visit the app starts and
// every journey can be completed with no network. It waits to be told before taking over from an older
// version, so an open journey is never reloaded under the worker.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On the very first install there is no older version to protect, so the open page is taken over
// at once and works offline from then on.
clientsClaim();
