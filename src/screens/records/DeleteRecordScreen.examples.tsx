import type { Example } from '../../components/example';
import { DeleteRecordScreen } from './DeleteRecordScreen';

export const examples: Example[] = [
  {
    name: 'a record that is not on this device',
    render: () => <DeleteRecordScreen recordId="example-missing-record" />,
  },
];
