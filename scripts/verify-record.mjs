#!/usr/bin/env node
// Checks a decision record exported by the Safeguarding Adults Decision Aid, without the app:
//
//   node scripts/verify-record.mjs record.json
//
// Prints "Verified: signed by NAME (ROLE, AGENCY) on DATE; device fingerprint …" and exits 0, or
// "ALTERED: …" and exits 1 (a signature, audit chain or amendment link does not match), or
// "UNREADABLE: …" and exits 2 (not a record of this format, or not readable at all).
//
// This file is deliberately independent of the app's code: it uses only Node's own node:crypto and
// node:fs, and its own small RFC 8785 (JSON Canonicalization Scheme) serialiser below instead of the
// `canonicalize` package the app signs with. A case-file system or an auditor can run it (and read it)
// on its own, and a fault in the app's canonicalisation would show up as a failure here rather than
// being repeated. It needs Node 16 or later. What "Verified" means: the record is exactly as it was
// signed by the key with this fingerprint; compare the fingerprint with the one registered for the
// worker's device to know whose device that was.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

class Unreadable extends Error {}

const EXPORT_FORMAT = 'sada-record-export';
const RECORD_FORMAT = 'sada-record';
const FORMAT_VERSION = 1;
const GENESIS = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

// ---- RFC 8785 canonical JSON, for the values JSON.parse produces ----------------------------------

/** RFC 8785 §3.2.2.2: JSON string with the minimal escapes, lowercase \u00xx for other controls. */
function canonicalString(text) {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) throw new Unreadable('the file holds text that is not valid Unicode (a lone surrogate)');
      out += text[i] + text[i + 1];
      i++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) throw new Unreadable('the file holds text that is not valid Unicode (a lone surrogate)');
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
function canonical(value) {
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

const sha256 = (text) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64url');

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

// ---- reading ---------------------------------------------------------------------------------------

function readVersions(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Unreadable(`the file is not JSON (${error.message})`);
  }
  if (!isObject(data)) throw new Unreadable('the file is not a decision record: it should hold a JSON object');
  const repeated = repeatedFieldName(text);
  if (repeated !== null) throw new Unreadable(`the file repeats the field "${repeated}" within one object`);
  canonical(data); // refuses lone surrogates anywhere before anything is reported
  if (data.format !== EXPORT_FORMAT && data.format !== RECORD_FORMAT) {
    throw new Unreadable('the file is not a decision record exported by the Safeguarding Adults Decision Aid');
  }
  if (data.formatVersion !== FORMAT_VERSION) {
    throw new Unreadable(`the file uses record format version ${JSON.stringify(data.formatVersion)}; this verifier reads version ${FORMAT_VERSION}`);
  }
  const versions = data.format === RECORD_FORMAT ? [data] : data.versions;
  need(Array.isArray(versions) && versions.length > 0, 'it holds no signed versions');
  const keys = versions.map((record, index) => {
    const n = `version ${index + 1}`;
    need(isObject(record), `${n} is not an object`);
    need(record.format === RECORD_FORMAT && record.formatVersion === FORMAT_VERSION, `${n} is not a record in format version ${FORMAT_VERSION}`);
    need(typeof record.recordId === 'string' && record.recordId !== '', `${n} has no recordId`);
    need(Number.isInteger(record.version) && record.version >= 0, `${n} has no version number`);
    need(record.previous === null || (isObject(record.previous) && typeof record.previous.hash === 'string' && Number.isInteger(record.previous.version)), `${n} has no valid "previous"`);
    need(isObject(record.signer) && ['name', 'role', 'agency'].every((field) => typeof record.signer[field] === 'string' && record.signer[field].trim() !== ''), `${n} has no signer name, role and agency`);
    need(typeof record.signedAt === 'string' && !Number.isNaN(Date.parse(record.signedAt)), `${n} has no signing time`);
    need(typeof record.fingerprint === 'string' && record.fingerprint !== '', `${n} has no device fingerprint`);
    need(typeof record.signature === 'string' && record.signature !== '', `${n} has no signature`);
    const key = record.publicKey;
    need(isObject(key) && key.kty === 'EC' && key.crv === 'P-256' && typeof key.x === 'string' && typeof key.y === 'string' && Object.keys(key).length === 4, `${n} has no P-256 public key (kty, crv, x, y)`);
    const audit = record.audit;
    need(isObject(audit) && typeof audit.trailId === 'string' && Number.isInteger(audit.length) && typeof audit.head === 'string' && Array.isArray(audit.events) && Array.isArray(audit.clockWarnings), `${n} has no valid audit trail`);
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
  let prev = GENESIS;
  let prevTime = -Infinity;
  for (const [index, event] of audit.events.entries()) {
    const where = `audit event ${index}`;
    if (!isObject(event) || typeof event.hash !== 'string') return `${where} is not an audit event`;
    if (event.trail !== audit.trailId) return `${where} belongs to a different audit trail`;
    if (event.seq !== index) return `${where} is numbered ${JSON.stringify(event.seq)}: events were removed, inserted or reordered`;
    const { hash, ...body } = event;
    if (sha256(canonical(body)) !== hash) return `${where} has been changed since it was recorded`;
    if (event.prev !== prev) return `${where} does not follow the event before it`;
    const time = Date.parse(event.at);
    if (Number.isNaN(time) || time < prevTime) return `${where} has no valid time or is timed before the event before it`;
    prev = hash;
    prevTime = time;
  }
  if (audit.events.length !== audit.length) return `the record has ${audit.length} audit events but ${audit.events.length} are here`;
  if (prev !== audit.head) return 'the last audit event does not match the chain head the record was signed with';
  return null;
}

function check(versions, keys) {
  const failures = [];
  versions.forEach((record, index) => {
    const { signature, ...payload } = record;
    const n = `version ${record.version}`;
    const { kty, crv, x, y } = record.publicKey;
    if (sha256(canonical({ crv, kty, x, y })) !== record.fingerprint) failures.push(`${n}: the device fingerprint does not match the public key`);
    const bytes = base64url(signature);
    const valid =
      bytes !== null &&
      bytes.length === 64 &&
      verify('sha256', Buffer.from(canonical(payload), 'utf8'), { key: keys[index], dsaEncoding: 'ieee-p1363' }, bytes);
    if (!valid) failures.push(`${n}: the signature does not match the record, so it has been changed since it was signed`);
    const chain = chainFailure(record.audit);
    if (chain) failures.push(`${n}: ${chain}`);
    const before = versions[index - 1];
    if (!before) {
      if (record.version !== 1 || record.previous !== null) failures.push(`${n}: the first version in the file is not version 1; earlier versions are missing`);
      return;
    }
    if (record.recordId !== before.recordId) failures.push(`${n}: it belongs to a different record from version ${before.version}`);
    if (record.version !== before.version + 1) failures.push(`${n}: it follows version ${before.version}`);
    if (!record.previous || record.previous.version !== before.version) failures.push(`${n}: it does not refer to version ${before.version}`);
    else if (record.previous.hash !== sha256(canonical(before))) failures.push(`${n}: version ${before.version} has been changed since this amendment was signed`);
  });
  return failures;
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node scripts/verify-record.mjs record.json');
    console.log('UNREADABLE: no file given');
    return 2;
  }
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`UNREADABLE: cannot read ${file} (${error.code ?? error.message})`);
    return 2;
  }
  let versions;
  let failures;
  try {
    const read = readVersions(text);
    versions = read.versions;
    failures = check(versions, read.keys);
  } catch (error) {
    console.log(`UNREADABLE: ${error instanceof Unreadable ? error.message : `the file could not be checked (${error.message})`}`);
    return 2;
  }
  if (failures.length > 0) {
    for (const failure of failures) console.log(`ALTERED: ${failure}`);
    return 1;
  }
  const latest = versions[versions.length - 1];
  const line = (record) =>
    `signed by ${record.signer.name} (${record.signer.role}, ${record.signer.agency}) on ${record.signedAt}; device fingerprint ${record.fingerprint}`;
  console.log(`Verified: ${line(latest)}`);
  console.log(`Record ${latest.recordId}, case reference ${JSON.stringify(latest.caseReference)}, version ${latest.version} of ${versions.length}.`);
  if (versions.length > 1) {
    for (const record of versions) {
      const reason = record.amendmentReason ? ` Amended because: ${record.amendmentReason}` : '';
      console.log(`  Version ${record.version}: ${line(record)}.${reason}`);
    }
  }
  for (const record of versions) {
    for (const warning of record.audit.clockWarnings) {
      if (isObject(warning) && typeof warning.detail === 'string') console.log(`Note (version ${record.version}): ${warning.detail}`);
    }
  }
  return 0;
}

process.exitCode = main();
