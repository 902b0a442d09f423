// Protection of what is stored: the data key, created at setup, wrapped once per unlock method
// (passphrase, recovery code, passkey) and unwrapped on unlock into memory only. The wrapping keys
// come from PBKDF2-SHA-256 at OWASP's 600,000 iterations (passphrase, recovery code) or HKDF over a
// passkey's PRF output; salts and parameters are stored with each wrapped key so they can be raised
// later. Wrong attempts are counted on the device and make the next attempt wait longer; they never
// delete anything.
import { transact } from './db';
import { StorageError } from './errors';
import { holdDataKey } from './keyring';
import type { KeyDerivation, Protection, UnlockMethod, WrappedDataKey } from './schema';

/** OWASP's 2023 setting for PBKDF2-HMAC-SHA-256. */
export const pbkdf2Iterations = 600_000;
export const defaultAutoLockMinutes = 5;
const protectionId = 'protection';
const passkeyInfo = 'safeguarding-adults-decision-aid data key wrapping';
const encoder = new TextEncoder();
const random = (bytes: number) => crypto.getRandomValues(new Uint8Array(bytes));

/** A passkey's part in setup or unlock: which credential, the PRF input used and the PRF output it gave. */
export interface PasskeySecret {
  credentialId: Uint8Array<ArrayBuffer>;
  prfSalt: Uint8Array<ArrayBuffer>;
  prfOutput: ArrayBuffer;
}

export type UnlockSecret =
  | { method: 'passphrase'; passphrase: string }
  | { method: 'recoveryCode'; recoveryCode: string }
  | { method: 'passkey'; passkey: PasskeySecret };

export interface ProtectionState {
  setUp: boolean;
  methods: UnlockMethod[];
  /** The passkey to ask for on unlock, and the PRF input that unwraps the data key. */
  passkey?: { credentialId: Uint8Array<ArrayBuffer>; prfSalt: Uint8Array<ArrayBuffer> };
  autoLockMinutes: number;
  failedAttempts: number;
  /** Until when (ms since the epoch) the next attempt must wait after wrong ones. */
  waitUntil: number;
}

/** The wait before the next attempt after `failures` wrong ones: none after the first, then 5 s doubling, at most 15 minutes. */
export const waitAfter = (failures: number): number =>
  failures < 2 ? 0 : Math.min(5_000 * 2 ** (failures - 2), 15 * 60_000);

// ---- Recovery codes: 128 random bits in Crockford's base 32, in groups of five for reading aloud.

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryCode(): string {
  const bits = [...random(16)].map((byte) => byte.toString(2).padStart(8, '0')).join('') + '00';
  const characters = bits.match(/.{5}/g)!.map((chunk) => crockford[parseInt(chunk, 2)]);
  return characters
    .join('')
    .match(/.{1,5}/g)!
    .join('-');
}

/** The code as typed, read leniently: any case, spaces or dashes, O for 0, I or L for 1. */
export const normaliseRecoveryCode = (typed: string): string =>
  typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

// ---- Wrapping keys

async function passwordKey(
  secret: string,
  derivation: Extract<KeyDerivation, { name: 'PBKDF2' }>,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: derivation.hash, salt: derivation.salt, iterations: derivation.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'unwrapKey'],
  );
}

async function passkeyKey(
  prfOutput: ArrayBuffer,
  derivation: Extract<KeyDerivation, { name: 'HKDF' }>,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', prfOutput, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: derivation.hash, salt: derivation.salt, info: encoder.encode(derivation.info) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'unwrapKey'],
  );
}

const secretText = (secret: UnlockSecret): string =>
  secret.method === 'passphrase'
    ? secret.passphrase.normalize('NFC')
    : secret.method === 'recoveryCode'
      ? normaliseRecoveryCode(secret.recoveryCode)
      : '';

function wrappingKey(secret: UnlockSecret, derivation: KeyDerivation): Promise<CryptoKey> {
  if (secret.method === 'passkey') {
    if (derivation.name !== 'HKDF')
      throw new StorageError('unreadable', 'passkey entry without HKDF parameters');
    return passkeyKey(secret.passkey.prfOutput, derivation);
  }
  if (derivation.name !== 'PBKDF2')
    throw new StorageError('unreadable', `${secret.method} entry without PBKDF2 parameters`);
  return passwordKey(secretText(secret), derivation);
}

function newDerivation(secret: UnlockSecret): KeyDerivation {
  if (secret.method !== 'passkey')
    return { name: 'PBKDF2', hash: 'SHA-256', iterations: pbkdf2Iterations, salt: random(16) };
  const { credentialId, prfSalt } = secret.passkey;
  return { name: 'HKDF', hash: 'SHA-256', salt: random(32), info: passkeyInfo, credentialId, prfSalt };
}

async function wrapDataKey(rawKey: Uint8Array<ArrayBuffer>, secret: UnlockSecret): Promise<WrappedDataKey> {
  const derivation = newDerivation(secret);
  const iv = random(12);
  // The method is bound as additional data: a wrapped key cannot be passed off as another method's.
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(secret.method) },
    await wrappingKey(secret, derivation),
    rawKey,
  );
  return { method: secret.method, derivation, iv, wrapped };
}

/** The data key, unwrapped straight into a key that cannot be read out; undefined when the secret is wrong. */
async function unwrapDataKey(entry: WrappedDataKey, secret: UnlockSecret): Promise<CryptoKey | undefined> {
  const key = await wrappingKey(secret, entry.derivation);
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      entry.wrapped,
      key,
      { name: 'AES-GCM', iv: entry.iv, additionalData: encoder.encode(entry.method) },
      { name: 'AES-GCM' },
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return undefined;
  }
}

// ---- The protection entry

const readProtection = () =>
  transact('protection', 'readonly', (tx) => tx.objectStore('protection').get(protectionId));

export async function protectionState(): Promise<ProtectionState> {
  const protection = await readProtection();
  const passkey = protection?.wrappedKeys.find((entry) => entry.method === 'passkey')?.derivation;
  return {
    setUp: Boolean(protection),
    methods: protection?.wrappedKeys.map((entry) => entry.method) ?? [],
    passkey:
      passkey?.name === 'HKDF' ? { credentialId: passkey.credentialId, prfSalt: passkey.prfSalt } : undefined,
    autoLockMinutes: protection?.autoLockMinutes ?? defaultAutoLockMinutes,
    failedAttempts: protection?.failedAttempts ?? 0,
    waitUntil: protection?.lastFailedAt
      ? Date.parse(protection.lastFailedAt) + waitAfter(protection.failedAttempts)
      : 0,
  };
}

/**
 * Sets up protection: a new data key wrapped for each chosen method and for a new recovery code, and
 * everything an earlier version stored in plain form sealed in place, all in one transaction so that
 * either everything is protected or nothing has changed. Leaves the app unlocked; resolves with the
 * recovery code, to be shown once.
 */
export async function setUpProtection(methods: {
  passphrase?: string;
  passkey?: PasskeySecret;
}): Promise<string> {
  const recoveryCode = newRecoveryCode();
  const secrets: UnlockSecret[] = [{ method: 'recoveryCode', recoveryCode }];
  if (methods.passphrase !== undefined)
    secrets.push({ method: 'passphrase', passphrase: methods.passphrase });
  if (methods.passkey) secrets.push({ method: 'passkey', passkey: methods.passkey });
  const rawKey = random(32);
  const wrappedKeys = await Promise.all(secrets.map((secret) => wrapDataKey(rawKey, secret)));
  const dataKey = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
  rawKey.fill(0);

  // The stores' sealing is needed only here, once per device: it is not part of the unlock screen's code.
  const [{ sealDraft }, { sealLegacyVersions }] = await Promise.all([
    import('./drafts'),
    import('./records'),
  ]);
  const legacy = await transact(['drafts', 'trainingDrafts', 'records', 'exports'], 'readonly', (tx) =>
    Promise.all([
      tx.objectStore('drafts').getAll(),
      tx.objectStore('trainingDrafts').getAll(),
      tx.objectStore('records').getAll(),
      tx.objectStore('exports').getAll(),
    ]),
  );
  const [drafts, trainingDrafts, records] = await Promise.all([
    Promise.all(legacy[0].map((row) => ('sealed' in row ? row : sealDraft(row, dataKey)))),
    Promise.all(legacy[1].map((row) => ('sealed' in row ? row : sealDraft(row, dataKey)))),
    sealLegacyVersions(legacy[2], legacy[3], dataKey),
  ]);
  const protection: Protection = {
    id: protectionId,
    createdAt: new Date().toISOString(),
    wrappedKeys,
    failedAttempts: 0,
    autoLockMinutes: defaultAutoLockMinutes,
  };
  await transact(['protection', 'drafts', 'trainingDrafts', 'records'], 'readwrite', async (tx) => {
    // `add` fails if another tab set protection up meanwhile: nothing here is then written.
    await tx.objectStore('protection').add(protection);
    await Promise.all([
      ...drafts.map((row) => tx.objectStore('drafts').put(row)),
      ...trainingDrafts.map((row) => tx.objectStore('trainingDrafts').put(row)),
      ...records.map((row) => tx.objectStore('records').put(row)),
    ]);
  });
  holdDataKey(dataKey);
  return recoveryCode;
}

export type UnlockResult =
  { unlocked: true } | { unlocked: false; failedAttempts: number; waitUntil: number };

/**
 * Unlocks with one method's secret. A wrong secret is counted and makes the next attempt wait (see
 * waitAfter); nothing stored is changed otherwise. An attempt made while the wait lasts is refused
 * without trying the secret.
 */
export async function unlock(secret: UnlockSecret): Promise<UnlockResult> {
  const protection = await readProtection();
  if (!protection) throw new StorageError('unreadable', 'protection is not set up');
  const state = await protectionState();
  if (Date.now() < state.waitUntil)
    return { unlocked: false, failedAttempts: state.failedAttempts, waitUntil: state.waitUntil };
  const entry = protection.wrappedKeys.find((candidate) => candidate.method === secret.method);
  const dataKey = entry && (await unwrapDataKey(entry, secret));
  const failedAttempts = dataKey ? 0 : protection.failedAttempts + 1;
  const lastFailedAt = dataKey ? undefined : new Date().toISOString();
  await transact('protection', 'readwrite', async (tx) => {
    const current = await tx.objectStore('protection').get(protectionId);
    if (current) await tx.objectStore('protection').put({ ...current, failedAttempts, lastFailedAt });
  });
  if (!dataKey) return { unlocked: false, failedAttempts, waitUntil: Date.now() + waitAfter(failedAttempts) };
  holdDataKey(dataKey);
  return { unlocked: true };
}

const settingsListeners = new Set<() => void>();

/** Calls `listener` after the lock's settings change; returns the unsubscribe. */
export function onProtectionSettingsChange(listener: () => void): () => void {
  settingsListeners.add(listener);
  return () => settingsListeners.delete(listener);
}

/** How many minutes without use before the app locks itself (1 to 30). */
export async function setAutoLockMinutes(minutes: number): Promise<void> {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 30)
    throw new RangeError('The app can lock itself after 1 to 30 minutes');
  await transact('protection', 'readwrite', async (tx) => {
    const current = await tx.objectStore('protection').get(protectionId);
    if (current) await tx.objectStore('protection').put({ ...current, autoLockMinutes: minutes });
  });
  settingsListeners.forEach((listener) => listener());
}
