// Checking an exported record: every version's signature, its audit chain and chain head, and each
// amendment's link to the version before. Any input at all gives an answer; nothing here throws.
import { verifyAuditChain } from './audit';
import { assertJsonValue, RecordValueError } from './canonical';
import { jwkThumbprint, importPublicJwk } from './keys';
import { EXPORT_FORMAT, FORMAT_VERSION, RECORD_FORMAT, recordHash, type SignedRecord } from './record';
import { assertSignedRecord, ShapeError } from './shape';
import { verifyPayload } from './signature';
import { isPlainObject } from '../../machines/plain-object';

export interface VersionSummary {
  version: number;
  signer: { name: string; role: string; agency: string };
  signedAt: string;
  fingerprint: string;
  amendmentReason: string | null;
}

export interface VerifyFailure {
  what: 'signature' | 'chain' | 'chainHead' | 'amendmentLink';
  /** For chain and chainHead, the audit event; for signature and amendmentLink, the version's position in the export. */
  index?: number;
  /** The version number the failure is in. */
  version?: number;
  detail: string;
}

export type VerifyResult =
  | {
      status: 'verified';
      /** The signer, time and device of the latest version. */
      signer: VersionSummary['signer'];
      signedAt: string;
      fingerprint: string;
      recordId: string;
      caseReference: string;
      /** Every version, oldest first. */
      versions: VersionSummary[];
      /** Audit events at which the device clock was found turned back. */
      clockWarnings: { version: number; index: number; detail: string }[];
    }
  | { status: 'altered'; failures: VerifyFailure[] }
  | { status: 'unreadable'; reason: string };

/** Larger than any real record; refusing it keeps a stray upload from hanging the app. */
const maxLength = 50 * 1024 * 1024;

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
        while (json[next] === ' ' || json[next] === '\n' || json[next] === '\r' || json[next] === '\t') next++;
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

const summary = (record: SignedRecord): VersionSummary => ({
  version: record.version,
  signer: { name: record.signer.name, role: record.signer.role, agency: record.signer.agency },
  signedAt: record.signedAt,
  fingerprint: record.fingerprint,
  amendmentReason: record.amendmentReason,
});

function readVersions(text: unknown): SignedRecord[] | string {
  if (typeof text !== 'string') return 'No text was given to check.';
  if (text.trim() === '') return 'The file is empty.';
  if (text.length > maxLength) return 'The file is too large to be a decision record.';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `The file is not JSON, so it is not a decision record (${error instanceof Error ? error.message : 'it could not be read'}).`;
  }
  if (!isPlainObject(data)) return 'The file is not a decision record from this app: it should hold a JSON object.';
  const repeated = repeatedFieldName(text);
  if (repeated !== null) return `The file repeats the field "${repeated}" within one object, so it could be read two ways.`;
  try {
    assertJsonValue(data);
  } catch (error) {
    return error instanceof RecordValueError ? `The file holds ${error.message.replace(/^This record cannot be signed: /, '')}` : 'The file could not be read.';
  }
  if (data.format !== EXPORT_FORMAT && data.format !== RECORD_FORMAT) {
    return 'The file is not a decision record exported by the Safeguarding Adults Decision Aid.';
  }
  if (typeof data.formatVersion !== 'number') return 'The file does not say which version of the record format it uses.';
  if (data.formatVersion !== FORMAT_VERSION) {
    return `The file uses version ${data.formatVersion} of the record format; this verifier reads version ${FORMAT_VERSION}.`;
  }
  const versions: unknown = data.format === RECORD_FORMAT ? [data] : data.versions;
  if (!Array.isArray(versions) || versions.length === 0) return 'The file holds no signed versions of a record.';
  const prefix = data.format === RECORD_FORMAT ? '' : 'versions';
  for (let index = 0; index < versions.length; index++) {
    const path = prefix ? `${prefix}[${index}]` : '';
    const version: unknown = versions[index];
    if (isPlainObject(version) && version.formatVersion !== FORMAT_VERSION && typeof version.formatVersion === 'number') {
      return `Version ${index + 1} uses version ${version.formatVersion} of the record format; this verifier reads version ${FORMAT_VERSION}.`;
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

async function check(text: unknown): Promise<VerifyResult> {
  const versions = readVersions(text);
  if (typeof versions === 'string') return unreadable(versions);
  for (const [index, record] of versions.entries()) {
    try {
      await importPublicJwk(record.publicKey);
    } catch {
      return unreadable(`The public key in version ${index + 1} is not a valid ECDSA P-256 key.`);
    }
  }
  const failures: VerifyFailure[] = [];
  for (const [index, record] of versions.entries()) {
    const version = record.version;
    const { signature, ...payload } = record;
    if ((await jwkThumbprint(record.publicKey)) !== record.fingerprint) {
      failures.push({ what: 'signature', index, version, detail: `Version ${version}: the device fingerprint does not match the public key.` });
    }
    if (!(await verifyPayload(payload, record.publicKey, signature))) {
      failures.push({ what: 'signature', index, version, detail: `Version ${version}: the signature does not match the record, so the record has been changed since it was signed.` });
    }
    const chain = await verifyAuditChain(record.audit.events, {
      trailId: record.audit.trailId,
      length: record.audit.length,
      head: record.audit.head,
    });
    if (!chain.ok) failures.push({ what: chain.what, index: chain.index, version, detail: `Version ${version}: ${chain.detail}` });
    const before = versions[index - 1];
    if (!before) {
      if (record.version !== 1 || record.previous !== null) {
        failures.push({ what: 'amendmentLink', index, version, detail: `The first version in the file is numbered ${record.version} or refers to an earlier one: earlier versions are missing.` });
      }
      continue;
    }
    const link = record.previous;
    const problems: string[] = [];
    if (record.recordId !== before.recordId) problems.push('it belongs to a different record');
    if (record.version !== before.version + 1) problems.push(`it is numbered ${record.version} but follows version ${before.version}`);
    if (!link) problems.push('it does not refer to the version before it');
    else {
      if (link.version !== before.version) problems.push(`it refers to version ${link.version}, not ${before.version}`);
      if (link.hash !== (await recordHash(before))) problems.push(`version ${before.version} has been changed since this amendment was signed`);
    }
    if (problems.length > 0) {
      failures.push({ what: 'amendmentLink', index, version, detail: `Version ${version}: ${problems.join('; ')}.` });
    }
  }
  if (failures.length > 0) return { status: 'altered', failures };
  const latest = versions[versions.length - 1];
  return {
    status: 'verified',
    signer: summary(latest).signer,
    signedAt: latest.signedAt,
    fingerprint: latest.fingerprint,
    recordId: latest.recordId,
    caseReference: latest.caseReference,
    versions: versions.map(summary),
    clockWarnings: versions.flatMap((record) =>
      record.audit.clockWarnings.map((warning) => ({
        version: record.version,
        index: typeof warning.index === 'number' ? warning.index : -1,
        detail: typeof warning.detail === 'string' ? warning.detail : '',
      })),
    ),
  };
}

/**
 * Checks an exported record (the text of the file): 'verified' with who signed it, when and on which
 * device; 'altered' with each failure found; or 'unreadable' with the reason. Never throws.
 */
export async function verifyExport(text: unknown): Promise<VerifyResult> {
  try {
    return await check(text);
  } catch (error) {
    return unreadable(`The file could not be checked: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
