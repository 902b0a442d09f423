// The current step of a running journey, on the screen its kind names: a question, a checklist,
// guidance, check answers, the finished journey, or, for a step this version cannot show, a screen that
// says so. What the step is comes from the engine contract (machines/session.ts).
import type { ContentItem } from '../../content/schema';
import type { Journey } from '../../machines';
import { formatDateTime } from '../../machines/dates';
import type { Answer, JourneyContext, JourneyEvent } from '../../machines/journey';
import { contentOfStep, taskListOf, type StepView } from '../../machines/session';
import { summarise } from '../../machines/summary';
import { CheckAnswersScreen } from '../screens/CheckAnswersScreen';
import { ChecklistScreen } from '../screens/ChecklistScreen';
import { CompleteScreen } from '../screens/CompleteScreen';
import { EntriesScreen } from '../screens/EntriesScreen';
import { GuidanceScreen } from '../screens/GuidanceScreen';
import { MultiSelectScreen } from '../screens/MultiSelectScreen';
import { NotesScreen } from '../screens/NotesScreen';
import { QuestionScreen } from '../screens/QuestionScreen';
import { StepNotShownScreen } from '../screens/StepNotShownScreen';
import { TextScreen } from '../screens/TextScreen';
import type { StepScreenProps } from '../screens/types';
import type { TrainingLink } from '../storage/schema';
import { lazyScreen } from './lazyScreen';
import { href } from './routes';
import type { SaveStatus } from './useDraftSession';

// Signing needs the record and crypto code, loaded only when a journey is complete or a case is signed.
const SignRecordPanel = lazyScreen(() =>
  import('../screens/records/SignRecordPanel').then((module) => module.SignRecordPanel),
);
// A practice run's feedback, loaded only on practice.
const TrainingJourneyPanel = lazyScreen(() =>
  import('../screens/training/TrainingJourneyPanel').then((module) => module.TrainingJourneyPanel),
);

// Only a journey kept as a case opens on a task list, so the other journeys do not load it.
const JourneyTaskList = lazyScreen(() =>
  import('../screens/TaskListScreen').then((module) => module.JourneyTaskList),
);

/** Which screen shows the step, or why none can. */
type StepPart =
  | { kind: 'taskList' }
  | { kind: 'checkAnswers' }
  | { kind: 'complete' }
  | { kind: 'step'; content: ContentItem }
  | { kind: 'notShown'; reason: string };

function partFor({ step, meta, screen, content }: StepView): StepPart {
  if (screen === 'checkAnswers' || screen === 'complete' || screen === 'taskList') return { kind: screen };
  if (!screen && meta) {
    return {
      kind: 'notShown',
      reason: `The step "${step}" is a "${meta.screen}" screen, which this version of the app cannot show.`,
    };
  }
  if (!screen || !content)
    return { kind: 'notShown', reason: `The step "${step}" has no content in this version of the app.` };
  if (content.kind !== screen) {
    return {
      kind: 'notShown',
      reason: `The step "${step}" is a "${screen}" screen, but its content is of another kind ("${content.kind}").`,
    };
  }
  return { kind: 'step', content };
}

/** The name of the page, for the browser tab. */
export function stepTitle(view: StepView): string {
  const part = partFor(view);
  switch (part.kind) {
    case 'taskList':
      return 'Task list';
    case 'checkAnswers':
      return 'Check your answers';
    case 'complete':
      return 'Journey complete';
    case 'step':
      return part.content.title;
    case 'notShown':
      return 'This step cannot be shown';
  }
}

export interface JourneyStepProps {
  journey: Journey;
  view: StepView;
  context: JourneyContext;
  caseReference: string;
  draftId: string;
  /** What has been typed on a step and not yet submitted. */
  unsubmitted: (step: string) => Answer | undefined;
  /** Whether the last answer has been saved: given to the finished journey, which waits for it. */
  saveStatus?: SaveStatus;
  /** A practice run, of this scenario: no record is signed, and outcomes carry the run's feedback. */
  training?: TrainingLink;
  send: (event: JourneyEvent) => void;
  recordInput: (step: string, input: Answer) => void;
  onBack: () => void;
  onHome: () => void;
  onChangeReference: () => void;
  onStartJourney: (journeyId: string) => void;
  /** Opens signing the case's decision record from the task list. */
  onSign: () => void;
}

/** Signing the case's decision record, opened from its task list, as a page of the journey. */
export function SignFromTaskList({
  journey,
  context,
  draftId,
}: Pick<JourneyStepProps, 'journey' | 'context' | 'draftId'>) {
  return <SignRecordPanel journey={journey} draftId={draftId} context={context} asPage />;
}

export function JourneyStep(props: JourneyStepProps) {
  const { journey, view, context, caseReference, send } = props;
  const part = partFor(view);
  switch (part.kind) {
    case 'taskList':
      return (
        <JourneyTaskList
          title={journey.title}
          rows={view.tasks}
          context={context}
          draftId={props.draftId}
          list={taskListOf(journey, view.meta)}
          href={href({ name: 'draft', draftId: props.draftId })}
          onStart={(task) => send({ type: 'START_TASK', task })}
          onSign={props.onSign}
        />
      );
    case 'checkAnswers':
      return (
        <CheckAnswersScreen
          caseReference={caseReference}
          rows={summarise(journey, context)}
          onChange={(changed) => send({ type: 'CHANGE', step: changed })}
          onChangeReference={props.onChangeReference}
          onFinish={() => send({ type: 'FINISH' })}
        />
      );
    case 'complete':
      return (
        <CompleteScreen
          journeyTitle={journey.title}
          caseReference={caseReference}
          rows={summarise(journey, context)}
          completedAt={formatDateTime(
            props.saveStatus?.state === 'saved' ? props.saveStatus.at : new Date().toISOString(),
          )}
          onHome={props.onHome}
        >
          {/* The record is made from what is stored, so it waits until the last answer has been saved. */}
          {props.training ? (
            <TrainingJourneyPanel
              part="feedback"
              training={props.training}
              step={view.step}
              answers={context.answers}
            />
          ) : props.saveStatus?.state === 'saved' ? (
            <SignRecordPanel journey={journey} draftId={props.draftId} context={context} />
          ) : (
            <p class="body" role="status">
              Saving your last answer…
            </p>
          )}
        </CompleteScreen>
      );
    case 'notShown':
      return (
        <StepNotShownScreen
          reason={part.reason}
          onBack={view.canGoBack ? props.onBack : undefined}
          onHome={props.onHome}
        />
      );
    case 'step':
      // Keyed by step and visit, so a screen's fields start from that step's own answer and its heading takes focus.
      return <StepScreen key={`${view.step}:${context.path.length}`} {...props} content={part.content} />;
  }
}

/** A step that takes an answer or shows guidance, on the screen for its content. */
function StepScreen({
  journey,
  view,
  context,
  content,
  unsubmitted,
  send,
  recordInput,
  training,
  onStartJourney,
  onBack,
  onHome,
}: JourneyStepProps & { content: ContentItem }) {
  const { step } = view;
  const props: Omit<StepScreenProps, 'content'> = {
    step,
    initial: unsubmitted(step) ?? context.answers[step],
    findings: view.findings,
    answers: context.answers,
    onAnswer: (answer) => send({ type: 'ANSWER', answer }),
    onInput: (input) => recordInput(step, input),
    onContinue: () => send({ type: 'CONTINUE' }),
    onStartJourney,
  };
  switch (content.kind) {
    case 'question':
      return <QuestionScreen {...props} content={content} />;
    case 'multiSelect':
      return <MultiSelectScreen {...props} content={content} />;
    case 'text':
      return <TextScreen {...props} content={content} />;
    case 'checklist':
      return <ChecklistScreen {...props} content={content} />;
    case 'notes':
      return <NotesScreen {...props} content={content} />;
    case 'entries':
      return <EntriesScreen {...props} content={content} />;
    case 'information':
    case 'outcome':
      return (
        <GuidanceScreen {...props} content={content} contentOf={contentOfStep(journey)}>
          {training && content.kind === 'outcome' && (
            <TrainingJourneyPanel part="feedback" training={training} step={step} answers={context.answers} />
          )}
        </GuidanceScreen>
      );
    default:
      return (
        <StepNotShownScreen
          reason={`The step "${step}" shows content of a kind ("${content.kind}") no screen takes.`}
          onBack={view.canGoBack ? onBack : undefined}
          onHome={onHome}
        />
      );
  }
}
