// Signing a decision record and checking it later: a record from a real journey signs and verifies;
// signing waits for the signer's details and statement (and a late-entry reason); any change to any
// field of a signed record is caught; amendments keep every version verifiable; and anything that is
// not a record gets a reason, never an exception.
import { journeyFrom } from '../../machines';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { editions } from '../../content/editions';
import { thresholdJourney as thresholdJourneyDefinition } from '../../machines/thresholds';
import { summarise } from '../../machines/summary';
import type { Answer } from '../../machines/journey';
import {
  appendAuditEvent,
  startAuditTrail,
  type AuditEventType,
  type AuditTrail,
} from '../../src/record/audit';
import { canonicalJson, RecordValueError } from '../../src/record/canonical';
import { createSigningKeyPair, jwkThumbprint, publicJwk } from '../../src/record/keys';
import {
  ACCURACY_STATEMENT,
  amendRecord,
  buildRecord,
  exportBundle,
  missingForSigning,
  recordHash,
  signRecord,
  SigningRefusedError,
  type BuildRecordInput,
  type DecisionRecord,
  type Signer,
  type SignedRecord,
} from '../../src/record/record';
import { isoWithOffset } from '../../src/record/time';
import { verifyExport, type VerifyResult } from '../../src/record/verify';
import { choice, choices, startJourney, text } from '../support/drive';

const thresholdJourney = journeyFrom('thresholds', thresholdJourneyDefinition);

const signer: Signer = {
  name: 'Sam Patel',
  role: 'Social worker',
  agency: 'Solihull Council Adult Social Care',
  statement: ACCURACY_STATEMENT,
};
const visit = Date.parse('2026-11-22T09:30:00Z');
const now = new Date('2026-11-22T10:32:00Z');

/** Walks the threshold journey the way the app does, logging every answer to the audit trail. */
async function journeyEnd(): Promise<Pick<BuildRecordInput, 'rows' | 'auditTrail'>> {
  const run = startJourney(thresholdJourney);
  let trail: AuditTrail = startAuditTrail();
  let mono = 2_000;
  const log = async (type: AuditEventType, answer?: Answer) => {
    trail = await appendAuditEvent(trail, {
      type,
      step: run.step(),
      ...(answer ? { answer } : {}),
      wallClock: isoWithOffset(Date.parse('2026-11-22T10:00:00Z') + mono - 2_000, 0),
      elapsedMs: mono,
      session: 'load-1',
    });
    mono += 20_000;
  };
  const answer = async (value: Answer, type: AuditEventType = 'answer') => {
    await log(type, value);
    run.answer(value);
  };
  await answer(choices('physical'));
  await answer({
    kind: 'notes',
    notes: { 'th.factor.harm': 'Bruising to both arms; she says she is frightened' },
  });
  await answer(choice('no'));
  for (const rating of ['red', 'amber', 'green', 'green']) await answer(choice(rating));
  await log('continue');
  run.next();
  await answer(choice('notMade'));
  await answer(text('She has moved to her daughter’s'));
  await answer(text('Against the matrix because the risk has gone'));
  await answer(choices('lineManager'));
  await log('change');
  run.change('decision');
  await answer(choice('made'), 'change');
  await answer(text('Risk of further harm at home'));
  await answer(choices('lineManager'));
  await answer(text('Discussed with J. Okoro, line manager, 22 November 2026 10:20'));
  await log('finish');
  expect(run.step()).toBe('checkAnswers');
  return { rows: summarise(thresholdJourney, run.context()), auditTrail: trail };
}

let end: Pick<BuildRecordInput, 'rows' | 'auditTrail'>;
let keyPair: CryptoKeyPair;
let record: DecisionRecord;
let signed: SignedRecord;
let exported: string;

function makeRecord(changes: Partial<BuildRecordInput> = {}): DecisionRecord {
  return buildRecord({
    journey: thresholdJourney,
    editions: [editions.thresholds],
    caseReference: 'SAF-2026-0412',
    peopleInvolved: ['Mrs A (the adult)', 'Her daughter', 'J. Okoro, line manager', '  '],
    extraReferences: ['Care Act 2014, section 42'],
    occurredAt: isoWithOffset(visit, 0),
    recordedAt: isoWithOffset(now, 0),
    ...end,
    ...changes,
  });
}

beforeAll(async () => {
  end = await journeyEnd();
  keyPair = await createSigningKeyPair();
  record = makeRecord();
  signed = await signRecord(record, signer, keyPair, now, '0.1.0');
  exported = exportBundle([signed]);
});

const verified = (result: VerifyResult) => {
  if (result.status !== 'verified') throw new Error(`Expected verified, got ${JSON.stringify(result)}`);
  return result;
};

describe('the record', () => {
  it('holds the visited path, its outcome, the guidance cited and who was involved', () => {
    expect(record).toMatchObject({
      format: 'sada-record',
      formatVersion: 2,
      journey: { id: 'thresholds', title: thresholdJourney.title, version: 1 },
      caseReference: 'SAF-2026-0412',
      occurredAt: '2026-11-22T09:30:00+00:00',
      recordedAt: '2026-11-22T10:32:00+00:00',
      lateEntryReason: null,
      outcomes: [{ step: 'outcome_red', title: expect.any(String) }],
      peopleInvolved: ['Mrs A (the adult)', 'Her daughter', 'J. Okoro, line manager'],
      editions: [editions.thresholds],
    });
    expect(record.journey).toEqual({ id: 'thresholds', title: thresholdJourney.title, version: 1 });
    // Only the route finally taken: the reason against the matrix was on a branch later changed.
    expect(record.rows.map((row) => row.step)).not.toContain('againstReason');
    const decision = record.rows.find((row) => row.step === 'decision');
    expect(decision).toMatchObject({
      kind: 'answer',
      answer: ['Yes, I am making a Safeguarding Adults alert'],
    });
    expect(record.rows.every((row) => row.sources.length > 0)).toBe(true);
    expect(record.references.added).toEqual(['Care Act 2014, section 42']);
    const thresholds = record.references.guidance.find((reference) => reference.doc === 'thresholds');
    expect(thresholds).toMatchObject({ title: editions.thresholds.title, date: editions.thresholds.date });
    // The line manager option cites §15.2 of its own.
    expect(thresholds?.sections).toContain('§15.2');
    // Every answer and change, in order, with the head and count.
    expect(record.audit.length).toBe(end.auditTrail.events.length);
    expect(record.audit.head).toBe(end.auditTrail.head);
    expect(record.audit.events.map((event) => event.type)).toContain('change');
    expect(record.audit.clockWarnings).toEqual([]);
    // Nothing of the content objects or the machine comes along.
    expect(canonicalJson(record)).not.toMatch(/"content"|"machine"|"options"/);
  });
});

describe('signing', () => {
  it('makes a signed, frozen version 1 that verifies, naming the signer, time and device', async () => {
    const jwk = await publicJwk(keyPair);
    expect(signed).toMatchObject({
      version: 1,
      previous: null,
      amendmentReason: null,
      signer: { name: 'Sam Patel', role: 'Social worker', agency: 'Solihull Council Adult Social Care' },
      statement: ACCURACY_STATEMENT,
      signedAt: isoWithOffset(now),
      appVersion: '0.1.0',
      publicKey: jwk,
      fingerprint: await jwkThumbprint(jwk),
    });
    expect(signed.signedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(signed.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(Object.isFrozen(signed) && Object.isFrozen(signed.rows[0])).toBe(true);
    expect(() => {
      (signed as { caseReference: string }).caseReference = 'OTHER';
    }).toThrow(TypeError);

    const result = verified(await verifyExport(exported));
    expect(result.signer).toEqual(signed.signer);
    expect(result.signedAt).toBe(signed.signedAt);
    expect(result.fingerprint).toBe(signed.fingerprint);
    expect(result.versions).toEqual([
      {
        version: 1,
        signer: signed.signer,
        signedAt: signed.signedAt,
        fingerprint: signed.fingerprint,
        amendmentReason: null,
        confirmation: 'deviceKey',
        passkeyFingerprint: null,
      },
    ]);
    // A single version on its own (not in an export) verifies too.
    expect((await verifyExport(JSON.stringify(signed))).status).toBe('verified');
  });

  it('is refused, listing what is missing, until name, role, agency and statement are given', async () => {
    const steps: [Partial<Signer>, string[]][] = [
      [
        {},
        ['Your full name', 'Your role', 'Your agency', 'Your confirmation that this is your accurate record'],
      ],
      [
        { name: 'Sam Patel', role: ' ' },
        ['Your role', 'Your agency', 'Your confirmation that this is your accurate record'],
      ],
      [
        { name: 'Sam Patel', role: 'Social worker', agency: 'Solihull' },
        ['Your confirmation that this is your accurate record'],
      ],
      [{ name: 'Sam Patel', role: 'Social worker', agency: 'Solihull', statement: ACCURACY_STATEMENT }, []],
    ];
    for (const [partial, missing] of steps) {
      expect(missingForSigning(record, partial)).toEqual(missing);
      if (missing.length === 0) continue;
      const error = await signRecord(record, partial, keyPair, now, '0.1.0').catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(SigningRefusedError);
      expect((error as SigningRefusedError).missing).toEqual(missing);
      expect((error as Error).message).toContain(missing[0]);
    }
    expect(missingForSigning(record, undefined)).toHaveLength(4);
  });

  it('needs a reason for a late entry when the visit was on an earlier day, and keeps it', async () => {
    const late = makeRecord({ occurredAt: '2026-11-21T16:00:00+00:00' });
    expect(missingForSigning(late, signer)).toEqual([
      'A reason for the late entry: the visit or event was on 21 November 2026, before the day of recording (22 November 2026)',
    ]);
    await expect(signRecord(late, signer, keyPair, now, '0.1.0')).rejects.toThrow(/late entry/);
    const explained = makeRecord({
      occurredAt: '2026-11-21T16:00:00+00:00',
      lateEntryReason: ' No signal at the address; recorded next morning. ',
    });
    expect(missingForSigning(explained, signer)).toEqual([]);
    const lateSigned = await signRecord(explained, signer, keyPair, now, '0.1.0');
    expect(lateSigned.lateEntryReason).toBe('No signal at the address; recorded next morning.');
    expect((await verifyExport(exportBundle([lateSigned]))).status).toBe('verified');
  });

  it('lists other missing parts: case reference, event time, answers; and an event after the recording', () => {
    const empty = makeRecord({ caseReference: ' ', occurredAt: 'yesterday', rows: [] });
    expect(missingForSigning(empty, signer)).toEqual([
      'The case reference',
      'The date and time of the visit or event',
      'The answers from the journey',
    ]);
    const future = makeRecord({ occurredAt: '2026-11-22T11:00:00+00:00' });
    expect(missingForSigning(future, signer)).toEqual([
      'A date and time of the visit or event that is not later than the time of recording',
    ]);
  });

  it('refuses values JSON cannot represent, naming where they are, before signing', async () => {
    const bad = makeRecord({ peopleInvolved: ['Mrs A \uD800'] });
    const error = await signRecord(bad, signer, keyPair, now, '0.1.0').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordValueError);
    expect((error as RecordValueError).path).toBe('$.peopleInvolved[0]');
    const nan = makeRecord({ journey: { id: 'thresholds', title: 'T', version: NaN } });
    await expect(signRecord(nan, signer, keyPair, now, '0.1.0')).rejects.toThrow(
      /NaN .* at \$\.journey\.version/,
    );
  });

  it('uses a non-extractable private key and carries only kty, crv, x and y of the public key', async () => {
    expect(keyPair.privateKey.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('jwk', keyPair.privateKey)).rejects.toThrow();
    expect(Object.keys(signed.publicKey).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    const extractable = await globalThis.crypto.subtle.generateKey(
      { name: 'ECDSA', namedCurve: 'P-256' },
      true,
      ['sign', 'verify'],
    );
    await expect(signRecord(record, signer, extractable, now, '0.1.0')).rejects.toThrow(/non-extractable/);
  });
});

describe('JWK thumbprints (RFC 7638)', () => {
  it('match the RFC 7638 §3.1 example and the RFC 7517 A.1 P-256 key', async () => {
    const rsa = {
      kty: 'RSA',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
      e: 'AQAB',
      alg: 'RS256',
      kid: '2011-04-29',
    };
    expect(await jwkThumbprint(rsa)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
    const ec = {
      kty: 'EC',
      crv: 'P-256',
      x: 'MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4',
      y: '4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM',
      use: 'enc',
      kid: '1',
    };
    expect(await jwkThumbprint(ec)).toBe('cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s');
  });
});

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'object' && value !== null) {
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    if (entries.length === 0) return [path];
    return entries.flatMap(([key, child]) => leafPaths(child, [...path, key]));
  }
  return [path];
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = replacement;
  return copy;
}

const getAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);

/** A different value of the same kind, so that the change gets past a type check where it can. */
function changed(value: unknown): unknown {
  if (typeof value === 'string')
    return value === '' ? 'x' : `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (value === null) return 'x';
  if (Array.isArray(value)) return ['x'];
  return { x: 1 };
}

describe('tamper evidence', () => {
  it('catches a change to every single field of the signed record, and to the signature', async () => {
    const bundle = JSON.parse(exported) as { versions: unknown[] };
    const paths = leafPaths(bundle.versions[0]).map((path) => ['versions', 0, ...path]);
    expect(paths.length).toBeGreaterThan(150);
    expect(paths).toContainEqual(['versions', 0, 'signature']);
    for (const path of paths) {
      const result = await verifyExport(
        JSON.stringify(replaceAt(bundle, path, changed(getAt(bundle, path)))),
      );
      expect(result.status, path.join('.')).not.toBe('verified');
    }
  }, 30_000);

  it('catches any replacement value at any field (property)', async () => {
    const bundle = JSON.parse(exported) as { versions: unknown[] };
    const paths = leafPaths(bundle.versions[0]).map((path) => ['versions', 0, ...path]);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (path, replacement) => {
        fc.pre(canonicalJson(replacement) !== canonicalJson(getAt(bundle, path)));
        const result = await verifyExport(JSON.stringify(replaceAt(bundle, path, replacement)));
        expect(['altered', 'unreadable']).toContain(result.status);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('catches any change to the signature, including another spelling of the same bytes', async () => {
    const bundle = JSON.parse(exported) as { versions: Record<string, unknown>[] };
    const signature = signed.signature;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(signature.length - 1),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
        async (at, char) => {
          fc.pre(signature[at] !== char);
          const altered = signature.slice(0, at) + char + signature.slice(at + 1);
          const result = await verifyExport(
            JSON.stringify(replaceAt(bundle, ['versions', 0, 'signature'], altered)),
          );
          expect(result).toMatchObject({ status: 'altered', failures: [{ what: 'signature', index: 0 }] });
        },
      ),
      { numRuns: 100 },
    );
    // The last of 86 characters carries 2 bits of the 64 bytes and 4 unused bits: flipping an unused bit
    // spells the same signature differently, which must not pass for the signed text.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBytes = signature.slice(0, -1) + alphabet[alphabet.indexOf(signature.at(-1)!) | 1];
    expect(Buffer.from(sameBytes, 'base64url').equals(Buffer.from(signature, 'base64url'))).toBe(true);
    for (const altered of [sameBytes, signature + 'A', signature.slice(1), `${signature}==`, '']) {
      const result = await verifyExport(
        JSON.stringify(replaceAt(bundle, ['versions', 0, 'signature'], altered)),
      );
      expect(result.status).not.toBe('verified');
    }
  }, 30_000);

  it('says where the audit chain breaks when an event is removed', async () => {
    const bundle = JSON.parse(exported) as { versions: SignedRecord[] };
    bundle.versions[0].audit.events.splice(3, 1);
    const result = await verifyExport(JSON.stringify(bundle));
    expect(result.status).toBe('altered');
    expect(result.status === 'altered' && result.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'signature', index: 0, version: 1 }),
        expect.objectContaining({ what: 'chain', index: 3, version: 1 }),
      ]),
    );
  });

  it('catches a record re-signed with another key only by its fingerprint', async () => {
    // Anyone can sign an edited record with their own key: it verifies, but under a different
    // fingerprint, which is why the fingerprint is shown and kept with the worker's details.
    const otherKeys = await createSigningKeyPair();
    const forged = await signRecord({ ...record, caseReference: 'FORGED' }, signer, otherKeys, now, '0.1.0');
    const result = verified(await verifyExport(exportBundle([forged])));
    expect(result.fingerprint).not.toBe(signed.fingerprint);
  });
});

describe('amendments', () => {
  let amended: SignedRecord;
  let both: string;
  const manager: Signer = {
    name: 'Jo Okoro',
    role: 'Team manager',
    agency: 'Solihull Council Adult Social Care',
    statement: ACCURACY_STATEMENT,
  };

  beforeAll(async () => {
    amended = await amendRecord(
      signed,
      { peopleInvolved: [...signed.peopleInvolved, 'GP surgery (by phone)'] },
      'The GP was consulted and left out by mistake',
      manager,
      keyPair,
      new Date('2026-11-23T09:00:00Z'),
      '0.1.0',
    );
    both = exportBundle([amended, signed]);
  });

  it('makes version 2 with its reason and signature, linked to version 1 by hash, leaving version 1 as it was', async () => {
    expect(amended).toMatchObject({
      recordId: signed.recordId,
      version: 2,
      previous: { hash: await recordHash(signed), version: 1 },
      amendmentReason: 'The GP was consulted and left out by mistake',
      signer: { name: 'Jo Okoro', role: 'Team manager' },
      rows: signed.rows,
      audit: signed.audit,
    });
    expect(amended.peopleInvolved).toContain('GP surgery (by phone)');
    expect(signed.peopleInvolved).not.toContain('GP surgery (by phone)');
    expect(amended.signature).not.toBe(signed.signature);
  });

  it('exports every version oldest first, and both verify', async () => {
    const bundle = JSON.parse(both) as { format: string; versions: SignedRecord[] };
    expect(bundle.format).toBe('sada-record-export');
    expect(bundle.versions.map((version) => version.version)).toEqual([1, 2]);
    const result = verified(await verifyExport(both));
    expect(result.signer.name).toBe('Jo Okoro');
    expect(
      result.versions.map((version) => [version.version, version.signer.name, version.amendmentReason]),
    ).toEqual([
      [1, 'Sam Patel', null],
      [2, 'Jo Okoro', 'The GP was consulted and left out by mistake'],
    ]);
  });

  it('detects a change to the first version, even one re-signed to look valid', async () => {
    const bundle = JSON.parse(both) as { versions: SignedRecord[] };
    bundle.versions[0].caseReference = 'SAF-2026-9999';
    const result = await verifyExport(JSON.stringify(bundle));
    expect(
      result.status === 'altered' && result.failures.map((failure) => [failure.what, failure.index]),
    ).toEqual([
      ['signature', 0],
      ['amendmentLink', 1],
    ]);
    // Re-signing the edited first version with the same key still breaks the second version's link.
    const resigned = await signRecord(
      { ...record, caseReference: 'SAF-2026-9999' },
      signer,
      keyPair,
      now,
      '0.1.0',
    );
    expect(resigned.recordId).toBe(amended.recordId);
    const relinked = await verifyExport(exportBundle([resigned, amended]));
    expect(
      relinked.status === 'altered' && relinked.failures.map((failure) => [failure.what, failure.index]),
    ).toEqual([['amendmentLink', 1]]);
  });

  it('detects a missing or reordered version', async () => {
    const bundle = JSON.parse(both) as { versions: SignedRecord[] };
    const onlySecond = await verifyExport(JSON.stringify({ ...bundle, versions: [bundle.versions[1]] }));
    expect(onlySecond).toMatchObject({ status: 'altered', failures: [{ what: 'amendmentLink', index: 0 }] });
    const reversed = await verifyExport(
      JSON.stringify({ ...bundle, versions: [...bundle.versions].reverse() }),
    );
    expect(reversed.status).toBe('altered');
  });

  it('needs a reason, and will not amend a version that does not verify', async () => {
    const error = await amendRecord(signed, {}, '  ', manager, keyPair, now, '0.1.0').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SigningRefusedError);
    expect((error as SigningRefusedError).missing).toEqual(['A reason for the amendment']);
    const tampered = { ...structuredClone(signed), caseReference: 'X' } as SignedRecord;
    await expect(amendRecord(tampered, {}, 'Because', manager, keyPair, now, '0.1.0')).rejects.toThrow(
      /does not verify/,
    );
  });

  it('re-derives outcomes and references from changed rows', async () => {
    const rows = signed.rows.filter((row) => row.kind !== 'outcome');
    const third = await amendRecord(
      amended,
      { rows },
      'Outcome row removed in error test',
      manager,
      keyPair,
      new Date(Date.parse(amended.signedAt) + 60_000),
      '0.1.0',
    );
    expect(third.outcomes).toEqual([]);
    expect(third.version).toBe(3);
    expect(verified(await verifyExport(exportBundle([signed, amended, third]))).versions).toHaveLength(3);
  });
});

describe('unreadable input', () => {
  it('gives a reason, never an exception, for anything that is not a signed record', async () => {
    const withoutSignature = JSON.parse(exported) as { versions: Record<string, unknown>[] };
    delete withoutSignature.versions[0].signature;
    const badKey = JSON.parse(exported) as { versions: { publicKey: { x: string } }[] };
    badKey.versions[0].publicKey.x = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const extraKeyMember = JSON.parse(exported) as { versions: { publicKey: Record<string, string> }[] };
    extraKeyMember.versions[0].publicKey.d = 'secret';
    const cases: [unknown, RegExp][] = [
      ['not json at all', /not JSON/],
      ['', /empty/],
      ['[]', /JSON object/],
      ['[1, 2]', /JSON object/],
      ['42', /JSON object/],
      ['null', /JSON object/],
      ['"text"', /JSON object/],
      ['{"format":"something-else","formatVersion":1}', /not a decision record exported by/],
      ['{}', /not a decision record exported by/],
      [
        '{"format":"sada-record-export","formatVersion":3,"versions":[]}',
        /version 3 of the record format; this verifier reads versions 1 and 2/,
      ],
      ['{"format":"sada-record-export","versions":[]}', /does not say which version/],
      ['{"format":"sada-record-export","formatVersion":1,"versions":[]}', /no signed versions/],
      ['{"format":"sada-record-export","formatVersion":1,"versions":[{}]}', /incomplete/],
      [JSON.stringify(withoutSignature), /"versions\[0\]\.signature" is missing/],
      [JSON.stringify(badKey), /not a valid ECDSA P-256 key/],
      [JSON.stringify(extraKeyMember), /publicKey\.d" is not allowed/],
      ['{"format":"sada-record","format":"sada-record-export"}', /repeats the field "format"/],
      ['{"format":"sada-record-export","formatVersion":1,"versions":["\\ud800"]}', /not valid Unicode/],
      [undefined, /No text/],
      [42, /No text/],
    ];
    for (const [input, reason] of cases) {
      const result = await verifyExport(input);
      expect(result.status, String(input).slice(0, 60)).toBe('unreadable');
      expect(result.status === 'unreadable' && result.reason, String(input).slice(0, 60)).toMatch(reason);
    }
  });

  it('never throws, whatever the text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((value) =>
              JSON.stringify({ format: 'sada-record-export', formatVersion: 1, versions: [value] }),
            ),
        ),
        async (input) => {
          const result = await verifyExport(input);
          expect(['altered', 'unreadable']).toContain(result.status);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});
