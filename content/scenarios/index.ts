import type { DocumentId } from '../schema';
import { nonEngagementScenarios } from './non-engagement-practice';
import { peterCaseStudy } from './peter';
import { thresholdPracticeGaps, thresholdScenarios } from './threshold-practice';

// Training mode content: practice scenarios and a guided case study, each with its expected answers and
// the source it is written from. Data only, like the rest of content/.

export * from './threshold-practice';
export * from './peter';
export * from './non-engagement-practice';
export * from './kinds';

export interface ScenarioEditionNote {
  /** Which set of scenarios the note is about. */
  about: 'thresholds' | 'peter' | 'non-engagement' | 'all';
  text: string;
}

export interface ScenarioEdition {
  /** Bumped whenever scenarios, expected answers or feedback change, so a trainee's record says which set they used. */
  version: number;
  /** The guidance documents the scenarios are written from, with the edition each one carries. */
  writtenFrom: Array<{ doc: DocumentId; edition: string }>;
  counts: { threshold: number; peterStages: number; nonEngagement: number };
  notes: ScenarioEditionNote[];
}

export const scenarioEdition: ScenarioEdition = {
  version: 2,
  writtenFrom: [
    {
      doc: 'thresholds',
      edition:
        'Solihull Local Practice Guidance No 15, Thresholds: April 2013, review date April 2015 (overdue)',
    },
    { doc: 'peter-review', edition: 'Learning from a single agency review: the case of Peter (undated)' },
    { doc: 'non-engagement', edition: 'Non-engagement flowchart (undated); adults 18 or over' },
    {
      doc: 'risk-management',
      edition:
        'Multi-Agency Risk Management Framework, March 2016 (a newer edition exists locally); quoted once, where the flowchart\'s "Family acting as a gatekeeper?" points to it',
    },
  ],
  counts: {
    threshold: thresholdScenarios.length,
    peterStages: peterCaseStudy.stages.length,
    nonEngagement: nonEngagementScenarios.length,
  },
  notes: [
    {
      about: 'all',
      text: 'These are training scenarios. They are not real cases, and no real person is named; the review of Peter is anonymised and "Peter" is its own name for him.',
    },
    {
      about: 'thresholds',
      text: "Each threshold scenario is written from one example in the examples table (§15.3) and keeps that example's facts; the expected ratings, band and decision follow the matrix (§15.3) and §15.2.",
    },
    {
      about: 'thresholds',
      text: `No scenario could be written for: ${thresholdPracticeGaps
        .map((gap) => `${gap.abuseType} ${gap.level} (${gap.note})`)
        .join('; ')}`,
    },
    {
      about: 'thresholds',
      text: 'The green and amber answers to question 2 ("How often…") are supplied by the app because those cells are damaged or empty in this copy ("Isolated incident", "Has occurred more than once"). Ratings that use them are marked in the feedback.',
    },
    {
      about: 'thresholds',
      text: 'All green: the examples table heads its first column "Not SAFEGUARDING", while the matrix\'s outcome for all green is "NOT SAFEGUARDING BUT RAISE AN ALERT". The feedback shows both with their sources; the expected decision follows the matrix\'s outcome wording (raise an alert), as the threshold journey does, and the feedback sets out the other processes §15.2 requires if no alert is made.',
    },
    {
      about: 'thresholds',
      text: 'One or two amber with no red: the matrix is silent. These scenarios expect a professional-judgement decision under the guidance\'s "If in doubt" steps, never "not safeguarding".',
    },
    {
      about: 'thresholds',
      text: "The direct payments, medication, pressure ulcers and staffing rows have no row label in this copy, and the sexual red examples are placed by their column position only; the scenarios follow the app's reading of the table (see examplesUncertain in content/thresholds.ts).",
    },
    {
      about: 'peter',
      text: "The case study follows the review's eight learning points in order. Narrative, findings and actions are quoted from the review; the questions and options are the app's. Where an expected answer rests on inference, the stage says so.",
    },
    {
      about: 'non-engagement',
      text: 'The flowchart\'s explanation of "Do I feel at risk?" is printed overleaf and is missing from this copy; the scenarios point to the worker\'s own lone-working policy and do not add safety policy.',
    },
  ],
};
