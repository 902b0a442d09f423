import type { Example } from '../components/example';
import { StartScreen } from './StartScreen';

export const examples: Example[] = [
  { name: 'starting the threshold decision', render: () => <StartScreen journeyId="thresholds" /> },
  { name: 'a journey this version does not have', render: () => <StartScreen journeyId="retired-journey" /> },
  {
    name: 'opening the case of Peter, offered only for practice: no case reference asked',
    render: () => <StartScreen journeyId="peter" />,
  },
];
