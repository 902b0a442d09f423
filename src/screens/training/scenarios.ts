import { nonEngagementScenarios, thresholdScenarios, type NonEngagementScenario, type ThresholdScenario } from '../../../content/scenarios';
import type { TrainingLink } from '../../storage/drafts';

export type Scenario = { kind: 'threshold'; scenario: ThresholdScenario } | { kind: 'nonEngagement'; scenario: NonEngagementScenario };

/** The journey each kind of scenario is practised with. */
export const practiceJourney: Record<TrainingLink['kind'], string> = {
  threshold: 'thresholds',
  nonEngagement: 'collusion',
};

export function findScenario(link: TrainingLink): Scenario | undefined {
  if (link.kind === 'threshold') {
    const scenario = thresholdScenarios.find((entry) => entry.id === link.scenarioId);
    return scenario && { kind: 'threshold', scenario };
  }
  const scenario = nonEngagementScenarios.find((entry) => entry.id === link.scenarioId);
  return scenario && { kind: 'nonEngagement', scenario };
}
