// @vitest-environment jsdom
// A draft just started opens on its first question with its case reference, and each answer moves the
// screen on: the step, its Back link and the save status follow the draft as it changes.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyScreen } from '../../src/app/JourneyScreen';
import { startDraft } from '../../src/app/startDraft';
import { getDraft } from '../../src/storage/drafts';

afterEach(cleanup);

const age = 'Is the adult aged 18 or over?';
const evidence =
  'Am I concerned just because they are not engaging or do I have evidence that non-engagement increases risk?';

const evidenceText = 'What is your evidence that non-engagement increases risk?';

describe('a running journey', () => {
  it('opens a draft just started on its first question, then shows each new step as it is answered', async () => {
    const draft = await startDraft('non-engagement', 'REF-NEW');
    render(<JourneyScreen draftId={draft.id} />);
    expect(await screen.findByRole('heading', { level: 1, name: age })).toBeTruthy();
    expect(document.querySelector('.journey-bar__reference')?.textContent).toContain('REF-NEW');
    expect(screen.getByRole('button', { name: 'Back to the home screen' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: evidence })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back', exact: true })).toBeTruthy();
    await waitFor(() =>
      expect(document.querySelector('[data-save-state]')?.getAttribute('data-save-state')).toBe('saved'),
    );
    expect((await getDraft(draft.id))?.snapshot).toMatchObject({ context: { path: ['age', 'evidence'] } });

    fireEvent.click(screen.getByRole('button', { name: 'Back', exact: true }));
    expect(await screen.findByRole('heading', { level: 1, name: age })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveProperty('checked', true);
    expect(screen.getByRole('button', { name: 'Back to the home screen' })).toBeTruthy();
  });

  it('keeps what was typed on a step, not yet submitted, when the worker goes back and returns to it', async () => {
    const draft = await startDraft('non-engagement', 'REF-TYPED');
    render(<JourneyScreen draftId={draft.id} />);
    await screen.findByRole('heading', { level: 1, name: age });
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: evidence });
    fireEvent.click(screen.getAllByRole('radio')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const field = await screen.findByRole('textbox', { name: evidenceText });
    fireEvent.input(field, { target: { value: 'GP says prescriptions not collected since May.' } });

    fireEvent.click(screen.getByRole('button', { name: 'Back', exact: true }));
    await screen.findByRole('heading', { level: 1, name: evidence });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('textbox', { name: evidenceText })).toHaveProperty(
      'value',
      'GP says prescriptions not collected since May.',
    );
  });
});
