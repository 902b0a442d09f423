import type { Example } from '../../components/example';
import { TrainingHome } from './TrainingHome';

export const examples: Example[] = [{ name: 'scenarios and progress', render: () => <TrainingHome /> }];
