import type { SummaryRow } from '../../machines/summary';
import { Button } from '../components/Button';
import { AnswersSummary } from './AnswersSummary';
import { PageHeading } from '../components/PageHeading';

interface CheckAnswersProps {
  caseReference: string;
  rows: SummaryRow[];
  onChange: (step: string) => void;
  onChangeReference: () => void;
  onFinish: () => void;
}

export function CheckAnswersScreen({
  caseReference,
  rows,
  onChange,
  onChangeReference,
  onFinish,
}: CheckAnswersProps) {
  return (
    <div>
      <PageHeading class="heading-l">Check your answers</PageHeading>
      <p class="body">
        Only the answers on the route you took are shown. Change any answer before you finish.
      </p>
      <AnswersSummary
        caseReference={caseReference}
        rows={rows}
        onChange={onChange}
        onChangeReference={onChangeReference}
      />
      <Button type="button" onClick={onFinish}>
        Confirm and finish
      </Button>
    </div>
  );
}
