import { useEffect, useMemo, useState } from 'preact/hooks';
import { editions } from '../../content/editions';
import type { DocumentId } from '../../content/schema';
import { caseworkJourneys, findJourneyInfo } from '../../machines';
import { formatDateTime, formatDay } from '../../machines/dates';
import { isOverdue, localDay, overdueIn } from '../../machines/rules/overdue';
import { href, navigate } from '../app/routes';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { WarningText } from '../components/WarningText';
import { RecordsList } from './records/RecordsList';
import {
  deleteDraft,
  draftsOverview,
  draftsPage,
  findDrafts,
  getDraft,
  type DraftStatus,
  type DraftsPageKey,
} from '../storage/drafts';
import { toStorageError, type StorageError } from '../storage/errors';
import { PageHeading } from '../components/PageHeading';
import { TextInput } from '../components/TextInput';
import type { DraftEnvelope } from '../storage/schema';
import { PagedList, showTogether, type ListSource } from './PagedList';

const draftsWith = (status: DraftStatus): ListSource<DraftEnvelope, DraftsPageKey> => ({
  first: () => draftsOverview(status),
  page: (after) => draftsPage(status, after),
  find: (search) => findDrafts(status, search),
});
const inProgressDrafts = draftsWith('inProgress');
const completeDrafts = draftsWith('complete');

/**
 * The app's own rule, not the guidance's: a draft nobody has changed for this many days is marked, so
 * that it is finished or deleted rather than left on the device.
 */
const oldAfterDays = 30;
const dayMs = 24 * 60 * 60 * 1000;
const isOld = (draft: DraftEnvelope, now: number) => now - Date.parse(draft.updatedAt) > oldAfterDays * dayMs;

function DraftsTable({
  drafts,
  caption,
  markOld,
}: {
  drafts: DraftEnvelope[];
  caption: string;
  markOld?: boolean;
}) {
  const now = Date.now();
  const today = localDay(new Date());
  return (
    <table class="table">
      <caption class="table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Journey</th>
          <th scope="col">Case reference</th>
          <th scope="col">Last saved</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => {
          const title = findJourneyInfo(draft.journeyId)?.title ?? `Unknown journey (${draft.journeyId})`;
          // Each text one string, so a row is built of as few nodes as it shows.
          const which = ` ${title}, case reference ${draft.caseReference}`;
          return (
            <tr key={draft.id}>
              <td>{title}</td>
              <td>
                {draft.caseReference}
                {draft.status === 'inProgress' && isOverdue(overdueIn(draft.snapshot, today)) && (
                  <>
                    {' '}
                    <strong class="tag tag--red">Overdue</strong>
                  </>
                )}
              </td>
              <td>
                {formatDateTime(draft.updatedAt)}
                {markOld && isOld(draft, now) && (
                  <>
                    {' '}
                    <strong class="tag tag--grey">Not changed since {formatDay(draft.updatedAt)}</strong>
                  </>
                )}
              </td>
              <td class="table__actions">
                <a href={href({ name: 'draft', draftId: draft.id })}>
                  {draft.status === 'complete' ? 'View' : 'Resume'}
                  <span class="visually-hidden">{which}</span>
                </a>{' '}
                <a href={href({ name: 'deleteDraft', draftId: draft.id })}>
                  Delete
                  <span class="visually-hidden">{which}</span>
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Search by case reference, all or part of it; the drafts and records below then show only the matches.
 * A search reads every draft and record (references are stored encrypted), so it runs when asked, not
 * as each letter is typed.
 */
function CaseSearch({ search, onSearch }: { search: string; onSearch: (search: string) => void }) {
  const [value, setValue] = useState(search);
  return (
    <form
      class="case-search"
      role="search"
      aria-label="Drafts and records"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value.trim());
      }}
    >
      <TextInput
        id="case-search"
        label="Search by case reference"
        hint="All or part of a reference. Only the drafts and records that match are then shown."
        width="narrow"
        value={value}
        onInput={setValue}
      />
      <div class="button-group">
        <button type="submit" class="button button--secondary">
          Search
        </button>
        {search && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setValue('');
              onSearch('');
            }}
          >
            Clear search
          </button>
        )}
      </div>
    </form>
  );
}

export function HomeScreen({ storageProblem }: { storageProblem?: StorageError }) {
  useDocumentTitle('');
  const [search, setSearch] = useState('');
  // The drafts and records lists fill in at once: one change to the screen, laid out once.
  const together = useMemo(showTogether, []);
  const documentsInUse = [
    ...new Set(caseworkJourneys.flatMap((journey) => journey.documents)),
  ] as DocumentId[];

  return (
    <div>
      <PageHeading class="heading-xl">Safeguarding Adults Decision Aid</PageHeading>
      <p class="body-l">
        Step-by-step journeys through your local adult-safeguarding guidance. Every answer is saved on this
        device as you give it, and the app works without a signal.
      </p>
      {storageProblem && (
        <div class="error-summary" role="alert">
          <h2 class="error-summary__title">Answers cannot be saved on this device</h2>
          <p class="body">{storageProblem.message}</p>
        </div>
      )}
      <h2 class="heading-l">Journeys</h2>
      <ul class="task-list">
        {caseworkJourneys.map((journey) => (
          <li class="task-list__item" key={journey.id}>
            {storageProblem ? (
              <span class="task-list__name">{journey.title}</span>
            ) : (
              <a class="task-list__name" href={href({ name: 'start', journeyId: journey.id })}>
                {journey.title}
              </a>
            )}
            <p class="task-list__hint">{journey.description}</p>
          </li>
        ))}
      </ul>
      <h2 class="heading-l">Guidance to look up</h2>
      <ul class="task-list">
        <li class="task-list__item">
          <a class="task-list__name" href={href({ name: 'library' })}>
            Guidance library
          </a>
          <p class="task-list__hint">
            The five documents this app is built from, to read and search, section by section.
          </p>
        </li>
        <li class="task-list__item">
          <a class="task-list__name" href={href({ name: 'examples' })}>
            Examples of each level, by type of abuse
          </a>
          <p class="task-list__hint">
            Every example from the thresholds guidance’s table, searchable, with its source.
          </p>
        </li>
        <li class="task-list__item">
          <a class="task-list__name" href={href({ name: 'training' })}>
            Training
          </a>
          <p class="task-list__hint">
            Practice scenarios and the case of Peter, with feedback. Kept apart from your casework.
          </p>
        </li>
      </ul>
      {!storageProblem && (
        <>
          <CaseSearch search={search} onSearch={setSearch} />
          <h2 class="heading-l">Drafts in progress</h2>
          <PagedList
            source={inProgressDrafts}
            search={search}
            noun={['draft in progress', 'drafts in progress']}
            empty="No drafts in progress on this device."
            together={together}
          >
            {(drafts) => (
              <DraftsTable drafts={drafts} caption="Journeys you have started on this device" markOld />
            )}
          </PagedList>
          <h2 class="heading-l">Completed journeys</h2>
          <PagedList
            source={completeDrafts}
            search={search}
            noun={['completed journey', 'completed journeys']}
            empty="No completed journeys on this device."
            together={together}
          >
            {(drafts) => <DraftsTable drafts={drafts} caption="Journeys finished on this device" />}
          </PagedList>
          <RecordsList search={search} together={together} />
        </>
      )}
      <h2 class="heading-l">This device</h2>
      <ul class="task-list">
        <li class="task-list__item">
          <a class="task-list__name" href={href({ name: 'device' })}>
            Data on this device
          </a>
          <p class="task-list__hint">Whether this browser will keep your work, and the space it uses.</p>
        </li>
        <li class="task-list__item">
          <a class="task-list__name" href={href({ name: 'removeAll' })}>
            Remove all data from this device
          </a>
          <p class="task-list__hint">
            Every draft, record, practice run and key, for example before the device is passed on.
          </p>
        </li>
      </ul>
      <h2 class="heading-l">Guidance in use</h2>
      <ul class="list list--bullet">
        {documentsInUse.map((doc) => (
          <li key={doc}>
            {editions[doc].title} ({editions[doc].date})
            {editions[doc].notice && <span class="edition-notice"> {editions[doc].notice}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Deleting is final, so it asks first, names the draft and says everything of it that goes. A draft
 * with a signed record is deleted with that record, once the record has been exported.
 */
export function DeleteDraftScreen({ draftId }: { draftId: string }) {
  useDocumentTitle('Delete this draft?');
  const [draft, setDraft] = useState<DraftEnvelope | null>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    getDraft(draftId).then(
      (found) => setDraft(found ?? null),
      (error) => setProblem(toStorageError(error).message),
    );
  }, [draftId]);
  const confirm = async () => {
    try {
      await deleteDraft(draftId);
      navigate({ name: 'home' }, { replace: true });
    } catch (error) {
      setProblem(toStorageError(error).message);
    }
  };
  const deletable = draft && !draft.recordId;
  return (
    <div>
      <PageHeading class="heading-l">Delete this draft?</PageHeading>
      {draft && (
        <p class="body">
          {findJourneyInfo(draft.journeyId)?.title ?? draft.journeyId}, case reference{' '}
          <strong>{draft.caseReference}</strong>, last saved {formatDateTime(draft.updatedAt)}.
        </p>
      )}
      {draft === null && <p class="body">This draft is no longer on this device.</p>}
      {problem && <WarningText>{problem}</WarningText>}
      {draft?.recordId && (
        <p class="body">
          This journey has a signed decision record. It is deleted together with that record, once the record
          has been exported:{' '}
          <a href={href({ name: 'deleteRecord', recordId: draft.recordId })}>
            delete the record and this journey
          </a>
          .
        </p>
      )}
      {deletable && (
        <>
          <p class="body">Deleting removes from this device:</p>
          <ul class="list list--bullet">
            <li>every answer given in this journey</li>
            <li>anything typed on a step but not yet continued from</li>
            <li>the audit trail: the time of each answer and each change</li>
            {draft.recordForm && <li>what was typed into the signing form</li>}
          </ul>
          <WarningText>Nothing of this draft will remain anywhere. It cannot be recovered.</WarningText>
        </>
      )}
      <div class="button-group">
        {deletable && (
          <button type="button" class="button button--warning" onClick={confirm}>
            Yes, delete this draft
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={() => navigate({ name: 'home' })}>
          No, keep it
        </button>
      </div>
    </div>
  );
}
