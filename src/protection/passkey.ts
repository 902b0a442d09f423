// A passkey on this device as a way to unlock: a platform authenticator (the phone's own biometrics or
// screen lock), user verification required, and the WebAuthn PRF extension giving a secret that never
// leaves the authenticator except as this one 32-byte output for this site and this input.
import type { PasskeySecret } from '../storage/protection';

const random = (bytes: number) => crypto.getRandomValues(new Uint8Array(bytes));
const appName = 'Safeguarding Adults Decision Aid';

export class PasskeyUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasskeyUnavailable';
  }
}

/** Asks the authenticator for the PRF output for `prfSalt`, the user verified; undefined if cancelled. */
export async function passkeyPrf(
  credentialId: Uint8Array<ArrayBuffer>,
  prfSalt: Uint8Array<ArrayBuffer>,
): Promise<ArrayBuffer | undefined> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      publicKey: {
        challenge: random(32),
        allowCredentials: [{ type: 'public-key', id: credentialId, transports: ['internal'] }],
        userVerification: 'required',
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    });
  } catch {
    return undefined;
  }
  const first = (credential as PublicKeyCredential | null)?.getClientExtensionResults().prf?.results?.first;
  if (!first)
    throw new PasskeyUnavailable(
      'This passkey cannot unlock the app: the device did not give the secret it needs.',
    );
  return first instanceof ArrayBuffer ? first : (first as ArrayBufferView<ArrayBuffer>).buffer;
}

/**
 * Creates a passkey for the app on this device and reads its PRF output; undefined if the worker
 * cancelled. Throws PasskeyUnavailable when the passkey cannot give the secret (no PRF support).
 */
export async function createPasskey(): Promise<PasskeySecret | undefined> {
  const prfSalt = random(32);
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        rp: { name: appName },
        // No name of the worker: the passkey is for this app on this device, nothing more.
        user: { id: random(16), name: appName, displayName: appName },
        challenge: random(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: {
          authenticatorAttachment: 'platform',
          residentKey: 'preferred',
          userVerification: 'required',
        },
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    });
  } catch {
    return undefined;
  }
  if (!credential) return undefined;
  const created = credential as PublicKeyCredential;
  const prf = created.getClientExtensionResults().prf;
  if (!prf?.enabled)
    throw new PasskeyUnavailable(
      'The passkey on this device cannot give the secret the app needs to protect your data.',
    );
  const credentialId = new Uint8Array(created.rawId);
  // Some authenticators give the PRF output only when the passkey is used, not when it is made.
  const atCreation = prf.results?.first;
  const prfOutput = atCreation
    ? atCreation instanceof ArrayBuffer
      ? atCreation
      : (atCreation as ArrayBufferView<ArrayBuffer>).buffer
    : await passkeyPrf(credentialId, prfSalt);
  return prfOutput && { credentialId, prfSalt, prfOutput };
}
