// What the threshold journey's screens list from the answers: the guidance's examples for the abuse
// types selected (with the notes on how the table was read), and the pointer on a possible crime.
import {
  abuseTypes,
  crimeAddition,
  examplesOmitted,
  examplesUncertain,
  ratingLevels,
  thresholdExamples,
  type ThresholdLevel,
} from '../../content/thresholds';
import { choiceOf, choicesOf, type Answer, type Finding } from '../journey';
import { thresholdOutcome, type Rating, type ThresholdBand } from './threshold';

export const ratingSteps = ['seriousness', 'frequency', 'exposure', 'recurrence'] as const;

const levelNames: Record<ThresholdLevel, string> = { green: 'Green', amber: 'Amber', red: 'Red' };
const typeLabel = (value: string) => abuseTypes.find((type) => type.value === value)?.label ?? value;

/** The band the matrix gives for the four ratings, or undefined until all four are answered. */
export function thresholdBand(answers: Record<string, Answer>): ThresholdBand | undefined {
  const ratings = ratingSteps.map((step) => choiceOf(answers[step]));
  if (ratings.some((rating) => rating !== 'green' && rating !== 'amber' && rating !== 'red'))
    return undefined;
  return thresholdOutcome(ratings as [Rating, Rating, Rating, Rating]);
}

/** The examples table's entries for the selected types, one group per level, with what could not be read. */
export function examplesForSelectedTypes(answers: Record<string, Answer>): Finding[] {
  const selected = choicesOf(answers.abuseTypes);
  return ratingLevels.flatMap((level): Finding[] => {
    const group = `${levelNames[level.value]}: ${level.examplesHeading}`;
    const atLevel = thresholdExamples.filter(
      (example) => example.level === level.value && selected.includes(example.abuseType),
    );
    const examples = atLevel.map((example): Finding => ({
      kind: 'quote',
      group,
      text: `${typeLabel(example.abuseType)}: ${example.text}`,
      source: example.source,
      note: example.repair?.note,
    }));
    const omitted = examplesOmitted
      .filter((omission) => omission.level === level.value && selected.includes(omission.abuseType))
      .map((omission): Finding => ({
        kind: 'quote',
        group,
        text: `${typeLabel(omission.abuseType)}: an example here cannot be read in this copy of the guidance.`,
        source: { doc: 'thresholds', section: '§15.3 examples' },
        note: omission.note,
      }));
    // How the copy of the table was read for this type (a missing row label) or for this level (cells
    // placed by their position alone), shown with the examples it is about.
    const readings = examplesUncertain
      .filter(
        (uncertainty) =>
          selected.includes(uncertainty.abuseType) && (uncertainty.level ?? level.value) === level.value,
      )
      .filter((uncertainty) => atLevel.some((example) => example.abuseType === uncertainty.abuseType))
      .map((uncertainty): Finding => ({
        kind: 'quote',
        group,
        text: `${typeLabel(uncertainty.abuseType)}: how this copy of the table was read`,
        source: { doc: 'thresholds', section: '§15.3 examples' },
        note: uncertainty.note,
      }));
    return [...examples, ...omitted, ...readings];
  });
}

export const crimeMayHaveBeenCommitted = (answers: Record<string, Answer>) =>
  ['yes', 'notSure'].includes(choiceOf(answers.crime) ?? '');

/** On the outcome: the four ratings that gave it, and what the guidance says whenever a crime may have been committed. */
export function outcomeFindings(answers: Record<string, Answer>): Finding[] {
  const ratings: Finding[] = ratingSteps.map((step) => ({ kind: 'answer', step }));
  return crimeMayHaveBeenCommitted(answers)
    ? [...ratings, { kind: 'pointer', contentId: crimeAddition.id }]
    : ratings;
}
