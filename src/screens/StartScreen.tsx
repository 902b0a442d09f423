import { findJourneyInfo } from '../../machines';
import { navigate } from '../app/routes';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { BackLink } from '../components/BackLink';
import { startDraft } from '../app/startDraft';
import { ReferenceForm } from './ReferenceForm';
import { PageHeading } from '../components/PageHeading';

/** Starts a draft: the case reference first, then the journey's first question. */
export function StartScreen({ journeyId }: { journeyId: string }) {
  const journey = findJourneyInfo(journeyId);
  useDocumentTitle(journey ? `Start: ${journey.title}` : 'Journey not found');
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
