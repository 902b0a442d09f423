import type { Example } from '../components/example';
import { exampleContent, stepProps } from './exampleFixtures';
import { QuestionScreen } from './QuestionScreen';

export const examples: Example[] = [
  {
    name: 'yes or no, with hint (ne.age)',
    render: () => <QuestionScreen {...stepProps('age', exampleContent('ne.age', 'question'))} />,
  },
  {
    name: 'saved answer preselected (ne.age)',
    render: () => (
      <QuestionScreen
        {...stepProps('age', exampleContent('ne.age', 'question'), {
          initial: { kind: 'choice', choice: 'yes' },
        })}
      />
    ),
  },
  {
    name: 'three long options (ne.evidence)',
    render: () => <QuestionScreen {...stepProps('evidence', exampleContent('ne.evidence', 'question'))} />,
  },
  {
    name: 'self-check question with worded options (collusion.keepingToMyself)',
    render: () => (
      <QuestionScreen
        {...stepProps('keepingToMyself', exampleContent('collusion.keepingToMyself', 'question'))}
      />
    ),
  },
  {
    name: "a case study stage: its caption and the review's account above the question (peter.levels.q)",
    render: () => <QuestionScreen {...stepProps('levels', exampleContent('peter.levels.q', 'question'))} />,
  },
];
