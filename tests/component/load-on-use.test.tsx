// @vitest-environment jsdom
// Code loaded on use, and fetched ahead where the worker is going next: a lazily loaded screen fetched
// ahead is shown at once, and the start screen fetches the journey screen while the reference is typed.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { render as renderWithoutAct } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '../../src/app/lazyScreen';
import { StartScreen } from '../../src/screens/StartScreen';

afterEach(cleanup);

describe('a lazily loaded screen', () => {
  it('fetched ahead with preload is shown at once, and fetched only once', async () => {
    const load = vi.fn(() => Promise.resolve(({ name }: { name: string }) => <h1>Hello {name}</h1>));
    const Screen = lazyScreen(load);
    await Screen.preload();
    render(<Screen name="Sam" />);
    expect(screen.getByRole('heading', { name: 'Hello Sam' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetched ahead, is rendered once: not a second time when its effects find it loaded', async () => {
    const renders = vi.fn();
    const Screen = lazyScreen(() =>
      Promise.resolve(() => {
        renders();
        return <h1>Ready</h1>;
      }),
    );
    await Screen.preload();
    render(<Screen />);
    await Screen.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByRole('heading', { name: 'Ready' })).toBeTruthy();
    expect(renders).toHaveBeenCalledTimes(1);
  });

  it('fetched ahead and arriving after it showed "Loading…" but before its effects ran, is then shown', async () => {
    let arrive: (screen: () => preact.JSX.Element) => void = () => undefined;
    const Screen = lazyScreen(() => new Promise<() => preact.JSX.Element>((resolve) => (arrive = resolve)));
    const fetching = Screen.preload();
    const root = document.body.appendChild(document.createElement('div'));
    // Rendered outside act(): its effects run after the next paint, as in a browser.
    renderWithoutAct(<Screen />, root);
    expect(root.textContent).toBe('Loading…');
    arrive(() => <h1>Arrived</h1>);
    await fetching;
    await waitFor(() => expect(root.textContent).toBe('Arrived'));
    renderWithoutAct(null, root);
    root.remove();
  });

  it('not fetched ahead says it is loading, then shows; a failed fetch is tried again next time', async () => {
    const load = vi
      .fn<() => Promise<() => preact.JSX.Element>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(() => <h1>Loaded</h1>);
    const Screen = lazyScreen(load);
    await expect(Screen.preload()).rejects.toThrow('offline');
    render(<Screen />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the start screen', () => {
  it('fetches the journey screen while the case reference is asked for', async () => {
    const prepare = vi.fn(() => Promise.resolve());
    render(<StartScreen journeyId="collusion" prepareJourneyScreen={prepare} />);
    expect(screen.getByLabelText('What is the case reference?')).toBeTruthy();
    await waitFor(() => expect(prepare).toHaveBeenCalledTimes(1));
  });
});
