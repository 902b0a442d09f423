// Runs one draft: restores it, refuses to force a draft that no longer fits, and runs the journey: the
// page frame (JourneyFrame), the current step on its screen (JourneyStep) and browser Back
// (useBrowserBack), all told what the step is by the engine contract (machines/session.ts).
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { loadJourney, type Journey } from '../../machines';
import { snapshotProblems, upgradeSnapshot } from '../../machines/restore';
import { stepView } from '../../machines/session';
import { PageHeading } from '../components/PageHeading';
import { DraftProblemScreen } from '../screens/DraftProblemScreen';
import { ReferenceForm } from '../screens/ReferenceForm';
import { changeCaseReference, getDraft, saveUpgradedDraft } from '../storage/drafts';
import { toStorageError } from '../storage/errors';
import type { DraftEnvelope } from '../storage/schema';
import { JourneyFrame } from './JourneyFrame';
import { JourneyStep, SignFromTaskList, stepTitle } from './JourneyStep';
import { navigate } from './routes';
import { startDraft, takeCreatedDraft } from './startDraft';
import { useBrowserBack } from './useBrowserBack';
import { useDocumentTitle } from './useDocumentTitle';
import { useDraftHold, type DraftHold } from './useDraftHold';
import { useDraftSession } from './useDraftSession';

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
  // Read only once this tab holds the draft, and afresh each time it gets it back from another tab. A
  // draft this tab has just created is handed over as it was stored instead. Begun as soon as the hold
  // is got, before the next paint, so a draft just started opens without a frame spent on "Opening…".
  useLayoutEffect(() => {
    if (hold.generation === 0) return undefined;
    let cancelled = false;
    setLoaded({ state: 'loading' });
    const created = takeCreatedDraft(draftId);
    (created ? Promise.resolve(created.draft) : getDraft(draftId))
      .then(async (draft) => {
        if (cancelled) return;
        if (!draft) return setLoaded({ state: 'missing' });
        const journey = created?.journey ?? (await loadJourney(draft.journeyId));
        if (cancelled) return;
        if (!journey) {
          return setLoaded({
            state: 'unfit',
            draft,
            problems: [`This version of the app has no journey called "${draft.journeyId}".`],
          });
        }
        // A draft saved by an earlier version is brought up to this one where the journey says how;
        // it is kept upgraded only if it then fits, and otherwise shown as it was saved.
        const snapshot =
          draft.journeyVersion < journey.version
            ? upgradeSnapshot(journey, draft.journeyVersion, draft.snapshot)
            : draft.snapshot;
        const problems = snapshotProblems(journey, snapshot);
        if (problems.length) return setLoaded({ state: 'unfit', draft, journey, problems });
        const current =
          snapshot === draft.snapshot ? draft : await saveUpgradedDraft(draft.id, snapshot, journey.version);
        if (!cancelled) setLoaded({ state: 'ready', draft: current, journey });
      })
      .catch(
        (error) =>
          !cancelled && setLoaded({ state: 'failed', message: toStorageError(error, 'unavailable').message }),
      );
    return () => {
      cancelled = true;
    };
  }, [draftId, hold.generation]);

  if (hold.state === 'elsewhere' || hold.state === 'takenOver')
    return <OpenElsewhere takenOver={hold.state === 'takenOver'} onTakeOver={hold.takeOver} />;
  if (hold.state === 'waiting')
    return (
      <p class="body" role="status">
        Opening your saved answers…
      </p>
    );
  switch (loaded.state) {
    case 'loading':
      return (
        <p class="body" role="status">
          Opening your saved answers…
        </p>
      );
    case 'missing':
      return (
        <Notice
          title="This draft is not on this device"
          body="It may have been deleted. Drafts are kept only on the device they were started on."
        />
      );
    case 'failed':
      return <Notice title="Your saved answers could not be opened" body={loaded.message} />;
    case 'unfit':
      return <DraftProblemScreen draft={loaded.draft} journey={loaded.journey} problems={loaded.problems} />;
    case 'ready':
      return (
        <RunningJourney key={hold.generation} journey={loaded.journey} draft={loaded.draft} hold={hold} />
      );
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
      <PageHeading class="heading-l">{title}</PageHeading>
      <p class="body">{body}</p>
      <button type="button" class="button button--secondary" onClick={goHome}>
        Return to the home screen
      </button>
    </div>
  );
}

function RunningJourney({
  journey,
  draft,
  hold,
}: {
  journey: Journey;
  draft: DraftEnvelope;
  hold: DraftHold;
}) {
  const { actor, snapshot, saveStatus, unsubmitted, recordInput, send, retrySave, settle } = useDraftSession(
    journey,
    draft,
    hold.mayWrite,
  );
  // Before another tab takes the draft over, what has been typed here is saved.
  useEffect(() => hold.settleBeforeRelease(settle), [settle]);
  const [caseReference, setCaseReference] = useState(draft.caseReference);
  const [editingReference, setEditingReference] = useState(false);
  // Worked out once per snapshot, not again on every render the save status causes.
  const view = useMemo(() => stepView(journey, snapshot), [journey, snapshot]);
  // Signing opens from the task list, over it, as editing the case reference does over a step.
  const [signingFromList, setSigningFromList] = useState(false);
  const signing = signingFromList && view.screen === 'taskList';
  const back = useCallback(() => (view.canGoBack ? send({ type: 'BACK' }) : goHome()), [view, send]);
  useBrowserBack(draft.id, actor, send);
  useDocumentTitle(
    editingReference ? 'Case reference' : signing ? 'Sign the decision record' : stepTitle(view),
  );
  // Only the finished journey shows when its last answer was saved: every other step is drawn again when
  // the journey moves, not each time "Saving…" and "Saved" take turns beside it.
  const stepSaveStatus = view.screen === 'complete' ? saveStatus : undefined;
  const step = useMemo(
    () => (
      <JourneyStep
        journey={journey}
        view={view}
        context={snapshot.context}
        caseReference={caseReference}
        draftId={draft.id}
        unsubmitted={unsubmitted}
        saveStatus={stepSaveStatus}
        training={draft.training}
        send={send}
        recordInput={recordInput}
        onBack={back}
        onHome={goHome}
        onChangeReference={() => setEditingReference(true)}
        onSign={() => setSigningFromList(true)}
        // This journey is saved as it stands; the new one starts for the same case.
        onStartJourney={async (journeyId) => {
          const started = await startDraft(journeyId, caseReference);
          navigate({ name: 'draft', draftId: started.id });
        }}
      />
    ),
    [journey, view, snapshot, caseReference, draft, unsubmitted, stepSaveStatus, send, recordInput, back],
  );

  return (
    <JourneyFrame
      view={view}
      journeyTitle={journey.title}
      caseReference={caseReference}
      saveStatus={saveStatus}
      onRetrySave={retrySave}
      onBack={back}
      onLeave={
        editingReference
          ? () => setEditingReference(false)
          : signing
            ? () => setSigningFromList(false)
            : undefined
      }
      training={draft.training}
      answers={snapshot.context.answers}
    >
      {editingReference ? (
        <ReferenceForm
          initial={caseReference}
          submitLabel="Save reference"
          onSubmit={async (reference) => {
            await changeCaseReference(draft.id, reference);
            setCaseReference(reference);
            setEditingReference(false);
          }}
        />
      ) : signing ? (
        // As at the end of a journey, the record is made from what is stored, so it waits for the last save.
        saveStatus.state === 'saved' ? (
          <SignFromTaskList journey={journey} context={snapshot.context} draftId={draft.id} />
        ) : (
          <p class="body" role="status">
            Saving your last answer…
          </p>
        )
      ) : (
        step
      )}
    </JourneyFrame>
  );
}
