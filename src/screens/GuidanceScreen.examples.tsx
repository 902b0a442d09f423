import {
  collusionJourney,
  nonEngagementJourney,
  collusionContentOf,
  exampleContent,
  findingsOf,
  flaggedCollusionAnswers,
  neContentOf,
  nonEngagementExampleContext,
  stepProps,
} from './exampleFixtures';
import type { Example } from '../components/example';
import { GuidanceScreen } from './GuidanceScreen';

export const examples: Example[] = [
  {
    name: 'information with bullets (ne.consider)',
    render: () => (
      <GuidanceScreen
        {...stepProps('consider', exampleContent('ne.consider', 'information'))}
        contentOf={neContentOf}
      />
    ),
  },
  {
    name: 'information with reconstructed note and warning (ne.atRisk)',
    render: () => (
      <GuidanceScreen
        {...stepProps('atRisk', exampleContent('ne.atRisk', 'information'))}
        contentOf={neContentOf}
      />
    ),
  },
  {
    name: 'pointer findings for the concerns selected (ne.concernPointers)',
    render: () => (
      <GuidanceScreen
        {...stepProps('concernPointers', exampleContent('ne.concernPointers', 'information'), {
          answers: nonEngagementExampleContext.answers,
          findings: findingsOf(nonEngagementJourney, 'concernPointers', nonEngagementExampleContext.answers),
        })}
        contentOf={neContentOf}
      />
    ),
  },
  {
    name: 'outcome with answer findings (collusion.outcome.discuss)',
    render: () => (
      <GuidanceScreen
        {...stepProps('discuss', exampleContent('collusion.outcome.discuss', 'outcome'), {
          answers: flaggedCollusionAnswers,
          findings: findingsOf(collusionJourney, 'collusionFlags', flaggedCollusionAnswers),
        })}
        contentOf={collusionContentOf}
      />
    ),
  },
  {
    name: 'outcome with warning and missing checks (ne.outcome.doNotClose)',
    render: () => (
      <GuidanceScreen
        {...stepProps('doNotClose', exampleContent('ne.outcome.doNotClose', 'outcome'), {
          answers: nonEngagementExampleContext.answers,
          findings: findingsOf(
            nonEngagementJourney,
            'missingClosingChecks',
            nonEngagementExampleContext.answers,
          ),
        })}
        contentOf={neContentOf}
      />
    ),
  },
  {
    name: 'outcome drawing on two sources (ne.outcome.under18)',
    render: () => (
      <GuidanceScreen
        {...stepProps('under18', exampleContent('ne.outcome.under18', 'outcome'))}
        contentOf={neContentOf}
      />
    ),
  },
  {
    name: "a case study's feedback page: caption, the review's account, its own button (peter.levels.matches)",
    render: () => (
      <GuidanceScreen
        {...stepProps('levelsMatches', exampleContent('peter.levels.matches', 'outcome'))}
        contentOf={neContentOf}
      />
    ),
  },
];
