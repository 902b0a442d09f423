import type { Example } from '../../components/example';
import { RecordsList } from './RecordsList';

export const examples: Example[] = [
  { name: 'the signed records on this device', render: () => <RecordsList search="" /> },
];
