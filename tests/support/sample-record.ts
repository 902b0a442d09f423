// A small, real decision record for tests that need one but not a particular one: the collusion
// self-check's first answer, built the way the app builds it, so signing and sealing run for real.
import { editions } from '../../content/editions';
import { startAuditTrail } from '../../src/record/audit';
import type { BuildRecordInput } from '../../src/record/record';
import { isoWithOffset } from '../../src/record/time';

/** What to build a one-answer record from, recorded at `at` after a visit half an hour before (UTC). */
export function oneAnswerRecord(caseReference: string, at: Date, recordId?: string): BuildRecordInput {
  return {
    recordId,
    journey: { id: 'collusion', title: 'Am I colluding? A self-check', version: 1 },
    editions: [editions['non-engagement']],
    caseReference,
    rows: [
      {
        kind: 'answer',
        step: 'avoidConflict',
        question: 'Am I colluding to avoid conflict?',
        answer: ['No'],
        sources: [{ doc: 'non-engagement', section: 'Am I colluding? (overleaf)' }],
      },
    ],
    occurredAt: isoWithOffset(at.getTime() - 30 * 60_000, 0),
    recordedAt: isoWithOffset(at, 0),
    auditTrail: startAuditTrail(),
  };
}
