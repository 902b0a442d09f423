// Candidate events for walking a journey as a worker could: every option of a question, a sample for
// free text and checklists, Continue on guidance, Finish on check answers.
import type { AnyMachineSnapshot } from 'xstate';
import { contentById } from '../../content';
import {
  stepMetas,
  type JourneyDefinition,
  currentStep,
  type JourneyContext,
  type JourneyEvent,
} from '../../machines/journey';
import { stepView, type JourneySnapshot } from '../../machines/session';

export interface WalkOptions {
  /** Options to offer on particular steps, where offering all would multiply the paths needlessly. */
  restrict?: Record<string, string[]>;
  /** Sets of options to offer together as well on multi-select steps, where the whole set decides the route. */
  together?: Record<string, string[][]>;
}

export function forwardEvents(journey: JourneyDefinition, options: WalkOptions = {}) {
  const metas = stepMetas(journey);
  return (snapshot: AnyMachineSnapshot): JourneyEvent[] => {
    if (snapshot.status !== 'active') return [];
    const step = currentStep(snapshot.context as JourneyContext)!;
    const meta = metas.get(step)!;
    const content = meta.contentId ? contentById.get(meta.contentId) : undefined;
    const allowed = (value: string) => !options.restrict?.[step] || options.restrict[step].includes(value);
    switch (meta.screen) {
      case 'question':
        return content?.kind === 'question'
          ? content.options
              .filter((o) => allowed(o.value))
              .map((o) => ({ type: 'ANSWER', answer: { kind: 'choice', choice: o.value } }))
          : [];
      case 'multiSelect':
        return content?.kind === 'multiSelect'
          ? [
              ...content.options.filter((o) => allowed(o.value)).map((o) => [o.value]),
              ...(options.together?.[step] ?? []),
            ].map((choices) => ({ type: 'ANSWER', answer: { kind: 'choices', choices } }))
          : [];
      case 'text':
        return [{ type: 'ANSWER', answer: { kind: 'text', text: 'Written by the worker' } }];
      case 'checklist':
        return [{ type: 'ANSWER', answer: { kind: 'checklist', items: {} } }];
      case 'notes':
        return [{ type: 'ANSWER', answer: { kind: 'notes', notes: {} } }];
      case 'entries':
        return [{ type: 'ANSWER', answer: { kind: 'entries', entries: [] } }];
      case 'information':
      case 'outcome':
        return [{ type: 'CONTINUE' }];
      case 'checkAnswers':
        return [{ type: 'FINISH' }];
      // Forward: the tasks that can be opened and are not done yet (a review can always be recorded
      // again until one ends the process), as a worker working through the list would.
      case 'taskList':
        return stepView(journey, snapshot as JourneySnapshot)
          .tasks.filter((row) => row.canStart && row.status !== 'completed')
          .map((row) => ({ type: 'START_TASK', task: row.task }));
      default:
        return [];
    }
  };
}

/** A state's identity for the walk: where it is and what has been answered (not how it got there). */
export const serialiseByAnswers = (snapshot: AnyMachineSnapshot) =>
  JSON.stringify([snapshot.value, (snapshot.context as JourneyContext).answers]);
