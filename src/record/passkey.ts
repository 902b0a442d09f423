// Signing confirmed by the person: a WebAuthn assertion, made with user verification (fingerprint, face
// or screen lock), whose challenge is the SHA-256 of the canonical record being signed. The record
// carries the passkey's public key (`passkey`) and the assertion (`passkeyAssertion`); this module says
// what the challenge is and checks an assertion as WebAuthn Level 3 §7.2 does for a relying party, with
// the record standing in for the server's stored challenge. Nothing here talks to an authenticator.
import { canonicalBytes } from './canonical';
import { fromBase64url, sha256, toBase64url } from './encoding';

/**
 * How a version's signing was confirmed, in the words the check screen, the record screen and the PDF
 * use (scripts/verify-record.mjs, which imports nothing, prints the same in lower case): with a passkey
 * (user verification), or with the device key only (no passkey, or a record of format version 1).
 */
export const confirmationWords = {
  passkey: 'Confirmed with a passkey',
  deviceKey: 'Device key only (not confirmed with a passkey)',
} as const;

/** The same, naming the passkey by its fingerprint. */
export const confirmationText = (passkeyFingerprint: string | null | undefined): string =>
  passkeyFingerprint
    ? `${confirmationWords.passkey} (passkey fingerprint ${passkeyFingerprint})`
    : confirmationWords.deviceKey;

/** COSE algorithm identifiers a signing passkey may use (RFC 9053 / RFC 8812). */
export const PASSKEY_ALGORITHMS = { ES256: -7, RS256: -257 } as const;
export type PasskeyAlgorithm = (typeof PASSKEY_ALGORITHMS)[keyof typeof PASSKEY_ALGORITHMS];

/** The passkey a version was confirmed with, known before the assertion is made. */
export interface PasskeyKey {
  /** The credential id, base64url. */
  credentialId: string;
  /** COSE algorithm: -7 (ES256) or -257 (RS256). */
  algorithm: PasskeyAlgorithm;
  /** The credential public key as DER SubjectPublicKeyInfo, base64url (AuthenticatorAttestationResponse.getPublicKey()). */
  publicKey: string;
  /** base64url of SHA-256 of the SubjectPublicKeyInfo bytes: the passkey fingerprint. */
  fingerprint: string;
  /** The WebAuthn relying party id (the app's host name). */
  rpId: string;
}

/** What the authenticator returned, each base64url of the bytes it gave. */
export interface PasskeyAssertion {
  authenticatorData: string;
  clientDataJSON: string;
  signature: string;
}

/** The fingerprint of a passkey: base64url(SHA-256(SubjectPublicKeyInfo)). */
export const passkeyFingerprint = async (spki: Uint8Array): Promise<string> =>
  toBase64url(await sha256(spki));

/**
 * The challenge for a version: SHA-256 of the canonical form of the version without `signature` and
 * without `passkeyAssertion` (the two things made after it).
 */
export function confirmationChallenge(version: object): Promise<Uint8Array> {
  const {
    signature: _signature,
    passkeyAssertion: _assertion,
    ...content
  } = version as Record<string, unknown>;
  return sha256(canonicalBytes(content));
}

/** An ASN.1 DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs) as the raw 64-byte r||s Web Crypto takes. */
export function derToRawSignature(der: Uint8Array): Uint8Array | null {
  let at = 0;
  const byte = () => (at < der.length ? der[at++] : -1);
  if (byte() !== 0x30) return null;
  const total = byte();
  if (total < 0 || total > 0x7f || total !== der.length - 2) return null;
  const out = new Uint8Array(64);
  for (const offset of [0, 32]) {
    if (byte() !== 0x02) return null;
    let length = byte();
    if (length < 1 || length > 33 || at + length > der.length) return null;
    // A leading zero is allowed only to keep a high bit from reading as a sign.
    if (der[at] === 0 && length > 1) {
      if ((der[at + 1] & 0x80) === 0) return null;
      at++;
      length--;
    } else if (der[at] & 0x80) return null;
    if (length > 32) return null;
    out.set(der.subarray(at, at + length), offset + 32 - length);
    at += length;
  }
  return at === der.length ? out : null;
}

const importAlgorithm = {
  [PASSKEY_ALGORITHMS.ES256]: { name: 'ECDSA', namedCurve: 'P-256' },
  [PASSKEY_ALGORITHMS.RS256]: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
} as const;

const bytesOf = (text: string): Uint8Array<ArrayBuffer> | null =>
  fromBase64url(text) as Uint8Array<ArrayBuffer> | null;
const equalBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** Authenticator data flags (WebAuthn §6.1): user present and user verified. */
const FLAG_UP = 0x01;
const FLAG_UV = 0x04;

/**
 * The first problem with a version's passkey confirmation, in plain English, or null when the assertion
 * is the passkey's, made with user verification, over this version's challenge, for this relying party.
 */
export async function passkeyProblem(
  passkey: PasskeyKey,
  assertion: PasskeyAssertion,
  challenge: Uint8Array,
): Promise<string | null> {
  const spki = bytesOf(passkey.publicKey);
  const authenticatorData = bytesOf(assertion.authenticatorData);
  const clientDataBytes = bytesOf(assertion.clientDataJSON);
  const signature = bytesOf(assertion.signature);
  if (!spki || !authenticatorData || !clientDataBytes || !signature)
    return 'the passkey confirmation is not in base64url';
  if (passkey.fingerprint !== (await passkeyFingerprint(spki)))
    return 'the passkey fingerprint does not match the passkey’s public key';
  if (authenticatorData.length < 37) return 'the passkey’s authenticator data is too short';
  let clientData: Record<string, unknown>;
  try {
    clientData = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(clientDataBytes)) as Record<
      string,
      unknown
    >;
  } catch {
    return 'the passkey’s client data is not JSON';
  }
  if (typeof clientData !== 'object' || clientData === null)
    return 'the passkey’s client data is not a JSON object';
  if (clientData.type !== 'webauthn.get') return 'the passkey’s client data is not of type webauthn.get';
  if (clientData.challenge !== toBase64url(challenge))
    return 'the passkey confirmed a different record (the challenge is not this version’s hash)';
  if (clientData.crossOrigin === true) return 'the passkey was used from inside another site';
  let host: string;
  try {
    host = new URL(String(clientData.origin)).hostname;
  } catch {
    return 'the passkey’s client data has no valid origin';
  }
  if (host !== passkey.rpId && !host.endsWith(`.${passkey.rpId}`))
    return `the passkey was used at ${host}, not ${passkey.rpId}`;
  if (!equalBytes(authenticatorData.subarray(0, 32), await sha256(new TextEncoder().encode(passkey.rpId)))) {
    return `the passkey’s authenticator data is for another relying party than ${passkey.rpId}`;
  }
  const flags = authenticatorData[32];
  if (!(flags & FLAG_UP) || !(flags & FLAG_UV))
    return 'the passkey did not verify the person (no user verification flag)';
  const algorithm = importAlgorithm[passkey.algorithm];
  if (!algorithm) return `the passkey uses COSE algorithm ${String(passkey.algorithm)}, which is not allowed`;
  let key: CryptoKey;
  try {
    key = await globalThis.crypto.subtle.importKey('spki', spki, algorithm, false, ['verify']);
  } catch {
    return 'the passkey’s public key is not a valid key for its algorithm';
  }
  const signed = new Uint8Array(authenticatorData.length + 32);
  signed.set(authenticatorData);
  signed.set(await sha256(clientDataBytes), authenticatorData.length);
  const raw = passkey.algorithm === PASSKEY_ALGORITHMS.ES256 ? derToRawSignature(signature) : signature;
  if (!raw) return 'the passkey’s signature is not a DER ECDSA signature';
  const verifyAlgorithm =
    passkey.algorithm === PASSKEY_ALGORITHMS.ES256
      ? { name: 'ECDSA', hash: 'SHA-256' }
      : { name: 'RSASSA-PKCS1-v1_5' };
  const valid = await globalThis.crypto.subtle.verify(
    verifyAlgorithm,
    key,
    raw as Uint8Array<ArrayBuffer>,
    signed,
  );
  return valid ? null : 'the passkey’s signature does not match';
}
