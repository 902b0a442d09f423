import type { Example } from '../../components/example';
import { VerifyScreen } from './VerifyScreen';

export const examples: Example[] = [{ name: 'before a file is chosen', render: () => <VerifyScreen /> }];
