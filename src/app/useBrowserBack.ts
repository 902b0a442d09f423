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
    history.replaceState({ draftId, guard: true }, '', hash);
    history.pushState({ draftId }, '', hash);
    const onPopState = (event: PopStateEvent) => {
      if (event.state?.draftId !== draftId || !event.state.guard) return;
      if (canGoBack(actor.getSnapshot())) {
        send({ type: 'BACK' });
        history.pushState({ draftId }, '', hash);
      } else {
        navigate({ name: 'home' }, { replace: true });
      }
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [actor]);
}
