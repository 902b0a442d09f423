import { StorageError } from '../storage/errors';
import type { Example } from '../components/example';
import { HomeScreen } from './HomeScreen';

export const examples: Example[] = [
  {
    name: 'drafts from this device',
    render: () => <HomeScreen />,
  },
  {
    name: 'storage unavailable',
    render: () => <HomeScreen storageProblem={new StorageError('unavailable')} />,
  },
];
