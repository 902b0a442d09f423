#!/usr/bin/env node
// Checks a decision record exported by the Safeguarding Adults Decision Aid, without the app:
//
//   node scripts/verify-record.mjs [--trusted REGISTER] record.json
//   node scripts/verify-record.mjs [--trusted REGISTER] record.pdf   (the signed record the PDF carries)
//
// Exit codes and the first line printed:
//   0  "Verified: …"     every signature, passkey confirmation, audit chain and amendment link is intact,
//                        every version was signed on the same device as version 1 (and, with a register,
//                        on a device in it);
//   1  "ALTERED: …"      a signature, passkey confirmation, audit chain or amendment link does not match;
//   2  "UNREADABLE: …"   not a record of this format, not readable at all, or a register that cannot be read;
//   3  "NOT TRUSTED: …"  the signatures are intact, but a version was signed on a device not in the register,
//                        or (with no register) on a different device from version 1.
//
// REGISTER is a register of trusted devices: one device a line, the fingerprint, whitespace, then the
// holder's name, role and agency; "#" starts a comment. docs/record-format.md describes the record.
//
// This file is deliberately independent of the app's code: it uses only Node's own node:crypto, node:fs,
// node:url and node:zlib, the small PDF attachment reader in src/record/pdf-attachment.mjs (plain JavaScript
// with no imports; copy it along with this file), and its own small RFC 8785 (JSON Canonicalization Scheme) serialiser below instead of the
// `canonicalize` package the app signs with. A case-file system or an auditor can run it (and read it)
// on its own, and a fault in the app's canonicalisation would show up as a failure here rather than
// being repeated. The limits and formats it accepts are the app's (the unit tests check they are equal).
// Importing it runs nothing: the tests call verifyRecordText and report directly. It needs Node 18 or later.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { embeddedRecord, isPdf, NoEmbeddedRecord } from '../src/record/pdf-attachment.mjs';

class Unreadable extends Error {}

export const EXPORT_FORMAT = 'sada-record-export';
export const RECORD_FORMAT = 'sada-record';
export const READABLE_FORMAT_VERSIONS = [1, 2];
/** The largest file read, in bytes. */
export const MAX_RECORD_BYTES = 50 * 1024 * 1024;
/** Objects and arrays nested deeper than this are not a record. */
export const MAX_DEPTH = 64;
export const AUDIT_GENESIS = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
/** ISO 8601 date and time with seconds optional, a fraction of up to 9 digits, and Z or an offset. */
export const TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
/** The order n of the P-256 group; format version 2 signatures have s <= n/2. */
export const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
export const PASSKEY_ALGORITHMS = { ES256: -7, RS256: -257 };
export const EXIT = { verified: 0, altered: 1, unreadable: 2, notTrusted: 3 };

// ---- RFC 8785 canonical JSON, for the values JSON.parse produces ----------------------------------

/** RFC 8785 §3.2.2.2: JSON string with the minimal escapes, lowercase \u00xx for other controls. */
function canonicalString(text) {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff))
        throw new Unreadable('the file holds text that is not valid Unicode (a lone surrogate)');
      out += text[i] + text[i + 1];
      i++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff)
      throw new Unreadable('the file holds text that is not valid Unicode (a lone surrogate)');
    const char = text[i];
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (code === 0x08) out += '\\b';
    else if (code === 0x09) out += '\\t';
    else if (code === 0x0a) out += '\\n';
    else if (code === 0x0c) out += '\\f';
    else if (code === 0x0d) out += '\\r';
    else if (code < 0x20) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += char;
  }
  return out + '"';
}

/** RFC 8785 §3.2.2.3: numbers as ECMAScript's Number.prototype.toString gives them (-0 as 0). */
function canonicalNumber(value) {
  if (!Number.isFinite(value)) throw new Unreadable('the file holds a number JSON cannot represent');
  return Object.is(value, -0) ? '0' : String(value);
}

/** RFC 8785 §3.2.3: object members sorted by their names' UTF-16 code units, no whitespace. */
export function canonical(value) {
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'string') return canonicalString(value);
  if (typeof value === 'number') return canonicalNumber(value);
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (typeof value === 'object') {
    const names = Object.keys(value).sort((a, b) => {
      const length = Math.min(a.length, b.length);
      for (let i = 0; i < length; i++) {
        const difference = a.charCodeAt(i) - b.charCodeAt(i);
        if (difference !== 0) return difference;
      }
      return a.length - b.length;
    });
    return '{' + names.map((name) => canonicalString(name) + ':' + canonical(value[name])).join(',') + '}';
  }
  throw new Unreadable('the file holds a value JSON cannot represent');
}

// ---- helpers ---------------------------------------------------------------------------------------

const sha256Bytes = (bytes) => createHash('sha256').update(bytes).digest();
const sha256 = (text) => sha256Bytes(Buffer.from(text, 'utf8')).toString('base64url');

/** Bytes of canonical, unpadded base64url only: another spelling of the same bytes is refused. */
function base64url(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function need(condition, what) {
  if (!condition) throw new Unreadable(`the record is incomplete: ${what}`);
}

/** The app's time reading: a real calendar date and time, with Z or an offset. Milliseconds, or null. */
export function parseTime(text) {
  if (typeof text !== 'string') return null;
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', fraction = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(
    year,
    month - 1,
    day,
    hour,
    minute,
    second,
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  let offset = 0;
  if (zone !== 'Z') {
    const [oh, om] = zone.slice(1).split(':').map(Number);
    if (oh > 23 || om > 59) return null;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return local - offset * 60_000;
}

/** Refuses values nested more than MAX_DEPTH objects or arrays deep, as the app does. */
function checkDepth(value, depth = 0) {
  if (typeof value !== 'object' || value === null) return;
  if (depth >= MAX_DEPTH) throw new Unreadable(`the file holds values nested more than ${MAX_DEPTH} deep`);
  for (const child of Object.values(value)) checkDepth(child, depth + 1);
}

/** A repeated field name in one object would let two readers see two different records. */
function repeatedFieldName(json) {
  const stack = [];
  let i = 0;
  while (i < json.length) {
    const char = json[i];
    if (char === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const raw = json.slice(i, end + 1);
      i = end + 1;
      const keys = stack[stack.length - 1];
      if (keys) {
        let next = i;
        while (' \t\n\r'.includes(json[next]) && next < json.length) next++;
        if (json[next] === ':') {
          const key = JSON.parse(raw);
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

/**
 * Text from a record as it is safe to print: control, bidirectional and other non-printing characters
 * (and the backslash) are shown escaped, so a name cannot move the cursor, reorder or hide what follows.
 */
export function shown(text) {
  return String(text).replace(/[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\p{Co}\p{Cn}]/gu, (char) => {
    if (char === ' ') return char;
    if (char === '\\') return '\\\\';
    return `\\u{${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}}`;
  });
}

// ---- the register of trusted devices ----------------------------------------------------------------

const FINGERPRINT_PATTERN = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/** Reads a register: a Map from fingerprint to holder. Throws Unreadable naming the first bad line. */
export function parseRegister(text) {
  const devices = new Map();
  const lines = String(text)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') return;
    const [fingerprint] = content.split(/\s/, 1);
    const holder = content.slice(fingerprint.length).trim();
    if (!FINGERPRINT_PATTERN.test(fingerprint))
      throw new Unreadable(
        `line ${line} of the register does not start with a device fingerprint (43 characters of base64url)`,
      );
    if (holder === '')
      throw new Unreadable(`line ${line} of the register gives no holder after the fingerprint`);
    const known = devices.get(fingerprint);
    if (known && known.holder !== holder)
      throw new Unreadable(
        `line ${line} of the register lists a fingerprint already given to another holder on line ${known.line}`,
      );
    if (!known) devices.set(fingerprint, { holder, line });
  });
  if (devices.size === 0) throw new Unreadable('the register lists no devices');
  return devices;
}

// ---- reading ---------------------------------------------------------------------------------------

const EVENT_FIELDS = {
  trail: 'string',
  seq: 'number',
  type: 'string',
  step: 'string',
  at: 'string',
  elapsedMs: 'number',
  wallClock: 'string',
  timing: 'string',
  prev: 'string',
  hash: 'string',
};

function readVersions(input) {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length > MAX_RECORD_BYTES) throw new Unreadable('the file is too large to be a decision record');
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Unreadable('the file is not UTF-8 text');
  }
  // A byte-order mark is how some editors start a UTF-8 file; it is not part of the JSON.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new Unreadable('the file is empty');
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Unreadable(`the file is not JSON (${error.message})`);
  }
  if (!isObject(data))
    throw new Unreadable('the file is not a decision record: it should hold a JSON object');
  const repeated = repeatedFieldName(text);
  if (repeated !== null)
    throw new Unreadable(`the file repeats the field "${shown(repeated)}" within one object`);
  checkDepth(data);
  canonical(data); // refuses lone surrogates anywhere before anything is reported
  if (data.format !== EXPORT_FORMAT && data.format !== RECORD_FORMAT) {
    throw new Unreadable(
      'the file is not a decision record exported by the Safeguarding Adults Decision Aid',
    );
  }
  const readable = READABLE_FORMAT_VERSIONS.join(' and ');
  if (!READABLE_FORMAT_VERSIONS.includes(data.formatVersion)) {
    throw new Unreadable(
      `the file uses record format version ${shown(JSON.stringify(data.formatVersion))}; this verifier reads versions ${readable}`,
    );
  }
  if (data.format === EXPORT_FORMAT) {
    const extra = Object.keys(data).find((key) => !['format', 'formatVersion', 'versions'].includes(key));
    if (extra !== undefined)
      throw new Unreadable(
        `the file has a field "${shown(extra)}" outside the signed versions, which a record export does not have`,
      );
  }
  const versions = data.format === RECORD_FORMAT ? [data] : data.versions;
  need(Array.isArray(versions) && versions.length > 0, 'it holds no signed versions');
  const keys = versions.map((record, index) => {
    const n = `version ${index + 1}`;
    need(isObject(record), `${n} is not an object`);
    if (!READABLE_FORMAT_VERSIONS.includes(record.formatVersion)) {
      throw new Unreadable(
        `${n} uses record format version ${shown(JSON.stringify(record.formatVersion))}; this verifier reads versions ${readable}`,
      );
    }
    need(
      record.format === RECORD_FORMAT && record.formatVersion <= data.formatVersion,
      `${n} is not a record in format version ${data.formatVersion} or earlier`,
    );
    need(typeof record.recordId === 'string' && record.recordId.trim() !== '', `${n} has no recordId`);
    need(typeof record.caseReference === 'string', `${n} has no case reference`);
    need(Number.isInteger(record.version) && record.version >= 0, `${n} has no version number`);
    need(
      record.previous === null ||
        (isObject(record.previous) &&
          typeof record.previous.hash === 'string' &&
          Number.isInteger(record.previous.version)),
      `${n} has no valid "previous"`,
    );
    need(
      record.amendmentReason === null || typeof record.amendmentReason === 'string',
      `${n} has no valid amendment reason`,
    );
    need(
      isObject(record.signer) &&
        ['name', 'role', 'agency'].every(
          (field) => typeof record.signer[field] === 'string' && record.signer[field].trim() !== '',
        ),
      `${n} has no signer name, role and agency`,
    );
    need(parseTime(record.signedAt) !== null, `${n} has no signing time`);
    need(
      typeof record.fingerprint === 'string' && record.fingerprint !== '',
      `${n} has no device fingerprint`,
    );
    need(typeof record.signature === 'string' && record.signature !== '', `${n} has no signature`);
    const key = record.publicKey;
    need(
      isObject(key) &&
        key.kty === 'EC' &&
        key.crv === 'P-256' &&
        typeof key.x === 'string' &&
        typeof key.y === 'string' &&
        Object.keys(key).length === 4,
      `${n} has no P-256 public key (kty, crv, x, y)`,
    );
    const audit = record.audit;
    need(
      isObject(audit) &&
        typeof audit.trailId === 'string' &&
        Number.isInteger(audit.length) &&
        audit.length >= 0 &&
        typeof audit.head === 'string' &&
        Array.isArray(audit.events) &&
        Array.isArray(audit.clockWarnings),
      `${n} has no valid audit trail`,
    );
    if (record.formatVersion === 1) {
      need(
        !('passkey' in record) && !('passkeyAssertion' in record),
        `${n} has a passkey, which is not part of format version 1`,
      );
    } else {
      const passkey = record.passkey;
      const assertion = record.passkeyAssertion;
      const filled = (object, fields) =>
        isObject(object) &&
        Object.keys(object).length === fields.length &&
        fields.every((field) => typeof object[field] === 'string' && object[field].trim() !== '');
      need(
        passkey === null ||
          (isObject(passkey) &&
            Number.isInteger(passkey.algorithm) &&
            filled({ ...passkey, algorithm: 'x' }, [
              'credentialId',
              'algorithm',
              'publicKey',
              'fingerprint',
              'rpId',
            ])),
        `${n} has no valid "passkey"`,
      );
      need(
        assertion === null || filled(assertion, ['authenticatorData', 'clientDataJSON', 'signature']),
        `${n} has no valid "passkeyAssertion"`,
      );
      need(
        (passkey === null) === (assertion === null),
        `${n} has a passkey without its assertion, or an assertion without its passkey`,
      );
    }
    try {
      return createPublicKey({ key: { kty: key.kty, crv: key.crv, x: key.x, y: key.y }, format: 'jwk' });
    } catch {
      throw new Unreadable(`the public key in ${n} is not a valid P-256 key`);
    }
  });
  return { versions, keys };
}

// ---- checking --------------------------------------------------------------------------------------

/** The first break in an audit chain, or null. */
function chainFailure(audit) {
  let prev = AUDIT_GENESIS;
  let prevTime = -Infinity;
  for (const [index, event] of audit.events.entries()) {
    const where = `audit event ${index}`;
    if (!isObject(event)) return `${where} is not an audit event`;
    const wrong = Object.keys(EVENT_FIELDS).find((field) => typeof event[field] !== EVENT_FIELDS[field]);
    if (wrong) return `${where} has no valid "${wrong}"`;
    if (event.trail !== audit.trailId) return `${where} belongs to a different audit trail`;
    if (event.seq !== index)
      return `${where} is numbered ${JSON.stringify(event.seq)}: events were removed, inserted or reordered`;
    const { hash, ...body } = event;
    if (sha256(canonical(body)) !== hash) return `${where} has been changed since it was recorded`;
    if (event.prev !== prev) return `${where} does not follow the event before it`;
    const time = parseTime(event.at);
    if (time === null || time < prevTime)
      return `${where} has no valid time or is timed before the event before it`;
    prev = hash;
    prevTime = time;
  }
  if (audit.events.length !== audit.length)
    return `the record has ${audit.length} audit events but ${audit.events.length} are here`;
  if (prev !== audit.head)
    return 'the last audit event does not match the chain head the record was signed with';
  return null;
}

const isLowS = (signature) => BigInt(`0x${signature.subarray(32).toString('hex')}`) <= P256_ORDER >> 1n;

/** The first problem with a version's passkey confirmation (WebAuthn §7.2), or null. */
function passkeyFailure(record) {
  const { passkey, passkeyAssertion: assertion } = record;
  const spki = base64url(passkey.publicKey);
  const authenticatorData = base64url(assertion.authenticatorData);
  const clientDataBytes = base64url(assertion.clientDataJSON);
  const signature = base64url(assertion.signature);
  if (!spki || !authenticatorData || !clientDataBytes || !signature)
    return 'the passkey confirmation is not in base64url';
  if (sha256Bytes(spki).toString('base64url') !== passkey.fingerprint)
    return 'the passkey fingerprint does not match the passkey’s public key';
  if (authenticatorData.length < 37) return 'the passkey’s authenticator data is too short';
  let clientData;
  try {
    clientData = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(clientDataBytes));
  } catch {
    return 'the passkey’s client data is not JSON';
  }
  if (!isObject(clientData)) return 'the passkey’s client data is not a JSON object';
  if (clientData.type !== 'webauthn.get') return 'the passkey’s client data is not of type webauthn.get';
  const { signature: _signature, passkeyAssertion: _assertion, ...content } = record;
  if (clientData.challenge !== sha256(canonical(content)))
    return 'the passkey confirmed a different record (the challenge is not this version’s hash)';
  if (clientData.crossOrigin === true) return 'the passkey was used from inside another site';
  let host;
  try {
    host = new URL(String(clientData.origin)).hostname;
  } catch {
    return 'the passkey’s client data has no valid origin';
  }
  if (host !== passkey.rpId && !host.endsWith(`.${passkey.rpId}`))
    return `the passkey was used at ${host}, not ${passkey.rpId}`;
  if (!authenticatorData.subarray(0, 32).equals(sha256Bytes(Buffer.from(passkey.rpId, 'utf8')))) {
    return `the passkey’s authenticator data is for another relying party than ${passkey.rpId}`;
  }
  const flags = authenticatorData[32];
  if (!(flags & 0x01) || !(flags & 0x04))
    return 'the passkey did not verify the person (no user verification flag)';
  const expected = { [PASSKEY_ALGORITHMS.ES256]: 'ec', [PASSKEY_ALGORITHMS.RS256]: 'rsa' }[passkey.algorithm];
  if (!expected) return `the passkey uses COSE algorithm ${passkey.algorithm}, which is not allowed`;
  let key;
  try {
    key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch {
    return 'the passkey’s public key is not a valid key for its algorithm';
  }
  if (
    key.asymmetricKeyType !== expected ||
    (expected === 'ec' && key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
  ) {
    return 'the passkey’s public key is not a valid key for its algorithm';
  }
  const signed = Buffer.concat([authenticatorData, sha256Bytes(clientDataBytes)]);
  let valid = false;
  try {
    valid = verify('sha256', signed, expected === 'ec' ? { key, dsaEncoding: 'der' } : key, signature);
  } catch {
    valid = false;
  }
  return valid ? null : 'the passkey’s signature does not match';
}

function failuresOf(versions, keys) {
  const failures = [];
  versions.forEach((record, index) => {
    const { signature, ...payload } = record;
    const n = `version ${record.version}`;
    const { kty, crv, x, y } = record.publicKey;
    if (sha256(canonical({ crv, kty, x, y })) !== record.fingerprint)
      failures.push(`${n}: the device fingerprint does not match the public key`);
    const bytes = base64url(signature);
    const valid =
      bytes !== null &&
      bytes.length === 64 &&
      verify(
        'sha256',
        Buffer.from(canonical(payload), 'utf8'),
        { key: keys[index], dsaEncoding: 'ieee-p1363' },
        bytes,
      );
    if (!valid)
      failures.push(
        `${n}: the signature does not match the record, so it has been changed since it was signed`,
      );
    else if (record.formatVersion >= 2 && !isLowS(bytes))
      failures.push(
        `${n}: the signature is in its high-S form, which format version 2 does not allow: it is not the signature the app made`,
      );
    if (record.formatVersion >= 2 && record.passkey !== null) {
      const problem = passkeyFailure(record);
      if (problem) failures.push(`${n}: ${problem}`);
    }
    const chain = chainFailure(record.audit);
    if (chain) failures.push(`${n}: ${chain}`);
    const before = versions[index - 1];
    if (!before) {
      if (record.version !== 1 || record.previous !== null)
        failures.push(`${n}: the first version in the file is not version 1; earlier versions are missing`);
      return;
    }
    if (record.recordId !== before.recordId)
      failures.push(`${n}: it belongs to a different record from version ${before.version}`);
    if (record.version !== before.version + 1) failures.push(`${n}: it follows version ${before.version}`);
    if (!record.previous || record.previous.version !== before.version)
      failures.push(`${n}: it does not refer to version ${before.version}`);
    else if (record.previous.hash !== sha256(canonical(before)))
      failures.push(`${n}: version ${before.version} has been changed since this amendment was signed`);
  });
  return failures;
}

/** Versions signed before the version they amend, or before the last event of their own audit trail. */
function timeWarningsOf(versions) {
  const warnings = [];
  versions.forEach((record, index) => {
    const signed = parseTime(record.signedAt);
    const before = versions[index - 1];
    if (before && signed < parseTime(before.signedAt)) {
      warnings.push({
        version: record.version,
        detail: `Version ${record.version} is dated ${record.signedAt}, before version ${before.version} (${before.signedAt}) which it amends: a device clock was wrong or the versions were made out of order.`,
      });
    }
    const last = record.audit.events[record.audit.events.length - 1];
    if (last && signed < parseTime(last.at)) {
      warnings.push({
        version: record.version,
        detail: `Version ${record.version} is dated ${record.signedAt}, before the last event of its audit trail (${last.at}): the device clock was behind when it was signed.`,
      });
    }
  });
  return warnings;
}

/**
 * Checks the bytes (or text) of an exported record, optionally against a register (parseRegister).
 * Returns { status: 'verified' | 'notTrusted' | 'altered' | 'unreadable', … }; never throws.
 */
export function verifyRecordText(input, { register } = {}) {
  let versions;
  try {
    const read = readVersions(input);
    versions = read.versions;
    const failures = failuresOf(versions, read.keys);
    if (failures.length > 0) return { status: 'altered', failures };
  } catch (error) {
    return {
      status: 'unreadable',
      reason:
        error instanceof Unreadable ? error.message : `the file could not be checked (${error.message})`,
    };
  }
  const first = versions[0];
  const summaries = versions.map((record) => ({
    version: record.version,
    signer: record.signer,
    signedAt: record.signedAt,
    fingerprint: record.fingerprint,
    amendmentReason: record.amendmentReason,
    confirmation: record.passkey ? 'passkey' : 'deviceKey',
    passkeyFingerprint: record.passkey ? record.passkey.fingerprint : null,
    ...(register
      ? {
          registeredHolder: register.get(record.fingerprint)?.holder ?? null,
          passkeyHolder: record.passkey ? (register.get(record.passkey.fingerprint)?.holder ?? null) : null,
        }
      : {}),
  }));
  const deviceChanges = versions
    .filter((record) => record.fingerprint !== first.fingerprint)
    .map((record) => ({
      version: record.version,
      fingerprint: record.fingerprint,
      firstFingerprint: first.fingerprint,
      detail: `Version ${record.version} was signed on a different device from version 1: device fingerprint ${record.fingerprint}, not ${first.fingerprint}.`,
    }));
  const trustProblems = register
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
  const latest = versions[versions.length - 1];
  return {
    status: trustProblems.length > 0 ? 'notTrusted' : 'verified',
    recordId: latest.recordId,
    caseReference: latest.caseReference,
    versions: summaries,
    deviceChanges,
    registerChecked: !!register,
    trustProblems,
    timeWarnings: timeWarningsOf(versions),
    clockWarnings: versions.flatMap((record) =>
      record.audit.clockWarnings
        .filter((warning) => isObject(warning) && typeof warning.detail === 'string')
        .map((warning) => ({ version: record.version, detail: warning.detail })),
    ),
  };
}

// ---- reporting -------------------------------------------------------------------------------------

const confirmation = (version) =>
  version.confirmation === 'passkey'
    ? `confirmed with a passkey (passkey fingerprint ${version.passkeyFingerprint})`
    : 'device key only';

const registered = (version) =>
  version.registeredHolder === undefined
    ? ''
    : version.registeredHolder === null
      ? ' [not in the register]'
      : ` [registered to ${shown(version.registeredHolder)}]`;

const signedLine = (version) =>
  `signed by ${shown(version.signer.name)} (${shown(version.signer.role)}, ${shown(version.signer.agency)})${registered(version)} on ${version.signedAt}; device fingerprint ${version.fingerprint}; ${confirmation(version)}`;

/** The lines to print for a result, and the exit code. */
export function report(result) {
  if (result.status === 'unreadable')
    return { exitCode: EXIT.unreadable, lines: [`UNREADABLE: ${shown(result.reason)}`] };
  if (result.status === 'altered')
    return { exitCode: EXIT.altered, lines: result.failures.map((failure) => `ALTERED: ${shown(failure)}`) };
  const lines = [];
  const latest = result.versions[result.versions.length - 1];
  if (result.status === 'notTrusted') {
    for (const problem of result.trustProblems) lines.push(`NOT TRUSTED: ${problem.detail}`);
    lines.push(`The signatures are intact. Latest version ${signedLine(latest)}`);
  } else {
    lines.push(`Verified: ${signedLine(latest)}`);
  }
  lines.push(
    `Record ${shown(result.recordId)}, case reference "${shown(result.caseReference)}": version ${latest.version} of ${result.versions.length} in this file. A file holds only the versions it was exported with: compare the latest version number with the case file.`,
  );
  for (const version of result.versions) {
    const reason = version.amendmentReason ? ` Amended because: ${shown(version.amendmentReason)}` : '';
    lines.push(`  Version ${version.version}: ${signedLine(version)}.${reason}`);
  }
  if (result.registerChecked)
    for (const change of result.deviceChanges) lines.push(`Device change: ${change.detail}`);
  for (const warning of result.timeWarnings)
    lines.push(`Clock warning (version ${warning.version}): ${warning.detail}`);
  for (const warning of result.clockWarnings)
    lines.push(`Clock warning (version ${warning.version}): ${shown(warning.detail)}`);
  if (!result.registerChecked) {
    lines.push(
      'Devices not checked against a register: compare each device fingerprint with the one recorded for the signer’s device, or run with --trusted REGISTER.',
    );
  }
  return { exitCode: result.status === 'notTrusted' ? EXIT.notTrusted : EXIT.verified, lines };
}

// ---- the command -----------------------------------------------------------------------------------

const usage = 'Usage: node scripts/verify-record.mjs [--trusted REGISTER] record.json (or record.pdf)';

/** The record's bytes: the file itself, or the signed record a PDF carries (see pdf-attachment.mjs). */
async function recordBytes(bytes) {
  if (!isPdf(bytes)) return bytes;
  try {
    return Buffer.from((await embeddedRecord(bytes, inflateSync)).bytes);
  } catch (error) {
    throw error instanceof NoEmbeddedRecord ? new Unreadable(error.message) : error;
  }
}

/** Runs the command with its arguments (without node and the script); returns the exit code. */
export async function main(args, out = (line) => console.log(line), err = (line) => console.error(line)) {
  let registerFile;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--trusted') registerFile = args[++i];
    else if (args[i].startsWith('--trusted=')) registerFile = args[i].slice('--trusted='.length);
    else files.push(args[i]);
  }
  if (files.length !== 1 || (args.includes('--trusted') && !registerFile)) {
    err(usage);
    out('UNREADABLE: give one record file (and, with --trusted, a register file)');
    return EXIT.unreadable;
  }
  let register;
  if (registerFile !== undefined) {
    try {
      register = parseRegister(readFileSync(registerFile, 'utf8'));
    } catch (error) {
      out(
        `UNREADABLE: ${error instanceof Unreadable ? shown(error.message) : `cannot read the register ${shown(registerFile)} (${error.code ?? error.message})`}`,
      );
      return EXIT.unreadable;
    }
  }
  let bytes;
  try {
    bytes = readFileSync(files[0]);
  } catch (error) {
    out(`UNREADABLE: cannot read ${shown(files[0])} (${error.code ?? error.message})`);
    return EXIT.unreadable;
  }
  try {
    bytes = await recordBytes(bytes);
  } catch (error) {
    out(
      `UNREADABLE: ${error instanceof Unreadable ? shown(error.message) : `the PDF could not be read (${shown(error.message)})`}`,
    );
    return EXIT.unreadable;
  }
  const { lines, exitCode } = report(verifyRecordText(bytes, { register }));
  lines.forEach((line) => out(line));
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
