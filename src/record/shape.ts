// Reading an exported record back: checks that a parsed value has the shape of a signed record, field
// by field, so that verification can say exactly what is missing instead of failing somewhere later.
import type { SignedRecord } from './record';
import { RECORD_FORMAT, READABLE_FORMAT_VERSIONS } from './record';
import { parseIsoTime } from './time';
import { isPlainObject } from '../../machines/plain-object';

export class ShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}

type Check = (value: unknown, path: string) => void;

const fail = (path: string, what: string): never => {
  throw new ShapeError(`"${path}" ${what}`);
};

const text: Check = (value, path) => {
  if (typeof value !== 'string') fail(path, 'is missing or is not text');
};
const filled: Check = (value, path) => {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'is missing or empty');
};
const integer: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    fail(path, 'is missing or is not a whole number');
};
const time: Check = (value, path) => {
  if (!parseIsoTime(value)) fail(path, 'is missing or is not a date and time');
};
const wholeNumber: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value))
    fail(path, 'is missing or is not a whole number');
};
const literal =
  (expected: unknown): Check =>
  (value, path) => {
    if (value !== expected) fail(path, `should be ${JSON.stringify(expected)}`);
  };
const oneOf =
  (...values: string[]): Check =>
  (value, path) => {
    if (typeof value !== 'string' || !values.includes(value))
      fail(path, `should be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  };
const nullable =
  (check: Check): Check =>
  (value, path) => {
    if (value !== null) check(value, path);
  };
const list =
  (check: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) fail(path, 'is missing or is not a list');
    (value as unknown[]).forEach((item, index) => check(item, `${path}[${index}]`));
  };
const object =
  (
    fields: Record<string, Check>,
    options: { optional?: Record<string, Check>; exact?: boolean } = {},
  ): Check =>
  (value, path) => {
    if (!isPlainObject(value)) fail(path, 'is missing or is not an object');
    const record = value as Record<string, unknown>;
    for (const [key, check] of Object.entries(fields)) check(record[key], path ? `${path}.${key}` : key);
    for (const [key, check] of Object.entries(options.optional ?? {})) {
      if (key in record) check(record[key], path ? `${path}.${key}` : key);
    }
    if (options.exact) {
      const allowed = new Set([...Object.keys(fields), ...Object.keys(options.optional ?? {})]);
      const extra = Object.keys(record).find((key) => !allowed.has(key));
      if (extra !== undefined) fail(path ? `${path}.${extra}` : extra, 'is not allowed here');
    }
  };

const source = object({ doc: text, section: text });
const decisionBasis = oneOf('matrix', 'professionalJudgement');
const row: Check = (value, path) => {
  object({ kind: oneOf('answer', 'outcome', 'shown'), step: text, sources: list(source) })(value, path);
  const kind = (value as { kind: string }).kind;
  if (kind === 'answer')
    object({ question: text, answer: list(text) }, { optional: { round: text } })(value, path);
  else object({ title: text }, { optional: { decisionBasis, round: text } })(value, path);
};

const readableFormatVersion: Check = (value, path) => {
  if (typeof value !== 'number' || !READABLE_FORMAT_VERSIONS.includes(value))
    fail(path, `should be one of ${READABLE_FORMAT_VERSIONS.join(', ')}`);
};

const signedRecordV1 = object({
  format: literal(RECORD_FORMAT),
  formatVersion: readableFormatVersion,
  recordId: filled,
  journey: object({ id: text, title: text, version: integer }),
  caseReference: text,
  occurredAt: text,
  recordedAt: text,
  lateEntryReason: nullable(text),
  rows: list(row),
  outcomes: list(object({ step: text, title: text }, { optional: { decisionBasis } })),
  peopleInvolved: list(text),
  editions: list(object({ doc: text, title: text, date: text }, { optional: { notice: text } })),
  references: object({
    guidance: list(object({ doc: text, title: text, date: text, sections: list(text) })),
    added: list(text),
  }),
  audit: object({
    trailId: text,
    length: integer,
    head: text,
    events: list(object({})),
    clockWarnings: list(object({})),
  }),
  version: integer,
  previous: nullable(object({ hash: text, version: integer })),
  amendmentReason: nullable(text),
  signer: object({ name: filled, role: filled, agency: filled }),
  statement: filled,
  signedAt: time,
  appVersion: text,
  publicKey: object({ kty: literal('EC'), crv: literal('P-256'), x: filled, y: filled }, { exact: true }),
  fingerprint: filled,
  signature: filled,
});

/** Format version 2 adds the passkey confirmation: both present, or both null (device key only). */
const passkeyFields: Check = (value, path) => {
  const record = value as Record<string, unknown>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  nullable(
    object(
      { credentialId: filled, algorithm: wholeNumber, publicKey: filled, fingerprint: filled, rpId: filled },
      { exact: true },
    ),
  )(record.passkey, at('passkey'));
  nullable(object({ authenticatorData: filled, clientDataJSON: filled, signature: filled }, { exact: true }))(
    record.passkeyAssertion,
    at('passkeyAssertion'),
  );
  if ((record.passkey === null) !== (record.passkeyAssertion === null))
    fail(at('passkeyAssertion'), 'should be present exactly when "passkey" is');
};

/** Throws a ShapeError naming the first field that is missing or of the wrong kind. */
export function assertSignedRecord(value: unknown, path = ''): asserts value is SignedRecord {
  signedRecordV1(value, path);
  const record = value as Record<string, unknown>;
  if (record.formatVersion === 1) {
    for (const key of ['passkey', 'passkeyAssertion'])
      if (key in record) fail(path ? `${path}.${key}` : key, 'is not part of format version 1');
  } else {
    passkeyFields(value, path);
  }
}
