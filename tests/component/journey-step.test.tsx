// @vitest-environment jsdom
// The running journey's step view: a step whose screen kind this version of the app has no screen for is
// shown as a step that cannot be shown, with a way back and a way home, never as some other screen.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Journey } from '../../machines';
import { stepView } from '../../machines/session';
import { JourneyStep, stepTitle, type JourneyStepProps } from '../../src/app/JourneyStep';
import { unknownScreenJourney } from '../support/unknown-screen';

afterEach(cleanup);

const journey: Journey = {
  id: 'later',
  title: 'A journey from a later version',
  description: '',
  documents: [],
  ...unknownScreenJourney,
};

function renderStep(steps: number) {
  const actor = createActor(journey.machine).start();
  for (let i = 0; i < steps; i++) actor.send({ type: 'CONTINUE' });
  const snapshot = actor.getSnapshot();
  const props: JourneyStepProps = {
    journey,
    view: stepView(journey, snapshot),
    context: snapshot.context,
    caseReference: 'REF-1',
    draftId: 'draft-1',
    unsubmitted: () => undefined,
    saveStatus: { state: 'saved', at: '2026-11-30T10:00:00Z' },
    training: undefined,
    send: vi.fn(),
    recordInput: vi.fn(),
    onBack: vi.fn(),
    onHome: vi.fn(),
    onChangeReference: vi.fn(),
    onStartJourney: vi.fn(),
    onSign: vi.fn(),
  };
  render(<JourneyStep {...props} />);
  return props;
}

describe('a step whose screen kind this version has no screen for', () => {
  it('says the step cannot be shown and why, instead of showing the guidance screen', () => {
    const props = renderStep(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This step cannot be shown');
    expect(
      screen.getByText('The step "film" is a "video" screen, which this version of the app cannot show.'),
    ).toBeTruthy();
    expect(stepTitle(props.view)).toBe('This step cannot be shown');
    // Not the guidance screen with the step's content.
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.queryByText(/Source:/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(props.onBack).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Return to the home screen' }));
    expect(props.onHome).toHaveBeenCalledTimes(1);
    expect(props.send).not.toHaveBeenCalled();
  });

  it('shows the steps before it on their own screens', () => {
    const props = renderStep(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(props.view.content?.title);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(props.send).toHaveBeenCalledWith({ type: 'CONTINUE' });
  });
});
