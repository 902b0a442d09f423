// @vitest-environment jsdom
// The app's route follows the address, including an address opened while the app was still starting:
// after its first render, before it listened for changes (its hashchange then went unheard).
import { render } from 'preact';
import { waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { useRoute } from '../../src/app/routes';

function RouteName() {
  return <p>{useRoute().name}</p>;
}

afterEach(() => history.replaceState(null, '', '#'));

it('follows an address opened between the first render and listening for changes', async () => {
  const container = document.createElement('div');
  // Rendered as the app starts (not inside act, which would run the effects at once).
  render(<RouteName />, container);
  expect(container.textContent).toBe('home');
  // No hashchange is heard: it has gone by before the app listens.
  history.replaceState(null, '', '#/guidance');
  await waitFor(() => expect(container.textContent).toBe('library'));
  render(null, container);
});

it('follows a new address once, though the browser says so twice (popstate, then hashchange)', async () => {
  const container = document.createElement('div');
  const routes: string[] = [];
  function Screen() {
    const route = useRoute();
    routes.push(route.name);
    return <p>{route.name}</p>;
  }
  render(<Screen />, container);
  // Listening begins after the first render has painted.
  await new Promise((resolve) => setTimeout(resolve, 150));
  history.pushState(null, '', '#/device');
  dispatchEvent(new PopStateEvent('popstate'));
  await waitFor(() => expect(container.textContent).toBe('device'));
  dispatchEvent(new HashChangeEvent('hashchange'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  history.pushState(null, '', '#/training');
  dispatchEvent(new HashChangeEvent('hashchange'));
  await waitFor(() => expect(container.textContent).toBe('training'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(routes).toEqual(['home', 'device', 'training']);
  render(null, container);
});
