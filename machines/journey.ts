// What every journey machine shares: the answer formats, the context (answers and the visited path),
// the events, and the navigation every step has (Back, Change from check answers, replay after a
// change). Machines stay pure: no DOM, storage, timers or invoked services.
import {
  assign,
  enqueueActions,
  setup,
  type AnyActorRef,
  type EventObject,
  type NonReducibleUnknown,
  type ParameterizedObject,
  type ProvidedActor,
  type StateMachine,
} from 'xstate';
import type { Source } from '../content/schema';
import { roundsOf, stepsOfTask, taskMayStart, type Round, type TaskDefinition, type TaskList } from './tasks';

export type ChecklistStatus = 'done' | 'planned' | 'notAppropriate';

export const checklistStatusLabels: Record<ChecklistStatus, string> = {
  done: 'Done',
  planned: 'Planned',
  notAppropriate: 'Not appropriate',
};

export interface ChecklistEntry {
  status: ChecklistStatus | null;
  note: string;
  /** Who is doing it and by when, on checklists that track them. */
  owner?: string;
  due?: string;
}

export type Answer =
  | { kind: 'choice'; choice: string }
  | { kind: 'choices'; choices: string[] }
  | { kind: 'checklist'; items: Record<string, ChecklistEntry> }
  | { kind: 'notes'; notes: Record<string, string> }
  | { kind: 'entries'; entries: Array<Record<string, string>> }
  | { kind: 'text'; text: string };

export interface JourneyContext {
  /** Every answer given, by step, including answers on branches the worker later backed out of. */
  answers: Record<string, Answer>;
  /** The steps visited, in order, ending with the current one. Only these reach the summary. */
  path: string[];
  /**
   * Set while returning through a journey after a Change link: the step being changed and the path as
   * it was, so steps already on that path are not asked again and steps new to it are shown.
   */
  changing: { step: string; previousPath: string[] } | null;
  /**
   * The completed rounds of each repeatable task (a review at every meeting), in order. A round's steps
   * leave the path and answers when it is completed. Absent in drafts saved before journeys had tasks.
   */
  rounds?: Record<string, Round<Answer>[]>;
}

export type JourneyEvent =
  | { type: 'ANSWER'; answer: Answer }
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'CHANGE'; step: string }
  | { type: 'FINISH' }
  /** Opens a task from the task list. */
  | { type: 'START_TASK'; task: string };

/** The screens that take an answer; the others are read and continued. */
const answeringScreenKinds = ['question', 'multiSelect', 'checklist', 'text', 'notes', 'entries'] as const;

/** Which generic screen renders a step. */
export const screenKinds = [
  ...answeringScreenKinds,
  'information',
  'outcome',
  'taskList',
  'checkAnswers',
  'complete',
] as const;
export type ScreenKind = (typeof screenKinds)[number];

export interface StepMeta {
  screen: ScreenKind;
  /** The content item the screen shows; check answers and complete have none. */
  contentId?: string;
  /** A named rule whose findings the screen lists under its content. */
  findings?: string;
  /** The task the step belongs to, in a journey with a task list. */
  task?: string;
  /** On a task list step: the journey's tasks, in order. */
  tasks?: readonly TaskDefinition[];
}

/** Screens that take an answer; the others are read and continued. */
export const answeringScreens: ReadonlySet<ScreenKind> = new Set(answeringScreenKinds);

export const initialContext = (): JourneyContext => ({ answers: {}, path: [], changing: null });

export const currentStep = (context: JourneyContext): string | undefined => context.path.at(-1);

export const choiceOf = (answer: Answer | undefined): string | undefined =>
  answer?.kind === 'choice' ? answer.choice : undefined;

export const choicesOf = (answer: Answer | undefined): string[] =>
  answer?.kind === 'choices' ? answer.choices : [];

export interface GuardArgs {
  context: JourneyContext;
  event: JourneyEvent;
}

/**
 * The shared setup: the context, events, tags (each step is tagged with its screen kind) and meta every
 * journey has, the navigation guards and the actions. A journey names its own decision rules with
 * `journeySetup.extend({ guards })`, so a guard, action or event a journey misspells fails the type check.
 */
export const journeySetup = setup({
  types: {} as { context: JourneyContext; events: JourneyEvent; tags: ScreenKind; meta: StepMeta },
  guards: {
    /** The answer being given is this choice. */
    chose: ({ event }, params: { value: string }) =>
      event.type === 'ANSWER' && choiceOf(event.answer) === params.value,
    /** The answer being given is one of these choices. */
    choseOneOf: ({ event }, params: { values: readonly string[] }) =>
      event.type === 'ANSWER' && params.values.includes(choiceOf(event.answer) ?? ''),
    previousStepIs: ({ context }, params: { step: string }) => context.path.at(-2) === params.step,
    changeTargetIs: ({ context, event }, params: { step: string }) =>
      event.type === 'CHANGE' && event.step === params.step && context.path.includes(params.step),
    /** The task being opened is this one, and the tasks the guidance puts before it are completed. */
    taskMayStart: ({ context, event }, params: { task: string; list: TaskList }) =>
      event.type === 'START_TASK' &&
      event.task === params.task &&
      taskMayStart(params.list, context, params.task),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      const step = currentStep(context);
      if (event.type !== 'ANSWER' || step === undefined) return {};
      return { answers: { ...context.answers, [step]: event.answer } };
    }),
    /** Drop the current step and the one Back returns to; entering that step puts it back on the path. */
    stepBack: assign(({ context }) => ({ path: context.path.slice(0, -2), changing: null })),
    startChange: assign(({ context, event }) => {
      if (event.type !== 'CHANGE') return {};
      return {
        path: context.path.slice(0, context.path.indexOf(event.step)),
        changing: { step: event.step, previousPath: context.path },
      };
    }),
    /**
     * Entering a step records it on the path. While returning after a Change, a step already answered
     * (other than the one being changed) is passed through with its saved answer, so the worker only
     * sees steps whose answers are missing or outcomes that may have changed, and the guards still
     * decide the route from the answers.
     */
    enterStep: enqueueActions(({ context, enqueue }, params: { step: string; screen: ScreenKind }) => {
      enqueue.assign({ path: [...context.path, params.step] });
      if (params.screen === 'checkAnswers') {
        enqueue.assign({ changing: null });
        return;
      }
      const { changing } = context;
      // Only steps the worker had already passed are passed through; the changed step and any step new
      // to the route (a question, or guidance they have not seen) are shown.
      if (changing === null || changing.step === params.step || !changing.previousPath.includes(params.step))
        return;
      // Guidance pages are passed through; an outcome stops, because a changed answer may change it.
      if (params.screen === 'information') {
        enqueue.raise({ type: 'CONTINUE' });
        return;
      }
      if (params.screen === 'outcome') return;
      const saved = context.answers[params.step];
      if (saved !== undefined) enqueue.raise({ type: 'ANSWER', answer: saved });
    }),
    /**
     * Opening a task: a task done before is gone through afresh, so its steps leave the path (their
     * answers stay, to be shown again). A new round of a repeatable task starts with the answers it
     * carries forward, unless it is already under way.
     */
    startTask: assign(({ context }, params: { task: TaskDefinition; list: TaskList }) => {
      const steps = stepsOfTask(params.list, params.task.id);
      const path = context.path.filter((step) => !steps.includes(step));
      const carry = params.task.repeat?.carry;
      if (!carry || steps.some((step) => context.answers[step] !== undefined)) return { path };
      const last = roundsOf(context, params.task.id).at(-1);
      const answers = { ...context.answers };
      for (const [step, from] of Object.entries(carry)) {
        const carried = last ? last.answers[step] : context.answers[from];
        if (carried !== undefined) answers[step] = structuredClone(carried);
      }
      return { path, answers };
    }),
    /**
     * Arriving at the task list: it stands once on the path, at its end. Arriving from the last step of a
     * round of a repeatable task completes the round: its answers and steps are kept as the round, in
     * order, and leave the path and answers so that the next round starts clean.
     */
    enterTaskList: assign(({ context }, params: { step: string; list: TaskList }) => {
      let path = context.path.filter((step) => step !== params.step);
      const from = path.at(-1);
      // Back at the task list after a Change: the other tasks done before stay done, in their order.
      const { changing } = context;
      if (changing) {
        const changedTask = params.list.stepTasks[changing.step];
        path = [
          ...path,
          // The step the worker was on when they chose to change had not been passed: it is left out.
          ...changing.previousPath
            .slice(0, -1)
            .filter(
              (step) =>
                params.list.stepTasks[step] !== undefined &&
                params.list.stepTasks[step] !== changedTask &&
                !path.includes(step),
            ),
        ];
      }
      const task = params.list.tasks.find((candidate) => candidate.id === params.list.stepTasks[from ?? '']);
      if (!task?.repeat) return { path: [...path, params.step], changing: null };
      const steps = stepsOfTask(params.list, task.id);
      const round: Round<Answer> = {
        path: path.filter((step) => steps.includes(step)),
        answers: Object.fromEntries(
          Object.entries(context.answers).filter(([step]) => steps.includes(step) && path.includes(step)),
        ),
      };
      return {
        path: [...path.filter((step) => !steps.includes(step)), params.step],
        answers: Object.fromEntries(
          Object.entries(context.answers).filter(([step]) => !steps.includes(step)),
        ),
        rounds: { ...context.rounds, [task.id]: [...roundsOf(context, task.id), round] },
        changing: null,
      };
    }),
  },
});

/** The events a step handles itself; Back and Change are handled once, at the root, for every step. */
export type StepEventType = Exclude<JourneyEvent['type'], 'BACK' | 'CHANGE'>;

/**
 * A step as a journey writes it: its meta and its own transitions. The guards and actions the
 * transitions name are checked against the journey's setup when the machine is created; the events and
 * targets are checked by `withNavigation`.
 */
export interface StepDefinition {
  meta: StepMeta;
  on?: { readonly [E in StepEventType]?: unknown };
  type?: 'final';
}

/** The step names a transition (a target, a transition object, or a list of them) can lead to. */
type TargetsOf<T> = T extends string
  ? T
  : T extends readonly (infer Each)[]
    ? TargetsOf<Each>
    : T extends { readonly target: infer Target }
      ? TargetsOf<Target>
      : never;

type TransitionsOf<TStep> = TStep extends { readonly on: infer On } ? On : Record<never, never>;

/**
 * Every event a step handles is one steps handle, and every target it names is a step of the same
 * journey: a misspelt event or target makes the offending transition `never`, which fails the type check.
 */
type CheckedSteps<TSteps> = {
  readonly [Step in keyof TSteps]: {
    readonly on?: {
      readonly [Event in keyof TransitionsOf<TSteps[Step]>]: Event extends StepEventType
        ? [TargetsOf<TransitionsOf<TSteps[Step]>[Event]>] extends [keyof TSteps]
          ? unknown
          : never
        : never;
    };
  };
};

/** The state config `withNavigation` makes of each step: the step as written, its tag and entry action. */
type NavigableStep<TStep> = TStep & {
  tags: ScreenKind[];
  entry: (
    | { type: 'enterStep'; params: { step: string; screen: ScreenKind } }
    | { type: 'enterTaskList'; params: { step: string; list: TaskList } }
  )[];
};

/**
 * Turns a journey's step table into statechart states: each step gets its meta, a tag for its screen
 * kind, the entry action that records it on the path, and the root gets Back and Change transitions to
 * every step (guarded by the path, so Back always returns to the step the worker actually came from).
 * A task list step opens each task it declares once the tasks before it are completed; Back does not
 * leave it, because the task list is where the worker returns to, not a step between others.
 */
export function withNavigation<const TSteps extends Record<string, StepDefinition>>(
  steps: TSteps & CheckedSteps<TSteps>,
) {
  const stepTasks: Record<string, string> = {};
  for (const [name, step] of Object.entries<StepDefinition>(steps))
    if (step.meta.task) stepTasks[name] = step.meta.task;
  const states: Record<string, NavigableStep<StepDefinition>> = {};
  for (const [name, step] of Object.entries<StepDefinition>(steps)) {
    if (step.meta.screen === 'taskList') {
      const list: TaskList = { tasks: step.meta.tasks ?? [], stepTasks };
      const unknown = list.tasks.find((task) => !(task.start in steps) || stepTasks[task.start] !== task.id);
      if (unknown)
        throw new Error(`Task "${unknown.id}" starts on "${unknown.start}", which is not one of its steps`);
      states[name] = {
        ...step,
        tags: [step.meta.screen],
        entry: [{ type: 'enterTaskList', params: { step: name, list } }],
        on: {
          ...step.on,
          START_TASK: list.tasks.map((task) => ({
            guard: { type: 'taskMayStart' as const, params: { task: task.id, list } },
            target: task.start,
            actions: { type: 'startTask' as const, params: { task, list } },
          })),
        },
      };
      // Back does not leave the task list: a transition of its own, with no target, stops the root's.
      (states[name].on as Record<string, unknown>).BACK = {};
      continue;
    }
    states[name] = {
      ...step,
      tags: [step.meta.screen],
      entry: [{ type: 'enterStep', params: { step: name, screen: step.meta.screen } }],
    };
  }
  const navigable = Object.keys(steps).filter((name) => steps[name].type !== 'final');
  return {
    // Built entry by entry, so the step names are restated for the type checker.
    states: states as { [Step in keyof TSteps]: NavigableStep<TSteps[Step]> },
    on: {
      BACK: navigable.map((name) => ({
        guard: { type: 'previousStepIs' as const, params: { step: name } },
        target: `.${name}`,
        actions: 'stepBack' as const,
      })),
      CHANGE: navigable.map((name) => ({
        guard: { type: 'changeTargetIs' as const, params: { step: name } },
        target: `.${name}`,
        actions: 'startChange' as const,
      })),
    },
  };
}

/** The steps of one task of a journey with a task list: each step's meta names the task. */
export function inTask<const TSteps extends Record<string, StepDefinition>>(task: string, steps: TSteps) {
  return Object.fromEntries(
    Object.entries(steps).map(([name, step]) => [name, { ...step, meta: { ...step.meta, task } }]),
  ) as { [Step in keyof TSteps]: TSteps[Step] & { meta: { task: string } } };
}

/** The usual transition on an answer: record it against the current step, then go to `target`. */
export const recordAndGo = <const TTarget extends string>(target: TTarget) => ({
  target,
  actions: 'recordAnswer' as const,
});

/** Guard: the answer being given is this choice. */
export const chose = (value: string) => ({ type: 'chose' as const, params: { value } });

/** Guard: the answer being given is one of these choices. */
export const choseOneOf = (...values: string[]) => ({ type: 'choseOneOf' as const, params: { values } });

/** Every journey ends the same way: check answers, then complete. */
export const finishingSteps = () =>
  ({
    checkAnswers: { meta: { screen: 'checkAnswers' }, on: { FINISH: 'complete' } },
    complete: { type: 'final', meta: { screen: 'complete' } },
  }) as const;

/**
 * Any journey's machine, as the app runs it: the context, events, tags (screen kinds) and step meta the
 * app reads are fixed for every journey. Each journey's state names (its state value and schema) are its
 * own and appear both as inputs and outputs of the machine's methods, so no narrower type covers all
 * journeys; they are left open, as XState's own `AnyStateMachine` leaves them.
 */
export type JourneyMachine = StateMachine<
  JourneyContext,
  JourneyEvent,
  Record<string, AnyActorRef | undefined>,
  ProvidedActor,
  ParameterizedObject,
  ParameterizedObject,
  string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each journey's own step names
  any,
  ScreenKind,
  NonReducibleUnknown,
  NonReducibleUnknown,
  EventObject,
  StepMeta,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each journey's own state schema
  any,
  StepMeta
>;

/** Something a rule found in the answers, listed on an outcome or information screen. */
export type Finding =
  | { kind: 'answer'; step: string }
  | { kind: 'pointer'; contentId: string }
  /** A passage quoted from the guidance under a heading, e.g. the examples for one level of harm. */
  | { kind: 'quote'; group: string; text: string; source: Source; note?: string };

export type FindingsRule = (answers: Record<string, Answer>) => Finding[];

/** A journey's persisted snapshot as an upgrade reads it: where it is, and the context. */
export interface SavedJourney {
  value: string;
  context: JourneyContext;
  [other: string]: unknown;
}

/**
 * Brings a draft saved by one version of a journey to the next, keeping every answer, where the steps a
 * draft went through changed (a step removed, or moved into a task).
 */
export interface SnapshotUpgrade {
  /** What it changes, as the storage migrations are named. */
  name: string;
  upgrade(saved: SavedJourney): SavedJourney;
}

/** What a journey file exports: its machine and findings rules; the catalogue adds its id, title and documents. */
export interface JourneyDefinition {
  /**
   * Bumped whenever a change to the machine could make an older saved draft fit badly, so the app can
   * tell the worker which version a draft was saved with.
   */
  version: number;
  machine: JourneyMachine;
  findings: Record<string, FindingsRule>;
  /**
   * upgrades[N - 1] takes a draft saved by version N to version N + 1. Append only; never edit one that
   * shipped. Without one, a draft saved by an older version is checked as it is.
   */
  upgrades?: readonly SnapshotUpgrade[];
}

/** The meta of each step of a journey, by step name. */
export function stepMetas(journey: JourneyDefinition): Map<string, StepMeta> {
  const states = journey.machine.root.states;
  return new Map(Object.entries(states).flatMap(([name, node]) => (node.meta ? [[name, node.meta]] : [])));
}
