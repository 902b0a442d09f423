// The engine contract: everything a screen needs to know about a running journey, read from the
// machine's snapshot with XState's own questions (getMeta() for the step's meta, hasTag() for its screen
// kind, can() for Back, matches() for the first step) rather than worked out again from the path. The
// app renders what this says and sends events; it never reads the machine's states itself.
import type { SnapshotFrom } from 'xstate';
import { contentById } from '../content';
import type { ContentItem } from '../content/schema';
import {
  currentStep,
  screenKinds,
  stepMetas,
  type Finding,
  type JourneyDefinition,
  type JourneyMachine,
  type ScreenKind,
  type StepMeta,
} from './journey';
import { taskRows, type TaskList, type TaskRow } from './tasks';

export type JourneySnapshot = SnapshotFrom<JourneyMachine>;

/** What the screen for the current step needs. */
export interface StepView {
  /** The step's name. */
  step: string;
  /** The step's meta, as the machine declares it; undefined for a step with none. */
  meta: StepMeta | undefined;
  /** The screen the step is tagged with; undefined when its kind is one this version of the app has no screen for. */
  screen: ScreenKind | undefined;
  /** The content item the step shows; check answers and complete have none. */
  content: ContentItem | undefined;
  /** What the step's findings rule finds in the answers, when it names one. */
  findings: Finding[];
  /** Back returns to the step before (false on the first step, and once the journey is complete). */
  canGoBack: boolean;
  /** The step the journey starts on, with nothing before it. */
  isFirstStep: boolean;
  /** The journey is still running: false once it is complete. */
  active: boolean;
  /** On a task list step: its rows, in order, each saying whether the machine will open it now. */
  tasks: TaskRow[];
}

/** The task list a task list step declares, with the task of every step of the journey. */
export function taskListOf(journey: JourneyDefinition, meta: StepMeta | undefined): TaskList {
  const stepTasks: Record<string, string> = {};
  for (const [step, each] of stepMetas(journey)) if (each.task) stepTasks[step] = each.task;
  return { tasks: meta?.tasks ?? [], stepTasks };
}

/** The task list a journey declares, if it has a task list step. */
export function journeyTaskList(journey: JourneyDefinition): TaskList | undefined {
  const meta = [...stepMetas(journey).values()].find((each) => each.screen === 'taskList');
  return meta ? taskListOf(journey, meta) : undefined;
}

/** Back returns to a step: the machine has a Back transition for where the worker is, and is still running. */
export const canGoBack = (snapshot: JourneySnapshot): boolean =>
  snapshot.status === 'active' && snapshot.can({ type: 'BACK' });

/** The content a step of the journey shows, by step name (guidance pages link to other steps' content). */
export const contentOfStep =
  (journey: JourneyDefinition) =>
  (step: string): ContentItem | undefined => {
    const id = stepMetas(journey).get(step)?.contentId;
    return id ? contentById.get(id) : undefined;
  };

/** What the screen for the snapshot's current step needs. */
export function stepView(journey: JourneyDefinition, snapshot: JourneySnapshot): StepView {
  const step = currentStep(snapshot.context) ?? String(snapshot.value);
  // A journey's steps are flat, so the current step is the one state with meta.
  const meta = Object.values(snapshot.getMeta()).find((each) => each !== undefined);
  const rule = meta?.findings ? journey.findings[meta.findings] : undefined;
  const initial = journey.machine.root.initial.target[0]?.key;
  // Asked once: each can() works out a transition.
  const back = canGoBack(snapshot);
  return {
    step,
    meta,
    screen: screenKinds.find((kind) => snapshot.hasTag(kind)),
    content: meta?.contentId ? contentById.get(meta.contentId) : undefined,
    findings: rule?.(snapshot.context.answers) ?? [],
    canGoBack: back,
    isFirstStep: snapshot.status === 'active' && initial !== undefined && snapshot.matches(initial) && !back,
    active: snapshot.status === 'active',
    tasks: meta?.tasks
      ? taskRows(taskListOf(journey, meta), snapshot.context).map((row) => ({
          ...row,
          // The machine decides: a row opens only where it would accept the task.
          canStart: row.canStart && snapshot.can({ type: 'START_TASK', task: row.task }),
        }))
      : [],
  };
}
