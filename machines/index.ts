// The journey engine's API: the journeys the app offers and what the screens need to know about them.
// The catalogue is small and loaded with the home screen; a journey's machine and content are loaded
// only when a worker opens it, which keeps the first screen fast on a cheap phone.
import type { DocumentId } from '../content/schema';
import type { FindingsRule, JourneyMachine, StepMeta } from './journey';



export interface JourneyInfo {
  id: string;
  title: string;
  description: string;
  /** The guidance documents the journey draws on; their editions travel with every draft. */
  documents: DocumentId[];
}

export interface Journey extends JourneyInfo {
  /**
   * Bumped whenever a change to the machine could make an older saved draft fit badly, so the app can
   * tell the worker which version a draft was saved with.
   */
  version: number;
  machine: JourneyMachine;
  findings: Record<string, FindingsRule>;
}

interface CatalogueEntry extends JourneyInfo {
  load: () => Promise<Journey>;
}

export const catalogue: CatalogueEntry[] = [
  {
    id: 'non-engagement',
    title: 'Adult not engaging with services',
    description:
      'What to do when an adult or family is not engaging with services: evidence of risk, the "Am I colluding?" self-check, strategies, concerns, next steps and the rule on closing a case.',
    documents: ['non-engagement', 'risk-management', 'thresholds'],
    load: () => import('./non-engagement').then((module) => module.nonEngagementJourney),
  },
  {
    id: 'thresholds',
    title: 'Should this concern go through safeguarding adults procedures?',
    description:
      'The threshold decision: types of abuse, the factors to identify, the four threshold questions with examples for each level, the outcome, and your recorded decision and reasons.',
    documents: ['thresholds'],
    load: () => import('./thresholds').then((module) => module.thresholdJourney),
  },
  {
    id: 'collusion',
    title: 'Am I colluding? A self-check',
    description: 'The six questions from the non-engagement flowchart, with a reflection and what to do next.',
    documents: ['non-engagement'],
    load: () => import('./collusion').then((module) => module.collusionJourney),
  },
  {
    id: 'risk-management',
    title: 'Multi-agency risk management: stage actions',
    description:
      'For a high-risk adult who is refusing or disengaging from support: whether the framework applies, the key actions of stages 1, 2 and 3 with who and by when, mental capacity, refusal, the SMART action plan and its review, and defensible decisions.',
    documents: ['risk-management'],
    load: () => import('./risk-management').then((module) => module.riskManagementJourney),
  },
  {
    id: 'partnership',
    title: 'Structured partnership approach',
    description:
      'Whether a structured partnership approach may be required, the lead professional and multi-agency meeting, sharing information with or without consent, risk enablement, record keeping, and the forums it may lead to.',
    documents: ['partnership'],
    load: () => import('./partnership').then((module) => module.partnershipJourney),
  },
];

export function findJourneyInfo(id: string): JourneyInfo | undefined {
  return catalogue.find((entry) => entry.id === id);
}

/** The journey with its machine, or undefined if this version of the app has no such journey. */
export async function loadJourney(id: string): Promise<Journey | undefined> {
  return catalogue.find((entry) => entry.id === id)?.load();
}

/** Joins a journey's machine to its catalogue entry. */
export function defineJourney(id: string, definition: Omit<Journey, keyof JourneyInfo>): Journey {
  const info = findJourneyInfo(id);
  if (!info) throw new Error(`No catalogue entry for journey "${id}"`);
  const { load: _load, ...fields } = info as CatalogueEntry;
  return { ...fields, ...definition };
}

/** The meta of each step of a journey, by step name. */
export function stepMetas(journey: Journey): Map<string, StepMeta> {
  const states = journey.machine.root.states;
  return new Map(Object.entries(states).flatMap(([name, node]) => (node.meta ? [[name, node.meta]] : [])));
}
