import { findJourneyInfo } from '../../machines';
import { navigate } from '../app/routes';
import { usePageHeading } from '../app/usePageHeading';
import { BackLink } from '../components/BackLink';
import { startDraft } from '../app/startDraft';
import { ReferenceForm } from './ReferenceForm';

/** Starts a draft: the case reference first, then the journey's first question. */
export function StartScreen({ journeyId }: { journeyId: string }) {
  const journey = findJourneyInfo(journeyId);
  usePageHeading(journey ? `Start: ${journey.title}` : 'Journey not found', journeyId);
  if (!journey) {
    return (
      <div>
        <h1 class="heading-l page-heading" tabIndex={-1}>
          Journey not found
        </h1>
        <button type="button" class="button button--secondary" onClick={() => navigate({ name: 'home' })}>
          Return to the home screen
        </button>
      </div>
    );
  }
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
