import { noneValue } from '../../content/option-values';
import type { Example } from '../components/example';
import { exampleContent, stepProps } from './exampleFixtures';
import { MultiSelectScreen } from './MultiSelectScreen';

export const examples: Example[] = [
  {
    name: 'concerns with exclusive "None of these" (ne.concerns)',
    render: () => (
      <MultiSelectScreen {...stepProps('concerns', exampleContent('ne.concerns', 'multiSelect'))} />
    ),
  },
  {
    name: 'concerns with saved choices (ne.concerns)',
    render: () => (
      <MultiSelectScreen
        {...stepProps('concerns', exampleContent('ne.concerns', 'multiSelect'), {
          initial: { kind: 'choices', choices: ['mca', 'duress'] },
        })}
      />
    ),
  },
  {
    name: '"None of these" chosen (ne.concerns)',
    render: () => (
      <MultiSelectScreen
        {...stepProps('concerns', exampleContent('ne.concerns', 'multiSelect'), {
          initial: { kind: 'choices', choices: [noneValue] },
        })}
      />
    ),
  },
  {
    name: 'a case study stage answered with several choices (peter.strategy.q)',
    render: () => (
      <MultiSelectScreen {...stepProps('strategy', exampleContent('peter.strategy.q', 'multiSelect'))} />
    ),
  },
];
