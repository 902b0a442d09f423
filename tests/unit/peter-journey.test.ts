// The case of Peter on the journey engine: its steps are the content's stages in the review's order, each
// decision leads to the feedback page that says whether it is the one the review supports, Back and
// Change work as on every journey, and a walk of the machine (xstate/graph) over a matching and a
// differing decision at every stage always shows the feedback the comparison gives.
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { contentById } from '../../content';
import { peterCaseStudy, peterFeedbackIds, peterVerdicts, scenarioKinds } from '../../content/scenarios';
import { journeyFrom } from '../../machines';
import { stepMetas, type Answer, type JourneyContext } from '../../machines/journey';
import { peterJourney } from '../../machines/peter';
import {
  caseStudyPlace,
  caseStudySteps,
  compareCaseStudyAttempt,
  matchesExpected,
} from '../../machines/rules/training';
import { summarise } from '../../machines/summary';
import { forwardEvents, serialiseByAnswers } from '../support/journey-events';
import { choice, choices, startJourney } from '../support/drive';

const { stages } = peterCaseStudy;
const metas = stepMetas(peterJourney);
const answerFor = (multiple: boolean | undefined, values: string[]): Answer =>
  multiple ? choices(...values) : choice(values[0]);
const differentFrom = (expected: string[], options: { value: string }[]) =>
  options.filter((option) => !expected.includes(option.value)).map((option) => option.value);

/** Through the introduction and every stage, with the decision given for each; ends on "finished". */
function runThrough(decide: (index: number) => string[]) {
  const run = startJourney(peterJourney);
  expect(run.step()).toBe('introduction');
  run.next();
  for (const [index, stage] of stages.entries()) {
    const steps = caseStudySteps(stage);
    expect(run.step()).toBe(steps.question);
    const given = decide(index);
    run.answer(answerFor(stage.question.multiple, given));
    expect(run.step()).toBe(matchesExpected(given, stage.expected) ? steps.matches : steps.differs);
    run.next();
  }
  expect(run.step()).toBe('finished');
  return run;
}

describe('the case of Peter as a journey', () => {
  it('is the journey the case study is practised on, and is offered only for practice', async () => {
    expect(scenarioKinds.peter.journeyId).toBe('peter');
    const { findJourneyInfo, caseworkJourneys } = await import('../../machines');
    expect(findJourneyInfo('peter')?.practiceOnly).toBe(true);
    expect(caseworkJourneys.map((journey) => journey.id)).not.toContain('peter');
    expect(journeyFrom('peter', peterJourney).documents).toEqual(['peter-review']);
  });

  it("has a question step and two feedback steps for every stage, on the content's pages, in the review's order", () => {
    expect(metas.get('introduction')).toEqual({ screen: 'information', contentId: 'peter.introduction' });
    for (const [index, stage] of stages.entries()) {
      const steps = caseStudySteps(stage);
      const ids = peterFeedbackIds(stage);
      expect(metas.get(steps.question)).toEqual({
        screen: stage.question.multiple ? 'multiSelect' : 'question',
        contentId: stage.question.id,
      });
      expect(metas.get(steps.matches)).toEqual({ screen: 'outcome', contentId: ids.matches });
      expect(metas.get(steps.differs)).toEqual({ screen: 'outcome', contentId: ids.differs });
      const question = contentById.get(stage.question.id);
      expect(question).toMatchObject({
        title: stage.question.title,
        options: stage.question.options,
        caption: `The case of Peter: stage ${index + 1} of ${stages.length}, ${stage.learningPoint}`,
        situation: { paragraphs: stage.narrative, source: stage.narrativeSource },
      });
      expect(contentById.get(ids.matches)).toMatchObject({
        title: peterVerdicts.matches,
        source: stage.feedback.source,
        situation: { paragraphs: stage.narrative, source: stage.narrativeSource },
        continueLabel: index === stages.length - 1 ? 'See how you did' : 'Next stage',
      });
      expect(contentById.get(ids.differs)).toMatchObject({ title: peterVerdicts.differs });
    }
    // Every step is the introduction, a stage's, the end, or check answers and complete.
    expect(metas.size).toBe(1 + stages.length * 3 + 1 + 2);
  });

  it("shows the matching feedback only for the review's own decision, in any order, at every stage", () => {
    for (const [index, stage] of stages.entries()) {
      const steps = caseStudySteps(stage);
      const reachStage = () => {
        const run = runThrough(() => []);
        // Back from the end to this stage's question.
        run.change(steps.question);
        expect(run.step()).toBe(steps.question);
        return run;
      };
      const tries: string[][] = stage.question.multiple
        ? [
            [...stage.expected].reverse(),
            stage.expected.slice(1),
            [...stage.expected, ...differentFrom(stage.expected, stage.question.options).slice(0, 1)],
            differentFrom(stage.expected, stage.question.options),
          ]
        : stage.question.options.map((option) => [option.value]);
      for (const given of tries) {
        const run = reachStage();
        run.answer(answerFor(stage.question.multiple, given));
        expect(run.step(), `stage ${index + 1}: ${given.join(', ')}`).toBe(
          matchesExpected(given, stage.expected) ? steps.matches : steps.differs,
        );
      }
      expect(tries.some((given) => matchesExpected(given, stage.expected))).toBe(true);
      expect(tries.some((given) => !matchesExpected(given, stage.expected))).toBe(true);
    }
  });

  it('goes back from the feedback to the question with the decision kept, and on to check answers and complete', () => {
    const run = startJourney(peterJourney);
    run.next();
    const [first, second] = stages;
    run.answer(choice(first.expected[0]));
    expect(run.step()).toBe(caseStudySteps(first).matches);
    run.back();
    expect(run.step()).toBe(caseStudySteps(first).question);
    expect(run.context().answers[caseStudySteps(first).question]).toEqual(choice(first.expected[0]));
    run.back();
    expect(run.step()).toBe('introduction');

    const finished = runThrough((index) =>
      index === 1
        ? differentFrom(second.expected, second.question.options).slice(0, 1)
        : stages[index].expected,
    );
    finished.next();
    expect(finished.step()).toBe('checkAnswers');
    const rows = summarise(peterJourney, finished.context());
    expect(rows.filter((row) => row.kind === 'answer').map((row) => row.step)).toEqual(
      stages.map((stage) => caseStudySteps(stage).question),
    );
    finished.finish();
    expect(finished.step()).toBe('complete');
    expect(finished.actor.getSnapshot().status).toBe('done');
    const compared = compareCaseStudyAttempt(peterCaseStudy, finished.context().answers);
    expect(compared.matched).toBe(stages.length - 1);
    expect(compared.stages.map((entry) => entry.matched)).toEqual(stages.map((_, index) => index !== 1));
  });

  it('says where a trainee is: the stage of the step, the first on the introduction, finished after the last', () => {
    expect(caseStudyPlace(peterCaseStudy, undefined)).toBe(0);
    expect(caseStudyPlace(peterCaseStudy, 'introduction')).toBe(0);
    for (const [index, stage] of stages.entries())
      for (const step of Object.values(caseStudySteps(stage)))
        expect(caseStudyPlace(peterCaseStudy, step)).toBe(index);
    for (const step of ['finished', 'checkAnswers', 'complete'])
      expect(caseStudyPlace(peterCaseStudy, step)).toBe('finished');
  });

  it('in a walk over a matching and a differing decision at every stage, always shows the feedback the comparison gives', () => {
    const restrict = Object.fromEntries(
      stages.map((stage) => [
        caseStudySteps(stage).question,
        differentFrom(stage.expected, stage.question.options).slice(0, 1),
      ]),
    );
    const together = Object.fromEntries(
      stages.map((stage) => [caseStudySteps(stage).question, [stage.expected]]),
    );
    // Single-choice stages take the review's decision from `restrict` too.
    for (const stage of stages.filter((entry) => !entry.question.multiple))
      restrict[caseStudySteps(stage).question].push(stage.expected[0]);
    const paths = getShortestPaths(peterJourney.machine, {
      events: forwardEvents(peterJourney, { restrict, together }),
      serializeState: serialiseByAnswers,
    });
    const reached = paths.map((path) => path.state as AnyMachineSnapshot);
    // Every combination of a matching or differing decision at the eight stages reaches the end.
    const ends = reached.filter((snapshot) => snapshot.value === 'finished');
    expect(ends).toHaveLength(2 ** stages.length);
    for (const snapshot of reached) {
      const context = snapshot.context as JourneyContext;
      const step = String(snapshot.value);
      const stage = stages.find((entry) =>
        [caseStudySteps(entry).matches, caseStudySteps(entry).differs].includes(step),
      );
      if (!stage) continue;
      const compared = compareCaseStudyAttempt(peterCaseStudy, context.answers).stages.find(
        (entry) => entry.stage === stage,
      )!;
      expect(step).toBe(compared.matched ? caseStudySteps(stage).matches : caseStudySteps(stage).differs);
    }
    const matchedCounts = new Set(
      ends.map((snapshot) => compareCaseStudyAttempt(peterCaseStudy, snapshot.context.answers).matched),
    );
    expect([...matchedCounts].sort((a, b) => a - b)).toEqual(
      stages.map((_, index) => index).concat(stages.length),
    );
  });
});
