// The journey engine's API: the journeys the app offers and what the screens need to know about them.
// The catalogue is small and loaded with the home screen; a journey's machine and content are loaded
// only when a worker opens it, which keeps the first screen fast on a cheap phone. Journey files know
// nothing of the catalogue: each exports its machine and findings, and the catalogue joins them to the
// journey's id, title and documents, so no import runs both ways.
import type { DocumentId } from '../content/schema';
import type { JourneyDefinition } from './journey';

export interface JourneyInfo {
  id: string;
  title: string;
  description: string;
  /** The guidance documents the journey draws on; their editions travel with every draft. */
  documents: DocumentId[];
  /** Offered only in training, as a practice run: never started for a case, never signed. */
  practiceOnly?: true;
}

/** A journey as the app runs it: its catalogue entry joined to its machine and findings rules. */
export interface Journey extends JourneyInfo, JourneyDefinition {}

interface CatalogueEntry extends JourneyInfo {
  load: () => Promise<JourneyDefinition>;
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
    description:
      'The six questions from the non-engagement flowchart, with a reflection and what to do next.',
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
  {
    id: 'peter',
    title: 'The case of Peter',
    description:
      'A case study for trainees from "Learning from a single agency review: the case of Peter": a decision at each of its eight learning points, with the review\'s finding and the action taken as feedback.',
    documents: ['peter-review'],
    practiceOnly: true,
    load: () => import('./peter').then((module) => module.peterJourney),
  },
];

/** The journeys a worker starts for a case; the others are offered only in training. */
export const caseworkJourneys = catalogue.filter((entry) => !entry.practiceOnly);

export function findJourneyInfo(id: string): JourneyInfo | undefined {
  return catalogue.find((entry) => entry.id === id);
}

// Each journey once loaded, so loading it again (Start, after it was loaded while the case reference was
// typed) answers at once: a dynamic import of a module already loaded still resolves only in a later task,
// after the browser has drawn a frame, and Start would wait that long before writing the new draft.
const loaded = new Map<string, Journey>();

/** The journey with its machine, or undefined if this version of the app has no such journey. */
export async function loadJourney(id: string): Promise<Journey | undefined> {
  const known = loaded.get(id);
  if (known) return known;
  const entry = catalogue.find((candidate) => candidate.id === id);
  if (!entry) return undefined;
  const journey = journeyFrom(id, await entry.load());
  loaded.set(id, journey);
  return journey;
}

/** Joins a journey file's machine and findings to its catalogue entry. */
export function journeyFrom(id: string, definition: JourneyDefinition): Journey {
  const entry = catalogue.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No catalogue entry for journey "${id}"`);
  const { load: _load, ...info } = entry;
  return { ...info, ...definition };
}

/** Every journey in the catalogue, loaded at once: for tests and tools that walk them all. */
export async function loadAllJourneys(): Promise<Journey[]> {
  const journeys = await Promise.all(catalogue.map((entry) => loadJourney(entry.id)));
  return journeys.filter((journey) => journey !== undefined);
}
