import { nonEngagementScenarios, thresholdScenarios } from '../../../content/scenarios';
import type { Answer } from '../../../machines/journey';
import type { Example } from '../../components/example';
import { TrainingJourneyPanel } from './TrainingJourneyPanel';

const thresholdScenario = thresholdScenarios[0];
const selfCheckScenario = nonEngagementScenarios[0];
const choice = (value: string): Answer => ({ kind: 'choice', choice: value });

/** A trainee who rated everything amber and made no alert: some of it will differ from the guidance. */
const thresholdAnswers: Record<string, Answer> = {
  seriousness: choice('amber'),
  frequency: choice('amber'),
  exposure: choice('amber'),
  recurrence: choice('amber'),
  decision: choice('notMade'),
};

export const examples: Example[] = [
  {
    name: 'the scenario above a threshold practice run',
    render: () => (
      <TrainingJourneyPanel
        part="banner"
        training={{ kind: 'threshold', scenarioId: thresholdScenario.id }}
        answers={{}}
      />
    ),
  },
  {
    name: 'feedback on a threshold practice run',
    render: () => (
      <TrainingJourneyPanel
        part="feedback"
        training={{ kind: 'threshold', scenarioId: thresholdScenario.id }}
        answers={thresholdAnswers}
      />
    ),
  },
  {
    name: 'feedback on a self-check practice run',
    render: () => (
      <TrainingJourneyPanel
        part="feedback"
        training={{ kind: 'nonEngagement', scenarioId: selfCheckScenario.id }}
        answers={{ avoidConflict: choice('yes'), minimising: choice('no') }}
      />
    ),
  },
];
