import { formatDate } from '../../machines/dates';
import { localDay, overdueIn, type Overdue } from '../../machines/rules/overdue';
import type { JourneyContext } from '../../machines/journey';
import { taskStatusLabels, type TaskRow } from '../../machines/tasks';
import { PageHeading } from '../components/PageHeading';
import { WarningText } from '../components/WarningText';

interface TaskListScreenProps {
  title: string;
  rows: TaskRow[];
  /** Actions past their timescale and a review date passed, shown above the list. */
  overdue?: Overdue;
  /** The address each task's link carries; the task itself is opened by `onStart`. */
  href: string;
  onStart: (task: string) => void;
}

const rowId = (row: TaskRow) => `task-${row.task}${row.round ? `-${row.round}` : ''}`;

/**
 * A journey as a task list (the GOV.UK task list pattern): each part with its status, the whole row a link
 * where the part can be opened, and "Cannot start yet" where the guidance puts another part first.
 */
export function TaskListScreen({ title, rows, overdue, href, onStart }: TaskListScreenProps) {
  const completed = rows.filter((row) => row.status === 'completed').length;
  return (
    <div>
      <PageHeading class="heading-l">{title}</PageHeading>
      <p class="body">
        You have completed {completed} of {rows.length} {rows.length === 1 ? 'part' : 'parts'} of this case.
        Every answer is saved as you give it: come back to any part at any time.
      </p>
      {overdue && (overdue.actions.length > 0 || overdue.reviewDate) && (
        <div class="overdue" role="region" aria-label="Overdue">
          <WarningText>
            {overdue.reviewDate &&
              `The review meeting set for ${formatDate(overdue.reviewDate)} has passed with no review recorded. `}
            {overdue.actions.length > 0 &&
              `${overdue.actions.length} ${overdue.actions.length === 1 ? 'action is' : 'actions are'} past ${overdue.actions.length === 1 ? 'its' : 'their'} timescale and not done:`}
          </WarningText>
          {overdue.actions.length > 0 && (
            <ul class="list">
              {overdue.actions.map((action, index) => (
                <li key={index}>
                  {action.action} ({action.namedLead}, by {formatDate(action.timescale)})
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ul class="task-list">
        {rows.map((row) => {
          const id = rowId(row);
          const status =
            row.status === 'completed' ? (
              taskStatusLabels[row.status]
            ) : (
              <strong class={`tag tag--${row.status === 'cannotStartYet' ? 'grey' : 'blue'}`}>
                {taskStatusLabels[row.status]}
              </strong>
            );
          return (
            <li
              key={id}
              class={`task-list__item${row.canStart ? ' task-list__item--with-link' : ''}`}
              data-status={row.status}
            >
              <div class="task-list__name">
                {row.canStart ? (
                  <a
                    class="task-list__link"
                    href={href}
                    aria-describedby={`${id}-status`}
                    onClick={(event) => {
                      event.preventDefault();
                      onStart(row.task);
                    }}
                  >
                    {row.title}
                  </a>
                ) : (
                  <span>{row.title}</span>
                )}
              </div>
              <div
                class={`task-list__status${row.status === 'cannotStartYet' ? ' task-list__status--cannot-start' : ''}`}
                id={`${id}-status`}
              >
                {status}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The task list of a running journey: what is overdue is read from its answers, as of today. */
export function JourneyTaskList({
  context,
  ...props
}: Omit<TaskListScreenProps, 'overdue'> & { context: JourneyContext }) {
  return <TaskListScreen {...props} overdue={overdueIn({ context }, localDay(new Date()))} />;
}
