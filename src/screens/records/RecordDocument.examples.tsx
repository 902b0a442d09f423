import { nonEngagementJourney, exampleCaseReference, nonEngagementExampleContext } from '../exampleFixtures';
import { summarise } from '../../../machines/summary';
import type { Example } from '../../components/example';
import { ACCURACY_STATEMENT, buildRecord, type SignedRecord } from '../../record/record';
import { RecordDocument } from './RecordDocument';

/** A non-engagement record as signed; the key and signature are placeholders, as the screen only shows them. */
const signedRecord = (amendment?: string): SignedRecord => ({
  ...buildRecord({
    recordId: 'example-record',
    journey: nonEngagementJourney,
    editions: [],
    caseReference: exampleCaseReference,
    rows: summarise(nonEngagementJourney, nonEngagementExampleContext),
    peopleInvolved: ['J. Okoro, line manager', 'District nurse <b>on shift</b>'],
    extraReferences: ['Care Act 2014, section 42'],
    occurredAt: '2026-11-21T15:00:00Z',
    recordedAt: '2026-11-22T10:32:00Z',
    lateEntryReason: 'Visit ran late; recorded the next morning.',
    auditTrail: { id: 'example-trail', events: [], head: 'example-head' },
  }),
  version: amendment ? 2 : 1,
  previous: amendment ? { hash: 'example-hash', version: 1 } : null,
  amendmentReason: amendment ?? null,
  signer: { name: 'Sam Patel', role: 'Social worker', agency: 'Adult Social Care' },
  statement: ACCURACY_STATEMENT,
  signedAt: '2026-11-22T10:40:00Z',
  appVersion: '0.1.0',
  publicKey: { kty: 'EC', crv: 'P-256', x: 'example-x', y: 'example-y' },
  fingerprint: 'example-fingerprint',
  signature: 'example-signature',
});

export const examples: Example[] = [
  {
    name: 'a late entry, the first version',
    render: () => <RecordDocument record={signedRecord()} total={1} />,
  },
  {
    name: 'an amendment',
    render: () => <RecordDocument record={signedRecord('The date of the visit was wrong.')} total={2} />,
  },
];
