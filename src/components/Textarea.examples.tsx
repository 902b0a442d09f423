import type { Example } from './example';
import { Textarea } from './Textarea';

const noop = () => {};

export const examples: Example[] = [
  {
    name: 'the page heading, with text typed',
    render: () => (
      <Textarea
        id="evidence"
        label="What is your evidence?"
        isPageHeading
        value="Three missed visits since March."
        onInput={noop}
      />
    ),
  },
  {
    name: 'with an error',
    render: () => (
      <Textarea id="reason" label="Reason for the amendment" value="" error="Enter a reason" onInput={noop} />
    ),
  },
];
