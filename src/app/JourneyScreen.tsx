// Runs one draft: restores it, refuses to force a draft that no longer fits, and renders the current
// step with the generic screen its meta names.
import { useEffect, useState } from 'preact/hooks';
import { contentById } from '../../content';
import type { ContentItem } from '../../content/schema';
import { loadJourney, type Journey } from '../../machines';
import { stepMetas } from '../../machines/journey';
import { currentStep, type StepMeta } from '../../machines/journey';
import { snapshotProblems } from '../../machines/restore';
import { summarise } from '../../machines/summary';
import { BackLink } from '../components/BackLink';
import { CheckAnswersScreen } from '../screens/CheckAnswersScreen';
import { ChecklistScreen } from '../screens/ChecklistScreen';
import { CompleteScreen } from '../screens/CompleteScreen';
import { DraftProblemScreen } from '../screens/DraftProblemScreen';
import { GuidanceScreen } from '../screens/GuidanceScreen';
import { EntriesScreen } from '../screens/EntriesScreen';
import { MultiSelectScreen } from '../screens/MultiSelectScreen';
import { NotesScreen } from '../screens/NotesScreen';
import { QuestionScreen } from '../screens/QuestionScreen';
import { ReferenceForm } from '../screens/ReferenceForm';
import { lazyScreen } from './lazyScreen';
import { TextScreen } from '../screens/TextScreen';
import type { StepScreenProps } from '../screens/types';
import { changeCaseReference, getDraft } from '../storage/drafts';
import { toStorageError } from '../storage/errors';
import type { DraftEnvelope } from '../storage/schema';
import { formatDateTime } from '../../machines/dates';
import { href, navigate } from './routes';
import { startDraft } from './startDraft';
import { SaveStatusBar } from './SaveStatusBar';
import { useDocumentTitle } from './useDocumentTitle';
import { useDraftHold, type DraftHold } from './useDraftHold';
import { useDraftSession } from './useDraftSession';
import { PageHeading } from '../components/PageHeading';

// Signing needs the record and crypto code, loaded only when a journey is complete.
const SignRecordPanel = lazyScreen(() => import('../screens/records/SignRecordPanel').then((module) => module.SignRecordPanel));
const TrainingJourneyPanel = lazyScreen(() =>
  import('../screens/training/TrainingJourneyPanel').then((module) => module.TrainingJourneyPanel),
);

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'unfit'; draft: DraftEnvelope; problems: string[]; journey?: Journey }
  | { state: 'ready'; draft: DraftEnvelope; journey: Journey };

const goHome = () => navigate({ name: 'home' });

export function JourneyScreen({ draftId }: { draftId: string }) {
  const hold = useDraftHold(draftId);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  // Read only once this tab holds the draft, and afresh each time it gets it back from another tab.
  useEffect(() => {
    if (hold.generation === 0) return undefined;
    let cancelled = false;
    setLoaded({ state: 'loading' });
    getDraft(draftId)
      .then(async (draft) => {
        if (cancelled) return;
        if (!draft) return setLoaded({ state: 'missing' });
        const journey = await loadJourney(draft.journeyId);
        if (cancelled) return;
        if (!journey) {
          return setLoaded({ state: 'unfit', draft, problems: [`This version of the app has no journey called "${draft.journeyId}".`] });
        }
        const problems = snapshotProblems(journey, draft.snapshot);
        setLoaded(problems.length ? { state: 'unfit', draft, journey, problems } : { state: 'ready', draft, journey });
      })
      .catch((error) => !cancelled && setLoaded({ state: 'failed', message: toStorageError(error, 'unavailable').message }));
    return () => {
      cancelled = true;
    };
  }, [draftId, hold.generation]);

  if (hold.state === 'elsewhere' || hold.state === 'takenOver') return <OpenElsewhere takenOver={hold.state === 'takenOver'} onTakeOver={hold.takeOver} />;
  if (hold.state === 'waiting') return <p class="body" role="status">Opening your saved answers…</p>;
  switch (loaded.state) {
    case 'loading':
      return <p class="body" role="status">Opening your saved answers…</p>;
    case 'missing':
      return <Notice title="This draft is not on this device" body="It may have been deleted. Drafts are kept only on the device they were started on." />;
    case 'failed':
      return <Notice title="Your saved answers could not be opened" body={loaded.message} />;
    case 'unfit':
      return <DraftProblemScreen draft={loaded.draft} journey={loaded.journey} problems={loaded.problems} />;
    case 'ready':
      return <RunningJourney key={hold.generation} journey={loaded.journey} draft={loaded.draft} hold={hold} />;
  }
}

/** The draft is open in another tab of the app: only one tab writes it, and this one can take it over. */
function OpenElsewhere({ takenOver, onTakeOver }: { takenOver: boolean; onTakeOver: () => void }) {
  const title = takenOver ? 'This draft is now open in another tab' : 'This draft is open in another tab';
  useDocumentTitle(title);
  return (
    <div>
      <PageHeading key={title} class="heading-l">
        {title}
      </PageHeading>
      <p class="body">
        {takenOver
          ? 'It was taken over in another tab, with everything you had typed here saved first. Nothing more is saved from this tab.'
          : 'Only one tab at a time saves a draft, so that no answer is lost. Every answer saved in the other tab is kept.'}
      </p>
      <div class="button-group">
        <button type="button" class="button" onClick={onTakeOver}>
          {takenOver ? 'Continue in this tab' : 'Take it over in this tab'}
        </button>
        <button type="button" class="button button--secondary" onClick={goHome}>
          Return to the home screen
        </button>
      </div>
    </div>
  );
}

function Notice({ title, body }: { title: string; body: string }) {
  useDocumentTitle(title);
  return (
    <div>
      <PageHeading class="heading-l">
        {title}
      </PageHeading>
      <p class="body">{body}</p>
      <button type="button" class="button button--secondary" onClick={goHome}>
        Return to the home screen
      </button>
    </div>
  );
}

const screenFor: Partial<Record<StepMeta['screen'], (props: StepScreenProps<any>) => preact.JSX.Element>> = {
  question: QuestionScreen,
  multiSelect: MultiSelectScreen,
  text: TextScreen,
  checklist: ChecklistScreen,
  notes: NotesScreen,
  entries: EntriesScreen,
};

function RunningJourney({ journey, draft: initialDraft, hold }: { journey: Journey; draft: DraftEnvelope; hold: DraftHold }) {
  const { actor, snapshot, saveStatus, pending, recordInput, send, retrySave, settle } = useDraftSession(journey, initialDraft, hold.mayWrite);
  // Before another tab takes the draft over, what has been typed here is saved.
  useEffect(() => hold.settleBeforeRelease(settle), [settle]);
  const [caseReference, setCaseReference] = useState(initialDraft.caseReference);
  const [editingReference, setEditingReference] = useState(false);
  const context = snapshot.context;
  const step = currentStep(context) ?? String(snapshot.value);
  const metas = stepMetas(journey);
  const meta = metas.get(step);
  const content = meta?.contentId ? contentById.get(meta.contentId) : undefined;
  const contentOf = (name: string): ContentItem | undefined => {
    const id = metas.get(name)?.contentId;
    return id ? contentById.get(id) : undefined;
  };
  const canGoBack = context.path.length > 1 && snapshot.status === 'active';

  // Browser Back steps back through the journey: the page keeps a guard entry under the current one,
  // and landing on it is turned into one step back.
  useEffect(() => {
    const hash = href({ name: 'draft', draftId: initialDraft.id });
    history.replaceState({ draftId: initialDraft.id, guard: true }, '', hash);
    history.pushState({ draftId: initialDraft.id }, '', hash);
    const onPopState = (event: PopStateEvent) => {
      if (event.state?.draftId !== initialDraft.id || !event.state.guard) return;
      const current = actor.getSnapshot();
      if (current.status === 'active' && current.context.path.length > 1) {
        send({ type: 'BACK' });
        history.pushState({ draftId: initialDraft.id }, '', hash);
      } else {
        navigate({ name: 'home' }, { replace: true });
      }
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [actor]);

  const headingTitle = editingReference ? 'Case reference' : content?.title ?? (meta?.screen === 'checkAnswers' ? 'Check your answers' : 'Journey complete');
  useDocumentTitle(headingTitle);

  let body: preact.JSX.Element;
  if (editingReference) {
    body = (
      <ReferenceForm
        initial={caseReference}
        submitLabel="Save reference"
        onSubmit={async (reference) => {
          await changeCaseReference(initialDraft.id, reference);
          setCaseReference(reference);
          setEditingReference(false);
        }}
      />
    );
  } else if (meta?.screen === 'checkAnswers') {
    body = (
      <CheckAnswersScreen
        caseReference={caseReference}
        rows={summarise(journey, context)}
        onChange={(changed) => send({ type: 'CHANGE', step: changed })}
        onChangeReference={() => setEditingReference(true)}
        onFinish={() => send({ type: 'FINISH' })}
      />
    );
  } else if (meta?.screen === 'complete') {
    body = (
      <CompleteScreen
        journeyTitle={journey.title}
        caseReference={caseReference}
        rows={summarise(journey, context)}
        completedAt={formatDateTime(saveStatus.state === 'saved' ? saveStatus.at : new Date().toISOString())}
        onHome={goHome}
      >
        {/* The record is made from what is stored, so it waits until the last answer has been saved. */}
        {initialDraft.training ? null : saveStatus.state === 'saved' ? (
          <SignRecordPanel journey={journey} draftId={initialDraft.id} context={context} />
        ) : (
          <p class="body" role="status">Saving your last answer…</p>
        )}
      </CompleteScreen>
    );
  } else if (meta && content) {
    const findings = meta.findings ? journey.findings[meta.findings]?.(context.answers) ?? [] : [];
    const props: StepScreenProps<any> = {
      step,
      content,
      initial: pending[step] ?? context.answers[step],
      findings,
      answers: context.answers,
      onAnswer: (answer) => send({ type: 'ANSWER', answer }),
      onInput: (input) => recordInput(step, input),
      onContinue: () => send({ type: 'CONTINUE' }),
      // This journey is saved as it stands; the new one starts for the same case.
      onStartJourney: async (journeyId) => {
        const started = await startDraft(journeyId, caseReference);
        navigate({ name: 'draft', draftId: started.id });
      },
    };
    const Screen = screenFor[meta.screen];
    // Keyed by step and visit, so a screen's fields start from that step's own answer.
    body = Screen ? (
      <Screen key={`${step}:${context.path.length}`} {...props} />
    ) : (
      <GuidanceScreen key={`${step}:${context.path.length}`} {...props} contentOf={contentOf} />
    );
  } else {
    body = <Notice title="This step cannot be shown" body={`The step "${step}" has no content in this version of the app.`} />;
  }

  return (
    <div>
      {editingReference ? (
        <BackLink onBack={() => setEditingReference(false)} />
      ) : (
        snapshot.status === 'active' && (
          <BackLink onBack={() => (canGoBack ? send({ type: 'BACK' }) : goHome())} label={canGoBack ? 'Back' : 'Back to the home screen'} />
        )
      )}
      {initialDraft.training && (
        <TrainingJourneyPanel part="banner" training={initialDraft.training} answers={context.answers} />
      )}
      <div class="journey-bar">
        <span class="journey-bar__title">{journey.title}</span>
        <span class="journey-bar__reference">
          Case reference: <strong>{caseReference}</strong>
        </span>
        <SaveStatusBar status={saveStatus} onRetry={retrySave} />
      </div>
      {body}
      {initialDraft.training && (meta?.screen === 'outcome' || meta?.screen === 'complete') && (
        <TrainingJourneyPanel part="feedback" training={initialDraft.training} answers={context.answers} />
      )}
    </div>
  );
}
