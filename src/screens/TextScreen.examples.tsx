import type { Example } from '../components/example';
import { exampleContent, exampleEvidenceText, stepProps } from './exampleFixtures';
import { TextScreen } from './TextScreen';

export const examples: Example[] = [
  {
    name: 'required evidence (ne.evidenceDetail)',
    render: () => (
      <TextScreen {...stepProps('evidenceDetail', exampleContent('ne.evidenceDetail', 'text'))} />
    ),
  },
  {
    name: 'required evidence with saved text (ne.evidenceDetail)',
    render: () => (
      <TextScreen
        {...stepProps('evidenceDetail', exampleContent('ne.evidenceDetail', 'text'), {
          initial: { kind: 'text', text: exampleEvidenceText },
        })}
      />
    ),
  },
  {
    name: 'optional reflection (collusion.reflection)',
    render: () => <TextScreen {...stepProps('reflection', exampleContent('collusion.reflection', 'text'))} />,
  },
];
