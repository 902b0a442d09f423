import type { SummaryRow } from '../../machines/summary';
import { SummaryList, type SummaryRowView } from '../components/SummaryList';

interface AnswersSummaryProps {
  caseReference: string;
  rows: SummaryRow[];
  onChangeReference?: () => void;
  onChange?: (step: string) => void;
}

/** The answers on the path taken, and the outcomes reached, as a GOV.UK summary list. */
export function AnswersSummary({ caseReference, rows, onChangeReference, onChange }: AnswersSummaryProps) {
  const views: SummaryRowView[] = [
    {
      key: 'Case reference',
      lines: [caseReference],
      change: onChangeReference && { label: 'case reference', onChange: onChangeReference },
    },
  ];
  for (const row of rows) {
    if (row.kind === 'answer') {
      views.push({
        key: row.question,
        lines: row.answer,
        sources: [row.source],
        change: onChange && { label: row.question, onChange: () => onChange(row.step) },
      });
    } else if (row.kind === 'outcome') {
      views.push({ key: 'Outcome', lines: [row.title], sources: [row.source] });
    }
  }
  return <SummaryList rows={views} />;
}
