// A saved draft resumes exactly where it was; one that no longer fits the journey is refused with
// reasons, never forced into the machine.
import { describe, expect, it } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import { nonEngagementJourney } from '../../machines/non-engagement';
import { snapshotProblems } from '../../machines/restore';
import { choice, startJourney, text } from '../support/drive';

/** A saved snapshot as the tests tamper with it, the way a draft saved by an older version might differ. */
type SavedSnapshot = Snapshot<unknown> & {
  value: string;
  context: { path: string[]; answers: Record<string, unknown> };
};

function persistedMidJourney(): SavedSnapshot {
  const run = startJourney(nonEngagementJourney);
  run.answer(choice('yes'));
  run.answer(choice('evidence'));
  run.answer(text('Evidence written down'));
  return structuredClone(run.actor.getPersistedSnapshot()) as unknown as SavedSnapshot;
}

describe('restoring a draft', () => {
  it('resumes at the same step with the same answers and path', () => {
    const persisted = persistedMidJourney();
    expect(snapshotProblems(nonEngagementJourney, persisted)).toEqual([]);
    const actor = createActor(nonEngagementJourney.machine, { snapshot: persisted }).start();
    expect(actor.getSnapshot().value).toBe('consider');
    expect(actor.getSnapshot().context.answers.evidenceDetail).toEqual(text('Evidence written down'));
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('evidenceDetail');
  });

  it('refuses a draft saved at a step that no longer exists', () => {
    const persisted = persistedMidJourney();
    persisted.value = 'renamedStep';
    persisted.context.path[persisted.context.path.length - 1] = 'renamedStep';
    const problems = snapshotProblems(nonEngagementJourney, persisted);
    expect(problems.join(' ')).toMatch(/"renamedStep"\) no longer exists/);
    expect(problems.join(' ')).toMatch(/steps the draft went through no longer exist/);
  });

  it('refuses an answer that is not one of the question’s options any more', () => {
    const persisted = persistedMidJourney();
    persisted.context.answers.evidence = choice('retiredOption');
    expect(snapshotProblems(nonEngagementJourney, persisted)).toEqual([
      'The answer to "Am I concerned just because they are not engaging or do I have evidence that non-engagement increases risk?" is not one of its options any more.',
    ]);
  });

  it('refuses answers to questions the journey no longer has, and answers of the wrong format', () => {
    const persisted = persistedMidJourney();
    persisted.context.answers.oldQuestion = choice('yes');
    persisted.context.answers.evidenceDetail = { kind: 'text', text: 42 };
    const problems = snapshotProblems(nonEngagementJourney, persisted);
    expect(problems).toContain('The question "oldQuestion" no longer exists in this journey.');
    expect(problems).toContain(
      'The answer to "What is your evidence that non-engagement increases risk?" is not text.',
    );
  });

  it.each([null, 'text', 42, {}, { value: 'age' }, { value: 'age', context: { path: 'age', answers: [] } }])(
    'refuses a snapshot that is not a journey state (%j)',
    (persisted) => {
      expect(snapshotProblems(nonEngagementJourney, persisted).length).toBeGreaterThan(0);
    },
  );

  it('refuses a path that does not end at the saved step', () => {
    const persisted = persistedMidJourney();
    persisted.context.path = ['age', 'evidence'];
    expect(snapshotProblems(nonEngagementJourney, persisted)).toContain(
      'The draft’s record of the steps taken does not end at the step it was saved at.',
    );
  });
});
