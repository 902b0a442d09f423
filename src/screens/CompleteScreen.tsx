import type { ComponentChildren } from 'preact';
import type { SummaryRow } from '../../machines/summary';
import { AnswersSummary } from './AnswersSummary';
import { PageHeading } from '../components/PageHeading';

interface CompleteProps {
  journeyTitle: string;
  caseReference: string;
  rows: SummaryRow[];
  completedAt: string;
  onHome: () => void;
  /** The decision record's part: signing, or a link to the signed record. */
  children?: ComponentChildren;
}

export function CompleteScreen({
  journeyTitle,
  caseReference,
  rows,
  completedAt,
  onHome,
  children,
}: CompleteProps) {
  return (
    <div>
      <div class="panel">
        <PageHeading class="panel__title">Journey complete</PageHeading>
        <div class="panel__body">
          {journeyTitle}
          <br />
          Case reference: <strong>{caseReference}</strong>
        </div>
      </div>
      <p class="body">Finished {completedAt}. The answers are kept on this device.</p>
      <h2 class="heading-m">Your answers</h2>
      <AnswersSummary caseReference={caseReference} rows={rows} />
      {children}
      <button type="button" class="button button--secondary" onClick={onHome}>
        Return to the home screen
      </button>
    </div>
  );
}
