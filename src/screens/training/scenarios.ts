import type { DraftEnvelope, TrainingLink } from '../../storage/schema';
import {
  scenarioKinds,
  type NonEngagementScenario,
  type PeterCaseStudy,
  type ScenarioKind,
  type ThresholdScenario,
} from '../../../content/scenarios';
import type { Answer, JourneyContext } from '../../../machines/journey';
import {
  compareCaseStudyAttempt,
  compareSelfCheckAttempt,
  compareThresholdAttempt,
} from '../../../machines/rules/training';
import { startDraft } from '../../app/startDraft';
import { listDrafts } from '../../storage/drafts';

export type Scenario =
  | { kind: 'threshold'; scenario: ThresholdScenario }
  | { kind: 'nonEngagement'; scenario: NonEngagementScenario }
  | { kind: 'peter'; scenario: PeterCaseStudy };

/** Starts a practice run of a scenario on its kind's journey: no case reference is asked, only marked. */
export const startPractice = (link: TrainingLink, title: string): Promise<DraftEnvelope> =>
  startDraft(scenarioKinds[link.kind].journeyId, `TRAINING: ${title}`, link);

/**
 * A journey offered only for practice (the case study) is the one scenario of its kind: the trainee's
 * latest run of it is opened where they left it, or, with none, a run is started.
 */
export async function openPracticeRun(journeyId: string): Promise<DraftEnvelope> {
  const kind = (Object.keys(scenarioKinds) as ScenarioKind[]).find(
    (each) => scenarioKinds[each].journeyId === journeyId,
  );
  const scenario = kind && scenarioKinds[kind].scenarios[0];
  if (!kind || !scenario) throw new Error(`No practice is written for the journey "${journeyId}".`);
  // Most recently saved first.
  const runs = await listDrafts({ training: true });
  return (
    runs.find((run) => run.journeyId === journeyId) ??
    startPractice({ kind, scenarioId: scenario.id }, scenario.title)
  );
}

/** The scenario a practice run is linked to, found among its kind's scenarios in content/. */
export function findScenario(link: TrainingLink): Scenario | undefined {
  const found = scenarioKinds[link.kind]?.scenarios.find((entry) => entry.id === link.scenarioId);
  return found && ({ kind: link.kind, scenario: found } as Scenario);
}

/** How an attempt compared with the scenario's expected answers, in a line for the trainee's list. */
export function attemptSummary(
  found: Scenario,
  answers: Record<string, Answer>,
): { matched: boolean; text: string } {
  if (found.kind === 'threshold') {
    const result = compareThresholdAttempt(found.scenario, answers);
    const right = result.ratings.filter((rating) => rating.matched).length;
    return {
      matched: result.matched,
      text: `${right} of 4 ratings as this scenario reads them; outcome ${result.band.matched ? 'matches' : 'differs'}`,
    };
  }
  if (found.kind === 'peter') {
    const result = compareCaseStudyAttempt(found.scenario, answers);
    const count = found.scenario.stages.length;
    return {
      matched: result.matched === count,
      text: `${result.matched} of ${count} decisions as the review supports`,
    };
  }
  const result = compareSelfCheckAttempt(found.scenario, answers);
  return {
    matched: result.matched,
    text: `${result.spotted.length} of ${found.scenario.expectedFlags.length} signs spotted`,
  };
}

export interface ScenarioProgress {
  attempts: number;
  matched: boolean;
  text: string;
  at: string;
}

/**
 * Each scenario's progress, derived from the practice runs finished on this device: how many, and how
 * the most recently finished one compared. A finished run is saved with its last answer, so the
 * progress is there as soon as the run is.
 */
export function progressFromRuns(runs: readonly DraftEnvelope[]): Map<string, ScenarioProgress> {
  const progress = new Map<string, ScenarioProgress>();
  const finished = runs
    .filter((run) => run.training && run.status === 'complete')
    .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : 1));
  for (const run of finished) {
    const found = findScenario(run.training!);
    const context = (run.snapshot as { context?: JourneyContext } | null)?.context;
    if (!found || !context) continue;
    const summary = attemptSummary(found, context.answers);
    const previous = progress.get(run.training!.scenarioId);
    progress.set(run.training!.scenarioId, {
      attempts: (previous?.attempts ?? 0) + 1,
      matched: summary.matched,
      text: summary.text,
      at: run.updatedAt,
    });
  }
  return progress;
}
