// Envelope encryption of stored values. Every value with personal content is stored as AES-GCM
// ciphertext under the data key, with a fresh random IV, and with the store and key it is stored under
// bound as additional data: a ciphertext moved to another record, changed, cut short or opened with
// another key fails to open, loudly, and nothing stored is changed by the attempt.
import { StorageError } from './errors';

/** A value as stored: the IV it was encrypted with and the ciphertext with its 128-bit tag. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const ivBytes = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What a ciphertext is bound to: the store it lives in and its key there. */
const boundTo = (store: string, key: IDBValidKey) => encoder.encode(JSON.stringify([store, key]));

/** A new random 256-bit data key, usable only to encrypt and decrypt, never read out. */
export const createDataKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

export async function seal(
  dataKey: CryptoKey,
  store: string,
  key: IDBValidKey,
  value: unknown,
): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: boundTo(store, key) },
    dataKey,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

export async function unseal<T>(
  dataKey: CryptoKey,
  store: string,
  key: IDBValidKey,
  sealed: Sealed | undefined,
): Promise<T> {
  if (sealed?.iv?.byteLength !== ivBytes || typeof sealed.data?.byteLength !== 'number') {
    throw new StorageError('unreadable', `${store} ${JSON.stringify(key)} is not an encrypted value`);
  }
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: boundTo(store, key) },
      dataKey,
      sealed.data,
    );
  } catch {
    throw new StorageError('unreadable', `${store} ${JSON.stringify(key)} failed its integrity check`);
  }
  return JSON.parse(decoder.decode(plain)) as T;
}

/**
 * A value as a store keeps it: the named fields readable (ids, times, status), everything else sealed
 * under the data key and bound to `store` and `key`.
 */
export async function sealFields<Value extends object, Readable extends keyof Value>(
  dataKey: CryptoKey,
  store: string,
  key: IDBValidKey,
  value: Value,
  readable: readonly Readable[],
): Promise<Pick<Value, Readable> & { sealed: Sealed }> {
  const shown: Partial<Value> = {};
  const secret: Partial<Value> = { ...value };
  for (const field of readable) {
    if (value[field] !== undefined) shown[field] = value[field];
    delete secret[field];
  }
  return { ...(shown as Pick<Value, Readable>), sealed: await seal(dataKey, store, key, secret) };
}

/** The value `sealFields` stored, whole again; a value that was never sealed is refused as unreadable. */
export async function openFields<Value extends object>(
  dataKey: CryptoKey,
  store: string,
  key: IDBValidKey,
  row: object,
): Promise<Value> {
  if (!('sealed' in row))
    throw new StorageError('unreadable', `${store} ${JSON.stringify(key)} is not encrypted`);
  const { sealed, ...readable } = row as { sealed: Sealed };
  return { ...(await unseal<object>(dataKey, store, key, sealed)), ...readable } as Value;
}
