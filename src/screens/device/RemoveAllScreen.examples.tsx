import type { Example } from '../../components/example';
import { RemoveAllScreen, RemovedScreen } from './RemoveAllScreen';

export const examples: Example[] = [
  {
    name: 'the confirm step, on a device with nothing stored',
    render: () => <RemoveAllScreen />,
  },
  {
    name: 'all data has been removed',
    render: () => <RemovedScreen />,
  },
];
