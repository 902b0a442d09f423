// Drives a journey actor the way the screens do, by answer value, for tests.
import { createActor, type AnyActorRef } from 'xstate';
import type { JourneyDefinition, Answer, JourneyContext } from '../../machines/journey';

export const choice = (value: string): Answer => ({ kind: 'choice', choice: value });
export const text = (value: string): Answer => ({ kind: 'text', text: value });
export const choices = (...values: string[]): Answer => ({ kind: 'choices', choices: values });
export const checklist = (
  items: Record<string, { status: 'done' | 'planned' | 'notAppropriate' | null; note: string }> = {},
): Answer => ({
  kind: 'checklist',
  items,
});

export function startJourney(journey: JourneyDefinition) {
  const actor: AnyActorRef = createActor(journey.machine).start();
  const context = () => actor.getSnapshot().context as JourneyContext;
  return {
    actor,
    step: () => String(actor.getSnapshot().value),
    context,
    answer: (answer: Answer) => actor.send({ type: 'ANSWER', answer }),
    next: () => actor.send({ type: 'CONTINUE' }),
    back: () => actor.send({ type: 'BACK' }),
    change: (step: string) => actor.send({ type: 'CHANGE', step }),
    finish: () => actor.send({ type: 'FINISH' }),
    startTask: (task: string) => actor.send({ type: 'START_TASK', task }),
  };
}
