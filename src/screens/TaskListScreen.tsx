import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { formatDate } from '../../machines/dates';
import { localDay, overdueIn, type Overdue } from '../../machines/rules/overdue';
import type { JourneyContext } from '../../machines/journey';
import {
  roundsIn,
  signedTask,
  signingRows,
  signingStatusLabels,
  taskStatusLabels,
  type SignedProgress,
  type SigningRow,
  type TaskList,
  type TaskRow,
} from '../../machines/tasks';
import { href as routeHref } from '../app/routes';
import { PageHeading } from '../components/PageHeading';
import { WarningText } from '../components/WarningText';
import { getDraft } from '../storage/drafts';
import { toStorageError } from '../storage/errors';
import { getRecord } from '../storage/records';

interface TaskListScreenProps {
  title: string;
  rows: TaskRow[];
  /** Actions past their timescale and a review date passed, shown above the list. */
  overdue?: Overdue;
  /** The address each task's link carries; the task itself is opened by `onStart`. */
  href: string;
  onStart: (task: string) => void;
  /** The case's decision record: signing it as the case goes, version by version. */
  signing?: { rows: SigningRow[]; recordHref?: string; onSign: () => void };
}

const rowId = (row: TaskRow) => `task-${row.task}${row.round ? `-${row.round}` : ''}`;

/** One row of a GOV.UK task list: the whole row a link where it can be opened, and its status. */
function TaskListItem({
  id,
  title,
  status,
  tag,
  link,
}: {
  id: string;
  title: string;
  status: string;
  /** The status as a tag, in the colour of a part still to do or not to do yet; plain text when done. */
  tag?: 'blue' | 'grey';
  link?: { href: string; onOpen?: () => void };
}) {
  const shown: ComponentChildren = tag ? <strong class={`tag tag--${tag}`}>{status}</strong> : status;
  return (
    <li class={`task-list__item${link ? ' task-list__item--with-link' : ''}`}>
      <div class="task-list__name">
        {link ? (
          <a
            class="task-list__link"
            href={link.href}
            aria-describedby={`${id}-status`}
            onClick={
              link.onOpen &&
              ((event) => {
                event.preventDefault();
                link.onOpen!();
              })
            }
          >
            {title}
          </a>
        ) : (
          <span>{title}</span>
        )}
      </div>
      <div
        class={`task-list__status${tag === 'grey' ? ' task-list__status--cannot-start' : ''}`}
        id={`${id}-status`}
      >
        {shown}
      </div>
    </li>
  );
}

/**
 * A journey as a task list (the GOV.UK task list pattern): each part with its status, the whole row a link
 * where the part can be opened, and "Cannot start yet" where the guidance puts another part first.
 */
export function TaskListScreen({ title, rows, overdue, href, onStart, signing }: TaskListScreenProps) {
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
        {rows.map((row) => (
          <TaskListItem
            key={rowId(row)}
            id={rowId(row)}
            title={row.title}
            status={taskStatusLabels[row.status]}
            tag={row.status === 'completed' ? undefined : row.status === 'cannotStartYet' ? 'grey' : 'blue'}
            link={row.canStart ? { href, onOpen: () => onStart(row.task) } : undefined}
          />
        ))}
      </ul>
      {signing && signing.rows.length > 0 && (
        <>
          <h2 class="heading-m">Decision record</h2>
          <ul class="task-list">
            {signing.rows.map((row) => {
              const id = `record-${row.kind}${row.round ? `-${row.round}` : ''}`;
              return (
                <TaskListItem
                  key={id}
                  id={id}
                  title={row.title}
                  status={signingStatusLabels[row.status]}
                  tag={row.status === 'signed' ? undefined : row.canOpen ? 'blue' : 'grey'}
                  link={
                    !row.canOpen
                      ? undefined
                      : row.kind === 'record'
                        ? signing.recordHref
                          ? { href: signing.recordHref }
                          : undefined
                        : { href, onOpen: signing.onSign }
                  }
                />
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** Where the case's signed record stands: its latest version and the rounds that version holds. */
function useSignedProgress(draftId: string, list: TaskList) {
  const [signed, setSigned] = useState<{ recordId: string; progress: SignedProgress } | null>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    const task = signedTask(list);
    if (!task) return;
    getDraft(draftId)
      .then(async (draft) => {
        const record = draft?.recordId ? await getRecord(draft.recordId) : undefined;
        const latest = record?.versions.at(-1)?.signed;
        setSigned(
          latest
            ? {
                recordId: latest.recordId,
                progress: { version: latest.version, rounds: roundsIn(task, latest.rows) },
              }
            : null,
        );
      })
      .catch((error) => setProblem(toStorageError(error, 'unavailable').message));
  }, [draftId]);
  return { signed, problem };
}

/**
 * The task list of a running journey: what is overdue is read from its answers, as of today, and the
 * decision record's rows from the record signed so far.
 */
export function JourneyTaskList({
  context,
  draftId,
  list,
  onSign,
  ...props
}: Omit<TaskListScreenProps, 'overdue' | 'signing'> & {
  context: JourneyContext;
  draftId: string;
  list: TaskList;
  onSign: () => void;
}) {
  const { signed, problem } = useSignedProgress(draftId, list);
  return (
    <>
      <TaskListScreen
        {...props}
        overdue={overdueIn({ context }, localDay(new Date()))}
        signing={
          signed === undefined
            ? undefined
            : {
                rows: signingRows(list, context, signed?.progress ?? null),
                recordHref: signed ? routeHref({ name: 'record', recordId: signed.recordId }) : undefined,
                onSign,
              }
        }
      />
      {problem && <WarningText>{problem}</WarningText>}
    </>
  );
}
