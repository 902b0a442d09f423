// The decision record: what a worker signs at the end of a journey. It is built from the visited path
// only (the rows summarise() gives), carries the guidance editions and sections the content cites, and
// is signed with the device key over its RFC 8785 canonical form. A signed record is frozen; a change is
// an amendment: a new version with its own reason and signature, linked to the one before by the
// SHA-256 of that version's canonical signed form.
import { editions as currentEditions } from '../../content/editions';
import type { ContentItem, DecisionBasis, DocumentId, Edition, Source } from '../../content/schema';
import { summaryLabel, type SummaryRow } from '../../machines/summary';
import { formatDate, formatDateTime } from '../../machines/dates';
import { clockWarnings, type AuditEvent, type AuditTrail, type ClockWarning } from './audit';
import { canonicalBytes } from './canonical';
import { sha256Base64url } from './encoding';
import { jwkThumbprint, publicJwk, type PublicJwk } from './keys';
import { confirmationChallenge, passkeyProblem, type PasskeyAssertion, type PasskeyKey } from './passkey';
import { signPayload, verifyPayload } from './signature';
import { isoWithOffset, parseIsoTime } from './time';

export const RECORD_FORMAT = 'sada-record';
export const EXPORT_FORMAT = 'sada-record-export';
/** The format version new records are signed in. Version 2 added the passkey confirmation and low-S signatures. */
export const FORMAT_VERSION = 2;
/** The format versions this app can read and verify. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
export type RecordFormatVersion = 1 | 2;

/** The statement the worker confirms when signing; the UI may use its own wording. */
export const ACCURACY_STATEMENT = 'This is my accurate record.';

export interface RecordJourney {
  id: string;
  title: string;
  version: number;
}

/** A row of check answers as the worker saw it, with every source the content cites. */
/** The completed round of a repeatable part of the journey a row belongs to ("Review meeting 2"). */
interface RecordRound {
  round?: string;
}

export type RecordRow =
  | ({ kind: 'answer'; step: string; question: string; answer: string[]; sources: Source[] } & RecordRound)
  | ({
      kind: 'outcome';
      step: string;
      title: string;
      sources: Source[];
      decisionBasis?: DecisionBasis;
    } & RecordRound)
  | ({ kind: 'shown'; step: string; title: string; sources: Source[] } & RecordRound);

export interface RecordOutcome {
  step: string;
  title: string;
  /** Whether the guidance's rule decided the outcome or it was the worker's professional judgement. */
  decisionBasis?: DecisionBasis;
}

/** How a record states an outcome's decision basis to a reader (the record view and the PDF). */
export const decisionBasisLabels: Record<DecisionBasis, string> = {
  matrix: 'Decided by the threshold matrix',
  professionalJudgement: 'Professional judgement: the threshold matrix does not decide this',
};

const withBasis = (basis: DecisionBasis | undefined) => (basis ? { decisionBasis: basis } : {});

/** A guidance document the content used cites, with the sections cited, in order of first use. */
export interface GuidanceReference {
  doc: DocumentId;
  title: string;
  date: string;
  sections: string[];
}

export interface RecordAudit {
  trailId: string;
  /** How many events the trail has. */
  length: number;
  /** The hash of the last event (the chain head). */
  head: string;
  events: AuditEvent[];
  /** Events at which the device clock was found turned back. */
  clockWarnings: ClockWarning[];
}

export interface DecisionRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: RecordFormatVersion;
  /** The same for every version of one record. */
  recordId: string;
  journey: RecordJourney;
  caseReference: string;
  /** When the visit or event took place. */
  occurredAt: string;
  /** When the record was made. */
  recordedAt: string;
  /** Required when the visit or event was on an earlier day than the recording. */
  lateEntryReason: string | null;
  rows: RecordRow[];
  outcomes: RecordOutcome[];
  /** The people involved or consulted, as the worker listed them. */
  peopleInvolved: string[];
  editions: Edition[];
  references: { guidance: GuidanceReference[]; added: string[] };
  audit: RecordAudit;
}

export interface Signer {
  name: string;
  role: string;
  agency: string;
  /** The statement the worker confirmed, e.g. ACCURACY_STATEMENT; leave it out until they confirm. */
  statement?: string;
}

export interface SignedRecord extends DecisionRecord {
  /** 1 for the original, then 2, 3… for amendments. */
  version: number;
  previous: { hash: string; version: number } | null;
  amendmentReason: string | null;
  signer: { name: string; role: string; agency: string };
  statement: string;
  signedAt: string;
  appVersion: string;
  publicKey: PublicJwk;
  /** RFC 7638 thumbprint of publicKey: the device fingerprint. */
  fingerprint: string;
  /**
   * Format version 2: the passkey the worker confirmed signing with, or null when the device has none
   * (signed with the device key only). Absent in format version 1.
   */
  passkey?: PasskeyKey | null;
  /** Format version 2: the WebAuthn assertion over confirmationChallenge(this version), or null. */
  passkeyAssertion?: PasskeyAssertion | null;
  /** ECDSA P-256 SHA-256 signature (base64url of low-S r||s) of the canonical form of every other field. */
  signature: string;
}

/**
 * How signing is confirmed by the person: the passkey (public key known beforehand) and a function that
 * asks the authenticator for an assertion over a challenge. Null when the device has no authenticator.
 */
export interface SigningConfirmation {
  passkey: PasskeyKey;
  assert(challenge: Uint8Array): Promise<PasskeyAssertion>;
}

/** Signing was refused because the device clock reads earlier than something already recorded. */
export class ClockBehindError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClockBehindError';
  }
}

/** Signing was refused; `missing` lists what is needed, in plain English. */
export class SigningRefusedError extends Error {
  readonly missing: string[];
  constructor(missing: string[]) {
    super(`This record cannot be signed yet. Missing: ${missing.join('; ')}.`);
    this.name = 'SigningRefusedError';
    this.missing = missing;
  }
}

export interface BuildRecordInput {
  /** Kept across amendments; a new id is made when omitted. */
  recordId?: string;
  journey: RecordJourney;
  /** The editions the draft was started with (DraftEnvelope.editions). */
  editions: readonly Edition[];
  caseReference: string;
  /** summarise(journey, context), or the rows of an earlier version. */
  rows: readonly (SummaryRow | RecordRow)[];
  /** Defaults to the outcome rows. */
  outcomes?: readonly RecordOutcome[];
  peopleInvolved?: readonly string[];
  /** References the worker adds, e.g. "Care Act 2014, section 42". */
  extraReferences?: readonly string[];
  occurredAt: string;
  recordedAt: string;
  lateEntryReason?: string | null;
  auditTrail: Pick<AuditTrail, 'id' | 'events' | 'head'>;
}

const sameSource = (a: Source, b: Source) => a.doc === b.doc && a.section === b.section;

function addSource(list: Source[], source: Source): void {
  if (!list.some((known) => sameSource(known, source)))
    list.push({ doc: source.doc, section: source.section });
}

/** Every source the content of a row cites: its own, the other places it draws on, items and chosen options. */
function sourcesOf(content: ContentItem, answer: readonly string[]): Source[] {
  const sources: Source[] = [];
  addSource(sources, content.source);
  if ('alsoFrom' in content) for (const source of content.alsoFrom ?? []) addSource(sources, source);
  if (content.kind === 'checklist') for (const item of content.items) addSource(sources, item.source);
  if (content.kind === 'notes') {
    for (const item of content.items) {
      if (answer.some((line) => line.startsWith(`${summaryLabel(item.label)}:`)))
        addSource(sources, item.source);
    }
  }
  if (content.kind === 'question' || content.kind === 'multiSelect') {
    for (const option of content.options)
      if (option.source && answer.includes(option.label)) addSource(sources, option.source);
  }
  return sources;
}

const copySources = (sources: readonly Source[]): Source[] => {
  const list: Source[] = [];
  for (const source of sources) addSource(list, source);
  return list;
};

/** The rows to record: check answers' rows stripped to what the worker saw, with their sources. */
export function recordRows(rows: readonly (SummaryRow | RecordRow)[]): RecordRow[] {
  return rows.map((row): RecordRow => ({ ...recordRow(row), ...(row.round ? { round: row.round } : {}) }));
}

function recordRow(row: SummaryRow | RecordRow): RecordRow {
  {
    if ('content' in row) {
      if (row.kind === 'answer') {
        return {
          kind: 'answer',
          step: row.step,
          question: row.question,
          answer: [...row.answer],
          sources: sourcesOf(row.content, row.answer),
        };
      }
      const basis =
        row.kind === 'outcome' && row.content.kind === 'outcome' ? row.content.decisionBasis : undefined;
      return {
        kind: row.kind,
        step: row.step,
        title: row.title,
        sources: sourcesOf(row.content, []),
        ...withBasis(basis),
      };
    }
    if (row.kind === 'answer') {
      return {
        kind: 'answer',
        step: row.step,
        question: row.question,
        answer: [...row.answer],
        sources: copySources(row.sources),
      };
    }
    const basis = row.kind === 'outcome' ? row.decisionBasis : undefined;
    return {
      kind: row.kind,
      step: row.step,
      title: row.title,
      sources: copySources(row.sources),
      ...withBasis(basis),
    };
  }
}

const cleanList = (items: readonly string[] | undefined): string[] =>
  (items ?? []).map((item) => item.trim()).filter((item) => item !== '');

const copyEdition = (edition: Edition): Edition => ({
  doc: edition.doc,
  title: edition.title,
  date: edition.date,
  ...(edition.notice !== undefined ? { notice: edition.notice } : {}),
});

/** Assembles a record from the journey's end state. Nothing is checked here: see missingForSigning. */
export function buildRecord(input: BuildRecordInput): DecisionRecord {
  const rows = recordRows(input.rows);
  const cited: Source[] = [];
  for (const row of rows) for (const source of row.sources) addSource(cited, source);
  const editions = input.editions.map(copyEdition);
  for (const source of cited) {
    if (!editions.some((edition) => edition.doc === source.doc) && currentEditions[source.doc]) {
      editions.push(copyEdition(currentEditions[source.doc]));
    }
  }
  const guidance: GuidanceReference[] = [];
  for (const source of cited) {
    let reference = guidance.find((known) => known.doc === source.doc);
    if (!reference) {
      const edition = editions.find((known) => known.doc === source.doc);
      reference = {
        doc: source.doc,
        title: edition?.title ?? source.doc,
        date: edition?.date ?? 'unknown',
        sections: [],
      };
      guidance.push(reference);
    }
    if (!reference.sections.includes(source.section)) reference.sections.push(source.section);
  }
  const outcomes = input.outcomes
    ? input.outcomes.map(({ step, title, decisionBasis }) => ({ step, title, ...withBasis(decisionBasis) }))
    : rows.flatMap((row) =>
        row.kind === 'outcome' ? [{ step: row.step, title: row.title, ...withBasis(row.decisionBasis) }] : [],
      );
  const events = structuredClone([...input.auditTrail.events]) as AuditEvent[];
  const lateEntryReason = input.lateEntryReason?.trim() ? input.lateEntryReason.trim() : null;
  return {
    format: RECORD_FORMAT,
    formatVersion: FORMAT_VERSION,
    recordId: input.recordId ?? globalThis.crypto.randomUUID(),
    journey: { id: input.journey.id, title: input.journey.title, version: input.journey.version },
    caseReference: input.caseReference.trim(),
    occurredAt: input.occurredAt,
    recordedAt: input.recordedAt,
    lateEntryReason,
    rows,
    outcomes,
    peopleInvolved: cleanList(input.peopleInvolved),
    editions,
    references: { guidance, added: cleanList(input.extraReferences) },
    audit: {
      trailId: input.auditTrail.id,
      length: events.length,
      head: input.auditTrail.head,
      events,
      clockWarnings: clockWarnings(events),
    },
  };
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Whether the visit or event was on an earlier calendar day than the recording. */
export function isLateEntry(record: Pick<DecisionRecord, 'occurredAt' | 'recordedAt'>): boolean {
  const occurred = parseIsoTime(record.occurredAt);
  const recorded = parseIsoTime(record.recordedAt);
  return !!occurred && !!recorded && occurred.localDate < recorded.localDate;
}

/** What must be added before the record can be signed, in plain English; empty when it can be. */
export function missingForSigning(record: DecisionRecord, signer: Partial<Signer> | undefined): string[] {
  const missing: string[] = [];
  if (blank(signer?.name)) missing.push('Your full name');
  if (blank(signer?.role)) missing.push('Your role');
  if (blank(signer?.agency)) missing.push('Your agency');
  if (blank(signer?.statement)) missing.push('Your confirmation that this is your accurate record');
  if (blank(record.caseReference)) missing.push('The case reference');
  const occurred = parseIsoTime(record.occurredAt);
  const recorded = parseIsoTime(record.recordedAt);
  if (!occurred) missing.push('The date and time of the visit or event');
  if (!recorded) missing.push('The date and time of recording');
  if (occurred && recorded) {
    if (occurred.ms > recorded.ms) {
      missing.push('A date and time of the visit or event that is not later than the time of recording');
    } else if (occurred.localDate < recorded.localDate && blank(record.lateEntryReason)) {
      missing.push(
        `A reason for the late entry: the visit or event was on ${formatDate(occurred.localDate)}, before the day of recording (${formatDate(recorded.localDate)})`,
      );
    }
  }
  if (record.rows.length === 0) missing.push('The answers from the journey');
  return missing;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The SHA-256 (base64url) of a version's canonical signed form, as the next version's `previous.hash`. */
export const recordHash = (signed: SignedRecord): Promise<string> => sha256Base64url(canonicalBytes(signed));

interface VersionLink {
  version: number;
  previous: SignedRecord['previous'];
  amendmentReason: string | null;
  /** When the version amended was signed; an amendment cannot be signed before it. */
  previousSignedAt?: string;
}

async function signVersion(
  record: DecisionRecord,
  signer: Partial<Signer> | undefined,
  keyPair: CryptoKeyPair,
  now: Date,
  appVersion: string,
  link: VersionLink,
  alsoMissing: string[],
  confirmation: SigningConfirmation | null,
): Promise<SignedRecord> {
  const missing = [...missingForSigning(record, signer), ...alsoMissing];
  if (missing.length > 0) throw new SigningRefusedError(missing);
  if (blank(appVersion)) throw new TypeError('The app version is needed to sign a record');
  if (keyPair.privateKey.extractable)
    throw new TypeError('The signing key must be non-extractable (use createSigningKeyPair)');
  refuseClockBehind(record, link, now);
  const jwk = await publicJwk(keyPair);
  const content = structuredClone(record);
  const payload: Omit<SignedRecord, 'signature' | 'passkeyAssertion'> = {
    ...content,
    formatVersion: FORMAT_VERSION,
    version: link.version,
    previous: link.previous,
    amendmentReason: link.amendmentReason,
    signer: { name: signer!.name!.trim(), role: signer!.role!.trim(), agency: signer!.agency!.trim() },
    statement: signer!.statement!.trim(),
    signedAt: isoWithOffset(now),
    appVersion: appVersion.trim(),
    publicKey: jwk,
    fingerprint: await jwkThumbprint(jwk),
    passkey: confirmation ? structuredClone(confirmation.passkey) : null,
  };
  // Throws RecordValueError, naming the field, if anything cannot be represented exactly in JSON.
  const challenge = await confirmationChallenge(payload);
  const passkeyAssertion = confirmation ? await confirmation.assert(challenge) : null;
  if (confirmation && passkeyAssertion) {
    const problem = await passkeyProblem(confirmation.passkey, passkeyAssertion, challenge);
    if (problem)
      throw new Error(
        `Your passkey’s confirmation could not be checked, so the record has not been signed: ${problem}.`,
      );
  }
  const full: Omit<SignedRecord, 'signature'> = { ...payload, passkeyAssertion };
  const signature = await signPayload(full, keyPair.privateKey);
  if (!(await verifyPayload(full, jwk, signature))) {
    throw new Error('The key pair does not match: its public key does not verify its own signature');
  }
  return deepFreeze({ ...full, signature });
}

/**
 * A signature dated before what it signs would put the record out of order. The device clock may be
 * wrong (set back by hand, or a phone that lost its time), so signing waits until it is put right.
 */
function refuseClockBehind(
  record: DecisionRecord,
  link: VersionLink & { previousSignedAt?: string },
  now: Date,
): void {
  const lastEvent = record.audit.events.at(-1);
  const lastEventAt = lastEvent ? parseIsoTime(lastEvent.at) : null;
  if (lastEventAt && now.getTime() < lastEventAt.ms) {
    throw new ClockBehindError(
      `This record cannot be signed: the device clock reads ${formatDateTime(isoWithOffset(now))}, which is earlier than the last answer recorded (${formatDateTime(lastEvent!.at)}). Set the device’s date and time correctly, then sign again.`,
    );
  }
  const previousAt = link.previousSignedAt ? parseIsoTime(link.previousSignedAt) : null;
  if (previousAt && now.getTime() < previousAt.ms) {
    throw new ClockBehindError(
      `This amendment cannot be signed: the device clock reads ${formatDateTime(isoWithOffset(now))}, which is earlier than the version it amends was signed (${formatDateTime(link.previousSignedAt!)}). Set the device’s date and time correctly, then sign again.`,
    );
  }
}

/**
 * Signs a record as version 1. Refuses (SigningRefusedError, listing what is missing) until the
 * signer's name, role, agency and statement, and the record's required parts, are present; throws
 * RecordValueError if any value cannot be represented exactly in JSON.
 */
export function signRecord(
  record: DecisionRecord,
  signer: Partial<Signer> | undefined,
  keyPair: CryptoKeyPair,
  now: Date,
  appVersion: string,
  confirmation: SigningConfirmation | null = null,
): Promise<SignedRecord> {
  return signVersion(
    record,
    signer,
    keyPair,
    now,
    appVersion,
    { version: 1, previous: null, amendmentReason: null },
    [],
    confirmation,
  );
}

/** What an amendment may change; anything left out stays as it was in the previous version. */
export type RecordChanges = Partial<Omit<BuildRecordInput, 'recordId' | 'journey'>>;

const definedOnly = <T extends object>(changes: T): Partial<T> =>
  Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;

/**
 * A new version of a signed record with the changes made, its own reason and signature, linked to the
 * previous version by hash. The previous version is not touched and must itself verify.
 */
export async function amendRecord(
  previous: SignedRecord,
  changes: RecordChanges,
  reason: string,
  signer: Partial<Signer> | undefined,
  keyPair: CryptoKeyPair,
  now: Date,
  appVersion: string,
  confirmation: SigningConfirmation | null = null,
): Promise<SignedRecord> {
  let intact = false;
  try {
    const { signature, ...payload } = previous;
    intact = await verifyPayload(payload, previous.publicKey, signature);
  } catch {
    intact = false;
  }
  if (!intact) throw new Error('The previous version does not verify, so it cannot be amended');
  const record = buildRecord({
    recordId: previous.recordId,
    journey: previous.journey,
    editions: previous.editions,
    caseReference: previous.caseReference,
    rows: previous.rows,
    outcomes: changes.rows ? undefined : previous.outcomes,
    peopleInvolved: previous.peopleInvolved,
    extraReferences: previous.references.added,
    occurredAt: previous.occurredAt,
    recordedAt: previous.recordedAt,
    lateEntryReason: previous.lateEntryReason,
    auditTrail: { id: previous.audit.trailId, events: previous.audit.events, head: previous.audit.head },
    ...definedOnly(changes),
  });
  const link: VersionLink = {
    version: previous.version + 1,
    previous: { hash: await recordHash(previous), version: previous.version },
    amendmentReason: blank(reason) ? null : reason.trim(),
    previousSignedAt: previous.signedAt,
  };
  return signVersion(
    record,
    signer,
    keyPair,
    now,
    appVersion,
    link,
    blank(reason) ? ['A reason for the amendment'] : [],
    confirmation,
  );
}

export interface RecordExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: RecordFormatVersion;
  versions: SignedRecord[];
}

/** The JSON text to export: every version of one record, oldest first. */
export function exportBundle(versions: readonly SignedRecord[]): string {
  if (versions.length === 0) throw new TypeError('There is no signed version to export');
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  sorted.forEach((version, index) => {
    if (version.recordId !== sorted[0].recordId)
      throw new TypeError('These versions belong to different records');
    if (version.version !== index + 1) throw new TypeError(`Version ${index + 1} of the record is missing`);
  });
  // The wrapper names the newest format any version uses, so an older verifier refuses rather than misreads.
  const formatVersion = Math.max(...sorted.map((version) => version.formatVersion)) as RecordFormatVersion;
  const bundle: RecordExport = { format: EXPORT_FORMAT, formatVersion, versions: sorted };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
