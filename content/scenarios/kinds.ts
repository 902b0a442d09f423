// The kinds of practice scenario: which journey each is practised on, and the short labels its feedback
// uses. Training screens read these, so a new kind is new content here, a comparison rule in
// machines/rules/training.ts and its feedback, not edits across the screens and the store.
import type { ThresholdBand, ThresholdLevel } from '../thresholds';
import { nonEngagementScenarios, type NonEngagementScenario } from './non-engagement-practice';
import { peterCaseStudy, type PeterCaseStudy } from './peter';
import {
  thresholdScenarios,
  type ExpectedDecision,
  type RatingStep,
  type ThresholdScenario,
} from './threshold-practice';

export const scenarioKinds = {
  /** Written from the examples table (§15.3); practised on the threshold decision. */
  threshold: { journeyId: 'thresholds', scenarios: thresholdScenarios as readonly ThresholdScenario[] },
  /** Written from the non-engagement flowchart; practised on the "Am I colluding?" self-check. */
  nonEngagement: {
    journeyId: 'collusion',
    scenarios: nonEngagementScenarios as readonly NonEngagementScenario[],
  },
  /** The case of Peter, stage by stage; practised on its own journey, offered only for training. */
  peter: { journeyId: 'peter', scenarios: [peterCaseStudy] as readonly PeterCaseStudy[] },
} as const;

export type ScenarioKind = keyof typeof scenarioKinds;

/** The threshold feedback's short names: the app's, for a table row, not the guidance's own wording. */
export const thresholdFeedbackLabels: {
  questions: Record<RatingStep, string>;
  levels: Record<ThresholdLevel, string>;
  bands: Record<ThresholdBand, string>;
  decisions: Record<ExpectedDecision, string>;
} = {
  questions: {
    seriousness: 'How serious',
    frequency: 'How often',
    exposure: 'How many exposed',
    recurrence: 'Likelihood of recurring',
  },
  levels: { green: 'Green', amber: 'Amber', red: 'Red' },
  bands: {
    red: 'One or more red: safeguarding, make a referral',
    amberMany: 'More than two amber: safeguarding, make an alert/referral',
    allGreen: 'All green: not safeguarding but raise an alert',
    undecided: 'One or two amber: the matrix does not decide (professional judgement)',
  },
  decisions: {
    made: 'Make an alert',
    notMade: 'No alert',
    professionalJudgement: 'Your professional judgement, with reasons (either decision)',
    alertOrOtherProcesses: 'Make an alert, or no alert with other processes used and your reasons recorded',
  },
};
