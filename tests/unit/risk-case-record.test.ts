// A risk management case with three review meetings, signed: every meeting is on the record in the order
// it was held, named, with its action plan; the signed export verifies in the app and with the
// command-line verifier (scripts/verify-record.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { editions } from '../../content/editions';
import type { Answer } from '../../machines/journey';
import { riskManagementJourney } from '../../machines/risk-management';
import { summarise } from '../../machines/summary';
import { startAuditTrail } from '../../src/record/audit';
import { createSigningKeyPair } from '../../src/record/keys';
import { ACCURACY_STATEMENT, buildRecord, exportBundle, signRecord } from '../../src/record/record';
import { verifyExport } from '../../src/record/verify';
import { checklist, choice, choices, startJourney, text } from '../support/drive';

const dir = mkdtempSync(join(tmpdir(), 'sada-risk-case-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = (statuses: string[]): Answer => ({
  kind: 'entries',
  entries: [
    { action: 'Joint visit with the GP', namedLead: 'Community nurse', timescale: '2026-03-02' },
    { action: 'Fire safety check', namedLead: 'Fire service', timescale: '2026-03-09' },
  ].map((entry, index) => (statuses[index] ? { ...entry, status: statuses[index] } : entry)),
});

it('three review meetings reach the signed record in order, and the export verifies with the CLI', async () => {
  const run = startJourney(riskManagementJourney);
  run.startTask('applicability');
  run.next();
  run.answer(choices('selfNeglect'));
  run.answer(choice('yes'));
  run.answer(choices('refusedEssentialServices'));
  run.answer(choice('yes'));
  run.answer(choices('none'));
  run.answer(choice('no'));
  run.next();
  run.startTask('stage1');
  run.answer(checklist());
  run.next();
  run.answer(checklist());
  run.next();
  run.answer(choice('no'));
  run.answer(choice('no'));
  run.next();
  run.startTask('stage2');
  run.answer(checklist());
  run.answer({ kind: 'notes', notes: {} });
  run.answer(checklist());
  run.answer(plan([]));
  run.answer(text('2026-03-16'));
  for (const [date, statuses, resolved, then] of [
    ['2026-03-16', ['open', 'open'], 'no', '2026-04-13'],
    ['2026-04-13', ['open', 'done'], 'no', '2026-05-11'],
    ['2026-05-11', ['done', 'done'], 'yes', 'Referred back to the locality team'],
  ] as const) {
    run.startTask('review');
    run.answer(text(date));
    run.answer({ kind: 'entries', entries: [{ name: 'A. Khan', roleAgency: 'Lead professional' }] });
    run.answer(checklist());
    run.answer(plan([...statuses]));
    run.answer(text('New information'));
    run.answer(text('Risk changes'));
    run.answer(choice('yes'));
    run.answer(text('Decisions and reasons'));
    run.answer(choice(resolved));
    run.answer(text(then));
    run.next();
  }
  run.startTask('closing');
  run.answer(checklist());
  run.answer(choices('careAct2014s42'));
  expect(run.step()).toBe('checkAnswers');

  const record = buildRecord({
    journey: {
      id: 'risk-management',
      title: 'Multi-agency risk management',
      version: riskManagementJourney.version,
    },
    editions: [editions['risk-management']],
    caseReference: 'RM-2026-0001',
    rows: summarise(riskManagementJourney, run.context()),
    occurredAt: '2026-05-11T10:00:00+01:00',
    recordedAt: '2026-05-11T12:00:00+01:00',
    auditTrail: startAuditTrail(),
  });
  const rounds = record.rows.flatMap((row) => (row.round ? [row.round] : []));
  expect([...new Set(rounds)]).toEqual(['Review meeting 1', 'Review meeting 2', 'Review meeting 3']);
  const plans = record.rows.filter((row) => row.step === 'reviewActionPlan');
  expect(plans.map((row) => (row.kind === 'answer' ? row.answer[0] : ''))).toEqual([
    '1. Action: Joint visit with the GP; Named lead: Community nurse; Timescale: 2 March 2026; Status: Not done yet',
    '1. Action: Joint visit with the GP; Named lead: Community nurse; Timescale: 2 March 2026; Status: Not done yet',
    '1. Action: Joint visit with the GP; Named lead: Community nurse; Timescale: 2 March 2026; Status: Done',
  ]);

  const signed = await signRecord(
    record,
    {
      name: 'A. Khan',
      role: 'Lead professional',
      agency: 'Adult social care',
      statement: ACCURACY_STATEMENT,
    },
    await createSigningKeyPair(),
    new Date('2026-05-11T12:05:00+01:00'),
    '0.1.0',
  );
  const exported = exportBundle([signed]);
  expect((await verifyExport(exported)).status).toBe('verified');
  const file = join(dir, 'risk-case.json');
  writeFileSync(file, exported);
  const out = execFileSync(process.execPath, [resolve(__dirname, '../../scripts/verify-record.mjs'), file], {
    encoding: 'utf8',
  });
  expect(out).toMatch(/^Verified: /m);
});
