import type { TaskRow } from '../../machines/tasks';
import type { Example } from '../components/example';
import { noop } from './exampleFixtures';
import { TaskListScreen } from './TaskListScreen';

const title = 'Multi-agency risk management: stage actions';

/** A case two reviews in: each status the task list shows, and a review that can be recorded again. */
const underReview: TaskRow[] = [
  { task: 'applicability', title: 'Does the framework apply?', status: 'completed', canStart: true },
  { task: 'stage1', title: 'Stage 1 - concern raised', status: 'completed', canStart: true },
  {
    task: 'stage2',
    title: 'Stage 2 - multi-agency risk management planning meeting',
    status: 'completed',
    canStart: true,
  },
  { task: 'review', title: 'Review meeting 1', status: 'completed', round: 1, canStart: false },
  { task: 'review', title: 'Review meeting 2', status: 'completed', round: 2, canStart: false },
  { task: 'review', title: 'Record a review meeting', status: 'inProgress', canStart: true },
  {
    task: 'closing',
    title: 'Close the process and record the decisions',
    status: 'cannotStartYet',
    canStart: false,
  },
];

export const examples: Example[] = [
  {
    name: 'a new case: only the first task can start',
    render: () => (
      <TaskListScreen
        title={title}
        href="#/draft/example"
        onStart={noop}
        rows={underReview
          .map((row, index): TaskRow =>
            index === 0
              ? { ...row, status: 'notStarted' }
              : { ...row, status: 'cannotStartYet', canStart: false },
          )
          .filter((row) => !row.round)}
      />
    ),
  },
  {
    name: 'a case under review, two meetings recorded and the third in progress',
    render: () => <TaskListScreen title={title} href="#/draft/example" onStart={noop} rows={underReview} />,
  },
  {
    name: 'an overdue action and a review date passed',
    render: () => (
      <TaskListScreen
        title={title}
        href="#/draft/example"
        onStart={noop}
        rows={underReview}
        overdue={{
          actions: [{ action: 'Fire safety check', namedLead: 'Fire service', timescale: '2026-03-09' }],
          reviewDate: '2026-04-13',
        }}
      />
    ),
  },
  {
    name: 'a case signed as it goes: version 2 signed, two review meetings not yet signed',
    render: () => (
      <TaskListScreen
        title={title}
        href="#/draft/example"
        onStart={noop}
        rows={[
          ...underReview.slice(0, 5),
          { ...underReview[4], title: 'Review meeting 3', round: 3 },
          ...underReview.slice(5),
        ]}
        signing={{
          rows: [
            { kind: 'record', title: 'Decision record, version 2', status: 'signed', canOpen: true },
            { kind: 'sign', title: 'Sign review meeting 2', status: 'notSigned', round: 2, canOpen: true },
            { kind: 'sign', title: 'Sign review meeting 3', status: 'notSigned', round: 3, canOpen: false },
          ],
          recordHref: '#/record/example',
          onSign: noop,
        }}
      />
    ),
  },
  {
    name: 'a case whose decision record cannot be signed until stage 2 is done',
    render: () => (
      <TaskListScreen
        title={title}
        href="#/draft/example"
        onStart={noop}
        rows={underReview.filter((row) => !row.round)}
        signing={{
          rows: [
            { kind: 'sign', title: 'Sign the decision record', status: 'cannotSignYet', canOpen: false },
          ],
          onSign: noop,
        }}
      />
    ),
  },
];
