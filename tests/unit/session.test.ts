// The engine contract (machines/session.ts): on every step of a walk through every journey it says what
// the step is, its screen, content and findings, and whether Back is possible, as the machine declares
// them; and it says plainly when a step's screen kind is one this version has no screen for.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { contentById } from '../../content';
import { loadAllJourneys } from '../../machines';
import { currentStep, stepMetas, type JourneyDefinition } from '../../machines/journey';
import { canGoBack, stepView, taskListOf, type JourneySnapshot } from '../../machines/session';
import { taskRows } from '../../machines/tasks';
import { forwardEvents } from '../support/journey-events';
import { unknownScreenJourney } from '../support/unknown-screen';

const allJourneys = await loadAllJourneys();

/** What the screen needs, worked out the long way from the path and the step table. */
function expected(journey: JourneyDefinition, snapshot: JourneySnapshot) {
  const step = currentStep(snapshot.context)!;
  const meta = stepMetas(journey).get(step)!;
  const active = snapshot.status === 'active';
  return {
    step,
    meta,
    screen: meta.screen,
    content: meta.contentId ? contentById.get(meta.contentId) : undefined,
    findings: meta.findings ? journey.findings[meta.findings](snapshot.context.answers) : [],
    // The task list is where the worker returns to: Back does not leave it, and it is the first step.
    canGoBack: active && meta.screen !== 'taskList' && snapshot.context.path.length > 1,
    isFirstStep: active && (meta.screen === 'taskList' || snapshot.context.path.length === 1),
    active,
    // A task list's rows, each opening only where the machine accepts the task.
    tasks: meta.tasks
      ? taskRows(taskListOf(journey, meta), snapshot.context).map((row) => ({
          ...row,
          canStart: snapshot.can({ type: 'START_TASK', task: row.task }),
        }))
      : [],
  };
}

describe.each(allJourneys.map((journey) => [journey.id, journey] as const))('journey %s', (_id, journey) => {
  it('says on every step what the machine declares, forward to the end and back to the start', () => {
    const events = forwardEvents(journey);
    const actor = createActor(journey.machine).start();
    const seen: string[] = [];
    // Forward, each time by the first answer offered, to the end.
    for (let snapshot = actor.getSnapshot(); ; snapshot = actor.getSnapshot()) {
      expect(stepView(journey, snapshot)).toEqual(expected(journey, snapshot));
      seen.push(String(snapshot.value));
      const [next] = events(snapshot);
      if (!next) break;
      actor.send(next);
    }
    expect(seen.at(-1)).toBe('complete');
    expect(stepView(journey, actor.getSnapshot())).toMatchObject({
      screen: 'complete',
      canGoBack: false,
      isFirstStep: false,
      active: false,
    });

    // Back from check answers, step by step, to the first step, where Back goes no further.
    const again = createActor(journey.machine).start();
    for (const step of seen.slice(0, -1)) {
      const [next] = events(again.getSnapshot());
      if (step === 'checkAnswers') break;
      again.send(next);
    }
    while (canGoBack(again.getSnapshot())) {
      again.send({ type: 'BACK' });
      expect(stepView(journey, again.getSnapshot())).toEqual(expected(journey, again.getSnapshot()));
    }
    expect(stepView(journey, again.getSnapshot())).toMatchObject({
      step: seen[0],
      isFirstStep: true,
      canGoBack: false,
    });
  });
});

describe('a step whose screen kind this version has no screen for', () => {
  it('has no screen, keeps its meta, and can still go back', () => {
    const actor = createActor(unknownScreenJourney.machine).start();
    expect(stepView(unknownScreenJourney, actor.getSnapshot())).toMatchObject({
      step: 'about',
      screen: 'information',
      isFirstStep: true,
    });
    actor.send({ type: 'CONTINUE' });
    const view = stepView(unknownScreenJourney, actor.getSnapshot());
    expect(view).toMatchObject({
      step: 'film',
      screen: undefined,
      meta: { screen: 'video' },
      canGoBack: true,
      isFirstStep: false,
    });
    expect(view.content?.id).toBe('ne.consider');
  });
});
