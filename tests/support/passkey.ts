// A software stand-in for a platform authenticator, for unit tests: an ES256 passkey made with Web
// Crypto that answers a WebAuthn get() the way an authenticator does (authenticator data with the
// relying-party id hash and flags, client data JSON, a DER ECDSA signature over both). The real browser
// tests use Chromium's virtual authenticator instead.
import { sha256, toBase64url } from '../../src/record/encoding';
import { passkeyFingerprint, type PasskeyAssertion, type PasskeyKey } from '../../src/record/passkey';
import type { SigningConfirmation } from '../../src/record/record';

/** Raw r||s as ASN.1 DER, as authenticators return ES256 signatures. */
function rawToDer(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const trimmed = bytes.subarray(start);
    const body = trimmed[0] & 0x80 ? [0, ...trimmed] : [...trimmed];
    return [0x02, body.length, ...body];
  };
  const body = [...integer(raw.subarray(0, 32)), ...integer(raw.subarray(32))];
  return new Uint8Array([0x30, body.length, ...body]);
}

export interface AssertionOptions {
  rpId?: string;
  origin?: string;
  type?: string;
  flags?: number;
  /** Sign this challenge instead of the one asked for. */
  challenge?: Uint8Array;
}

export interface SoftwarePasskey {
  passkey: PasskeyKey;
  assert(challenge: Uint8Array, options?: AssertionOptions): Promise<PasskeyAssertion>;
  confirmation(options?: AssertionOptions): SigningConfirmation;
}

export async function softwarePasskey(rpId = 'localhost'): Promise<SoftwarePasskey> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const passkey: PasskeyKey = {
    credentialId: toBase64url(crypto.getRandomValues(new Uint8Array(16))),
    algorithm: -7,
    publicKey: toBase64url(spki),
    fingerprint: await passkeyFingerprint(spki),
    rpId,
  };
  const assert = async (challenge: Uint8Array, options: AssertionOptions = {}): Promise<PasskeyAssertion> => {
    const authenticatorData = new Uint8Array(37);
    authenticatorData.set(await sha256(new TextEncoder().encode(options.rpId ?? rpId)));
    authenticatorData[32] = options.flags ?? 0x05; // user present, user verified
    authenticatorData[36] = 1;
    const clientData = new TextEncoder().encode(
      JSON.stringify({
        type: options.type ?? 'webauthn.get',
        challenge: toBase64url(options.challenge ?? challenge),
        origin: options.origin ?? `http://${rpId}:4173`,
        crossOrigin: false,
      }),
    );
    const signed = new Uint8Array([...authenticatorData, ...(await sha256(clientData))]);
    const raw = new Uint8Array(
      await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, signed),
    );
    return {
      authenticatorData: toBase64url(authenticatorData),
      clientDataJSON: toBase64url(clientData),
      signature: toBase64url(rawToDer(raw)),
    };
  };
  return {
    passkey,
    assert,
    confirmation: (options) => ({ passkey, assert: (challenge) => assert(challenge, options) }),
  };
}
