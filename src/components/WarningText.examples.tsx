import type { Example } from './example';
import { WarningText } from './WarningText';

export const examples: Example[] = [
  { name: 'a warning', render: () => <WarningText>DO NOT CLOSE CASE</WarningText> },
];
