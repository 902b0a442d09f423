import type { Example } from '../../components/example';
import { RecordForm } from './RecordForm';
import { emptyRecordForm, type RecordFormFields } from './recordService';

/** A fixed time of the visit, so the example reads the same every day. */
const empty: RecordFormFields = { ...emptyRecordForm(), occurredAt: '2026-11-22T10:00' };
const noop = () => {};
const nothingMissing = () => [];

export const examples: Example[] = [
  {
    name: 'signing, nothing filled in yet',
    render: () => (
      <RecordForm
        mode="sign"
        initial={empty}
        isLate={() => false}
        missing={() => [
          'Your full name',
          'Your role',
          'Your agency',
          'Your confirmation that the record is accurate',
        ]}
        onInput={noop}
        onSign={async () => {}}
      />
    ),
  },
  {
    name: 'amending a late entry',
    render: () => (
      <RecordForm
        mode="amend"
        initial={{ ...empty, name: 'Sam Patel', role: 'Social worker', agency: 'Adult Social Care' }}
        isLate={() => true}
        missing={nothingMissing}
        onInput={noop}
        onSign={async () => {}}
      />
    ),
  },
];
