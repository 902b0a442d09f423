// A journey as a task list (the GOV.UK task list pattern): the journey declares its tasks on a step of
// screen kind "taskList", each step says which task it belongs to, and what each task's status is follows
// from the answers and the path alone. A repeatable task (a review at every meeting) keeps each completed
// round in order. Pure functions of plain data: the machine's guards and the task list screen both use them.

/** One part of a journey the worker opens from the task list. */
export interface TaskDefinition {
  id: string;
  title: string;
  /** The step the task begins on. */
  start: string;
  /** Tasks that must be completed first, where the guidance puts them in order. */
  after?: readonly string[];
  /** A task done again and again, each round kept in order: a review at every meeting. */
  repeat?: RepeatDefinition;
}

export interface RepeatDefinition {
  /** What one completed round is called; the rounds are numbered ("Review meeting 2"). */
  roundTitle: string;
  /**
   * What a new round starts with, by step: the same step's answer in the round before, or, for the first
   * round, the answer to the step named here (the action plan as it stood when the reviews began).
   */
  carry?: Readonly<Record<string, string>>;
  /** A round with this answer ends the repetition (the process ends); none ends it when absent. */
  endsWhen?: { step: string; choice: string };
  /** The step whose date answer dates each round (the meeting's date), named when the round is signed. */
  dateStep?: string;
}

/** One completed round of a repeatable task: its answers and the steps it went through, in order. */
export interface Round<A = unknown> {
  answers: Record<string, A>;
  path: string[];
}

/** What a task list step declares, and which task each of the journey's steps belongs to. */
export interface TaskList {
  tasks: readonly TaskDefinition[];
  /** The task of each step that belongs to one, by step name. */
  stepTasks: Readonly<Record<string, string>>;
}

/** The part of a journey's context the task statuses are read from. */
export interface TaskProgress<A = unknown> {
  answers: Readonly<Record<string, A>>;
  path: readonly string[];
  rounds?: Readonly<Record<string, readonly Round<A>[]>>;
}

export type TaskStatus = 'notStarted' | 'inProgress' | 'completed' | 'cannotStartYet';

/** The GOV.UK task list's words for each status. */
export const taskStatusLabels: Record<TaskStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  completed: 'Completed',
  cannotStartYet: 'Cannot start yet',
};

export interface TaskRow {
  task: string;
  title: string;
  status: TaskStatus;
  /** The completed round this row is, counted from 1; absent for a task's own row. */
  round?: number;
  /** The row opens its task. */
  canStart: boolean;
}

export const stepsOfTask = (list: TaskList, task: string): string[] =>
  Object.keys(list.stepTasks).filter((step) => list.stepTasks[step] === task);

/** What a completed round is called, counted from 1 ("Review meeting 2"), on the task list and in the record. */
export const roundTitleOf = (task: TaskDefinition, round: number): string =>
  `${task.repeat?.roundTitle ?? task.title} ${round}`;

export const roundsOf = <A>(progress: TaskProgress<A>, task: string): readonly Round<A>[] =>
  progress.rounds?.[task] ?? [];

const choiceIs = (answer: unknown, choice: string) =>
  typeof answer === 'object' && answer !== null && 'choice' in answer && answer.choice === choice;

/** The round ends the repetition: it holds the answer the task says ends it. */
export const roundEnds = (task: TaskDefinition, round: Round): boolean =>
  task.repeat?.endsWhen !== undefined &&
  choiceIs(round.answers[task.repeat.endsWhen.step], task.repeat.endsWhen.choice);

export function taskCompleted(list: TaskList, progress: TaskProgress, id: string): boolean {
  const task = list.tasks.find((candidate) => candidate.id === id);
  if (!task) return false;
  if (task.repeat) {
    const rounds = roundsOf(progress, id);
    return task.repeat.endsWhen ? rounds.some((round) => roundEnds(task, round)) : rounds.length > 0;
  }
  // Completed once the worker has gone on from one of its steps to a step outside it.
  const { path } = progress;
  return path.some(
    (step, index) =>
      list.stepTasks[step] === id && index + 1 < path.length && list.stepTasks[path[index + 1]] !== id,
  );
}

const taskStarted = (list: TaskList, progress: TaskProgress, id: string): boolean =>
  [...progress.path, ...Object.keys(progress.answers)].some((step) => list.stepTasks[step] === id);

/** The task may be opened: the tasks before it are completed, and a repeatable task has not ended. */
export function taskMayStart(list: TaskList, progress: TaskProgress, id: string): boolean {
  const task = list.tasks.find((candidate) => candidate.id === id);
  if (!task) return false;
  if (task.repeat && taskCompleted(list, progress, id) && task.repeat.endsWhen) return false;
  return (task.after ?? []).every((before) => taskCompleted(list, progress, before));
}

/** The task list's rows, in order: each task, and each completed round of a repeatable task. */
export function taskRows(list: TaskList, progress: TaskProgress): TaskRow[] {
  return list.tasks.flatMap((task): TaskRow[] => {
    const mayStart = taskMayStart(list, progress, task.id);
    const open = (): TaskRow => ({
      task: task.id,
      title: task.title,
      status: !mayStart
        ? 'cannotStartYet'
        : !task.repeat && taskCompleted(list, progress, task.id)
          ? 'completed'
          : taskStarted(list, progress, task.id)
            ? 'inProgress'
            : 'notStarted',
      canStart: mayStart,
    });
    if (!task.repeat) {
      const row = open();
      // A completed task can be opened again to change it, unless a task it comes after is no longer done.
      return [
        row.status === 'cannotStartYet' && taskCompleted(list, progress, task.id)
          ? { ...row, status: 'completed' }
          : row,
      ];
    }
    const rounds = roundsOf(progress, task.id).map((_round, index): TaskRow => ({
      task: task.id,
      title: roundTitleOf(task, index + 1),
      status: 'completed',
      round: index + 1,
      canStart: false,
    }));
    return mayStart || !taskCompleted(list, progress, task.id) ? [...rounds, open()] : rounds;
  });
}

// ---- Signing the case's decision record as it goes --------------------------------------------------
// A case kept over weeks is signed as it goes: once the tasks its repeatable task comes after are done
// (the plan a review works from exists), the decision record can be signed as version 1; every round
// completed after that is signed, in order, as the next version of the same record, so the record holds
// each review meeting as it stood when it was signed.

/** The repeatable task whose rounds are signed one by one; a journey has at most one. */
export const signedTask = (list: TaskList): TaskDefinition | undefined =>
  list.tasks.find((task) => task.repeat);

/** How many rounds of the task, from the first and without a gap, rows of a signed record hold. */
export function roundsIn(task: TaskDefinition, rows: readonly { round?: string }[]): number {
  const rounds = new Set(rows.map((row) => row.round));
  let count = 0;
  while (rounds.has(roundTitleOf(task, count + 1))) count += 1;
  return count;
}

/** The case's signed record as the task list needs it: its latest version and the rounds that version holds. */
export interface SignedProgress {
  version: number;
  rounds: number;
}

export type SigningStatus = 'notSigned' | 'signed' | 'cannotSignYet';

/** The app's words for where the decision record stands. */
export const signingStatusLabels: Record<SigningStatus, string> = {
  notSigned: 'Not signed',
  signed: 'Signed',
  cannotSignYet: 'Cannot sign yet',
};

export interface SigningRow {
  /** Signing the next version, or the signed record itself. */
  kind: 'sign' | 'record';
  title: string;
  status: SigningStatus;
  /** The completed round this row signs, counted from 1; absent for the first signing and the record. */
  round?: number;
  /** The row opens what it names: the signing form, or the signed record. */
  canOpen: boolean;
}

/** Whether the case may be signed for the first time: the tasks its repeatable task comes after are done. */
export const mayFirstSign = (list: TaskList, progress: TaskProgress): boolean => {
  const task = signedTask(list);
  return !!task && (task.after ?? []).every((before) => taskCompleted(list, progress, before));
};

/**
 * The decision record's rows on the task list: "Sign the decision record" until version 1 is signed; then
 * the record, and each completed round not yet signed, only the earliest of which can be signed now, so
 * the versions follow the rounds in order.
 */
export function signingRows(
  list: TaskList,
  progress: TaskProgress,
  signed: SignedProgress | null,
): SigningRow[] {
  const task = signedTask(list);
  if (!task) return [];
  if (!signed) {
    const may = mayFirstSign(list, progress);
    return [
      {
        kind: 'sign',
        title: 'Sign the decision record',
        status: may ? 'notSigned' : 'cannotSignYet',
        canOpen: may,
      },
    ];
  }
  const completed = roundsOf(progress, task.id).length;
  const unsigned = Array.from({ length: Math.max(0, completed - signed.rounds) }, (_, index): SigningRow => {
    const round = signed.rounds + index + 1;
    const title = roundTitleOf(task, round);
    return {
      kind: 'sign',
      title: `Sign ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
      status: 'notSigned',
      round,
      canOpen: index === 0,
    };
  });
  return [
    { kind: 'record', title: `Decision record, version ${signed.version}`, status: 'signed', canOpen: true },
    ...unsigned,
  ];
}
