// Decision records: build, sign, amend, export and verify. Pure TypeScript over Web Crypto; storing keys
// and records is the storage layer's job.
export * from './audit';
export { assertJsonValue, canonicalBytes, canonicalJson, RecordValueError } from './canonical';
export { createSigningKeyPair, jwkThumbprint, publicJwk, type PublicJwk } from './keys';
export * from './record';
export { isoWithOffset, parseIsoTime } from './time';
export { verifyExport, type VerifyFailure, type VerifyResult, type VersionSummary } from './verify';
