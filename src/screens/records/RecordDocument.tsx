import { Fragment } from 'preact';
import { CitationLink } from '../../components/SourceCitation';
import { formatDateTime } from '../../../machines/dates';
import { confirmationText } from '../../record/passkey';
import { decisionBasisLabels, type RecordRow, type SignedRecord } from '../../record/record';
import { SummaryList } from '../../components/SummaryList';
import { WarningText } from '../../components/WarningText';

/** A row of a completed round (a review meeting) is named with its round. */
const inRound = (row: RecordRow, key: string) => (row.round ? `${row.round}: ${key}` : key);

/**
 * One signed version of a decision record, for reading and printing. Every value is rendered as text.
 * `check` is what checking the record on this device found for this version, once checked.
 */
export function RecordDocument({
  record,
  total,
  check,
}: {
  record: SignedRecord;
  total: number;
  check?: { intact: true } | { intact: false; problems: string[] };
}) {
  return (
    <article class="record-document" aria-labelledby={`record-version-${record.version}`}>
      <h2 class="heading-m" id={`record-version-${record.version}`}>
        Version {record.version} of {total}
      </h2>
      {check?.intact && (
        <p class="body" data-check="verified">
          <strong>Verified</strong> on this device: its signature, how signing was confirmed and its audit
          trail are as signed
          {record.previous ? `, and it is linked to version ${record.previous.version} as signed` : ''}.
        </p>
      )}
      {check && !check.intact && (
        <WarningText>Altered: this version is not as it was signed. {check.problems.join(' ')}</WarningText>
      )}
      <SummaryList
        rows={[
          ...(record.amendmentReason
            ? [{ key: 'Reason for this amendment', lines: [record.amendmentReason] }]
            : []),
          { key: 'Journey', lines: [record.journey.title] },
          { key: 'Case reference', lines: [record.caseReference] },
          { key: 'Date and time of the visit or event', lines: [formatDateTime(record.occurredAt)] },
          { key: 'Date and time of recording', lines: [formatDateTime(record.recordedAt)] },
          ...(record.lateEntryReason
            ? [{ key: 'Reason for the late entry', lines: [record.lateEntryReason] }]
            : []),
        ]}
      />
      <h3 class="heading-s">Answers and outcomes</h3>
      <SummaryList
        rows={record.rows.flatMap((row) =>
          row.kind === 'answer'
            ? [{ key: inRound(row, row.question), lines: row.answer, sources: row.sources }]
            : row.kind === 'outcome'
              ? [
                  {
                    key: inRound(row, 'Outcome'),
                    lines: [
                      row.title,
                      ...(row.decisionBasis ? [decisionBasisLabels[row.decisionBasis]] : []),
                    ],
                    sources: row.sources,
                  },
                ]
              : [],
        )}
      />
      <h3 class="heading-s">People involved in or consulted on the decision</h3>
      <ul class="list list--bullet">
        {record.peopleInvolved.length ? (
          record.peopleInvolved.map((person, index) => <li key={index}>{person}</li>)
        ) : (
          <li>None listed</li>
        )}
      </ul>
      <h3 class="heading-s">References to legislation and guidance</h3>
      <ul class="list list--bullet">
        {record.references.guidance.map((reference) => (
          <li key={reference.doc}>
            {reference.title} ({reference.date}):{' '}
            {reference.sections.map((section, index) => (
              <Fragment key={section}>
                {index > 0 && '; '}
                <CitationLink source={{ doc: reference.doc, section }} label={section} />
              </Fragment>
            ))}
          </li>
        ))}
        {record.references.added.map((reference, index) => (
          <li key={`added-${index}`}>{reference}</li>
        ))}
      </ul>
      <h3 class="heading-s">Audit trail</h3>
      <p class="body">
        {record.audit.length} answers and steps recorded, each linked to the one before.
        {record.audit.clockWarnings.length > 0 &&
          ` The device clock was turned back during the journey (${record.audit.clockWarnings.length} times).`}
      </p>
      <h3 class="heading-s">Signature</h3>
      <SummaryList
        rows={[
          { key: 'Signed by', lines: [record.signer.name] },
          { key: 'Role', lines: [record.signer.role] },
          { key: 'Agency', lines: [record.signer.agency] },
          { key: 'Statement', lines: [record.statement] },
          { key: 'Signed at', lines: [formatDateTime(record.signedAt)] },
          { key: 'Device fingerprint', lines: [record.fingerprint] },
          { key: 'How signing was confirmed', lines: [confirmationText(record.passkey?.fingerprint)] },
          { key: 'Signature value', lines: [record.signature] },
        ]}
      />
    </article>
  );
}
