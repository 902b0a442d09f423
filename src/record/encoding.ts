// Byte encodings and hashing shared by the record modules: base64url (RFC 4648 §5, no padding) and
// SHA-256 through Web Crypto. Decoding is strict: only the one canonical spelling of some bytes is
// accepted, so two different strings can never stand for the same signature or hash.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const lookup = new Map([...alphabet].map((char, index) => [char, index]));

export function toBase64url(bytes: Uint8Array | ArrayBuffer): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const chunk = (data[i] << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const chars = data.length - i >= 3 ? 4 : data.length - i + 1;
    for (let c = 0; c < chars; c++) out += alphabet[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** The bytes a base64url string stands for, or null unless it is the canonical unpadded spelling. */
export function fromBase64url(text: string): Uint8Array | null {
  if (typeof text !== 'string' || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of text) {
    const value = lookup.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  // Leftover bits must be zero, or a second spelling of the same bytes would be accepted.
  if (buffer !== 0) return null;
  return bytes;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export async function sha256Base64url(bytes: Uint8Array): Promise<string> {
  return toBase64url(await sha256(bytes));
}
