import type { Example } from './example';
import { SummaryList } from './SummaryList';

export const examples: Example[] = [
  {
    name: 'rows with a Change link and free text kept as text',
    render: () => (
      <SummaryList
        rows={[
          {
            key: 'Case reference',
            lines: ['ASC-2026-00417'],
            change: { label: 'case reference', onChange: () => {} },
          },
          {
            key: 'Evidence',
            lines: ['GP says <b>no contact</b> since January', 'Neighbour reports curtains closed'],
          },
        ]}
      />
    ),
  },
];
