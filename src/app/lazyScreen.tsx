import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A screen loaded on first use, which can also be fetched ahead of time (`preload`). */
export type LazyScreen<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A screen whose code is fetched the first time it is shown, so the first screen does not wait for it.
 * `preload` fetches it earlier, when the worker is likely to go there next, so it is shown at once. The
 * service worker precaches every chunk, so this works offline too.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Fetched again on the next attempt, when the connection may be back.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function LazyScreen(props: P) {
    // Already shown when loaded at the first render: then the effect below changes nothing, and the
    // screen is not rendered a second time.
    const [, setReady] = useState(loaded !== undefined);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      // Also when already loaded: it may have arrived (preloaded) after this rendered "Loading…" but
      // before this effect ran, and then only this re-render shows it.
      let current = true;
      preload().then(
        () => current && setReady(true),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, []);
    if (loaded) return h(loaded, props);
    if (failed) {
      return (
        <p class="body" role="alert">
          This part of the app could not be loaded. If you are offline, open the app once with a connection so
          it can be kept on this device, then try again. Your saved answers are safe.
        </p>
      );
    }
    return (
      <p class="body" role="status">
        Loading…
      </p>
    );
  }
  return Object.assign(LazyScreen, { preload });
}

/**
 * Runs `work` once the browser is idle (or soon, where it cannot say): for fetching what the worker will
 * need next without slowing what is on the screen. Returns the cancel.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
