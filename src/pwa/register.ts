import { Workbox } from 'workbox-window';

/**
 * Registers the service worker. When a new version is waiting, `onUpdateReady` is given a function
 * that applies it (and reloads once it has taken over); the caller decides when that is safe.
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('waiting', () =>
    onUpdateReady(() => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  void workbox.register();
}
