// Whatever a worker does — answer, Continue, Back, Change from check answers, in any order — the path
// stays consistent with where they are, and the summary holds only steps on that path.
import { loadAllJourneys } from '../../machines';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { answeringScreens, type JourneyContext, type JourneyEvent } from '../../machines/journey';
import { summarise } from '../../machines/summary';
import { forwardEvents } from '../support/journey-events';

const allJourneys = await loadAllJourneys();

describe.each(allJourneys.map((journey) => [journey.id, journey] as const))('journey %s', (_id, journey) => {
  const forward = forwardEvents(journey);

  it('keeps path and summary consistent under any sequence of actions', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 80 }), (picks) => {
        const actor = createActor(journey.machine).start();
        for (const pick of picks) {
          const snapshot = actor.getSnapshot() as AnyMachineSnapshot;
          if (snapshot.status !== 'active') break;
          const context = snapshot.context as JourneyContext;
          const options: JourneyEvent[] = [
            ...forward(snapshot),
            { type: 'BACK' },
            ...context.path.map((step): JourneyEvent => ({ type: 'CHANGE', step })),
          ];
          actor.send(options[pick % options.length]);
          const after = actor.getSnapshot() as AnyMachineSnapshot;
          const path = (after.context as JourneyContext).path;
          expect(path.at(-1)).toBe(after.value);
          expect(new Set(path).size).toBe(path.length);
          // Every row is a step on the path, or a step of a completed round of a repeatable task.
          const rounds = Object.values((after.context as JourneyContext).rounds ?? {}).flat();
          for (const row of summarise(journey, after.context as JourneyContext)) {
            if (row.round) expect(rounds.some((round) => round.path.includes(row.step))).toBe(true);
            else expect(path).toContain(row.step);
          }
          // Replaying after a Change never goes past a step without an answer.
          for (const step of path.slice(0, -1)) {
            if (answeringScreens.has(journey.machine.root.states[step].meta!.screen)) {
              expect((after.context as JourneyContext).answers[step], `answer for ${step}`).toBeDefined();
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
