// Signing and checking a payload: ECDSA P-256 with SHA-256 over the RFC 8785 canonical bytes, the
// signature being base64url of the raw 64-byte r||s (IEEE P1363) that Web Crypto produces.
//
// ECDSA accepts both (r, s) and (r, n - s) for the same message, so every signature has a twin that is a
// second valid file for the same content. New signatures are normalised to the low half (s <= n/2, as
// Bitcoin's BIP 62 and Ethereum do), and a record of format version 2 or later with a high s is refused.
import { canonicalBytes } from './canonical';
import { fromBase64url, toBase64url } from './encoding';
import { importPublicJwk, signatureAlgorithm, type PublicJwk } from './keys';

/** The order n of the P-256 group (SEC 2 §2.4.2 / FIPS 186-4 D.1.2.3). */
export const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const halfOrder = P256_ORDER >> 1n;

const toBigInt = (bytes: Uint8Array): bigint =>
  bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);

function fromBigInt(value: bigint, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    bytes[i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return bytes;
}

/** Whether a raw r||s signature has s in the low half of the group order. */
export const isLowS = (signature: Uint8Array): boolean =>
  signature.length === 64 && toBigInt(signature.subarray(32)) <= halfOrder;

/** The low-S twin of a raw r||s signature (the signature itself when s is already low). */
export function lowS(signature: Uint8Array): Uint8Array {
  if (isLowS(signature)) return signature;
  const out = new Uint8Array(64);
  out.set(signature.subarray(0, 32));
  out.set(fromBigInt(P256_ORDER - toBigInt(signature.subarray(32)), 32), 32);
  return out;
}

export async function signPayload(payload: unknown, privateKey: CryptoKey): Promise<string> {
  const bytes = canonicalBytes(payload);
  return toBase64url(
    lowS(new Uint8Array(await globalThis.crypto.subtle.sign(signatureAlgorithm, privateKey, bytes))),
  );
}

export type PayloadCheck = 'valid' | 'invalid' | 'highS';

/**
 * Whether the signature is the public key's signature of the payload. A signature that is not exactly
 * 64 bytes in canonical base64url is not valid; with `requireLowS`, a high-S one is 'highS'. Throws only
 * if the key cannot be imported.
 */
export async function checkPayload(
  payload: unknown,
  jwk: PublicJwk,
  signature: string,
  options: { requireLowS?: boolean } = {},
): Promise<PayloadCheck> {
  const key = await importPublicJwk(jwk);
  const bytes = fromBase64url(signature);
  if (!bytes || bytes.length !== 64) return 'invalid';
  const valid = await globalThis.crypto.subtle.verify(
    signatureAlgorithm,
    key,
    bytes as Uint8Array<ArrayBuffer>,
    canonicalBytes(payload),
  );
  if (!valid) return 'invalid';
  return options.requireLowS && !isLowS(bytes) ? 'highS' : 'valid';
}

/** Whether the signature is the public key's signature of the payload (either half of S). */
export async function verifyPayload(payload: unknown, jwk: PublicJwk, signature: string): Promise<boolean> {
  return (await checkPayload(payload, jwk, signature)) === 'valid';
}
