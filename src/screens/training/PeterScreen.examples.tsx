import type { Example } from '../../components/example';
import { PeterScreen } from './PeterScreen';

export const examples: Example[] = [
  { name: 'the case study from where it was left', render: () => <PeterScreen /> },
];
