// The device's authenticator (fingerprint, face or screen lock) through WebAuthn: creating the passkey
// that confirms signing, once, and asking it to confirm each signing with user verification. The
// passkey's public key is taken at creation (getPublicKey(): DER SubjectPublicKeyInfo) so that every
// record can carry it and any verifier can check the assertion without a server.
import { fromBase64url, toBase64url } from './encoding';
import {
  PASSKEY_ALGORITHMS,
  passkeyFingerprint,
  type PasskeyAlgorithm,
  type PasskeyAssertion,
  type PasskeyKey,
} from './passkey';
import type { SigningConfirmation } from './record';

const timeoutMs = 120_000;

/** Whether this device has a user-verifying platform authenticator a passkey can live on. */
export async function platformAuthenticatorAvailable(): Promise<boolean> {
  try {
    return (await globalThis.PublicKeyCredential?.isUserVerifyingPlatformAuthenticatorAvailable?.()) === true;
  } catch {
    return false;
  }
}

/** A plain-English error for a refused or failed WebAuthn request. */
export class PasskeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasskeyError';
  }
}

function explain(error: unknown, doing: string): PasskeyError {
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return new PasskeyError(
      `${doing} was not confirmed: the request was cancelled or timed out. Nothing has been signed; try again.`,
    );
  }
  return new PasskeyError(
    `${doing} could not use this device’s passkey (${error instanceof Error ? error.message : String(error)}). Nothing has been signed.`,
  );
}

/** Creates the signing passkey on this device's platform authenticator, with user verification. */
export async function createSigningPasskey(rpId: string): Promise<PasskeyKey> {
  let credential: PublicKeyCredential | null;
  try {
    credential = (await navigator.credentials.create({
      publicKey: {
        rp: { id: rpId, name: 'Safeguarding Adults Decision Aid' },
        user: {
          id: crypto.getRandomValues(new Uint8Array(16)),
          name: 'Decision record signing',
          displayName: 'Decision record signing on this device',
        },
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        pubKeyCredParams: [
          { type: 'public-key', alg: PASSKEY_ALGORITHMS.ES256 },
          { type: 'public-key', alg: PASSKEY_ALGORITHMS.RS256 },
        ],
        authenticatorSelection: {
          authenticatorAttachment: 'platform',
          residentKey: 'preferred',
          userVerification: 'required',
        },
        attestation: 'none',
        timeout: timeoutMs,
      },
    })) as PublicKeyCredential | null;
  } catch (error) {
    throw explain(error, 'Setting up your passkey');
  }
  const response = credential?.response as AuthenticatorAttestationResponse | undefined;
  const spki = response?.getPublicKey();
  const algorithm = response?.getPublicKeyAlgorithm();
  if (
    !credential ||
    !spki ||
    (algorithm !== PASSKEY_ALGORITHMS.ES256 && algorithm !== PASSKEY_ALGORITHMS.RS256)
  ) {
    throw new PasskeyError(
      'This device made a passkey this app cannot check (it needs ES256 or RS256). Nothing has been signed.',
    );
  }
  return {
    credentialId: toBase64url(credential.rawId),
    algorithm: algorithm as PasskeyAlgorithm,
    publicKey: toBase64url(spki),
    fingerprint: await passkeyFingerprint(new Uint8Array(spki)),
    rpId,
  };
}

/** Asks the authenticator to confirm a signing: an assertion over the challenge, with user verification. */
export async function assertWithPasskey(
  passkey: PasskeyKey,
  challenge: Uint8Array,
): Promise<PasskeyAssertion> {
  let credential: PublicKeyCredential | null;
  try {
    credential = (await navigator.credentials.get({
      publicKey: {
        challenge: challenge as Uint8Array<ArrayBuffer>,
        rpId: passkey.rpId,
        allowCredentials: [
          { type: 'public-key', id: fromBase64url(passkey.credentialId) as Uint8Array<ArrayBuffer> },
        ],
        userVerification: 'required',
        timeout: timeoutMs,
      },
    })) as PublicKeyCredential | null;
  } catch (error) {
    throw explain(error, 'Signing');
  }
  const response = credential?.response as AuthenticatorAssertionResponse | undefined;
  if (!response)
    throw new PasskeyError(
      'Signing was not confirmed: the passkey gave no answer. Nothing has been signed; try again.',
    );
  return {
    authenticatorData: toBase64url(response.authenticatorData),
    clientDataJSON: toBase64url(response.clientDataJSON),
    signature: toBase64url(response.signature),
  };
}

export const passkeyConfirmation = (passkey: PasskeyKey): SigningConfirmation => ({
  passkey,
  assert: (challenge) => assertWithPasskey(passkey, challenge),
});
