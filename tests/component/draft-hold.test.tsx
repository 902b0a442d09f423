// @vitest-environment jsdom
// A draft is held by one tab at a time (a Web Lock named after it). Leaving a draft lets it go once what
// was typed is saved; opening it again in the same tab meanwhile must open it, not say it is open in
// another tab.
import { act, cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDraftHold } from '../../src/app/useDraftHold';

/** The part of the Web Locks API the hold uses: exclusive locks, granted at once or (ifAvailable) not. */
class LocksOfOneBrowser {
  private held = new Set<string>();

  async request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown) {
    if (this.held.has(name)) {
      if (options.ifAvailable) return callback(null);
      throw new Error('Only ifAvailable requests are expected here');
    }
    this.held.add(name);
    try {
      return await callback({ name, mode: 'exclusive' } as Lock);
    } finally {
      this.held.delete(name);
    }
  }

  isHeld = (draftId: string) => [...this.held].some((name) => name.endsWith(`:draft:${draftId}`));
}

let locks: LocksOfOneBrowser;
let finishSaving: () => void;

beforeEach(() => {
  locks = new LocksOfOneBrowser();
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'locks');
});

/** A journey screen's use of the hold: its state, and a last save still under way when it closes. */
function DraftScreen({ draftId }: { draftId: string }) {
  const hold = useDraftHold(draftId);
  hold.settleBeforeRelease(() => new Promise<void>((resolve) => (finishSaving = resolve)));
  return <p data-testid="hold">{hold.state}</p>;
}

describe('holding a draft in one tab', () => {
  it('a draft left and opened again before its last save is done opens here once it is saved', async () => {
    const first = render(<DraftScreen draftId="draft-1" />);
    expect(await screen.findByText('held')).toBeTruthy();

    // Leaving the draft: its last save is still under way, so the lock is kept until it is done.
    first.unmount();
    expect(locks.isHeld('draft-1')).toBe(true);
    const saved = finishSaving;

    render(<DraftScreen draftId="draft-1" />);
    await act(() => Promise.resolve());
    expect(screen.getByTestId('hold').textContent).toBe('waiting');

    await act(() => saved());
    expect(await screen.findByText('held')).toBeTruthy();
    expect(screen.queryByText('elsewhere')).toBeNull();
  });

  it('a draft another screen holds is still open elsewhere', async () => {
    render(<DraftScreen draftId="draft-2" />);
    expect(await screen.findByText('held')).toBeTruthy();

    const other = render(<DraftScreen draftId="draft-2" />);
    expect(await within(other.container as HTMLElement).findByText('elsewhere')).toBeTruthy();
  });
});
