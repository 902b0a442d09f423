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
    // A completed round (a review meeting held) is history: it is named, and not changed from here.
    const inRound = (key: string) => (row.round ? `${row.round}: ${key}` : key);
    if (row.kind === 'answer') {
      views.push({
        key: inRound(row.question),
        lines: row.answer,
        sources: [row.source],
        change:
          onChange && !row.round ? { label: row.question, onChange: () => onChange(row.step) } : undefined,
      });
    } else if (row.kind === 'outcome') {
      views.push({ key: inRound('Outcome'), lines: [row.title], sources: [row.source] });
    }
  }
  return <SummaryList rows={views} />;
}
