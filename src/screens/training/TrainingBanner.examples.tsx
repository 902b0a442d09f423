import type { Example } from '../../components/example';
import { TrainingBanner } from './TrainingBanner';

export const examples: Example[] = [
  { name: 'above every training screen', render: () => <TrainingBanner /> },
];
