import type { Example } from './example';
import { Button } from './Button';

export const examples: Example[] = [
  { name: 'primary, submitting a form', render: () => <Button>Continue</Button> },
  {
    name: 'secondary',
    render: () => (
      <Button variant="secondary" type="button">
        Print
      </Button>
    ),
  },
  {
    name: 'warning',
    render: () => (
      <Button variant="warning" type="button">
        Delete this draft
      </Button>
    ),
  },
];
