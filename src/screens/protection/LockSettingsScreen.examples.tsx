import type { Example } from '../../components/example';
import { LockSettingsScreen } from './LockSettingsScreen';

export const examples: Example[] = [
  { name: 'when the app locks itself', render: () => <LockSettingsScreen /> },
];
