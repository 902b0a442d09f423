// The canonical form of a record: RFC 8785 (JSON Canonicalization Scheme), produced by the
// `canonicalize` package after this module has checked that the value is plain JSON. Anything JSON
// cannot represent exactly is refused here, before it could be signed, rather than being silently
// changed (undefined dropped or turned into null, NaN into null, a lone surrogate into U+FFFD).
import canonicalize from 'canonicalize';

/** A value that cannot go into a record; `path` says where it is, e.g. `$.rows[2].answer[0]`. */
export class RecordValueError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`This record cannot be signed: ${problem} at ${path}.`);
    this.name = 'RecordValueError';
    this.path = path;
  }
}

/** Records nest a few levels; anything far deeper is not a record. */
export const MAX_DEPTH = 64;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return identifier.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The position of the first unpaired UTF-16 surrogate in a string, or -1. */
function loneSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return i;
    }
  }
  return -1;
}

function describeString(text: string, at: number): string {
  const code = text.charCodeAt(at).toString(16).toUpperCase();
  return `text with an unpaired surrogate (U+${code} at character ${at}), which is not valid Unicode`;
}

function check(value: unknown, path: string, ancestors: object[]): void {
  switch (typeof value) {
    case 'string': {
      const at = loneSurrogateAt(value);
      if (at >= 0) throw new RecordValueError(path, describeString(value, at));
      return;
    }
    case 'number':
      if (Number.isNaN(value))
        throw new RecordValueError(path, 'NaN (not a number), which JSON cannot represent');
      if (!Number.isFinite(value)) throw new RecordValueError(path, `${value}, which JSON cannot represent`);
      return;
    case 'boolean':
      return;
    case 'undefined':
      throw new RecordValueError(path, 'an undefined value, which JSON cannot represent');
    case 'bigint':
      throw new RecordValueError(path, 'a BigInt, which JSON cannot represent');
    case 'function':
    case 'symbol':
      throw new RecordValueError(path, `a ${typeof value}, which JSON cannot represent`);
  }
  if (value === null) return;
  const object = value as object;
  if (ancestors.includes(object)) throw new RecordValueError(path, 'a value that contains itself');
  if (ancestors.length >= MAX_DEPTH)
    throw new RecordValueError(path, `values nested more than ${MAX_DEPTH} deep`);
  ancestors.push(object);
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; i++) {
      if (!(i in object))
        throw new RecordValueError(childPath(path, i), 'an empty array slot, which JSON cannot represent');
      check(object[i], childPath(path, i), ancestors);
    }
  } else {
    const prototype = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null) {
      const kind = (prototype?.constructor as { name?: string } | undefined)?.name || 'non-plain';
      throw new RecordValueError(path, `a ${kind} object where only plain JSON objects are allowed`);
    }
    if (Object.getOwnPropertySymbols(object).length > 0) {
      throw new RecordValueError(path, 'an object with symbol keys, which JSON cannot represent');
    }
    for (const key of Object.keys(object)) {
      const at = loneSurrogateAt(key);
      if (at >= 0) throw new RecordValueError(path, `a field name that is ${describeString(key, at)}`);
      check((object as Record<string, unknown>)[key], childPath(path, key), ancestors);
    }
  }
  ancestors.pop();
}

/** Throws a RecordValueError naming the first value JSON cannot represent exactly. */
export function assertJsonValue(value: unknown): void {
  check(value, '$', []);
}

/** The RFC 8785 canonical JSON text of a checked value. */
export function canonicalJson(value: unknown): string {
  assertJsonValue(value);
  const text = canonicalize(value);
  if (typeof text !== 'string') throw new RecordValueError('$', 'a value with no JSON form');
  return text;
}

/** The UTF-8 bytes of the RFC 8785 canonical form: what is hashed and signed. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value));
}
