import type { Example } from '../components/example';
import { exampleContent, exampleStrategies, stepProps } from './exampleFixtures';
import { ChecklistScreen } from './ChecklistScreen';

export const examples: Example[] = [
  {
    name: 'strategies with warning, partly filled in (ne.strategies)',
    render: () => (
      <ChecklistScreen
        {...stepProps('strategies', exampleContent('ne.strategies', 'checklist'), {
          initial: exampleStrategies,
        })}
      />
    ),
  },
  {
    name: 'next steps, nothing recorded yet (ne.nextSteps)',
    render: () => (
      <ChecklistScreen {...stepProps('nextSteps', exampleContent('ne.nextSteps', 'checklist'))} />
    ),
  },
];
