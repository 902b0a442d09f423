// Finds the signed record a decision-record PDF carries: the file attached to the PDF as its source
// (PDF/A-3 associated file, /AFRelationship /Source, a .json name) and the bytes of that file.
//
// Shared by the app's check screen and the command-line verifier (scripts/verify-record.mjs), so it is
// plain JavaScript with no imports: each caller passes its own inflate for FlateDecode streams (Node's
// zlib, or the browser's DecompressionStream). It reads objects as they are written in the file, not
// through the cross-reference table, and the last definition of an object wins, as in an incremental
// update. It does not read compressed object streams: a PDF rewritten that way is reported as carrying
// no record, never guessed at.

/** The file is not a PDF carrying a signed record; the message says why, in plain English. */
export class NoEmbeddedRecord extends Error {}

/** Whether the bytes are a PDF (the header may follow up to 1024 bytes of junk, as readers allow). */
export function isPdf(bytes) {
  const head = latin1(bytes.subarray(0, 1024 + 5));
  return head.includes('%PDF-');
}

function latin1(bytes) {
  // Each byte becomes one character, so positions in the text are positions in the file.
  let out = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    out += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return out;
}

/** Where each object's body starts, by object number; a later definition replaces an earlier one. */
function objectStarts(text) {
  const starts = new Map();
  const header = /(?:^|[^\d])(\d+)\s+(\d+)\s+obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text))
    starts.set(Number(match[1]), header.lastIndex);
  return starts;
}

/** An object's dictionary text: up to its stream or the end of the object. */
function objectDictionary(text, start) {
  const end = text.indexOf('endobj', start);
  const body = text.slice(start, end === -1 ? undefined : end);
  const stream = /\bstream(\r\n|\n|\r)/.exec(body);
  return {
    dictionary: stream ? body.slice(0, stream.index) : body,
    streamAt: stream ? start + stream.index + stream[0].length : -1,
  };
}

/** A PDF string token (literal or hex) as text: UTF-16BE when it starts with the byte order mark. */
function pdfString(token) {
  let bytes = [];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else {
    const body = token.slice(1, -1);
    const escapes = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '\\') {
        bytes.push(body.charCodeAt(i));
        continue;
      }
      const next = body[++i];
      if (next in escapes) bytes.push(escapes[next]);
      else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(body.slice(i))[0];
        bytes.push(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r' && body[i + 1] === '\n') i++;
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return out;
  }
  return String.fromCharCode(...bytes);
}

const stringToken = String.raw`(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;

function fileName(dictionary) {
  const match =
    new RegExp(String.raw`/UF\s*${stringToken}`).exec(dictionary) ??
    new RegExp(String.raw`/F\s*${stringToken}`).exec(dictionary);
  return match ? pdfString(match[1]) : '';
}

/** The value of an integer entry, following one indirect reference. */
function integer(text, starts, dictionary, key) {
  const match = new RegExp(String.raw`/${key}\s+(\d+)(?:\s+(\d+)\s+R)?`).exec(dictionary);
  if (!match) return null;
  if (match[2] === undefined) return Number(match[1]);
  const start = starts.get(Number(match[1]));
  if (start === undefined) return null;
  const value = /^\s*(\d+)\s*endobj/.exec(text.slice(start, start + 64));
  return value ? Number(value[1]) : null;
}

/**
 * The signed record a PDF carries, as { name, bytes }. Throws NoEmbeddedRecord when the bytes are not a
 * PDF, or it carries no such file, or more than one (which would make it unclear which one is the record).
 * `inflate` decompresses FlateDecode (zlib) data.
 */
export async function embeddedRecord(bytes, inflate) {
  if (!isPdf(bytes)) throw new NoEmbeddedRecord('the file is not a PDF');
  const text = latin1(bytes);
  const starts = objectStarts(text);
  const sources = [];
  for (const start of starts.values()) {
    const { dictionary } = objectDictionary(text, start);
    if (!/\/AFRelationship\s*\/Source\b/.test(dictionary)) continue;
    const file = /\/EF\s*<<[^>]*?\/(?:UF|F)\s+(\d+)\s+\d+\s+R/.exec(dictionary);
    const name = fileName(dictionary);
    if (file && /\.json$/i.test(name)) sources.push({ name, object: Number(file[1]) });
  }
  if (sources.length === 0) {
    throw new NoEmbeddedRecord(
      'the PDF carries no signed record: no decision record (.json) is attached to it as its source',
    );
  }
  if (sources.length > 1) {
    throw new NoEmbeddedRecord(
      `the PDF has ${sources.length} files attached as its source (${sources.map((source) => source.name).join(', ')}), so which one is the record is not clear`,
    );
  }
  const [{ name, object }] = sources;
  const start = starts.get(object);
  if (start === undefined)
    throw new NoEmbeddedRecord(`the PDF names an attached record (${name}) that is not in the file`);
  const { dictionary, streamAt } = objectDictionary(text, start);
  const length = integer(text, starts, dictionary, 'Length');
  if (
    streamAt === -1 ||
    length === null ||
    streamAt + length > bytes.length ||
    !/^\s*endstream/.test(text.slice(streamAt + length, streamAt + length + 32))
  ) {
    throw new NoEmbeddedRecord(
      `the attached record (${name}) is damaged: its data cannot be found whole in the PDF`,
    );
  }
  const data = bytes.slice(streamAt, streamAt + length);
  const filter = /\/Filter\s*(?:\[\s*)?\/(\w+)(\s*\/\w+)?/.exec(dictionary);
  if (!filter) return { name, bytes: data };
  if (filter[1] !== 'FlateDecode' || filter[2]) {
    throw new NoEmbeddedRecord(
      `the attached record (${name}) is stored with a compression this checker does not read (${filter[0].replace(/^\/Filter\s*/, '')})`,
    );
  }
  try {
    return { name, bytes: await inflate(data) };
  } catch {
    throw new NoEmbeddedRecord(
      `the attached record (${name}) is damaged: its compressed data cannot be read`,
    );
  }
}
