// The command-line verifier (scripts/verify-record.mjs): Node's own crypto and its own canonicaliser,
// run as a case-file system or an auditor would, on exports signed here with Web Crypto.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editions } from '../../content/editions';
import { appendAuditEvent, startAuditTrail, type AuditTrail } from '../../src/record/audit';
import { createSigningKeyPair } from '../../src/record/keys';
import {
  ACCURACY_STATEMENT,
  amendRecord,
  buildRecord,
  exportBundle,
  signRecord,
  type SignedRecord,
} from '../../src/record/record';
import { isoWithOffset } from '../../src/record/time';
import { verifyExport } from '../../src/record/verify';

const script = resolve(__dirname, '../../scripts/verify-record.mjs');
const dir = mkdtempSync(join(tmpdir(), 'sada-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function run(contents: string): { code: number; out: string } {
  const file = join(dir, `record-${fileCount++}.json`);
  writeFileSync(file, contents);
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, [script, file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

let signed: SignedRecord;
let exported: string;
let amendedExport: string;

beforeAll(async () => {
  let trail: AuditTrail = startAuditTrail();
  const t0 = Date.parse('2026-11-22T10:00:00Z');
  const answers = [
    { step: 'q1', answer: { kind: 'choice' as const, choice: 'yes' } },
    {
      step: 'q2',
      answer: { kind: 'text' as const, text: 'Line one\nLine two "quoted" \\ tab\t and € and 😀 and \u0001' },
    },
    { step: 'q1', answer: { kind: 'choice' as const, choice: 'no' } },
  ];
  for (const [index, { step, answer }] of answers.entries()) {
    trail = await appendAuditEvent(trail, {
      type: index === 2 ? 'change' : 'answer',
      step,
      answer,
      // The third reading shows the device clock turned back ten minutes.
      wallClock: isoWithOffset(t0 + index * 61_123.5 - (index === 2 ? 600_000 : 0), 60),
      elapsedMs: 1_000.25 + index * 61_123.5,
      session: 'one',
    });
  }
  const record = buildRecord({
    journey: { id: 'collusion', title: 'Am I colluding? A self-check', version: 1 },
    editions: [editions['non-engagement']],
    caseReference: 'SAF-2026-0412',
    rows: [
      {
        kind: 'answer',
        step: 'q1',
        question: 'Is the adult at risk?',
        answer: ['No'],
        sources: [{ doc: 'non-engagement', section: 'Am I colluding?' }],
      },
      {
        kind: 'answer',
        step: 'q2',
        question: 'Notes',
        answer: ['Line one\nLine two "quoted" \\ tab\t and € and 😀 and \u0001'],
        sources: [{ doc: 'non-engagement', section: 'Next Steps' }],
      },
      {
        kind: 'outcome',
        step: 'out',
        title: 'Talk to your manager',
        sources: [{ doc: 'non-engagement', section: 'Next Steps' }],
      },
    ],
    peopleInvolved: ['Ms B', 'Zoë Ångström'],
    extraReferences: ['Care Act 2014, s.42'],
    occurredAt: '2026-11-21T15:00:00+00:00',
    recordedAt: '2026-11-22T10:32:00+00:00',
    lateEntryReason: 'Visit ran late; recorded next morning.',
    auditTrail: trail,
  });
  const keys = await createSigningKeyPair();
  signed = await signRecord(
    record,
    { name: 'Sam Patel', role: 'Social worker', agency: 'Solihull Council', statement: ACCURACY_STATEMENT },
    keys,
    new Date('2026-11-22T10:32:00Z'),
    '0.1.0',
  );
  exported = exportBundle([signed]);
  const amended = await amendRecord(
    signed,
    { extraReferences: ['Care Act 2014, s.42', 'Mental Capacity Act 2005'] },
    'Added a reference',
    { name: 'Jo Okoro', role: 'Team manager', agency: 'Solihull Council', statement: ACCURACY_STATEMENT },
    keys,
    new Date('2026-11-23T09:00:00Z'),
    '0.1.0',
  );
  amendedExport = exportBundle([signed, amended]);
  expect((await verifyExport(exported)).status).toBe('verified');
});

describe('node scripts/verify-record.mjs', () => {
  it('verifies an export signed with Web Crypto, naming the signer, date and fingerprint', () => {
    const { code, out } = run(exported);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      `Verified: signed by Sam Patel (Social worker, Solihull Council) on ${signed.signedAt}; device fingerprint ${signed.fingerprint}; device key only`,
    );
    expect(out).toMatch(/Clock warning \(version 1\): At audit event 2 .* turned back/);
  }, 30_000);

  it('verifies every version of an amended record', () => {
    const { code, out } = run(amendedExport);
    expect(code).toBe(0);
    expect(out).toMatch(/^Verified: signed by Jo Okoro \(Team manager, Solihull Council\)/);
    expect(out).toContain('Version 1: signed by Sam Patel');
    expect(out).toContain('Version 2: signed by Jo Okoro');
    expect(out).toContain('Amended because: Added a reference');
  }, 30_000);

  it('reports ALTERED, exit 1, when one byte of a value is changed', () => {
    const altered = exported.replace('"caseReference": "SAF-2026-0412"', '"caseReference": "SAF-2026-0413"');
    expect(altered).not.toBe(exported);
    const { code, out } = run(altered);
    expect(code).toBe(1);
    expect(out).toMatch(/^ALTERED: version 1: the signature does not match/);
  }, 30_000);

  it('reports ALTERED for a changed audit event, signature or earlier version', () => {
    const bundle = JSON.parse(amendedExport) as { versions: SignedRecord[] };
    const event = structuredClone(bundle);
    (event.versions[0].audit.events[1].answer as { text: string }).text = 'Something else';
    const eventRun = run(JSON.stringify(event));
    expect(eventRun.code).toBe(1);
    expect(eventRun.out).toContain(
      'ALTERED: version 1: audit event 1 has been changed since it was recorded',
    );
    expect(eventRun.out).toContain(
      'ALTERED: version 2: version 1 has been changed since this amendment was signed',
    );

    const signature = structuredClone(bundle);
    const last = signature.versions[1].signature;
    signature.versions[1].signature = last.slice(0, -1) + (last.endsWith('A') ? 'B' : 'A');
    expect(run(JSON.stringify(signature))).toMatchObject({
      code: 1,
      out: expect.stringMatching(/^ALTERED: version 2: the signature/),
    });

    // Another spelling of the same signature bytes (an unused bit of the last character set) is refused.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelt = structuredClone(bundle);
    respelt.versions[1].signature = last.slice(0, -1) + alphabet[alphabet.indexOf(last.at(-1)!) | 1];
    expect(run(JSON.stringify(respelt))).toMatchObject({
      code: 1,
      out: expect.stringMatching(/^ALTERED: version 2: the signature/),
    });
  }, 30_000);

  it('agrees with the app about random single-field changes', async () => {
    const bundle = JSON.parse(exported) as { versions: Record<string, unknown>[] };
    const fields = [
      'caseReference',
      'occurredAt',
      'signedAt',
      'appVersion',
      'lateEntryReason',
      'statement',
      'fingerprint',
    ];
    for (const field of fields) {
      const copy = structuredClone(bundle);
      copy.versions[0][field] = `${String(copy.versions[0][field])}1`;
      const text = JSON.stringify(copy);
      const app = await verifyExport(text);
      const cli = run(text);
      expect(app.status, field).not.toBe('verified');
      expect(cli.code, field).toBe(app.status === 'altered' ? 1 : 2);
    }
  }, 30_000);

  it('reports UNREADABLE, exit 2, for garbage, other JSON, a missing file and no file', () => {
    expect(run('this is not a record')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/^UNREADABLE: the file is not JSON/),
    });
    expect(run('[1,2,3]')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/^UNREADABLE: .*JSON object/),
    });
    expect(run('{"format":"other"}')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/^UNREADABLE: the file is not a decision record/),
    });
    expect(run(exported.replace('"formatVersion": 2', '"formatVersion": 7'))).toMatchObject({
      code: 2,
      out: expect.stringMatching(/format version 7/),
    });
    const noSignature = JSON.parse(exported) as { versions: Record<string, unknown>[] };
    delete noSignature.versions[0].signature;
    expect(run(JSON.stringify(noSignature))).toMatchObject({
      code: 2,
      out: expect.stringMatching(/has no signature/),
    });
    const missing = (() => {
      try {
        execFileSync(process.execPath, [script, join(dir, 'nope.json')], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        return { status: 0, stdout: '' };
      } catch (error) {
        return error as { status: number; stdout: string };
      }
    })();
    expect(missing.status).toBe(2);
    expect(missing.stdout).toMatch(/^UNREADABLE: cannot read/);
    // Node's own modules only, and the PDF attachment reader shared with the app, which imports nothing.
    const imports = [...readFileSync(script, 'utf8').matchAll(/from ['"]([^'"]+)['"]/g)].map(
      (match) => match[1],
    );
    expect(imports.filter((name) => !name.startsWith('node:'))).toEqual(['../src/record/pdf-attachment.mjs']);
    expect(readFileSync(resolve(__dirname, '../../src/record/pdf-attachment.mjs'), 'utf8')).not.toMatch(
      /\bimport\b|\brequire\(/,
    );
  }, 30_000);
});
