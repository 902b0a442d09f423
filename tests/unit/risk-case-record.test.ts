// A risk management case signed as it goes: version 1 once stage 2 has made the plan, then each of three
// review meetings signed, in order, as the next version of the same record (four versions: the first and
// three amendments), through the app's own signing (recordService, with the draft and records stored as
// the app stores them). Every version verifies in the app and with the command-line verifier
// (scripts/verify-record.mjs), each review is named with its date as its version's reason, and a version
// signed for a review holds that meeting and none after it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, expect, it } from 'vitest';
import { editions } from '../../content/editions';
import { journeyFrom } from '../../machines';
import { currentStep, type JourneyContext } from '../../machines/journey';
import { riskManagementJourney as definition } from '../../machines/risk-management';
import { journeyTaskList } from '../../machines/session';
import { roundsIn, signedTask, signingRows } from '../../machines/tasks';
import { appendAuditEvent, startAuditTrail, type AuditInput, type AuditTrail } from '../../src/record/audit';
import { recordPdf } from '../../src/record/pdf';
import { exportBundle, type SignedRecord } from '../../src/record/record';
import { isoWithOffset } from '../../src/record/time';
import { verifyExport } from '../../src/record/verify';
import {
  amendAndStore,
  draftRecord,
  emptyRecordForm,
  nextVersion,
  signAndStore,
  signerFrom,
  timelineSteps,
} from '../../src/screens/records/recordService';
import { createDraft, getDraft, saveDraftSnapshot } from '../../src/storage/drafts';
import { recordVersions } from '../../src/storage/records';
import { checklist, choices, startJourney } from '../support/drive';
import {
  recordReview,
  throughApplicability,
  throughStage1,
  throughStage2,
  type CaseRun,
  type PlanAction,
  type ReviewMeeting,
} from '../support/risk-case';

const journey = journeyFrom('risk-management', definition);
const list = journeyTaskList(journey)!;
const reviewTask = signedTask(list)!;

const dir = mkdtempSync(join(tmpdir(), 'sada-risk-case-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const visit: PlanAction = {
  action: 'Joint visit with the GP',
  namedLead: 'Community nurse',
  timescale: '2027-01-04',
};
const fire: PlanAction = { action: 'Fire safety check', namedLead: 'Fire service', timescale: '2027-01-11' };
const clearance: PlanAction = {
  action: 'Clear the exits',
  namedLead: 'Housing officer',
  timescale: '2027-02-01',
};

const meetings: ReviewMeeting[] = [
  {
    date: '2027-01-14',
    // The visit moved to a later date; the fire safety check done.
    plan: [
      { ...visit, timescale: '2027-01-21', status: 'open' },
      { ...fire, status: 'done' },
    ],
    resolved: false,
    then: '2027-02-11',
  },
  {
    date: '2027-02-11',
    // The visit handed to the GP and done; the fire safety check dropped; the exits to be cleared.
    plan: [
      { ...visit, namedLead: 'GP', timescale: '2027-01-21', status: 'done' },
      { ...clearance, status: 'open' },
    ],
    resolved: false,
    then: '2027-03-11',
  },
  {
    date: '2027-03-11',
    plan: [
      { ...visit, namedLead: 'GP', timescale: '2027-01-21', status: 'done' },
      { ...clearance, status: 'done' },
    ],
    resolved: true,
    then: 'Referred back to the locality team',
  },
];

const fields = {
  ...emptyRecordForm(),
  peopleInvolved: 'J. Okoro, team manager',
  name: 'A. Khan',
  role: 'Lead professional',
  agency: 'Adult social care',
  confirmed: 'yes',
};

/**
 * The case's draft as the journey screen keeps it: each event timed and added to the audit trail, and
 * the snapshot and trail saved before anything is signed.
 */
async function caseDraft() {
  const draft = await createDraft({
    journeyId: journey.id,
    journeyVersion: journey.version,
    editions: journey.documents.map((doc) => editions[doc]),
    caseReference: 'RM-2027-0001',
    snapshot: undefined,
  });
  const run = startJourney(journey);
  const events: AuditInput[] = [];
  let trail: AuditTrail = startAuditTrail();
  const start = Date.now() - 60 * 60_000;
  const timed = (input: Omit<AuditInput, 'wallClock' | 'elapsedMs' | 'session'>) =>
    events.push({
      ...input,
      wallClock: isoWithOffset(start + events.length * 10_000),
      elapsedMs: 1_000 + events.length * 10_000,
      session: 'test',
    });
  const driven: CaseRun = {
    step: run.step,
    answer: (answer) => {
      timed({ type: 'answer', step: currentStep(run.context()) ?? '', answer });
      run.answer(answer);
    },
    next: () => {
      timed({ type: 'continue', step: currentStep(run.context()) ?? '' });
      run.next();
    },
    startTask: (task) => {
      timed({ type: 'startTask', step: task });
      run.startTask(task);
    },
  };
  const save = async (): Promise<JourneyContext> => {
    for (const input of events.splice(0)) trail = await appendAuditEvent(trail, input);
    await saveDraftSnapshot(draft.id, run.actor.getPersistedSnapshot(), 'inProgress', undefined, trail);
    return run.context();
  };
  return { id: draft.id, run: driven, save };
}

const fontFile = (weight: string) =>
  new Uint8Array(
    readFileSync(
      resolve(__dirname, `../../node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`),
    ),
  );

/** The PDF's text read back with PDF.js, page after page, its lines joined and spaces made single. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: bytes.slice() }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) text += `${item.str}${item.hasEOL ? ' ' : ''}`;
  }
  return text.replace(/\s+/g, ' ');
}

/** What the task list shows for the decision record now. */
async function recordRowsShown(draftId: string, context: JourneyContext) {
  const recordId = (await getDraft(draftId))?.recordId;
  const latest = recordId ? (await recordVersions(recordId)).at(-1)?.signed : undefined;
  return signingRows(
    list,
    context,
    latest ? { version: latest.version, rounds: roundsIn(reviewTask, latest.rows) } : null,
  ).map((row) => `${row.title}: ${row.status}${row.canOpen ? '' : ' (not a link)'}`);
}

/** Signs what the task list offers next, as the signing form does, and returns the version signed. */
async function signNext(draftId: string, context: JourneyContext): Promise<SignedRecord> {
  const draft = (await getDraft(draftId))!;
  const latest = draft.recordId ? (await recordVersions(draft.recordId)).at(-1)?.signed : undefined;
  const next = nextVersion(journey, context, latest);
  if (next.kind === 'none') throw new Error('Nothing to sign');
  const reason = next.kind === 'round' ? next.reason : '';
  const record = draftRecord(
    journey,
    draft,
    context,
    { ...fields, amendmentReason: reason },
    new Date(),
    next.rows,
  );
  return latest
    ? amendAndStore(draftId, latest, { ...fields, amendmentReason: reason }, record)
    : signAndStore(draftId, record, signerFrom(fields));
}

it('signs version 1 after stage 2 and each of three review meetings as the next version; every version verifies', async () => {
  const { id, run, save } = await caseDraft();
  throughApplicability(run);
  throughStage1(run);
  let context = await save();
  expect(await recordRowsShown(id, context)).toEqual([
    'Sign the decision record: cannotSignYet (not a link)',
  ]);

  throughStage2(run, [visit, fire], '2027-01-14');
  context = await save();
  expect(await recordRowsShown(id, context)).toEqual(['Sign the decision record: notSigned']);
  const first = await signNext(id, context);
  expect(first).toMatchObject({ version: 1, previous: null, amendmentReason: null });
  expect(first.rows.some((row) => row.round)).toBe(false);
  expect(await recordRowsShown(id, context)).toEqual(['Decision record, version 1: signed']);

  recordReview(run, meetings[0]);
  context = await save();
  expect(await recordRowsShown(id, context)).toEqual([
    'Decision record, version 1: signed',
    'Sign review meeting 1: notSigned',
  ]);
  expect(await signNext(id, context)).toMatchObject({
    version: 2,
    amendmentReason: 'Review meeting 1 on 14 January 2027',
  });

  // Two meetings recorded before either is signed: both shown unsigned, signed in order.
  recordReview(run, meetings[1]);
  recordReview(run, meetings[2]);
  context = await save();
  expect(await recordRowsShown(id, context)).toEqual([
    'Decision record, version 2: signed',
    'Sign review meeting 2: notSigned',
    'Sign review meeting 3: notSigned (not a link)',
  ]);
  const second = await signNext(id, context);
  expect(second).toMatchObject({ version: 3, amendmentReason: 'Review meeting 2 on 11 February 2027' });
  expect([...new Set(second.rows.flatMap((row) => (row.round ? [row.round] : [])))]).toEqual([
    'Review meeting 1',
    'Review meeting 2',
  ]);
  expect(await recordRowsShown(id, context)).toEqual([
    'Decision record, version 3: signed',
    'Sign review meeting 3: notSigned',
  ]);
  const third = await signNext(id, context);
  expect(third).toMatchObject({ version: 4, amendmentReason: 'Review meeting 3 on 11 March 2027' });
  expect(await recordRowsShown(id, context)).toEqual(['Decision record, version 4: signed']);
  expect(nextVersion(journey, context, third).kind).toBe('none');

  const versions = (await recordVersions(first.recordId)).map((version) => version.signed);
  expect(
    versions.map((version) => [version.version, version.recordId, version.previous?.version ?? null]),
  ).toEqual([
    [1, first.recordId, null],
    [2, first.recordId, 1],
    [3, first.recordId, 2],
    [4, first.recordId, 3],
  ]);
  // Each version carries the draft's audit trail as it stood when signed: versions 3 and 4 were signed
  // after the third meeting was recorded, so they carry the same trail.
  expect(versions.map((version) => version.audit.trailId)).toEqual(Array(4).fill(versions[0].audit.trailId));
  const [one, two, three, four] = versions.map((version) => version.audit.length);
  expect(one).toBeLessThan(two);
  expect(two).toBeLessThan(three);
  expect(four).toBe(three);
  // Every meeting's action plan, with its statuses, is in the latest version, in order.
  const plans = third.rows.filter((row) => row.step === 'reviewActionPlan');
  expect(plans.map((row) => [row.round, row.kind === 'answer' ? row.answer[0] : ''])).toEqual([
    [
      'Review meeting 1',
      '1. Action: Joint visit with the GP; Named lead: Community nurse; Timescale: 21 January 2027; Status: Not done yet',
    ],
    [
      'Review meeting 2',
      '1. Action: Joint visit with the GP; Named lead: GP; Timescale: 21 January 2027; Status: Done',
    ],
    [
      'Review meeting 3',
      '1. Action: Joint visit with the GP; Named lead: GP; Timescale: 21 January 2027; Status: Done',
    ],
  ]);

  const exported = exportBundle(versions);
  const checked = await verifyExport(exported);
  expect(checked.status).toBe('verified');
  if (checked.status !== 'verified') return;
  expect(checked.versions.map((version) => version.amendmentReason)).toEqual([
    null,
    'Review meeting 1 on 14 January 2027',
    'Review meeting 2 on 11 February 2027',
    'Review meeting 3 on 11 March 2027',
  ]);
  const file = join(dir, 'decision-record-RM-2027-0001-v4.json');
  writeFileSync(file, exported);
  const out = execFileSync(process.execPath, [resolve(__dirname, '../../scripts/verify-record.mjs'), file], {
    encoding: 'utf8',
  });
  expect(out).toMatch(/^Verified: /m);
  expect(out).toContain('version 4 of 4 in this file');

  // The PDF lists the meetings in order, each with its date, the version that signed it, and what changed
  // in the action plan since the meeting before (for the first, since stage 2 agreed it).
  const pdf = await recordPdf(
    versions,
    { fileName: 'decision-record-RM-2027-0001-v4.json', json: exported },
    { regular: fontFile('400Regular'), bold: fontFile('700Bold') },
    timelineSteps(journey),
  );
  const text = await pdfText(pdf);
  // Stage 1's answers to Appendix C's team risk register are in the PDF, each with its source.
  expect(text).toContain(
    'Which of the criteria for high risk cases apply? None of these Source: Multi-agency risk management framework, Appendix C a) High risk cases, criteria for high risk cases',
  );
  expect(text).toContain(
    'Is the case on the team ‘risk register’? No Source: Multi-agency risk management framework, Appendix C a) High risk cases, Key actions',
  );
  const timeline = text.slice(
    text.indexOf('Review meetings Each review meeting'),
    text.indexOf('Version 1 of 4'),
  );
  const expected = [
    'Review meeting 1, 14 January 2027',
    'First signed in version 2.',
    'Joint visit with the GP: timescale changed from 4 January 2027 to 21 January 2027; status recorded as Not done yet.',
    'Fire safety check: status recorded as Done.',
    'Review meeting 2, 11 February 2027',
    'First signed in version 3.',
    'Joint visit with the GP: named lead changed from Community nurse to GP; status changed from Not done yet to Done.',
    'New action: Clear the exits (Named lead: Housing officer; Timescale: 1 February 2027; Status: Not done yet).',
    'Action removed: Fire safety check.',
    'Review meeting 3, 11 March 2027',
    'First signed in version 4.',
    'Joint visit with the GP: no change.',
    'Clear the exits: status changed from Not done yet to Done.',
  ];
  let from = 0;
  for (const part of expected) {
    const at = timeline.indexOf(part, from);
    expect(at, `"${part}" after position ${from} of the timeline`).toBeGreaterThanOrEqual(from);
    from = at + part.length;
  }

  // Closing the case afterwards: its answers are not in version 4, so they are offered as the next version.
  run.startTask('closing');
  run.answer(checklist());
  run.answer(choices('careAct2014s42'));
  context = await save();
  const closing = nextVersion(journey, context, third);
  expect(closing.kind).toBe('changes');
  expect(closing.kind === 'changes' && closing.rows.map((row) => row.step)).toEqual(
    expect.arrayContaining(['defensible', 'legislation']),
  );
});
