import {
  collusionJourney,
  nonEngagementJourney,
  collusionContentOf,
  exampleContent,
  findingsOf,
  flaggedCollusionAnswers,
  nonEngagementExampleContext,
} from './exampleFixtures';
import type { Example } from '../components/example';
import { AnswerFindings, Passage, PointerFindings } from './Findings';

export const examples: Example[] = [
  {
    name: 'a passage with bullets (ne.consider)',
    render: () => <Passage content={exampleContent('ne.consider', 'information')} />,
  },
  {
    name: 'the self-check’s flagged questions with the answers given',
    render: () => (
      <AnswerFindings
        findings={findingsOf(collusionJourney, 'collusionFlags', flaggedCollusionAnswers)}
        answers={flaggedCollusionAnswers}
        contentOf={collusionContentOf}
      />
    ),
  },
  {
    name: 'the guidance behind each concern selected',
    render: () => (
      <PointerFindings
        findings={findingsOf(nonEngagementJourney, 'concernPointers', nonEngagementExampleContext.answers)}
      />
    ),
  },
];
