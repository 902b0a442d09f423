// @vitest-environment jsdom
// The home screen's drafts and records at scale: how many there are, the 20 most recently saved, "Show
// more" adding the next 20 with focus on the first of them, a search by case reference, the mark on a
// draft nobody has changed for 30 days, and the warning for records not exported.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSigningKeyPair } from '../../src/record/keys';
import { buildRecord, signRecord, type SignedRecord } from '../../src/record/record';
import { isoWithOffset } from '../../src/record/time';
import { HomeScreen } from '../../src/screens/HomeScreen';
import { closeDatabase, database } from '../../src/storage/db';
import { sealDraft } from '../../src/storage/drafts';
import { markExported, sealRecordVersion } from '../../src/storage/records';
import { listMarks, type DraftEnvelope } from '../../src/storage/schema';
import { oneAnswerRecord } from '../support/sample-record';

// Each list reads and decrypts its page from IndexedDB: on two shared cores that can take over a second.
configure({ asyncUtilTimeout: 10_000 });

const now = Date.parse('2026-11-30T12:00:00Z');
const hour = 60 * 60 * 1000;

/** Draft n (1 the oldest) saved n hours before now; draft 1 was last changed 40 days ago. */
function draft(n: number, status: DraftEnvelope['status'] = 'inProgress'): DraftEnvelope {
  const savedAt = new Date(n === 1 ? now - 40 * 24 * hour : now - (100 - n) * hour).toISOString();
  return {
    id: `draft-${n}`,
    format: 1,
    journeyId: 'collusion',
    journeyVersion: 1,
    editions: [],
    caseReference: `${status === 'complete' ? 'DONE' : 'CASE'}-${String(n).padStart(3, '0')}`,
    snapshot: {},
    pending: {},
    status,
    createdAt: savedAt,
    updatedAt: savedAt,
  };
}

async function seed(drafts: DraftEnvelope[]) {
  const rows = await Promise.all(drafts.map((envelope) => sealDraft(envelope)));
  const tx = (await database()).transaction('drafts', 'readwrite');
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
}

/**
 * `total` records, record n signed n hours before now as version 1, with the first `exported` of them
 * (the oldest) exported; the signature is made once and shared, as the list does not check it.
 */
async function seedRecords(total: number, exported: number) {
  const at = new Date(now - 200 * hour);
  const signed = await signRecord(
    buildRecord(oneAnswerRecord('BASE', at)),
    { name: 'Sam Patel', role: 'Social worker', agency: 'Solihull Council', statement: 'Accurate.' },
    await createSigningKeyPair(),
    at,
    '0.1.0',
  );
  const rows = await Promise.all(
    Array.from({ length: total }, async (_, i) => {
      const n = i + 1;
      const recordId = `record-${String(n).padStart(3, '0')}`;
      const version: SignedRecord = {
        ...signed,
        recordId,
        caseReference: `REC-${String(n).padStart(3, '0')}`,
        signedAt: isoWithOffset(now - (100 - n) * hour, 0),
      };
      const row = await sealRecordVersion({
        recordId,
        version: 1,
        draftId: `draft-of-${n}`,
        signed: version,
      });
      // Each record's only version, so its latest, not exported until marked so below.
      return { ...row, ...listMarks(1, 1) };
    }),
  );
  const tx = (await database()).transaction('records', 'readwrite');
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
  for (let n = 1; n <= exported; n += 1) await markExported(`record-${String(n).padStart(3, '0')}`, 1);
}

const inProgressTable = () => screen.getByRole('table', { name: 'Journeys you have started on this device' });
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

beforeEach(async () => {
  await closeDatabase();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('safeguarding-adults-decision-aid');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  vi.useFakeTimers({ now, toFake: ['Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the home screen with 45 drafts in progress and 3 completed', () => {
  beforeEach(async () => {
    await seed([
      ...Array.from({ length: 45 }, (_, i) => draft(i + 1)),
      ...[46, 47, 48].map((n) => draft(n, 'complete')),
    ]);
  });

  it('says how many, shows the 20 most recently saved, and adds 20 more at a time with focus on the first new one', async () => {
    render(<HomeScreen />);
    expect(await screen.findByText('45 drafts in progress.')).toBeTruthy();
    expect(await screen.findByText('3 completed journeys.')).toBeTruthy();
    let rows = rowsOf(inProgressTable());
    expect(rows).toHaveLength(20);
    expect(rows[0].textContent).toContain('CASE-045');
    expect(rows[19].textContent).toContain('CASE-026');
    expect(screen.getByText('Showing 20 of 45.')).toBeTruthy();

    const showMore = screen.getByRole('button', { name: 'Show more drafts in progress' });
    fireEvent.click(showMore);
    await waitFor(() => expect(rowsOf(inProgressTable())).toHaveLength(40));
    rows = rowsOf(inProgressTable());
    expect(rows[20].textContent).toContain('CASE-025');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rows[20]).getByRole('link', { name: /^Resume/ })),
    );
    expect(screen.getByText('Showing 40 of 45.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show more drafts in progress' }));
    await waitFor(() => expect(rowsOf(inProgressTable())).toHaveLength(45));
    expect(rowsOf(inProgressTable())[44].textContent).toContain('CASE-001');
    expect(screen.queryByRole('button', { name: 'Show more drafts in progress' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show more completed journeys' })).toBeNull();
  });

  it('fills in the drafts, the completed journeys and the records at once, not one list after another', async () => {
    render(<HomeScreen />);
    // The records list has nothing to open, so alone it would be shown before the drafts are.
    await screen.findByText('No signed records on this device.');
    expect(screen.getByText('45 drafts in progress.')).toBeTruthy();
    expect(rowsOf(inProgressTable())).toHaveLength(20);
    expect(screen.getByText('3 completed journeys.')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('marks only the draft not changed for 30 days, with the day it was last changed', async () => {
    render(<HomeScreen />);
    await screen.findByText('45 drafts in progress.');
    fireEvent.click(screen.getByRole('button', { name: 'Show more drafts in progress' }));
    await waitFor(() => expect(rowsOf(inProgressTable())).toHaveLength(40));
    fireEvent.click(screen.getByRole('button', { name: 'Show more drafts in progress' }));
    await waitFor(() => expect(rowsOf(inProgressTable())).toHaveLength(45));
    const tags = inProgressTable().querySelectorAll('.tag');
    expect(tags).toHaveLength(1);
    expect(tags[0].textContent).toBe('Not changed since 21 October 2026');
    expect(tags[0].closest('tr')?.textContent).toContain('CASE-001');
  });

  it('searches by part of a case reference, showing only the matches, and clears the search', async () => {
    render(<HomeScreen />);
    await screen.findByText('45 drafts in progress.');
    fireEvent.input(screen.getByLabelText('Search by case reference'), { target: { value: ' case 04 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('6 drafts in progress match “case 04”.')).toBeTruthy();
    expect(rowsOf(inProgressTable()).map((row) => row.querySelector('td:nth-child(2)')?.textContent)).toEqual(
      ['CASE-045', 'CASE-044', 'CASE-043', 'CASE-042', 'CASE-041', 'CASE-040'],
    );
    expect(await screen.findByText('No completed journeys match “case 04”.')).toBeTruthy();
    expect(await screen.findByText('No signed records match “case 04”.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByText('45 drafts in progress.')).toBeTruthy();
    expect((screen.getByLabelText('Search by case reference') as HTMLInputElement).value).toBe('');
  });
});

describe('the home screen with 3 drafts and 25 signed records, 4 of them exported', () => {
  beforeEach(async () => {
    await seed([1, 2, 3].map((n) => draft(n + 50)));
    await seedRecords(25, 4);
  });

  const recordsTable = () => screen.getByRole('table', { name: 'Decision records signed on this device' });

  it('says how many, warns of the 21 not exported with the lists, and shows the 20 most recently signed', async () => {
    render(<HomeScreen />);
    const warning = await screen.findByText(/signed records have not been exported/);
    expect(warning.textContent).toContain(
      '21 signed records have not been exported. Download each one and attach it to the case file.',
    );
    // Shown at once with the lists, not before them.
    expect(screen.getByText('3 drafts in progress.')).toBeTruthy();
    expect(screen.getByText('25 signed records.')).toBeTruthy();
    const rows = rowsOf(recordsTable());
    expect(rows).toHaveLength(20);
    expect(rows[0].textContent).toContain('REC-025');
    expect(rows[19].textContent).toContain('REC-006');
    expect(rows.every((row) => row.textContent?.includes('Not exported'))).toBe(true);
    expect(screen.getByText('Showing 20 of 25.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show more signed records' }));
    await waitFor(() => expect(rowsOf(recordsTable())).toHaveLength(25));
    const more = rowsOf(recordsTable()).slice(20);
    expect(more.map((row) => row.querySelector('td:nth-child(2)')?.textContent)).toEqual([
      'REC-005',
      'REC-004',
      'REC-003',
      'REC-002',
      'REC-001',
    ]);
    expect(more.filter((row) => row.textContent?.includes('Not exported'))).toHaveLength(1);
  });

  it('keeps the warning through a search, and reads the count again when it is cleared', async () => {
    render(<HomeScreen />);
    await screen.findByText('25 signed records.');
    fireEvent.input(screen.getByLabelText('Search by case reference'), { target: { value: 'REC-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('10 signed records match “REC-01”.')).toBeTruthy();
    expect(screen.getByText(/21 signed records have not been exported/)).toBeTruthy();

    await markExported('record-025', 1);
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByText('25 signed records.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/20 signed records have not been exported/)).toBeTruthy());
    expect(rowsOf(recordsTable())[0].textContent).not.toContain('Not exported');
  });
});

describe('the home screen with no drafts', () => {
  it('says so, with no count and no Show more', async () => {
    render(<HomeScreen />);
    expect(await screen.findByText('No drafts in progress on this device.')).toBeTruthy();
    expect(await screen.findByText('No completed journeys on this device.')).toBeTruthy();
    expect(await screen.findByText('No signed records on this device.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });
});
