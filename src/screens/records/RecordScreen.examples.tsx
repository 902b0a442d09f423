import type { Example } from '../../components/example';
import { RecordScreen } from './RecordScreen';

export const examples: Example[] = [
  {
    name: 'a record that is not on this device',
    render: () => <RecordScreen recordId="example-missing-record" />,
  },
];
