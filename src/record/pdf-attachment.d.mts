// Types for pdf-attachment.mjs, which stays plain JavaScript so the command-line verifier can use it.
export class NoEmbeddedRecord extends Error {}
export function isPdf(bytes: Uint8Array): boolean;
export function embeddedRecord(
  bytes: Uint8Array,
  inflate: (data: Uint8Array) => Uint8Array | Promise<Uint8Array>,
): Promise<{ name: string; bytes: Uint8Array }>;
