import { nonEngagementScenarios, peterCaseStudy, thresholdScenarios } from '../../../content/scenarios';
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

const peterLink = { kind: 'peter', scenarioId: peterCaseStudy.id } as const;
/** The review's decision at the first stages, one of its three at the fourth (strategy meetings). */
const peterAnswers: Record<string, Answer> = {
  levels: choice('threshold'),
  referrers: choice('feedback'),
  screening: choice('progressS42'),
  strategy: { kind: 'choices', choices: ['agenda'] },
};

export const examples: Example[] = [
  {
    name: 'the scenario above a threshold practice run',
    render: () => (
      <TrainingJourneyPanel
        part="banner"
        training={{ kind: 'threshold', scenarioId: thresholdScenario.id }}
        step="abuseTypes"
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
        step="outcome_undecided"
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
        step="discuss"
        answers={{ avoidConflict: choice('yes'), minimising: choice('no') }}
      />
    ),
  },
  {
    name: 'the case of Peter: feedback on a stage whose decision differs from the review',
    render: () => (
      <TrainingJourneyPanel
        part="feedback"
        training={peterLink}
        step="strategyDiffers"
        answers={peterAnswers}
      />
    ),
  },
  {
    name: 'the case of Peter: how the trainee did, at the end',
    render: () => (
      <TrainingJourneyPanel part="feedback" training={peterLink} step="finished" answers={peterAnswers} />
    ),
  },
];
