import type { Example } from '../components/example';
import { EntriesScreen } from './EntriesScreen';
import { exampleContent, stepProps } from './exampleFixtures';

export const examples: Example[] = [
  {
    name: 'the action plan, nothing added yet (rm.actionPlan)',
    render: () => <EntriesScreen {...stepProps('actionPlan', exampleContent('rm.actionPlan', 'entries'))} />,
  },
  {
    name: 'the action plan at a review, carried forward with each action’s status (rm.review.actionPlan)',
    render: () => (
      <EntriesScreen
        {...stepProps('reviewActionPlan', exampleContent('rm.review.actionPlan', 'entries'), {
          initial: {
            kind: 'entries',
            entries: [
              {
                action: 'Joint visit with the GP',
                namedLead: 'Community nurse (NHS)',
                timescale: '2026-03-02',
                status: 'done',
              },
              { action: 'Fire safety check', namedLead: 'Fire service', timescale: '2026-03-09' },
            ],
          },
        })}
      />
    ),
  },
  {
    name: 'meeting attendees (sp.meetingAttendees)',
    render: () => (
      <EntriesScreen {...stepProps('meetingAttendees', exampleContent('sp.meetingAttendees', 'entries'))} />
    ),
  },
];
