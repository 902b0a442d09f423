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
