// Checking an exported record: every version's signature, its passkey confirmation, its audit chain and
// chain head, and each amendment's link to the version before; then what the intact record says about
// its devices and times: a version signed on another device than version 1 (or, with a register of
// trusted devices, on a device not in it) is not trusted, and versions or signatures dated out of order
// are reported. Any input at all gives an answer; nothing here throws.
import { formatDateTime } from '../../machines/dates';
import { verifyAuditChain } from './audit';
import { assertJsonValue, RecordValueError } from './canonical';
import { jwkThumbprint, importPublicJwk } from './keys';
import { confirmationChallenge, passkeyProblem } from './passkey';
import {
  EXPORT_FORMAT,
  READABLE_FORMAT_VERSIONS,
  RECORD_FORMAT,
  recordHash,
  type SignedRecord,
} from './record';
import type { Register } from './register';
import { assertSignedRecord, ShapeError } from './shape';
import { checkPayload } from './signature';
import { parseIsoTime } from './time';
import { isPlainObject } from '../../machines/plain-object';

export interface VersionSummary {
  version: number;
  signer: { name: string; role: string; agency: string };
  signedAt: string;
  /** The device key's fingerprint. */
  fingerprint: string;
  amendmentReason: string | null;
  /** How signing was confirmed: with a passkey (user verification), or with the device key only. */
  confirmation: 'passkey' | 'deviceKey';
  passkeyFingerprint: string | null;
  /** With a register: the holder registered for this device key, or null when it is not registered. */
  registeredHolder?: string | null;
  /** With a register: the holder registered for this passkey, or null. */
  passkeyHolder?: string | null;
}

export interface VerifyFailure {
  what: 'signature' | 'passkey' | 'chain' | 'chainHead' | 'amendmentLink';
  /** For chain and chainHead, the audit event; for signature and amendmentLink, the version's position in the export. */
  index?: number;
  /** The version number the failure is in. */
  version?: number;
  detail: string;
}

/** Why intact signatures are still not trusted. */
export interface TrustProblem {
  what: 'deviceChanged' | 'notRegistered';
  version: number;
  detail: string;
}

/** What an intact record says: every version's signer and device, and what to be wary of. */
export interface IntactRecord {
  /** The signer, time and device of the latest version in the file. */
  signer: VersionSummary['signer'];
  signedAt: string;
  fingerprint: string;
  recordId: string;
  caseReference: string;
  /** Every version in the file, oldest first. A file holds only the versions it was exported with. */
  versions: VersionSummary[];
  /** Versions signed on another device than version 1, with both fingerprints (reported with or without a register). */
  deviceChanges: { version: number; fingerprint: string; firstFingerprint: string; detail: string }[];
  /** Whether the devices were checked against a register of trusted devices. */
  registerChecked: boolean;
  /** Why the record is not trusted: empty when it is. */
  trustProblems: TrustProblem[];
  /** Versions signed out of order, or before the last event of their own audit trail. */
  timeWarnings: { version: number; detail: string }[];
  /** Audit events at which the device clock was found turned back. */
  clockWarnings: { version: number; index: number; detail: string }[];
}

export type VerifyResult =
  | ({ status: 'verified' } & IntactRecord)
  | ({ status: 'notTrusted' } & IntactRecord)
  | { status: 'altered'; failures: VerifyFailure[] }
  | { status: 'unreadable'; reason: string };

export interface VerifyOptions {
  /** A register of trusted devices (parseRegister): every version must be signed on a device in it. */
  register?: Register;
}

/** Larger than any real record (in UTF-8 bytes); refusing it keeps a stray upload from hanging the app. */
export const MAX_RECORD_BYTES = 50 * 1024 * 1024;

const unreadable = (reason: string): VerifyResult => ({ status: 'unreadable', reason });

/**
 * The first field name repeated within one object of valid JSON text, or null. JSON.parse keeps the last
 * of two, another reader may keep the first; a signed file must read one way only.
 */
export function repeatedFieldName(json: string): string | null {
  const stack: (Set<string> | null)[] = [];
  let i = 0;
  while (i < json.length) {
    const char = json[i];
    if (char === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const raw = json.slice(i, end + 1);
      i = end + 1;
      const keys = stack.at(-1);
      if (keys) {
        let next = i;
        while (json[next] === ' ' || json[next] === '\n' || json[next] === '\r' || json[next] === '\t')
          next++;
        if (json[next] === ':') {
          const key = JSON.parse(raw) as string;
          if (keys.has(key)) return key;
          keys.add(key);
        }
      }
      continue;
    }
    if (char === '{') stack.push(new Set());
    else if (char === '[') stack.push(null);
    else if (char === '}' || char === ']') stack.pop();
    i++;
  }
  return null;
}

const summary = (record: SignedRecord, register: Register | undefined): VersionSummary => ({
  version: record.version,
  signer: { name: record.signer.name, role: record.signer.role, agency: record.signer.agency },
  signedAt: record.signedAt,
  fingerprint: record.fingerprint,
  amendmentReason: record.amendmentReason,
  confirmation: record.passkey ? 'passkey' : 'deviceKey',
  passkeyFingerprint: record.passkey?.fingerprint ?? null,
  ...(register
    ? {
        registeredHolder: register.get(record.fingerprint)?.holder ?? null,
        passkeyHolder: record.passkey ? (register.get(record.passkey.fingerprint)?.holder ?? null) : null,
      }
    : {}),
});

const readableVersions = READABLE_FORMAT_VERSIONS.join(' and ');
const formatVersionProblem = (what: string, version: unknown) =>
  `${what} uses version ${String(version)} of the record format; this verifier reads versions ${readableVersions}.`;

/** The signed versions a file holds, oldest first, or why it cannot be read; signatures are not checked. */
export function readVersions(input: unknown): SignedRecord[] | string {
  if (typeof input !== 'string') return 'No text was given to check.';
  // A byte-order mark is how some editors start a UTF-8 file; it is not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return 'The file is empty.';
  if (text.length > MAX_RECORD_BYTES || new TextEncoder().encode(text).length > MAX_RECORD_BYTES) {
    return 'The file is too large to be a decision record.';
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `The file is not JSON, so it is not a decision record (${error instanceof Error ? error.message : 'it could not be read'}).`;
  }
  if (!isPlainObject(data))
    return 'The file is not a decision record from this app: it should hold a JSON object.';
  const repeated = repeatedFieldName(text);
  if (repeated !== null)
    return `The file repeats the field "${repeated}" within one object, so it could be read two ways.`;
  try {
    assertJsonValue(data);
  } catch (error) {
    return error instanceof RecordValueError
      ? `The file holds ${error.message.replace(/^This record cannot be signed: /, '')}`
      : 'The file could not be read.';
  }
  if (data.format !== EXPORT_FORMAT && data.format !== RECORD_FORMAT) {
    return 'The file is not a decision record exported by the Safeguarding Adults Decision Aid.';
  }
  if (typeof data.formatVersion !== 'number')
    return 'The file does not say which version of the record format it uses.';
  if (!READABLE_FORMAT_VERSIONS.includes(data.formatVersion))
    return formatVersionProblem('The file', data.formatVersion);
  if (data.format === EXPORT_FORMAT) {
    // The wrapper is not signed, so it may hold nothing but what it is for.
    const extra = Object.keys(data).find((key) => !['format', 'formatVersion', 'versions'].includes(key));
    if (extra !== undefined)
      return `The file has a field "${extra}" outside the signed versions, which a record export does not have.`;
  }
  const versions: unknown = data.format === RECORD_FORMAT ? [data] : data.versions;
  if (!Array.isArray(versions) || versions.length === 0)
    return 'The file holds no signed versions of a record.';
  const prefix = data.format === RECORD_FORMAT ? '' : 'versions';
  for (let index = 0; index < versions.length; index++) {
    const path = prefix ? `${prefix}[${index}]` : '';
    const version: unknown = versions[index];
    if (isPlainObject(version) && typeof version.formatVersion === 'number') {
      if (!READABLE_FORMAT_VERSIONS.includes(version.formatVersion))
        return formatVersionProblem(`Version ${index + 1}`, version.formatVersion);
      if (version.formatVersion > data.formatVersion) {
        return `Version ${index + 1} uses version ${version.formatVersion} of the record format, newer than the file says (${data.formatVersion}).`;
      }
    }
    try {
      assertSignedRecord(version, path);
    } catch (error) {
      if (error instanceof ShapeError) return `The record is incomplete: the field ${error.message}.`;
      throw error;
    }
  }
  return versions as SignedRecord[];
}

/** Everything that would make a version other than as signed: signature, passkey, audit chain, link. */
async function failuresOf(versions: SignedRecord[]): Promise<VerifyFailure[]> {
  const failures: VerifyFailure[] = [];
  for (const [index, record] of versions.entries()) {
    const version = record.version;
    const { signature, ...payload } = record;
    if ((await jwkThumbprint(record.publicKey)) !== record.fingerprint) {
      failures.push({
        what: 'signature',
        index,
        version,
        detail: `Version ${version}: the device fingerprint does not match the public key.`,
      });
    }
    const signatureCheck = await checkPayload(payload, record.publicKey, signature, {
      requireLowS: record.formatVersion >= 2,
    });
    if (signatureCheck === 'invalid') {
      failures.push({
        what: 'signature',
        index,
        version,
        detail: `Version ${version}: the signature does not match the record, so the record has been changed since it was signed.`,
      });
    } else if (signatureCheck === 'highS') {
      failures.push({
        what: 'signature',
        index,
        version,
        detail: `Version ${version}: the signature is in its high-S form, which format version 2 does not allow: it is not the signature the app made.`,
      });
    }
    if (record.passkey && record.passkeyAssertion) {
      const problem = await passkeyProblem(
        record.passkey,
        record.passkeyAssertion,
        await confirmationChallenge(record),
      );
      if (problem)
        failures.push({ what: 'passkey', index, version, detail: `Version ${version}: ${problem}.` });
    }
    const chain = await verifyAuditChain(record.audit.events, {
      trailId: record.audit.trailId,
      length: record.audit.length,
      head: record.audit.head,
    });
    if (!chain.ok)
      failures.push({
        what: chain.what,
        index: chain.index,
        version,
        detail: `Version ${version}: ${chain.detail}`,
      });
    const before = versions[index - 1];
    if (!before) {
      if (record.version !== 1 || record.previous !== null) {
        failures.push({
          what: 'amendmentLink',
          index,
          version,
          detail: `The first version in the file is numbered ${record.version} or refers to an earlier one: earlier versions are missing.`,
        });
      }
      continue;
    }
    const link = record.previous;
    const problems: string[] = [];
    if (record.recordId !== before.recordId) problems.push('it belongs to a different record');
    if (record.version !== before.version + 1)
      problems.push(`it is numbered ${record.version} but follows version ${before.version}`);
    if (!link) problems.push('it does not refer to the version before it');
    else {
      if (link.version !== before.version)
        problems.push(`it refers to version ${link.version}, not ${before.version}`);
      if (link.hash !== (await recordHash(before)))
        problems.push(`version ${before.version} has been changed since this amendment was signed`);
    }
    if (problems.length > 0) {
      failures.push({
        what: 'amendmentLink',
        index,
        version,
        detail: `Version ${version}: ${problems.join('; ')}.`,
      });
    }
  }
  return failures;
}

/** Versions signed before the version they amend, or before the last event of their own audit trail. */
function timeWarningsOf(versions: SignedRecord[]): IntactRecord['timeWarnings'] {
  const warnings: IntactRecord['timeWarnings'] = [];
  versions.forEach((record, index) => {
    const signed = parseIsoTime(record.signedAt)!;
    const before = versions[index - 1];
    if (before && signed.ms < parseIsoTime(before.signedAt)!.ms) {
      warnings.push({
        version: record.version,
        detail: `Version ${record.version} is dated ${formatDateTime(record.signedAt)}, before version ${before.version} (${formatDateTime(before.signedAt)}) which it amends: a device clock was wrong or the versions were made out of order.`,
      });
    }
    const last = parseIsoTime(record.audit.events.at(-1)?.at);
    if (last && signed.ms < last.ms) {
      warnings.push({
        version: record.version,
        detail: `Version ${record.version} is dated ${formatDateTime(record.signedAt)}, before the last event of its audit trail (${formatDateTime(record.audit.events.at(-1)!.at)}): the device clock was behind when it was signed.`,
      });
    }
  });
  return warnings;
}

function intact(versions: SignedRecord[], register: Register | undefined): IntactRecord {
  const first = versions[0];
  const latest = versions[versions.length - 1];
  const summaries = versions.map((record) => summary(record, register));
  const deviceChanges = versions
    .filter((record) => record.fingerprint !== first.fingerprint)
    .map((record) => ({
      version: record.version,
      fingerprint: record.fingerprint,
      firstFingerprint: first.fingerprint,
      detail: `Version ${record.version} was signed on a different device from version 1: device fingerprint ${record.fingerprint}, not ${first.fingerprint}.`,
    }));
  const trustProblems: TrustProblem[] = register
    ? summaries
        .filter((version) => version.registeredHolder === null)
        .map((version) => ({
          what: 'notRegistered',
          version: version.version,
          detail: `Version ${version.version} was signed on a device that is not in the register (device fingerprint ${version.fingerprint}).`,
        }))
    : deviceChanges.map((change) => ({
        what: 'deviceChanged',
        version: change.version,
        detail: change.detail,
      }));
  return {
    signer: summaries[summaries.length - 1].signer,
    signedAt: latest.signedAt,
    fingerprint: latest.fingerprint,
    recordId: latest.recordId,
    caseReference: latest.caseReference,
    versions: summaries,
    deviceChanges,
    registerChecked: !!register,
    trustProblems,
    timeWarnings: timeWarningsOf(versions),
    clockWarnings: versions.flatMap((record) =>
      record.audit.clockWarnings.map((warning) => ({
        version: record.version,
        index: typeof warning.index === 'number' ? warning.index : -1,
        detail: typeof warning.detail === 'string' ? warning.detail : '',
      })),
    ),
  };
}

async function check(text: unknown, options: VerifyOptions): Promise<VerifyResult> {
  const versions = readVersions(text);
  if (typeof versions === 'string') return unreadable(versions);
  for (const [index, record] of versions.entries()) {
    try {
      await importPublicJwk(record.publicKey);
    } catch {
      return unreadable(`The public key in version ${index + 1} is not a valid ECDSA P-256 key.`);
    }
  }
  const failures = await failuresOf(versions);
  if (failures.length > 0) return { status: 'altered', failures };
  const result = intact(versions, options.register);
  return { status: result.trustProblems.length > 0 ? 'notTrusted' : 'verified', ...result };
}

/**
 * Checks an exported record (the text of the file): 'verified' with who signed each version, when, on
 * which device and how it was confirmed; 'notTrusted' when the signatures are intact but a version was
 * signed on another device than version 1 (or, with a register, on a device not in it); 'altered' with
 * each failure found; or 'unreadable' with the reason. Never throws.
 */
export async function verifyExport(text: unknown, options: VerifyOptions = {}): Promise<VerifyResult> {
  try {
    return await check(text, options);
  } catch (error) {
    return unreadable(
      `The file could not be checked: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}
