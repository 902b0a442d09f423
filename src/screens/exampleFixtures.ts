// What the screens' examples are made of: real content from content/, journeys taken part of the way, and
// the props the journey runner gives a step screen (with no-op callbacks: an example shows a screen, it does
// not run a journey). Each screen's own examples are in the `.examples.tsx` file beside it.
import { contentById } from '../../content';
import type { ContentItem } from '../../content/schema';
import { journeyFrom, type Journey } from '../../machines';
import { initialContext, type Answer, type Finding, type JourneyContext } from '../../machines/journey';
import { contentOfStep } from '../../machines/session';
import { collusionJourney as collusionDefinition } from '../../machines/collusion';
import { nonEngagementJourney as nonEngagementDefinition } from '../../machines/non-engagement';
import { formatDateTime } from '../../machines/dates';
import type { DraftEnvelope } from '../storage/schema';
import type { StepScreenProps } from './types';

/** The two journeys the examples are drawn from, as the app runs them. */
export const collusionJourney = journeyFrom('collusion', collusionDefinition);
export const nonEngagementJourney = journeyFrom('non-engagement', nonEngagementDefinition);

type ContentOfKind<K extends ContentItem['kind']> = Extract<ContentItem, { kind: K }>;

/** A content item by id, checked to be of the kind the screen expects, so a renamed id fails loudly. */
export function exampleContent<K extends ContentItem['kind']>(id: string, kind: K): ContentOfKind<K> {
  const item = contentById.get(id);
  if (!item) throw new Error(`Example content "${id}" does not exist`);
  if (item.kind !== kind) throw new Error(`Example content "${id}" is a ${item.kind}, not a ${kind}`);
  return item as ContentOfKind<K>;
}

/** The content shown at a step of a journey, as the journey runner looks it up. */
export { contentOfStep };

export const noop = () => {};

/** The props the journey runner gives a step screen, with no-op callbacks. */
export function stepProps<C extends ContentItem>(
  step: string,
  content: C,
  fields: { initial?: Answer; findings?: Finding[]; answers?: Record<string, Answer> } = {},
): StepScreenProps<C> {
  return {
    step,
    content,
    initial: fields.initial,
    findings: fields.findings ?? [],
    answers: fields.answers ?? {},
    onAnswer: noop,
    onInput: noop,
    onContinue: noop,
  };
}

/** Free text as a worker might type it, including characters that must never be read as markup. */
export const exampleEvidenceText =
  'Three missed home visits since March. GP says <b>no contact</b> since January & the neighbour reports the curtains stay closed.';

/** Strategies partly worked through: some done, one planned, one ruled out with a reason. */
export const exampleStrategies: Answer = {
  kind: 'checklist',
  items: {
    calls: { status: 'done', note: 'Three calls, no answer, voicemail left each time' },
    homeVisits: { status: 'planned', note: 'Joint visit with district nurse booked' },
    letters: { status: 'done', note: '' },
    trustedFamilyMember: { status: 'notAppropriate', note: 'Family is the reason for concern' },
  },
};

/**
 * A non-engagement journey taken all the way to check answers: evidence given, two collusion flags, felt
 * at risk, concerns selected, and considering closing without the required checks.
 */
export const nonEngagementExampleContext: JourneyContext = {
  ...initialContext(),
  answers: {
    age: { kind: 'choice', choice: 'yes' },
    evidence: { kind: 'choice', choice: 'evidence' },
    evidenceDetail: { kind: 'text', text: exampleEvidenceText },
    avoidConflict: { kind: 'choice', choice: 'no' },
    minimising: { kind: 'choice', choice: 'notSure' },
    hesitantToShare: { kind: 'choice', choice: 'no' },
    keepingToMyself: { kind: 'choice', choice: 'yes' },
    relievedNoAnswer: { kind: 'choice', choice: 'no' },
    familyNeeds: { kind: 'choice', choice: 'no' },
    feelAtRisk: { kind: 'choice', choice: 'yes' },
    strategies: exampleStrategies,
    concerns: { kind: 'choices', choices: ['mca', 'gatekeeper', 'duress'] },
    nextSteps: {
      kind: 'checklist',
      items: {
        doNotClose: { status: 'done', note: '' },
        discussLineManager: { status: 'planned', note: 'Supervision on Thursday' },
      },
    },
    closing: { kind: 'choice', choice: 'yes' },
    closingRiskAssessment: { kind: 'choice', choice: 'no' },
    closingAgencyCheck: { kind: 'choice', choice: 'yes' },
  },
  path: [
    'age',
    'evidence',
    'evidenceDetail',
    'consider',
    'avoidConflict',
    'minimising',
    'hesitantToShare',
    'keepingToMyself',
    'relievedNoAnswer',
    'familyNeeds',
    'collusionDiscuss',
    'feelAtRisk',
    'atRisk',
    'strategies',
    'concerns',
    'concernPointers',
    'nextSteps',
    'inaction',
    'closing',
    'closingRiskAssessment',
    'closingAgencyCheck',
    'doNotClose',
    'dataProtection',
    'checkAnswers',
  ],
};

/** The "Am I colluding?" self-check with no signs, and a reflection left empty, finished. */
export const collusionExampleContext: JourneyContext = {
  ...initialContext(),
  answers: {
    avoidConflict: { kind: 'choice', choice: 'no' },
    minimising: { kind: 'choice', choice: 'no' },
    hesitantToShare: { kind: 'choice', choice: 'no' },
    keepingToMyself: { kind: 'choice', choice: 'no' },
    relievedNoAnswer: { kind: 'choice', choice: 'no' },
    familyNeeds: { kind: 'choice', choice: 'no' },
    reflection: { kind: 'text', text: '' },
  },
  path: [
    'avoidConflict',
    'minimising',
    'hesitantToShare',
    'keepingToMyself',
    'relievedNoAnswer',
    'familyNeeds',
    'reflection',
    'noSigns',
    'checkAnswers',
    'complete',
  ],
};

/** The self-check's answers that flag two questions (one yes, one not sure). */
export const flaggedCollusionAnswers: Record<string, Answer> = {
  avoidConflict: { kind: 'choice', choice: 'no' },
  minimising: { kind: 'choice', choice: 'notSure' },
  hesitantToShare: { kind: 'choice', choice: 'no' },
  keepingToMyself: { kind: 'choice', choice: 'yes' },
  relievedNoAnswer: { kind: 'choice', choice: 'no' },
  familyNeeds: { kind: 'choice', choice: 'no' },
};

export const exampleCaseReference = 'ASC-2026-00417';

export const exampleCompletedAt = formatDateTime('2026-11-22T10:32:00Z');

export const findingsOf = (journey: Journey, rule: string, answers: Record<string, Answer>): Finding[] => {
  const find = journey.findings[rule];
  if (!find) throw new Error(`Journey "${journey.id}" has no findings rule "${rule}"`);
  return find(answers);
};

/** A draft saved by an older version: it stopped at a step this version no longer has. */
export const unfitDraft: DraftEnvelope = {
  id: 'example-unfit-draft',
  format: 1,
  journeyId: 'non-engagement',
  journeyVersion: 0,
  editions: [],
  caseReference: exampleCaseReference,
  snapshot: {
    status: 'active',
    value: 'riskToWorker',
    context: {
      answers: {
        age: { kind: 'choice', choice: 'yes' },
        evidence: { kind: 'choice', choice: 'somethingElse' },
        riskToWorker: { kind: 'text', text: 'Dog at the property <script>alert(1)</script>' },
      },
      path: ['age', 'evidence', 'riskToWorker'],
      changing: null,
    },
  },
  pending: {},
  status: 'inProgress',
  createdAt: '2026-03-02T09:15:00Z',
  updatedAt: '2026-03-02T09:40:00Z',
};

export const neContentOf = contentOfStep(nonEngagementJourney);
export const collusionContentOf = contentOfStep(collusionJourney);
