// Signing and checking a payload: ECDSA P-256 with SHA-256 over the RFC 8785 canonical bytes, the
// signature being base64url of the raw 64-byte r||s (IEEE P1363) that Web Crypto produces.
import { canonicalBytes } from './canonical';
import { fromBase64url, toBase64url } from './encoding';
import { importPublicJwk, signatureAlgorithm, type PublicJwk } from './keys';

export async function signPayload(payload: unknown, privateKey: CryptoKey): Promise<string> {
  const bytes = canonicalBytes(payload);
  return toBase64url(await globalThis.crypto.subtle.sign(signatureAlgorithm, privateKey, bytes));
}

/**
 * Whether the signature is the public key's signature of the payload. A signature that is not exactly
 * 64 bytes in canonical base64url is not valid. Throws only if the key cannot be imported.
 */
export async function verifyPayload(payload: unknown, jwk: PublicJwk, signature: string): Promise<boolean> {
  const key = await importPublicJwk(jwk);
  const bytes = fromBase64url(signature);
  if (!bytes || bytes.length !== 64) return false;
  return globalThis.crypto.subtle.verify(signatureAlgorithm, key, bytes as Uint8Array<ArrayBuffer>, canonicalBytes(payload));
}
