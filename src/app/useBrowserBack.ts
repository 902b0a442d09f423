// Browser Back steps back through the journey: the page keeps a guard entry under the current one, and
// landing on it is turned into one step back (or, where there is no step before, the home screen).
import { useEffect } from 'preact/hooks';
import type { Actor } from 'xstate';
import type { JourneyEvent, JourneyMachine } from '../../machines/journey';
import { canGoBack } from '../../machines/session';
import { href, navigate } from './routes';

export function useBrowserBack(
  draftId: string,
  actor: Actor<JourneyMachine>,
  send: (event: JourneyEvent) => void,
): void {
  useEffect(() => {
    const hash = href({ name: 'draft', draftId });
    // The entry the draft was opened at becomes the guard by having this one pushed over it: any entry
    // of this draft's address but this one (the one it was opened at, or one left by an earlier visit or
    // a reload) is a guard. One history write, where marking the guard as well would take two, each of
    // which costs a phone several milliseconds.
    const top = crypto.randomUUID();
    history.pushState({ draftId, top }, '', hash);
    const onPopState = (event: PopStateEvent) => {
      if (location.hash !== hash || event.state?.top === top) return;
      if (canGoBack(actor.getSnapshot())) {
        send({ type: 'BACK' });
        history.pushState({ draftId, top }, '', hash);
      } else {
        navigate({ name: 'home' }, { replace: true });
      }
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [actor]);
}
