import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen whose code is fetched the first time it is shown, so the home screen does not wait for the
 * journey engine. The service worker precaches every chunk, so this works offline too.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      loading ??= load();
      loading.then(
        (component) => {
          loaded = component;
          setReady(true);
        },
        () => {
          loading = undefined;
          setFailed(true);
        },
      );
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
  };
}
