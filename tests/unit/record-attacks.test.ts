// What "Verified" must not be fooled by: each attack on a signed record as a fixture, checked by both
// verifiers (the app's verifyExport and scripts/verify-record.mjs, run as the command with its exit
// code), and a corpus of random mutations both must refuse. The two verifiers' limits and constants are
// checked equal here, so neither accepts what the other refuses.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editions } from '../../content/editions';
import * as cli from '../../scripts/verify-record.mjs';
import { appendAuditEvent, AUDIT_GENESIS, startAuditTrail, type AuditTrail } from '../../src/record/audit';
import { MAX_DEPTH } from '../../src/record/canonical';
import { fromBase64url, toBase64url } from '../../src/record/encoding';
import { createSigningKeyPair } from '../../src/record/keys';
import { PASSKEY_ALGORITHMS } from '../../src/record/passkey';
import {
  ACCURACY_STATEMENT,
  amendRecord,
  buildRecord,
  ClockBehindError,
  EXPORT_FORMAT,
  exportBundle,
  READABLE_FORMAT_VERSIONS,
  RECORD_FORMAT,
  signRecord,
  type SignedRecord,
} from '../../src/record/record';
import { parseRegister, registerLine } from '../../src/record/register';
import { P256_ORDER, signPayload } from '../../src/record/signature';
import { ISO_TIME_PATTERN, isoWithOffset } from '../../src/record/time';
import { MAX_RECORD_BYTES, verifyExport, type VerifyResult } from '../../src/record/verify';
import { softwarePasskey, type SoftwarePasskey } from '../support/passkey';

const dir = mkdtempSync(join(tmpdir(), 'sada-attack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

/** Runs the command-line verifier's main() on a file, as `node scripts/verify-record.mjs [--trusted R] FILE`. */
async function command(
  contents: string | Uint8Array,
  register?: string,
): Promise<{ code: number; out: string }> {
  const file = join(dir, `record-${fileCount++}.json`);
  writeFileSync(file, contents);
  const args = [file];
  if (register !== undefined) {
    const registerFile = join(dir, `register-${fileCount++}.txt`);
    writeFileSync(registerFile, register);
    args.unshift('--trusted', registerFile);
  }
  const lines: string[] = [];
  const code = await cli.main(
    args,
    (line) => lines.push(line),
    () => undefined,
  );
  return { code, out: lines.join('\n') };
}

const exitCodeOf = (result: VerifyResult) =>
  ({ verified: 0, altered: 1, unreadable: 2, notTrusted: 3 })[result.status];
const worker = {
  name: 'Sam Patel',
  role: 'Social worker',
  agency: 'Solihull Council',
  statement: ACCURACY_STATEMENT,
};
const t0 = Date.parse('2026-11-22T10:00:00Z');

let trail: AuditTrail;
let genuineKeys: CryptoKeyPair;
let otherKeys: CryptoKeyPair;
let passkey: SoftwarePasskey;
let v1: SignedRecord;
let v2: SignedRecord;
let register: string;

const record = (auditTrail: AuditTrail = trail) =>
  buildRecord({
    recordId: 'record-1',
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
        kind: 'outcome',
        step: 'out',
        title: 'Talk to your manager',
        sources: [{ doc: 'non-engagement', section: 'Next Steps' }],
      },
    ],
    occurredAt: '2026-11-22T09:00:00+00:00',
    recordedAt: '2026-11-22T10:30:00+00:00',
    auditTrail,
  });

/** Re-signs a changed version with the key given, as someone holding that key could. */
async function resign(
  version: SignedRecord,
  changes: Partial<SignedRecord>,
  keys: CryptoKeyPair,
): Promise<SignedRecord> {
  const { signature: _signature, ...payload } = { ...structuredClone(version), ...changes } as SignedRecord;
  return { ...payload, signature: await signPayload(payload, keys.privateKey) } as SignedRecord;
}

beforeAll(async () => {
  trail = startAuditTrail('trail-1');
  trail = await appendAuditEvent(trail, {
    type: 'answer',
    step: 'q1',
    answer: { kind: 'choice', choice: 'no' },
    wallClock: isoWithOffset(t0, 0),
    elapsedMs: 1000,
    session: 's',
  });
  trail = await appendAuditEvent(trail, {
    type: 'finish',
    step: 'out',
    wallClock: isoWithOffset(t0 + 60_000, 0),
    elapsedMs: 61_000,
    session: 's',
  });
  [genuineKeys, otherKeys, passkey] = await Promise.all([
    createSigningKeyPair(),
    createSigningKeyPair(),
    softwarePasskey(),
  ]);
  v1 = await signRecord(
    record(),
    worker,
    genuineKeys,
    new Date(t0 + 30 * 60_000),
    '0.2.0',
    passkey.confirmation(),
  );
  v2 = await amendRecord(
    v1,
    { peopleInvolved: ['Ms B'] },
    'Added who was there',
    worker,
    genuineKeys,
    new Date(t0 + 90 * 60_000),
    '0.2.0',
  );
  register = `# Solihull Council register of trusted devices\n${registerLine(v1.fingerprint, 'Sam Patel, Social worker, Solihull Council')}\n${registerLine(passkey.passkey.fingerprint, 'Sam Patel (passkey)')}\n`;
});

describe('a genuine record', () => {
  it('verifies in both, confirmed with a passkey, and names the registered holder beside the typed name', async () => {
    const text = exportBundle([v1, v2]);
    const app = await verifyExport(text, { register: parseRegister(register) });
    expect(app).toMatchObject({ status: 'verified', trustProblems: [], deviceChanges: [], timeWarnings: [] });
    expect(
      app.status === 'verified' &&
        app.versions.map((version) => [version.confirmation, version.registeredHolder]),
    ).toEqual([
      ['passkey', 'Sam Patel, Social worker, Solihull Council'],
      ['deviceKey', 'Sam Patel, Social worker, Solihull Council'],
    ]);
    const { code, out } = await command(text, register);
    expect(code).toBe(0);
    expect(out).toContain(
      `Verified: signed by Sam Patel (Social worker, Solihull Council) [registered to Sam Patel, Social worker, Solihull Council] on ${v2.signedAt}; device fingerprint ${v2.fingerprint}; device key only`,
    );
    expect(out).toContain(
      `Version 1: signed by Sam Patel (Social worker, Solihull Council) [registered to Sam Patel, Social worker, Solihull Council] on ${v1.signedAt}; device fingerprint ${v1.fingerprint}; confirmed with a passkey (passkey fingerprint ${passkey.passkey.fingerprint})`,
    );
    expect(out).toContain('version 2 of 2 in this file');
    // Without a register it still verifies, and says the devices were not checked against one.
    expect(await command(text)).toMatchObject({
      code: 0,
      out: expect.stringContaining('Devices not checked against a register'),
    });
  });

  it('is new-format, low-S, and its passkey challenge is the hash of the version without signature and assertion', async () => {
    expect(v1.formatVersion).toBe(2);
    const s = BigInt(`0x${Buffer.from(fromBase64url(v1.signature)!.subarray(32)).toString('hex')}`);
    expect(s <= P256_ORDER / 2n).toBe(true);
    const clientData = JSON.parse(
      Buffer.from(fromBase64url(v1.passkeyAssertion!.clientDataJSON)!).toString('utf8'),
    ) as { challenge: string };
    const { signature: _s, passkeyAssertion: _a, ...content } = v1;
    expect(clientData.challenge).toBe(
      Buffer.from(
        await crypto.subtle.digest('SHA-256', new TextEncoder().encode(cli.canonical(content))),
      ).toString('base64url'),
    );
  });
});

describe('each attack, caught by both verifiers', () => {
  it('the whole record re-signed with another key under the same name: NOT TRUSTED against the register (exit 3)', async () => {
    const forged = await signRecord(record(), worker, otherKeys, new Date(t0 + 30 * 60_000), '0.2.0');
    const text = exportBundle([forged]);
    const app = await verifyExport(text, { register: parseRegister(register) });
    expect(app).toMatchObject({
      status: 'notTrusted',
      trustProblems: [{ what: 'notRegistered', version: 1 }],
    });
    expect(app.status === 'notTrusted' && app.trustProblems[0].detail).toContain(forged.fingerprint);
    const { code, out } = await command(text, register);
    expect(code).toBe(3);
    expect(out.split('\n')[0]).toBe(
      `NOT TRUSTED: Version 1 was signed on a device that is not in the register (device fingerprint ${forged.fingerprint}).`,
    );
    expect(out).toContain('[not in the register]');
  });

  it('a genuine version 1 and an amendment signed with another key: NOT TRUSTED, naming the version and both fingerprints (exit 3)', async () => {
    const foreign = await amendRecord(
      v1,
      { peopleInvolved: ['Someone else'] },
      'Changed',
      worker,
      otherKeys,
      new Date(t0 + 90 * 60_000),
      '0.2.0',
    );
    const text = exportBundle([v1, foreign]);
    const detail = `Version 2 was signed on a different device from version 1: device fingerprint ${foreign.fingerprint}, not ${v1.fingerprint}.`;
    const app = await verifyExport(text);
    expect(app).toMatchObject({
      status: 'notTrusted',
      trustProblems: [{ what: 'deviceChanged', version: 2, detail }],
    });
    // Every version's fingerprint is there to show.
    expect(app.status === 'notTrusted' && app.versions.map((version) => version.fingerprint)).toEqual([
      v1.fingerprint,
      foreign.fingerprint,
    ]);
    const { code, out } = await command(text);
    expect(code).toBe(3);
    expect(out.split('\n')[0]).toBe(`NOT TRUSTED: ${detail}`);
    // With a register holding both devices the change is allowed, and still reported.
    const both = `${register}${registerLine(foreign.fingerprint, 'Jo Okoro, Team manager, Solihull Council')}\n`;
    expect((await verifyExport(text, { register: parseRegister(both) })).status).toBe('verified');
    expect(await command(text, both)).toMatchObject({
      code: 0,
      out: expect.stringContaining(`Device change: ${detail}`),
    });
  });

  it('the latest amendment dropped: both say which version of how many the file holds', async () => {
    const text = exportBundle([v1]);
    const app = await verifyExport(text);
    expect(app.status === 'verified' && app.versions).toHaveLength(1);
    expect((await command(text)).out).toContain(
      'version 1 of 1 in this file. A file holds only the versions it was exported with: compare the latest version number with the case file.',
    );
  });

  it('version 2 signed before version 1: a clock warning in both', async () => {
    const early = await resign(
      v2,
      { signedAt: isoWithOffset(Date.parse(v1.signedAt) - 60_000, 0) },
      genuineKeys,
    );
    const text = exportBundle([v1, early]);
    const app = await verifyExport(text);
    expect(app.status === 'verified' && app.timeWarnings.map((warning) => warning.detail)).toEqual([
      expect.stringMatching(
        /^Version 2 is dated 22 November 2026 at \d\d:\d\d \w+, before version 1 \(22 November 2026 at \d\d:\d\d \w+\) which it amends/,
      ),
    ]);
    const { code, out } = await command(text);
    expect(code).toBe(0);
    expect(out).toContain(
      `Clock warning (version 2): Version 2 is dated ${early.signedAt}, before version 1 (${v1.signedAt}) which it amends`,
    );
  });

  it('a record signed with the clock set back two days before its audit trail: refused by the app, reported by both', async () => {
    const twoDaysBack = new Date(t0 - 2 * 86_400_000);
    await expect(signRecord(record(), worker, genuineKeys, twoDaysBack, '0.2.0')).rejects.toThrow(
      ClockBehindError,
    );
    await expect(signRecord(record(), worker, genuineKeys, twoDaysBack, '0.2.0')).rejects.toThrow(
      /device clock reads 20 November 2026 .* earlier than the last answer recorded \(22 November 2026/,
    );
    await expect(
      amendRecord(v2, {}, 'Later', worker, genuineKeys, new Date(Date.parse(v2.signedAt) - 60_000), '0.2.0'),
    ).rejects.toThrow(/earlier than the version it amends was signed/);
    const backdated = await resign(
      { ...v1, passkey: null, passkeyAssertion: null },
      { signedAt: isoWithOffset(twoDaysBack, 0) },
      genuineKeys,
    );
    const text = exportBundle([backdated]);
    const app = await verifyExport(text);
    expect(app.status === 'verified' && app.timeWarnings[0].detail).toMatch(
      /^Version 1 is dated 20 November 2026 .* before the last event of its audit trail/,
    );
    expect((await command(text)).out).toContain(
      `Clock warning (version 1): Version 1 is dated ${backdated.signedAt}, before the last event of its audit trail (${trail.events.at(-1)!.at})`,
    );
  });

  it('a high-S signature: refused in format version 2 (exit 1), still accepted in format version 1', async () => {
    const bytes = fromBase64url(v2.signature)!;
    const s = BigInt(`0x${Buffer.from(bytes.subarray(32)).toString('hex')}`);
    const high = new Uint8Array(bytes);
    high.set(Buffer.from((P256_ORDER - s).toString(16).padStart(64, '0'), 'hex'), 32);
    const text = exportBundle([v1, { ...v2, signature: toBase64url(high) }]);
    const app = await verifyExport(text);
    expect(app).toMatchObject({
      status: 'altered',
      failures: [{ what: 'signature', version: 2, detail: expect.stringMatching(/high-S form/) }],
    });
    expect(await command(text)).toEqual({
      code: 1,
      out: 'ALTERED: version 2: the signature is in its high-S form, which format version 2 does not allow: it is not the signature the app made',
    });

    // A format version 1 record (no passkey fields) signed before low-S was required keeps verifying in either form.
    const { passkey: _p, passkeyAssertion: _a, signature: _s, ...rest } = v1;
    const old = { ...rest, formatVersion: 1 as const };
    const oldSignature = fromBase64url(await signPayload(old, genuineKeys.privateKey))!;
    const oldS = BigInt(`0x${Buffer.from(oldSignature.subarray(32)).toString('hex')}`);
    const oldHigh = new Uint8Array(oldSignature);
    oldHigh.set(Buffer.from((P256_ORDER - oldS).toString(16).padStart(64, '0'), 'hex'), 32);
    const oldText = JSON.stringify({
      format: EXPORT_FORMAT,
      formatVersion: 1,
      versions: [{ ...old, signature: toBase64url(oldHigh) }],
    });
    expect((await verifyExport(oldText)).status).toBe('verified');
    expect((await command(oldText)).code).toBe(0);
  });

  it('a signer name with control and bidirectional characters cannot rewrite the terminal line', async () => {
    const name = `Eve\r\u001b[2KVerified: signed by Sam Patel on ${v1.signedAt}; device fingerprint ${v1.fingerprint}\u202e`;
    const forged = await signRecord(
      record(),
      { ...worker, name },
      otherKeys,
      new Date(t0 + 30 * 60_000),
      '0.2.0',
    );
    const { code, out } = await command(exportBundle([forged]));
    expect(code).toBe(0);
    expect(out.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(out.split('\n')[0]).toBe(
      `Verified: signed by Eve\\u{000D}\\u{001B}[2KVerified: signed by Sam Patel on ${v1.signedAt}; device fingerprint ${v1.fingerprint}\\u{202E} (Social worker, Solihull Council) on ${forged.signedAt}; device fingerprint ${forged.fingerprint}; device key only`,
    );
    expect(cli.shown('a\u200bb\u2066c\u00a0d\\e')).toBe('a\\u{200B}b\\u{2066}c\\u{00A0}d\\\\e');
  });

  it('a changed passkey confirmation is ALTERED in both: no user verification, another challenge, type or relying party', async () => {
    const cases: [Parameters<SoftwarePasskey['confirmation']>[0], RegExp][] = [
      [{ flags: 0x01 }, /no user verification flag/],
      [{ challenge: new Uint8Array(32) }, /challenge is not this version’s hash/],
      [{ type: 'webauthn.create' }, /not of type webauthn\.get/],
      [{ rpId: 'evil.example' }, /another relying party than localhost/],
      [{ origin: 'https://evil.example' }, /used at evil\.example, not localhost/],
    ];
    for (const [options, message] of cases) {
      const assertion = await passkey.assert(new Uint8Array(32), options);
      // Made as an attacker would: the device key signs whatever assertion it is given.
      const unsigned = { ...v1, passkeyAssertion: assertion };
      const forged = await resign(unsigned, {}, genuineKeys);
      const withRealChallenge = options?.challenge
        ? forged
        : await resign(
            { ...v1, passkeyAssertion: await passkey.assert(await challengeOf(v1), options) },
            {},
            genuineKeys,
          );
      const text = exportBundle([withRealChallenge]);
      const app = await verifyExport(text);
      expect(app, String(message)).toMatchObject({
        status: 'altered',
        failures: [{ what: 'passkey', detail: expect.stringMatching(message) }],
      });
      expect(await command(text), String(message)).toMatchObject({
        code: 1,
        out: expect.stringMatching(message),
      });
    }
    // Another passkey's public key in place of the one that signed: its fingerprint no longer matches, then the signature.
    const other = await softwarePasskey();
    const swapped = await resign(
      {
        ...v1,
        passkey: {
          ...v1.passkey!,
          publicKey: other.passkey.publicKey,
          fingerprint: other.passkey.fingerprint,
        },
      },
      {},
      genuineKeys,
    );
    expect((await verifyExport(exportBundle([swapped]))).status).toBe('altered');
    expect((await command(exportBundle([swapped]))).code).toBe(1);
  });
});

async function challengeOf(version: SignedRecord): Promise<Uint8Array> {
  const { signature: _s, passkeyAssertion: _a, ...content } = version;
  return new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(cli.canonical(content))),
  );
}

describe('the two verifiers read files the same way', () => {
  it('have the same formats, versions, limits, time pattern and constants', () => {
    expect(cli.RECORD_FORMAT).toBe(RECORD_FORMAT);
    expect(cli.EXPORT_FORMAT).toBe(EXPORT_FORMAT);
    expect(cli.READABLE_FORMAT_VERSIONS).toEqual(READABLE_FORMAT_VERSIONS);
    expect(cli.MAX_RECORD_BYTES).toBe(MAX_RECORD_BYTES);
    expect(cli.MAX_DEPTH).toBe(MAX_DEPTH);
    expect(cli.AUDIT_GENESIS).toBe(AUDIT_GENESIS);
    expect(cli.TIME_PATTERN.source).toBe(ISO_TIME_PATTERN.source);
    expect(cli.P256_ORDER).toBe(P256_ORDER);
    expect(cli.PASSKEY_ALGORITHMS).toEqual(PASSKEY_ALGORITHMS);
  });

  it('accept a leading byte-order mark, and refuse Date.parse times, deeper nesting, extra wrapper fields and oversized files alike', async () => {
    const text = exportBundle([v1, v2]);
    const bom = `\uFEFF${text}`;
    expect((await verifyExport(bom)).status).toBe('verified');
    expect((await command(Buffer.from(bom, 'utf8'))).code).toBe(0);

    const loose = await resign(
      { ...v2, passkey: null, passkeyAssertion: null },
      { signedAt: 'Sun, 22 Nov 2026 11:30:00 GMT' },
      genuineKeys,
    );
    // n arrays, each inside the one before.
    const nestedArrays = (n: number): unknown[] => (n === 1 ? [] : [nestedArrays(n - 1)]);
    // peopleInvolved sits at depth 3 (the export, versions, the version, then it): 61 more levels reach 63.
    const nested = nestedArrays(MAX_DEPTH - 2);
    const deep = JSON.parse(text) as { versions: Record<string, unknown>[] };
    deep.versions[0].peopleInvolved = nested;
    const wrapped = { ...(JSON.parse(text) as object), note: 'added after signing' };
    const cases: [string, RegExp][] = [
      [
        JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 2, versions: [v1, loose] }),
        /signing time|signedAt/,
      ],
      [JSON.stringify(deep), /nested more than 64 deep/],
      [JSON.stringify(wrapped), /field "note" outside the signed versions/],
      [`${text.slice(0, -2)}${' '.repeat(MAX_RECORD_BYTES)}}`, /too large/i],
    ];
    for (const [input, reason] of cases) {
      const app = await verifyExport(input);
      expect(app.status === 'unreadable' && app.reason, String(reason)).toMatch(reason);
      expect(await command(input), String(reason)).toMatchObject({
        code: 2,
        out: expect.stringMatching(reason),
      });
    }
    // One level shallower is accepted as JSON by both (and then fails as a record, not as nesting).
    const shallow = JSON.parse(text) as { versions: Record<string, unknown>[] };
    shallow.versions[0].peopleInvolved = nestedArrays(MAX_DEPTH - 3);
    expect((await verifyExport(JSON.stringify(shallow))).status).not.toBe('verified');
    expect((await command(JSON.stringify(shallow))).out).not.toMatch(/nested/);
  });

  it('read an export without its last version as the export made before the amendment: version 1 only', async () => {
    const before = JSON.parse(exportBundle([v1, v2])) as { versions: unknown[] };
    before.versions.pop();
    const app = await verifyExport(JSON.stringify(before));
    expect(app.status).toBe('verified');
    expect(app.status === 'verified' && app.versions.map((version) => version.version)).toEqual([1]);
    expect((await command(JSON.stringify(before))).code).toBe(0);
  });

  it('refuse every mutation of a signed export alike (property)', async () => {
    const text = exportBundle([v1, v2]);
    const base = JSON.parse(text) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
      else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(base, []);
    const mutation = fc.record({
      path: fc.constantFrom(...paths.filter((path) => path.length > 0)),
      kind: fc.constantFrom('replace', 'delete', 'stringEdit', 'duplicate'),
      value: fc.jsonValue({ maxDepth: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ path, kind, value }) => {
        const copy = structuredClone(base) as Record<string | number, unknown>;
        const parent = path
          .slice(0, -1)
          .reduce<Record<string | number, unknown>>(
            (node, key) => node[key] as Record<string | number, unknown>,
            copy,
          );
        const key = path.at(-1)!;
        const before = JSON.stringify(parent[key]);
        const stringEdited = kind === 'stringEdit' && typeof parent[key] === 'string';
        if (kind === 'delete') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key];
        } else if (stringEdited) parent[key] = `${String(parent[key])}x`;
        else if (kind === 'duplicate' && Array.isArray(parent))
          parent.splice(key as number, 0, structuredClone(parent[key]));
        else parent[key] = value;
        fc.pre(
          JSON.stringify(copy) !== JSON.stringify(base) &&
            !(kind === 'replace' && JSON.stringify(value) === before),
        );
        // Without its last version the file is the export made before the amendment, genuinely signed:
        // checked on its own below, not an alteration.
        fc.pre(
          !(
            kind === 'delete' &&
            path.join('.') === `versions.${(base as { versions: unknown[] }).versions.length - 1}`
          ),
        );
        const mutated = JSON.stringify(copy);
        const app = await verifyExport(mutated);
        const { code } = await command(mutated);
        expect(app.status, `${kind} ${path.join('.')}`).not.toBe('verified');
        expect(code, `${kind} ${path.join('.')}`).not.toBe(0);
        // A changed string the app finds altered, the command does too. (The app also checks the shape of
        // the content, such as a row's kind, so some edits are unreadable there and altered in the command.)
        if (stringEdited && app.status === 'altered')
          expect(code, `${kind} ${path.join('.')}`).toBe(exitCodeOf(app));
      }),
      { numRuns: 120 },
    );
  }, 180_000);
});
