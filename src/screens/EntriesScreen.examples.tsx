import type { Example } from '../components/example';
import { EntriesScreen } from './EntriesScreen';
import { exampleContent, stepProps } from './exampleFixtures';

export const examples: Example[] = [
  {
    name: 'the action plan, nothing added yet (rm.actionPlan)',
    render: () => <EntriesScreen {...stepProps('actionPlan', exampleContent('rm.actionPlan', 'entries'))} />,
  },
  {
    name: 'meeting attendees (sp.meetingAttendees)',
    render: () => (
      <EntriesScreen {...stepProps('meetingAttendees', exampleContent('sp.meetingAttendees', 'entries'))} />
    ),
  },
];
