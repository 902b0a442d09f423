import type { Example } from './example';
import { TextInput } from './TextInput';

const noop = () => {};

export const examples: Example[] = [
  {
    name: 'the page heading, with hint',
    render: () => (
      <TextInput
        id="reference"
        label="Case reference"
        isPageHeading
        hint="Use the case reference, not the adult’s name"
        value=""
        onInput={noop}
      />
    ),
  },
  {
    name: 'a narrow date field with an error',
    render: () => (
      <TextInput
        id="due"
        label="By when"
        type="date"
        width="narrow"
        value=""
        error="Enter a date"
        onInput={noop}
      />
    ),
  },
];
