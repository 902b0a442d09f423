import { noneValue } from '../../content/option-values';
import type { Example } from './example';
import { Checkboxes } from './Checkboxes';

const options = [
  { value: 'calls', label: 'Phone calls' },
  { value: 'visits', label: 'Home visits', hint: 'Announced or unannounced' },
  { value: noneValue, label: 'None of these' },
];
const noop = () => {};

export const examples: Example[] = [
  {
    name: 'with hint and an exclusive "None of these"',
    render: () => (
      <Checkboxes
        name="tried"
        legend="What have you tried?"
        hint="Select all that apply"
        options={options}
        values={['visits']}
        exclusiveValue={noneValue}
        onChange={noop}
      />
    ),
  },
  {
    name: 'with an error',
    render: () => (
      <Checkboxes
        name="tried"
        legend="What have you tried?"
        options={options}
        values={[]}
        error="Select all the options that apply"
        onChange={noop}
      />
    ),
  },
];
