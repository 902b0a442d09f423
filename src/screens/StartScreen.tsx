import { useEffect, useState } from 'preact/hooks';
import { findJourneyInfo, type JourneyInfo } from '../../machines';
import { whenIdle } from '../app/lazyScreen';
import { navigate } from '../app/routes';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { BackLink } from '../components/BackLink';
import { prepareDraft, startDraft } from '../app/startDraft';
import { ReferenceForm } from './ReferenceForm';
import { PageHeading } from '../components/PageHeading';
import { WarningText } from '../components/WarningText';
import { toStorageError } from '../storage/errors';

/**
 * Starts a draft: the case reference first, then the journey's first question. A journey offered only for
 * practice asks for no case reference: it opens the trainee's run of it, or starts one.
 */
export function StartScreen({
  journeyId,
  prepareJourneyScreen,
}: {
  journeyId: string;
  /** Fetches the code of the screen the journey runs on, which Start opens. */
  prepareJourneyScreen?: () => Promise<unknown>;
}) {
  const journey = findJourneyInfo(journeyId);
  useDocumentTitle(journey ? `Start: ${journey.title}` : 'Journey not found');
  // While the case reference is typed, the journey screen and this journey's machine are fetched and its
  // first step worked out, so its first question opens as fast as every later one. A failure here is met
  // again, and shown, on Start.
  useEffect(
    () =>
      whenIdle(() => {
        if (!journey || journey.practiceOnly) return;
        void prepareJourneyScreen?.().catch(() => undefined);
        void prepareDraft(journeyId).catch(() => undefined);
      }),
    [journeyId],
  );
  if (!journey) {
    return (
      <div>
        <PageHeading class="heading-l">Journey not found</PageHeading>
        <button type="button" class="button button--secondary" onClick={() => navigate({ name: 'home' })}>
          Return to the home screen
        </button>
      </div>
    );
  }
  if (journey.practiceOnly) return <PracticeStart journey={journey} />;
  return (
    <div>
      <BackLink onBack={() => history.back()} />
      <span class="caption-l">{journey.title}</span>
      <ReferenceForm
        submitLabel="Start"
        onSubmit={async (caseReference) => {
          const draft = await startDraft(journey.id, caseReference);
          navigate({ name: 'draft', draftId: draft.id }, { replace: true });
        }}
      />
    </div>
  );
}

function PracticeStart({ journey }: { journey: JourneyInfo }) {
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    // Practice is loaded only when it is opened.
    import('./training/scenarios')
      .then(({ openPracticeRun }) => openPracticeRun(journey.id))
      .then(
        (run) => navigate({ name: 'draft', draftId: run.id }, { replace: true }),
        (error) => setProblem(toStorageError(error, 'unavailable').message),
      );
  }, [journey.id]);
  if (!problem)
    return (
      <p class="body" role="status">
        Opening {journey.title}…
      </p>
    );
  return (
    <div>
      <PageHeading class="heading-l">{journey.title} could not be opened</PageHeading>
      <WarningText>{problem}</WarningText>
      <button type="button" class="button button--secondary" onClick={() => navigate({ name: 'training' })}>
        Back to training
      </button>
    </div>
  );
}
