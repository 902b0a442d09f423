import type { Example } from '../components/example';
import { ExamplesScreen } from './ExamplesScreen';

export const examples: Example[] = [{ name: 'every type of abuse', render: () => <ExamplesScreen /> }];
