import type { Example } from './example';
import { Radios } from './Radios';

const options = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'notSure', label: "I'm not sure", hint: 'Say why on the next screen' },
];
const noop = () => {};

export const examples: Example[] = [
  {
    name: 'with hint and a choice made',
    render: () => (
      <Radios
        name="atRisk"
        legend="Do you feel at risk?"
        hint="Think about your last visit"
        options={options}
        value="no"
        onChange={noop}
      />
    ),
  },
  {
    name: 'with an error',
    render: () => (
      <Radios
        name="atRisk"
        legend="Do you feel at risk?"
        options={options}
        value={undefined}
        error="Select an option"
        onChange={noop}
      />
    ),
  },
];
