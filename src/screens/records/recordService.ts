// The glue between a finished draft and its signed record: building, signing with the device key,
// amending, storing and exporting. Loaded with the record screens only.
import { version as appVersion } from '../../../package.json';
import { loadJourney, type Journey } from '../../../machines';
import type { JourneyContext } from '../../../machines/journey';
import { formatDate } from '../../../machines/dates';
import { journeyTaskList } from '../../../machines/session';
import { summarise, type SummaryRow } from '../../../machines/summary';
import { roundsIn, roundsOf, roundTitleOf, signedTask } from '../../../machines/tasks';
import { canonicalJson } from '../../record/canonical';
import { startAuditTrail } from '../../record/audit';
import { createSigningKeyPair, jwkThumbprint, publicJwk } from '../../record/keys';
import {
  ACCURACY_STATEMENT,
  amendRecord,
  type SigningConfirmation,
  buildRecord,
  exportBundle,
  recordRows,
  signRecord,
  type DecisionRecord,
  type SignedRecord,
  type Signer,
} from '../../record/record';
import { isoWithOffset } from '../../record/time';
import type { TimelineSteps } from '../../record/timeline';
import { downloadBlob, fileNamePart } from '../../app/download';
import { whenIdle } from '../../app/lazyScreen';
import { onLockChange } from '../../storage/keyring';
import type { DraftEnvelope } from '../../storage/schema';
import type { PasskeyKey } from '../../record/passkey';
import { registerLine } from '../../record/register';
import {
  createSigningPasskey,
  passkeyConfirmation,
  platformAuthenticatorAvailable,
} from '../../record/webauthn';
import {
  deviceKeyPair,
  markExported,
  signingPasskey,
  storeSignedVersion,
  storeSigningPasskey,
} from '../../storage/records';

export { ACCURACY_STATEMENT };

/** The record form's fields, as typed (and kept on the draft until signed). */
export interface RecordFormFields {
  occurredAt: string;
  peopleInvolved: string;
  extraReferences: string;
  lateEntryReason: string;
  name: string;
  role: string;
  agency: string;
  confirmed: string;
  amendmentReason: string;
}

export const emptyRecordForm = (): RecordFormFields => ({
  occurredAt: localDateTimeNow(),
  peopleInvolved: '',
  extraReferences: '',
  lateEntryReason: '',
  name: '',
  role: '',
  agency: '',
  confirmed: '',
  amendmentReason: '',
});

/** Now, as a datetime-local field shows it (the device's local time). */
export function localDateTimeNow(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The local date and time typed, with the device's offset; empty when it is not a date. */
export function occurredAtIso(fields: Pick<RecordFormFields, 'occurredAt'>): string {
  const date = new Date(fields.occurredAt);
  return fields.occurredAt && !Number.isNaN(date.getTime()) ? isoWithOffset(date) : '';
}

export function signerFrom(fields: RecordFormFields): Partial<Signer> {
  return {
    name: fields.name.trim(),
    role: fields.role.trim(),
    agency: fields.agency.trim(),
    statement: fields.confirmed ? ACCURACY_STATEMENT : undefined,
  };
}

/**
 * What signing a case kept as a task list makes now: version 1; the next version, for the earliest
 * completed round its latest version does not hold (its rows stop at that round, and the reason names the
 * round and its date); the next version for answers given since (closing the case), with the worker's own
 * reason; or nothing, when the record holds every answer. A journey without a repeatable task is signed
 * once, as it always was.
 */
export type NextVersion =
  | { kind: 'first'; rows: SummaryRow[] }
  | { kind: 'round'; round: number; title: string; reason: string; rows: SummaryRow[] }
  | { kind: 'changes'; rows: SummaryRow[] }
  | { kind: 'none' };

export function nextVersion(
  journey: Journey,
  context: JourneyContext,
  latest: SignedRecord | undefined,
): NextVersion {
  const rows = summarise(journey, context);
  if (!latest) return { kind: 'first', rows };
  const list = journeyTaskList(journey);
  const task = list && signedTask(list);
  if (!task) return { kind: 'none' };
  const signed = roundsIn(task, latest.rows);
  const round = roundsOf(context, task.id)[signed];
  if (round) {
    const title = roundTitleOf(task, signed + 1);
    const later = new Set(
      roundsOf(context, task.id)
        .slice(signed + 1)
        .map((_round, index) => roundTitleOf(task, signed + 2 + index)),
    );
    const date = task.repeat?.dateStep && round.answers[task.repeat.dateStep];
    const day = date && date.kind === 'text' && date.text.trim() ? ` on ${formatDate(date.text)}` : '';
    return {
      kind: 'round',
      round: signed + 1,
      title,
      reason: `${title}${day}`,
      rows: rows.filter((row) => !row.round || !later.has(row.round)),
    };
  }
  const same = canonicalJson(recordRows(rows)) === canonicalJson(latest.rows);
  return same ? { kind: 'none' } : { kind: 'changes', rows };
}

export function draftRecord(
  journey: Journey,
  draft: DraftEnvelope,
  context: JourneyContext,
  fields: RecordFormFields,
  now: Date,
  rows: readonly SummaryRow[] = summarise(journey, context),
): DecisionRecord {
  return buildRecord({
    journey: { id: journey.id, title: journey.title, version: journey.version },
    editions: draft.editions,
    caseReference: draft.caseReference,
    rows,
    peopleInvolved: lines(fields.peopleInvolved),
    extraReferences: lines(fields.extraReferences),
    occurredAt: occurredAtIso(fields),
    recordedAt: isoWithOffset(now),
    lateEntryReason: fields.lateEntryReason.trim() || null,
    auditTrail: draft.audit ?? startAuditTrail(),
  });
}

const deviceKey = () => deviceKeyPair(createSigningKeyPair);

export async function deviceFingerprint(): Promise<string> {
  return jwkThumbprint(await publicJwk(await deviceKey()));
}

/** This device's fingerprints: the device key's, and the signing passkey's once there is one. */
export async function deviceFingerprints(): Promise<{
  deviceKey: string;
  passkey: PasskeyKey | undefined;
  authenticator: boolean;
}> {
  const [deviceKey, passkey, authenticator] = await Promise.all([
    deviceFingerprint(),
    signingPasskey(),
    platformAuthenticatorAvailable(),
  ]);
  return { deviceKey, passkey, authenticator };
}

/** The passkey that confirms signing, set up now (one prompt) if the device can hold one and has none. */
export async function setUpSigningPasskey(): Promise<PasskeyKey> {
  return (await signingPasskey()) ?? storeSigningPasskey(await createSigningPasskey(location.hostname));
}

/**
 * How this signing is confirmed: with the device's passkey where it has a platform authenticator (made
 * the first time), otherwise null: the device key only, which the record says.
 */
async function signingConfirmation(): Promise<SigningConfirmation | null> {
  const stored = await signingPasskey();
  if (stored) return passkeyConfirmation(stored);
  if (!(await platformAuthenticatorAvailable())) return null;
  return passkeyConfirmation(await setUpSigningPasskey());
}

/** This device's lines for an organisation's register of trusted devices. */
export function registerEntry(
  fingerprints: { deviceKey: string; passkey?: PasskeyKey },
  holder: string,
): string {
  const who = holder.trim() || 'Name, role, agency';
  return [
    `# Safeguarding Adults Decision Aid: a device for the register of trusted devices, made ${isoWithOffset(new Date())}`,
    '# One device a line: the fingerprint, then the holder’s name, role and agency.',
    registerLine(fingerprints.deviceKey, `${who} (device key)`),
    ...(fingerprints.passkey ? [registerLine(fingerprints.passkey.fingerprint, `${who} (passkey)`)] : []),
    '',
  ].join('\n');
}

export function downloadRegisterEntry(text: string): void {
  downloadBlob('trusted-device.txt', new Blob([text], { type: 'text/plain' }));
}

/** Storage failures while signing are about the record, not an answer: say so. */
async function storeSigned(draftId: string, signed: SignedRecord): Promise<SignedRecord> {
  try {
    await storeSignedVersion(draftId, signed);
    return signed;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new Error(
      `The signed record could not be saved on this device, so it has not been signed. Your answers are still saved; try again.${detail}`,
    );
  }
}

export async function signAndStore(
  draftId: string,
  record: DecisionRecord,
  signer: Partial<Signer>,
): Promise<SignedRecord> {
  const keyPair = await deviceKey();
  const confirmation = await signingConfirmation();
  return storeSigned(
    draftId,
    await signRecord(record, signer as Signer, keyPair, new Date(), appVersion, confirmation),
  );
}

/**
 * Signs the next version of a record: the worker's changes to the form, and, for a case signed as it goes,
 * the record made from the journey as it now stands (its answers, case reference and audit trail).
 */
export async function amendAndStore(
  draftId: string,
  previous: SignedRecord,
  fields: RecordFormFields,
  fromJourney?: DecisionRecord,
): Promise<SignedRecord> {
  const amended = await amendRecord(
    previous,
    {
      ...(fromJourney && {
        rows: fromJourney.rows,
        caseReference: fromJourney.caseReference,
        auditTrail: {
          id: fromJourney.audit.trailId,
          events: fromJourney.audit.events,
          head: fromJourney.audit.head,
        },
      }),
      peopleInvolved: lines(fields.peopleInvolved),
      extraReferences: lines(fields.extraReferences),
      occurredAt: occurredAtIso(fields),
      recordedAt: isoWithOffset(new Date()),
      lateEntryReason: fields.lateEntryReason.trim() || null,
    },
    fields.amendmentReason,
    signerFrom(fields) as Signer,
    await deviceKey(),
    new Date(),
    appVersion,
    await signingConfirmation(),
  );
  return storeSigned(draftId, amended);
}

const fileName = (latest: SignedRecord, extension: string) =>
  `decision-record-${fileNamePart(latest.caseReference)}-v${latest.version}.${extension}`;

export async function exportJson(versions: SignedRecord[]): Promise<void> {
  const latest = versions.at(-1)!;
  downloadBlob(fileName(latest, 'json'), new Blob([exportBundle(versions)], { type: 'application/json' }));
  await markExported(latest.recordId, latest.version);
}

/** PDFKit and the font's bytes (each fetched once, then kept: see pdfFonts). */
const loadPdfCode = () =>
  Promise.all([
    import('../../record/pdf'),
    import('../../record/pdfFonts').then(({ loadPdfFonts }) => loadPdfFonts()),
  ]);

/**
 * Whether the fonts have been read ahead, and the record version whose PDF was made last (ahead or by a
 * press): its words are laid out already. Locking lets go of the words (record/pdf.ts), so after it that
 * version's PDF is made ahead again.
 */
let fontsPrepared = false;
let lastMade: { recordId: string; version: number } | undefined;
onLockChange((unlocked) => {
  if (!unlocked) lastMade = undefined;
});

/**
 * The record as a tagged PDF/A-3 carrying the exact signed JSON export, as bytes; `pause` as recordPdf
 * takes it.
 */
async function pdfBytes(versions: SignedRecord[], pause?: () => Promise<void>): Promise<Uint8Array> {
  const latest = versions.at(-1)!;
  const [[{ recordPdf }, fonts], journey] = await Promise.all([
    loadPdfCode(),
    loadJourney(latest.journey.id),
  ]);
  const bytes = await recordPdf(
    versions,
    { fileName: fileName(latest, 'json'), json: exportBundle(versions) },
    fonts,
    journey && timelineSteps(journey),
    pause,
  );
  lastMade = { recordId: latest.recordId, version: latest.version };
  return bytes;
}

/**
 * The step of preparePdf under way, if any. A press waits for it to end rather than run beside it: both
 * would hold the same page, so each would take as long as the two together.
 */
let preparing: Promise<unknown> = Promise.resolve();
/**
 * How many presses have started, and how many are still making their PDF: preparePdf takes no further
 * step once a press has started, and none begun during a press takes a step while it lasts.
 */
let presses = 0;
let pressesUnderWay = 0;
/**
 * Each step of preparePdf, and each part of the PDF it makes, waits for the browser to be idle first,
 * which can take seconds; a press wakes them, and they stop at once rather than keep the press waiting.
 */
const waitingForIdle = new Set<() => void>();
const idleOrPressed = () =>
  new Promise<void>((resolve) => {
    const wake = () => {
      waitingForIdle.delete(wake);
      cancel();
      resolve();
    };
    const cancel = whenIdle(wake);
    waitingForIdle.add(wake);
  });

/**
 * The record as a tagged PDF/A-3 carrying the exact signed JSON export. PDFKit and the font are not
 * loaded with the record screens: preparePdf loads them once a record is open, and if that has not
 * happened (or failed) they are loaded now. The PDF is for people; its attachment can be verified, but
 * only the JSON download counts as the export.
 */
export async function exportPdf(versions: SignedRecord[]): Promise<void> {
  presses += 1;
  pressesUnderWay += 1;
  for (const wake of [...waitingForIdle]) wake();
  try {
    await preparing.catch(() => undefined);
    const latest = versions.at(-1)!;
    const bytes = await pdfBytes(versions);
    downloadBlob(fileName(latest, 'pdf'), new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  } finally {
    pressesUnderWay -= 1;
  }
}

/** Where a case's review meetings are read from: its repeatable task's date and the lists it carries. */
export function timelineSteps(journey: Journey): TimelineSteps | undefined {
  const list = journeyTaskList(journey);
  const repeat = list && signedTask(list)?.repeat;
  if (!repeat) return undefined;
  return {
    dateStep: repeat.dateStep,
    lists: Object.entries(repeat.carry ?? {}).map(([step, from]) => ({ step, from })),
  };
}

/**
 * Makes "Download as PDF" as quick the first time as later, while the record is open: loads PDFKit and
 * the font, parses it, then makes this record's PDF once and lets it go. That lays out the record's words
 * (kept for every PDF made in the font, see record/pdf.ts) and runs the code that writes a PDF once, which
 * otherwise the first press would do while the worker waits. One step at a time (the PDF a part at a
 * time), each once the browser is idle, and none once the record has been left (`stillOpen`) or
 * "Download as PDF" pressed. A failure here is left to the press, which loads again and says what went
 * wrong.
 */
export async function preparePdf(versions: SignedRecord[], stillOpen: () => boolean): Promise<void> {
  const pressesBefore = presses;
  const latest = versions.at(-1)!;
  const [{ prepareFont, prepareFontEmbedding }, fonts] = await loadPdfCode();
  const needed = () => stillOpen() && presses === pressesBefore && pressesUnderWay === 0;
  /** Runs `step` once the browser is idle; false, without running it, once there is no need to. */
  const takeStep = async (step: () => unknown): Promise<boolean> => {
    await idleOrPressed();
    if (!needed()) return false;
    await (preparing = preparing.catch(() => undefined).then(step));
    return true;
  };
  if (!fontsPrepared) {
    for (const step of [prepareFont, prepareFontEmbedding])
      for (const bytes of [fonts.regular, fonts.bold]) if (!(await takeStep(() => step(bytes)))) return;
    fontsPrepared = true;
  }
  // Made a part at a time, each when the browser is idle, and given up at the next part once not needed.
  const nextPart = async () => {
    if (!needed()) throw new PdfNotNeeded();
    await idleOrPressed();
    if (!needed()) throw new PdfNotNeeded();
  };
  if (lastMade?.recordId !== latest.recordId || lastMade.version !== latest.version)
    await takeStep(() => pdfBytes(versions, nextPart)).catch((error: unknown) => {
      if (!(error instanceof PdfNotNeeded)) throw error;
    });
}

/** A PDF being made ahead is given up: the record has been left, or "Download as PDF" pressed. */
class PdfNotNeeded extends Error {}
