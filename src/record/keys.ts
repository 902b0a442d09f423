// The device's signing key: ECDSA P-256 made with Web Crypto. The private key is created
// non-extractable, so no script (including this app's) can read it out; the browser can only use it to
// sign. The public key travels in every record as a JWK with its RFC 7638 thumbprint, which the worker
// sees as the device fingerprint. Storing the key pair (IndexedDB can hold CryptoKey objects) is the
// storage layer's job; these functions take and return keys.
import { canonicalBytes } from './canonical';
import { sha256Base64url } from './encoding';

export const signingAlgorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const signatureAlgorithm = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** An EC public key as carried in a record: exactly these four members. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** A new key pair for this device: the private key cannot be exported, the public key can. */
export async function createSigningKeyPair(): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey(signingAlgorithm, false, ['sign', 'verify']);
}

/** The public half of a key pair (or a public key) as a JWK with only kty, crv, x and y. */
export async function publicJwk(key: CryptoKey | CryptoKeyPair): Promise<PublicJwk> {
  const publicKey = 'publicKey' in key ? key.publicKey : key;
  if (publicKey.type !== 'public') throw new TypeError('publicJwk needs the public key');
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', publicKey);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw new TypeError('The key is not an ECDSA P-256 key');
  }
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** The members RFC 7638 §3.2 requires in a thumbprint, by key type. */
const thumbprintMembers: Record<string, string[]> = {
  EC: ['crv', 'kty', 'x', 'y'],
  RSA: ['e', 'kty', 'n'],
  oct: ['k', 'kty'],
  OKP: ['crv', 'kty', 'x'],
};

/**
 * The RFC 7638 JWK thumbprint (SHA-256, base64url): the hash of the JSON of the required members only,
 * in lexicographic order with no whitespace, which is the RFC 8785 form of that object.
 */
export async function jwkThumbprint(jwk: { readonly kty: string }): Promise<string> {
  const members = thumbprintMembers[jwk.kty];
  const fields = jwk as unknown as Record<string, unknown>;
  if (!members) throw new TypeError(`Unsupported key type ${JSON.stringify(jwk.kty)}`);
  const required: Record<string, unknown> = {};
  for (const member of members) {
    if (typeof fields[member] !== 'string') throw new TypeError(`The key has no "${member}"`);
    required[member] = fields[member];
  }
  return sha256Base64url(canonicalBytes(required));
}

/** Imports a record's public key for verifying; rejects anything but a valid P-256 point. */
export async function importPublicJwk(jwk: PublicJwk): Promise<CryptoKey> {
  const { kty, crv, x, y } = jwk;
  return globalThis.crypto.subtle.importKey('jwk', { kty, crv, x, y }, signingAlgorithm, true, ['verify']);
}
