import { useEffect, useState } from 'preact/hooks';

let started = false;

/**
 * Offers a new version of the app when one is waiting. It never reloads by itself, and it is not
 * offered while a journey is open: the worker applies it from the home screen when they choose.
 */
export function UpdatePrompt({ journeyOpen }: { journeyOpen: boolean }) {
  const [apply, setApply] = useState<() => void>();
  useEffect(() => {
    if (started) return;
    started = true;
    // Loaded after the first screen, so registering the worker never delays the first question.
    void import('../pwa/register').then(({ registerServiceWorker }) =>
      registerServiceWorker((applyUpdate) => setApply(() => applyUpdate)),
    );
  }, []);
  if (!apply) return null;
  return (
    <div class="notification-banner" role="region" aria-labelledby="update-title">
      <h2 class="notification-banner__title" id="update-title">
        A new version of the app is ready
      </h2>
      {journeyOpen ? (
        <p class="body">It will be offered on the home screen, so this journey is not interrupted.</p>
      ) : (
        <>
          <p class="body">Your saved drafts are kept when you update.</p>
          <button type="button" class="button" onClick={apply}>
            Update now
          </button>
        </>
      )}
    </div>
  );
}
