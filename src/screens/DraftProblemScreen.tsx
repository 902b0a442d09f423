import type { DraftEnvelope } from '../storage/schema';
import { contentById } from '../../content';
import type { Journey } from '../../machines';
import { stepMetas } from '../../machines/journey';
import type { Answer } from '../../machines/journey';
import { describeAnswer } from '../../machines/summary';
import { downloadBlob, fileNamePart } from '../app/download';
import { formatDateTime } from '../../machines/dates';
import { navigate } from '../app/routes';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { SummaryList, type SummaryRowView } from '../components/SummaryList';
import { WarningText } from '../components/WarningText';
import { PageHeading } from '../components/PageHeading';

/** Each saved answer as readable text, whether or not the journey still knows its question. */
function rawAnswerRows(draft: DraftEnvelope, journey?: Journey): SummaryRowView[] {
  const snapshot = draft.snapshot as { context?: { answers?: Record<string, unknown> } } | null;
  const answers = snapshot?.context?.answers;
  if (!answers || typeof answers !== 'object') return [];
  const metas = journey ? stepMetas(journey) : new Map();
  return Object.entries(answers).map(([step, answer]) => {
    const content = contentById.get(metas.get(step)?.contentId ?? '');
    let lines: string[];
    try {
      lines = content ? describeAnswer(content, answer as Answer) : [JSON.stringify(answer)];
    } catch {
      lines = [JSON.stringify(answer)];
    }
    return { key: content?.title ?? step, lines };
  });
}

/**
 * A draft that no longer fits its journey. Nothing is changed or thrown away: the worker sees why, can
 * read every saved answer and download them, and decides what to do.
 */
export function DraftProblemScreen({
  draft,
  journey,
  problems,
}: {
  draft: DraftEnvelope;
  journey?: Journey;
  problems: string[];
}) {
  useDocumentTitle('This draft cannot be resumed');
  const download = () =>
    downloadBlob(
      `draft-${fileNamePart(draft.caseReference)}.json`,
      new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' }),
    );
  return (
    <div>
      <PageHeading class="heading-l">This draft cannot be resumed</PageHeading>
      <p class="body">
        The draft for case reference <strong>{draft.caseReference}</strong> was saved on{' '}
        {formatDateTime(draft.updatedAt)} by an earlier version of the app, and it no longer fits the journey
        as it is now:
      </p>
      <ul class="list list--bullet">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <WarningText>Your saved answers have not been changed or deleted. They are shown below.</WarningText>
      <h2 class="heading-m">Saved answers</h2>
      <SummaryList rows={rawAnswerRows(draft, journey)} />
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={download}>
          Download the saved draft
        </button>
        <button type="button" class="button button--secondary" onClick={() => navigate({ name: 'home' })}>
          Return to the home screen
        </button>
      </div>
    </div>
  );
}
