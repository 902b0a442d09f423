import type { Example } from '../components/example';
import { noop } from './exampleFixtures';
import { StepNotShownScreen } from './StepNotShownScreen';

export const examples: Example[] = [
  {
    name: 'a screen kind this version has no screen for',
    render: () => (
      <StepNotShownScreen
        reason={'The step "capacity" is a "video" screen, which this version of the app cannot show.'}
        onBack={noop}
        onHome={noop}
      />
    ),
  },
  {
    name: 'the first step, with no content',
    render: () => (
      <StepNotShownScreen
        reason={'The step "age" has no content in this version of the app.'}
        onHome={noop}
      />
    ),
  },
];
