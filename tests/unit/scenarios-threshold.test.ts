// Training mode: the threshold practice scenarios. Each is written from one example in the examples table,
// its expected ratings give its expected band under the matrix's rules, the ratings fit the example's
// level, and together they cover every type of abuse at every level the table has a readable example for.
import { describe, expect, it } from 'vitest';
import {
  expectedDecisionForBand,
  ratingStepOrder,
  scenarioEdition,
  thresholdPracticeGaps,
  thresholdScenarios,
  type ThresholdScenario,
} from '../../content/scenarios';
import {
  abuseTypes,
  examplesOmitted,
  ratingLevels,
  thresholdExamples,
  thresholdOutcomes,
  thresholdQuestions,
  type ThresholdLevel,
} from '../../content/thresholds';
import { thresholdOutcome, type Rating } from '../../machines/rules/threshold';
import { examplesForSelectedTypes } from '../../machines/rules/threshold-findings';
import { thresholdJourney } from '../../machines/thresholds';
import { choice, choices, startJourney, text } from '../support/drive';

const levels: ThresholdLevel[] = ['green', 'amber', 'red'];
const exampleById = new Map(thresholdExamples.map((example) => [example.id, example]));
const ratingsOf = (scenario: ThresholdScenario) =>
  ratingStepOrder.map((step) => scenario.expectedRatings[step]) as [Rating, Rating, Rating, Rating];
const named = (scenario: ThresholdScenario) => scenario.id;

/** The levels with no readable example, listed here so that a change to the table is noticed. */
const expectedGaps = [{ abuseType: 'sexual', level: 'amber' }];

describe('threshold practice scenarios', () => {
  it('are at least 33, with unique ids', () => {
    expect(thresholdScenarios.length).toBeGreaterThanOrEqual(33);
    const ids = thresholdScenarios.map(named);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(thresholdScenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: its expected ratings give its expected band and decision',
    (_id, scenario) => {
      expect(ratingStepOrder.every((step) => levels.includes(scenario.expectedRatings[step]))).toBe(true);
      expect(thresholdOutcome(ratingsOf(scenario))).toBe(scenario.expectedBand);
      expect(scenario.expectedDecision).toBe(expectedDecisionForBand[scenario.expectedBand]);
      for (const step of ratingStepOrder) expect(scenario.ratingReasons[step].trim(), step).not.toBe('');
    },
  );

  it.each(thresholdScenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: is written from an example in the table, with ratings that fit its level',
    (_id, scenario) => {
      const example = exampleById.get(scenario.basedOn.exampleId);
      expect(example, scenario.basedOn.exampleId).toBeDefined();
      expect(scenario.basedOn.level).toBe(example!.level);
      expect(scenario.abuseTypes[0]).toBe(example!.abuseType);
      const ratings = ratingsOf(scenario);
      if (example!.level === 'red') expect(ratings).toContain('red');
      if (example!.level === 'green') expect(ratings).toEqual(['green', 'green', 'green', 'green']);
      if (example!.level === 'amber') {
        expect(ratings).toContain('amber');
        expect(ratings).not.toContain('red');
      }
    },
  );

  it('use only the eleven types of abuse, and cover every type at every level the table has an example for', () => {
    const typeValues = abuseTypes.map((type) => type.value);
    expect(typeValues).toHaveLength(11);
    for (const scenario of thresholdScenarios) {
      expect(scenario.abuseTypes.length, scenario.id).toBeGreaterThan(0);
      for (const type of scenario.abuseTypes) expect(typeValues, scenario.id).toContain(type);
    }
    const covered = new Set(
      thresholdScenarios.map(
        (scenario) => `${exampleById.get(scenario.basedOn.exampleId)?.abuseType}.${scenario.basedOn.level}`,
      ),
    );
    const missing = typeValues.flatMap((type) =>
      levels.filter((level) => !covered.has(`${type}.${level}`)).map((level) => ({ abuseType: type, level })),
    );
    expect(missing).toEqual(expectedGaps);
  });

  it('list as gaps exactly the levels with no readable example, each noted as unreadable in the table', () => {
    const withoutExample = abuseTypes.flatMap((type) =>
      levels
        .filter(
          (level) =>
            !thresholdExamples.some((example) => example.abuseType === type.value && example.level === level),
        )
        .map((level) => ({ abuseType: type.value, level })),
    );
    expect(withoutExample).toEqual(expectedGaps);
    expect(thresholdPracticeGaps.map(({ abuseType, level }) => ({ abuseType, level }))).toEqual(expectedGaps);
    for (const gap of thresholdPracticeGaps) {
      expect(
        examplesOmitted.some(
          (omission) => omission.abuseType === gap.abuseType && omission.level === gap.level,
        ),
      ).toBe(true);
      expect(gap.note).toMatch(/unreadable/);
    }
    expect(scenarioEdition.notes.some((note) => note.text.includes('sexual amber'))).toBe(true);
  });

  it('include every band the matrix can give, so trainees meet the silent one too', () => {
    const bands = new Set(thresholdScenarios.map((scenario) => scenario.expectedBand));
    expect(bands).toEqual(new Set(['red', 'amberMany', 'allGreen', 'undecided']));
  });

  it('cite the example they are written from, and the matrix', () => {
    for (const scenario of thresholdScenarios) {
      const example = exampleById.get(scenario.basedOn.exampleId)!;
      expect(scenario.source, scenario.id).toEqual(example.source);
      expect(scenario.source.doc).toBe('thresholds');
      for (const question of thresholdQuestions)
        expect(scenario.alsoFrom, scenario.id).toContainEqual(question.source);
      expect(scenario.alsoFrom, scenario.id).toContainEqual(thresholdOutcomes[scenario.expectedBand].source);
    }
  });

  it('give feedback that quotes the example and names the matrix wording for each answer and the outcome', () => {
    for (const scenario of thresholdScenarios) {
      const example = exampleById.get(scenario.basedOn.exampleId)!;
      expect(scenario.feedback, scenario.id).toContain(`"${example.text}"`);
      expect(scenario.feedback).toBe(scenario.feedbackParagraphs.join('\n\n'));
      for (const [index, step] of ratingStepOrder.entries()) {
        const wording = thresholdQuestions[index].levels[scenario.expectedRatings[step]];
        expect(scenario.feedback, `${scenario.id} ${step}`).toContain(`"${wording.text}"`);
        if (wording.reconstructed) expect(scenario.feedback).toMatch(/supplied by the app/);
      }
      const outcome = thresholdOutcomes[scenario.expectedBand];
      if (outcome.matrixWording) expect(scenario.feedback, scenario.id).toContain(outcome.matrixWording);
    }
  });

  it('say plainly, for all green, both what the examples table and what the matrix say', () => {
    const green = ratingLevels.find((level) => level.value === 'green')!;
    const allGreen = thresholdScenarios.filter((scenario) => scenario.expectedBand === 'allGreen');
    expect(allGreen.length).toBeGreaterThanOrEqual(11);
    for (const scenario of allGreen) {
      expect(scenario.feedback).toContain(green.examplesHeading);
      expect(scenario.feedback).toContain('NOT SAFEGUARDING BUT RAISE AN ALERT');
      expect(scenario.feedback).toContain('§15.3 examples');
      expect(scenario.feedback).toContain('§15.3 outcome rules');
      expect(scenario.feedback).toMatch(/other processes must be used/);
      expect(scenario.feedback).toContain('DOING NOTHING IS NOT AN OPTION');
    }
  });

  it('never call one or two amber "not safeguarding", and give the guidance\'s "If in doubt" steps', () => {
    for (const scenario of thresholdScenarios.filter((s) => s.expectedBand === 'undecided')) {
      expect(scenario.expectedDecision).toBe('professionalJudgement');
      expect(scenario.feedback).toMatch(/does not decide this/);
      expect(scenario.feedback).toMatch(/This is not a "not safeguarding" outcome/);
      expect(scenario.feedback).toContain('IF IN DOUBT');
      expect(scenario.feedback).toContain('Record decision and reasons for the decision');
    }
  });

  it('describe a situation in two to four sentences, naming no one', () => {
    for (const scenario of thresholdScenarios) {
      const sentences = scenario.situation
        .split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/)
        .filter((s) => s.trim() !== '');
      expect(sentences.length, scenario.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, scenario.id).toBeLessThanOrEqual(4);
      expect(scenario.situation, scenario.id).not.toMatch(/\b(Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]/);
      expect(scenario.title.trim(), scenario.id).not.toBe('');
    }
  });
});

describe('threshold practice scenarios in the threshold journey', () => {
  it.each(thresholdScenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: the journey reaches the expected outcome, shows the example, and takes the expected decision without asking why it differs',
    (_id, scenario) => {
      const run = startJourney(thresholdJourney);
      run.answer(choices(...scenario.abuseTypes));
      run.answer({ kind: 'notes', notes: {} });
      run.answer(choice(scenario.expectedCrime ?? 'no'));
      for (const rating of ratingsOf(scenario)) {
        run.answer(choice(rating));
        // A possible crime with question 1 below red is confirmed, with a reason, before question 2.
        if (run.step() === 'crimeSeriousness')
          run.answer(text('Training scenario: why question 1 is not red'));
      }
      expect(run.step()).toBe(`outcome_${scenario.expectedBand}`);

      const example = exampleById.get(scenario.basedOn.exampleId)!;
      const shown = examplesForSelectedTypes(run.context().answers).flatMap((finding) =>
        finding.kind === 'quote' ? [finding.text] : [],
      );
      expect(shown.some((line) => line.endsWith(example.text))).toBe(true);

      run.next();
      expect(run.step()).toBe('decision');
      // A professional-judgement decision may go either way; "made" is the "If in doubt" first step.
      run.answer(choice(scenario.expectedDecision === 'notMade' ? 'notMade' : 'made'));
      run.answer(text('Training scenario'));
      expect(run.step()).toBe('discussedWith');
    },
  );
});
