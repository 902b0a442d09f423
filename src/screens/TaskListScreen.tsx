import type { ComponentChildren } from 'preact';
import { taskStatusLabels, type TaskRow } from '../../machines/tasks';
import { PageHeading } from '../components/PageHeading';

interface TaskListScreenProps {
  title: string;
  rows: TaskRow[];
  /** What needs attention across the case (overdue actions, a review date passed), above the list. */
  notices?: ComponentChildren;
  /** The address each task's link carries; the task itself is opened by `onStart`. */
  href: string;
  onStart: (task: string) => void;
}

const rowId = (row: TaskRow) => `task-${row.task}${row.round ? `-${row.round}` : ''}`;

/**
 * A journey as a task list (the GOV.UK task list pattern): each part with its status, the whole row a link
 * where the part can be opened, and "Cannot start yet" where the guidance puts another part first.
 */
export function TaskListScreen({ title, rows, notices, href, onStart }: TaskListScreenProps) {
  const completed = rows.filter((row) => row.status === 'completed').length;
  return (
    <div>
      <PageHeading class="heading-l">{title}</PageHeading>
      <p class="body">
        You have completed {completed} of {rows.length} {rows.length === 1 ? 'part' : 'parts'} of this case.
        Every answer is saved as you give it: come back to any part at any time.
      </p>
      {notices}
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
