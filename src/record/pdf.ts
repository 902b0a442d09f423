// The decision record as one PDF for people, screen readers, archives and verifiers: tagged (PDF/UA-1),
// archival (PDF/A-3a), with the exact signed JSON export embedded as its associated source file. Laid
// out with PDFKit's text API (never by turning HTML into PDF), so free text can only ever be text.
// Loaded only when a worker exports a PDF.
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { formatDateTime } from '../../machines/dates';
import { citation } from '../guidance/citation';
import { confirmationWords } from './passkey';
import { decisionBasisLabels, type SignedRecord } from './record';
import { reviewTimeline, type TimelineSteps } from './timeline';
import { onLockChange } from '../storage/keyring';
import { shapeWithoutRepeats } from './pdfShaping';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** The freely licensed font the PDF embeds (PDF/A allows no other), as TrueType bytes. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Each font parsed once, for every PDF made from the same bytes: reading a font's layout tables costs
 * several times more than laying out a whole record, and PDFKit would otherwise parse them again for each
 * export. PDFKit takes a parsed (fontkit) font wherever it takes font bytes.
 */
const parsedFonts = new WeakMap<Uint8Array, Font>();
function fontOf(bytes: Uint8Array): Font {
  let font = parsedFonts.get(bytes);
  if (!font) {
    font = create(bytes as Buffer) as Font;
    shapeWithoutRepeats(font);
    parsedFonts.set(bytes, font);
  }
  return font;
}
function parsedFont(bytes: Uint8Array): Uint8Array {
  // PDFKit's types list only bytes and paths, though it checks for and uses a parsed font as it is.
  return fontOf(bytes) as unknown as Uint8Array;
}

/** A word as PDFKit lays it out and keeps it: fontkit's glyph run, its positions scaled to the PDF's units. */
type LaidOutWord = object;
/** What PDFKit keeps of a font on each document: fontkit's font and the words laid out in it so far. */
interface EmbeddedFont {
  font: Font;
  layoutCache?: Record<string, LaidOutWord>;
}

/**
 * Each font's words as laid out, for every PDF made in it. Laying out (shaping) the words is most of the
 * time a PDF takes, and PDFKit keeps the words it has laid out only for the document being made, so each
 * export laid out the same words again. A word's layout depends only on the font and the word, PDFKit
 * scales it by the font's own units, and nothing changes it once kept. It grows with each new word
 * exported, a few kilobytes for a record. The words are a record's own, so they are let go when the app
 * locks, with everything else of a case.
 */
let wordsLaidOut = new WeakMap<Font, Record<string, LaidOutWord>>();
onLockChange((unlocked) => {
  if (!unlocked) wordsLaidOut = new WeakMap();
});
function shareLaidOutWords(doc: Doc, name: 'regular' | 'bold'): void {
  doc.font(name);
  // PDFKit keeps the current font on a field its types do not show.
  const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
  let words = wordsLaidOut.get(embedded.font);
  if (!words) {
    words = Object.create(null) as Record<string, LaidOutWord>;
    wordsLaidOut.set(embedded.font, words);
  }
  embedded.layoutCache = words;
}

/** The letters, digits and marks most records use. */
const commonText =
  'Decision record, version 1: ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,;:()’“”–';

/**
 * Parses a font ahead of the first PDF and lays out a line in it, with the letters, digits and marks most
 * records use: the first layout reads the font's layout tables, which costs more than the rest of a PDF.
 */
export function prepareFont(bytes: Uint8Array): void {
  fontOf(bytes).layout(commonText);
}

/**
 * Reads, ahead of the first PDF, the tables that embedding a font reads and that layout does not: its
 * PostScript table (every glyph's name, read whole for its italic angle), its names, its OS/2 and header
 * metrics. fontkit keeps each table once read, so the first PDF no longer reads them while the worker
 * waits. Nothing is written: every PDF embeds the font from these same tables.
 */
export function prepareFontEmbedding(bytes: Uint8Array): void {
  const font = fontOf(bytes);
  void [font.italicAngle, font.postscriptName, font.xHeight, font.capHeight, font.bbox, font.unitsPerEm];
}

/** The signed JSON export carried inside the PDF, byte for byte, under the name it is exported with. */
export interface EmbeddedExport {
  fileName: string;
  json: string;
}

const margin = 56;
const bodySize = 10.5;
const labelWidth = 150;
const cellPadding = { top: 4, bottom: 4, left: 5, right: 5 };
const textColour = '#0b0c0c';
const ruleColour = '#b1b4b6';

/** Marks characters the font cannot draw, so nothing is dropped without a trace. */
const unsupportedMark = '[?]';

/**
 * PDFKit writes the title into the XMP metadata as it is, and into the document information as a PDF
 * string. A case reference is free text, so the XMP copy is escaped as XML while the other keeps the
 * text itself (PDF/A requires the two to say the same thing).
 */
class XmpSafeText extends String {
  override toString(): string {
    return this.valueOf().replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  }
}

/** XMP identifying the file as PDF/UA-1 too; PDFKit itself declares the PDF/A part and conformance. */
const pdfUaIdentification = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

class RecordWriter {
  unsupported = false;
  private readonly hasGlyph: (codePoint: number) => boolean;

  constructor(
    readonly doc: Doc,
    private readonly parent: Struct,
  ) {
    // The current font as fontkit parsed it: PDFKit keeps it on a field its types do not show.
    const font = (doc as unknown as { _font: { font?: { hasGlyphForCodePoint(code: number): boolean } } })
      ._font.font;
    this.hasGlyph = (code) => font?.hasGlyphForCodePoint(code) ?? true;
  }

  /** Text the font can draw: tabs as spaces, line breaks kept, anything else it cannot draw marked. */
  private drawable(text: string): string {
    let out = '';
    for (const char of text.replace(/\t/g, '    ').replace(/\r\n?/g, '\n')) {
      const code = char.codePointAt(0)!;
      if (code === 0x0a || (code >= 0x20 && this.hasGlyph(code))) out += char;
      else {
        out += unsupportedMark;
        this.unsupported = true;
      }
    }
    return out;
  }

  /** A structure element with its text, added to `parent` (the document by default) in reading order. */
  private block(
    type: string,
    text: string,
    options: { bold?: boolean; size?: number; indent?: number; gapAfter?: number; parent?: Struct } = {},
  ): void {
    const { doc } = this;
    const element = doc.struct(type, {}, () => {
      doc
        .font(options.bold ? 'bold' : 'regular')
        .fontSize(options.size ?? bodySize)
        .fillColor(textColour)
        .text(this.drawable(text), margin + (options.indent ?? 0), undefined, {
          width: doc.page.width - 2 * margin - (options.indent ?? 0),
          lineGap: 2,
        });
    });
    (options.parent ?? this.parent).add(element);
    element.end();
    doc.moveDown((options.gapAfter ?? 4) / bodySize);
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = { 1: 20, 2: 15, 3: 12 }[level];
    const { doc } = this;
    doc.moveDown(level === 1 ? 0 : 0.6);
    // A heading is never left alone at the foot of a page: it moves over with the text it heads.
    if (doc.y + size * 2 + bodySize * 4 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    this.block(`H${level}`, text, { bold: true, size, gapAfter: 6 });
    if (level === 1) this.rule();
  }

  paragraph(
    text: string,
    options: { bold?: boolean; size?: number; indent?: number; gapAfter?: number } = {},
  ): void {
    this.block('P', text, options);
  }

  /** A bulleted list; the bullets are drawn, not text, and marked as decoration. */
  list(items: readonly string[]): void {
    const { doc } = this;
    const list = doc.struct('L');
    this.parent.add(list);
    for (const item of items) {
      const entry = doc.struct('LI');
      list.add(entry);
      this.artifact(() => {
        const y = doc.y + bodySize * 0.55;
        if (y < doc.page.height - margin) doc.circle(margin + 4, y, 1.8).fill(textColour);
      });
      this.block('LBody', item, { indent: 14, gapAfter: 2, parent: entry });
      entry.end();
    }
    list.end();
    doc.moveDown(0.3);
  }

  /**
   * Label and value pairs as a two-column table whose first column holds row headers, so a screen
   * reader announces "Signed by: …". Each value keeps its own lines.
   */
  table(rows: readonly (readonly [string, string])[]): void {
    const { doc } = this;
    doc.font('regular').fontSize(bodySize).fillColor(textColour);
    const valueWidth = doc.page.width - 2 * margin - labelWidth - cellPadding.left - cellPadding.right;
    const pageHeight = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
    // Each cell's text and height, measured once for both decisions below and drawn as measured.
    const cells = rows.map(([label, value]) => ({
      label: this.drawable(label),
      value: this.drawable(value || 'Not given'),
    }));
    const valueHeights = cells.map(({ value }) => doc.heightOfString(value, { width: valueWidth }));
    // PDFKit cuts a table row off at the foot of the page, so a value too long for one page (a pasted
    // essay for an agency, say) is written as label and paragraph instead: nothing is ever cut off.
    if (valueHeights.some((height) => height > pageHeight / 2)) {
      for (const [label, value] of rows) {
        this.paragraph(label, { bold: true, gapAfter: 0 });
        this.paragraph(value || 'Not given', { indent: 12 });
      }
      return;
    }
    doc.font('bold');
    const labelHeights = cells.map(({ label }) =>
      doc.heightOfString(label, { width: labelWidth - cellPadding.left - cellPadding.right }),
    );
    doc.font('regular');
    // A table that fits on a page is kept on one: split, it would be read as two tables.
    const height = cells.reduce(
      (sum, _, index) =>
        sum + cellPadding.top + cellPadding.bottom + Math.max(labelHeights[index]!, valueHeights[index]!),
      0,
    );
    if (height < pageHeight && doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.table({
      structParent: this.parent,
      position: { x: margin, y: doc.y },
      maxWidth: doc.page.width - 2 * margin,
      columnStyles: [labelWidth, '*'],
      // Borders on every side: PDFKit then describes them in the table's attributes with one valid colour.
      defaultStyle: { border: 0.75, borderColor: ruleColour, padding: cellPadding },
      data: cells.map(({ label, value }) => [
        { type: 'TH', scope: 'Row', text: label, font: { src: 'bold' } },
        { text: value },
      ]),
    } as PDFKit.Mixins.TableOptionsWithData);
    doc.x = margin;
    doc.moveDown(0.5);
  }

  /** Decoration: drawn on the page but outside the document's structure. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  private rule(): void {
    const { doc } = this;
    const y = doc.y;
    this.artifact(() =>
      doc
        .moveTo(margin, y)
        .lineTo(doc.page.width - margin, y)
        .lineWidth(1)
        .stroke(ruleColour),
    );
    doc.moveDown(0.6);
  }
}

/** The row's sources as the app and the record view cite them: document and section. */
const sourceText = (row: SignedRecord['rows'][number]) => `Source: ${row.sources.map(citation).join('; ')}`;

/** A clock warning in words, its times in en-GB (the warning's own detail gives them as ISO 8601). */
function clockWarningText(
  record: SignedRecord,
  warning: SignedRecord['audit']['clockWarnings'][number],
): string {
  const event = record.audit.events[warning.index];
  const minutes = Math.round(warning.behindMs / 60_000);
  if (!event) return `Clock warning: ${warning.detail}`;
  return (
    `Clock warning: at audit event ${warning.index} (${warning.step}) the device clock read ${formatDateTime(event.wallClock)}, ` +
    `about ${minutes} minute${minutes === 1 ? '' : 's'} behind the time kept by the app (${formatDateTime(event.at)}): ` +
    'the device clock was turned back. The app’s time is used.'
  );
}

function writeVersion(out: RecordWriter, record: SignedRecord, total: number): void {
  out.heading(2, `Version ${record.version} of ${total}`);
  out.table([
    ['Journey', `${record.journey.title} (version ${record.journey.version})`],
    ['Case reference', record.caseReference],
    ['Date and time of the visit or event', formatDateTime(record.occurredAt)],
    ['Date and time of recording', formatDateTime(record.recordedAt)],
  ]);
  // Free text of any length stays in paragraphs, which run on across pages.
  if (record.amendmentReason) {
    out.paragraph('Reason for this amendment', { bold: true, gapAfter: 0 });
    out.paragraph(record.amendmentReason, { indent: 12 });
  }
  if (record.lateEntryReason) {
    out.paragraph('Reason for the late entry', { bold: true, gapAfter: 0 });
    out.paragraph(record.lateEntryReason, { indent: 12 });
  }

  out.heading(3, 'Answers and outcomes');
  let round: string | undefined;
  for (const row of record.rows) {
    // The rounds (each review meeting) in the order they were held, each under its own title.
    if (row.round && row.round !== round) out.paragraph(row.round, { bold: true, size: 12 });
    round = row.round;
    if (row.kind === 'answer') {
      out.paragraph(row.question, { bold: true, gapAfter: 0 });
      for (const line of row.answer) out.paragraph(line, { indent: 12, gapAfter: 0 });
      out.paragraph(sourceText(row), { indent: 12, size: 8.5 });
    } else if (row.kind === 'outcome') {
      out.paragraph(`Outcome: ${row.title}`, { bold: true, gapAfter: 0 });
      if (row.decisionBasis)
        out.paragraph(`Decision basis: ${decisionBasisLabels[row.decisionBasis]}`, {
          indent: 12,
          gapAfter: 0,
        });
      out.paragraph(sourceText(row), { indent: 12, size: 8.5 });
    }
  }

  out.heading(3, 'People involved in or consulted on the decision');
  if (record.peopleInvolved.length) out.list(record.peopleInvolved);
  else out.paragraph('None listed');

  out.heading(3, 'References to legislation and guidance');
  out.list([
    ...record.references.guidance.map(
      (reference) => `${reference.title} (${reference.date}): ${reference.sections.join('; ')}`,
    ),
    ...record.references.added,
  ]);

  out.heading(3, 'Audit trail');
  out.paragraph(
    `${record.audit.length} answers and steps recorded, each linked to the one before; chain head ${record.audit.head}.`,
  );
  if (record.audit.clockWarnings.length)
    out.list(record.audit.clockWarnings.map((warning) => clockWarningText(record, warning)));

  out.heading(3, 'Signature');
  out.table([
    ['Signed by', record.signer.name],
    ['Role', record.signer.role],
    ['Agency', record.signer.agency],
    ['Statement', record.statement],
    ['Signed at', formatDateTime(record.signedAt)],
    ['Device fingerprint', record.fingerprint],
    ['How signing was confirmed', confirmationWords[record.passkey ? 'passkey' : 'deviceKey']],
    // The passkey's fingerprint in a cell of its own, like the device's, so it is never broken across lines.
    ...(record.passkey ? [['Passkey fingerprint', record.passkey.fingerprint] as const] : []),
    ['Signature value', record.signature],
  ]);
  out.paragraph(`App version ${record.appVersion}`, { size: 8.5 });
}

/**
 * The review meetings in the order held, each with its date, the version it was first signed in, and
 * what changed in the action plan since the meeting before: the case's history at a glance, before the
 * versions that hold it in full.
 */
function writeTimeline(out: RecordWriter, versions: readonly SignedRecord[], steps: TimelineSteps): void {
  const rounds = reviewTimeline(versions, steps);
  if (rounds.length === 0) return;
  out.heading(2, 'Review meetings');
  out.paragraph(
    'Each review meeting in the order held, with what changed in the list it reviews since the meeting before (for the first, since it was agreed). The answers of each meeting are in full in the versions below.',
  );
  for (const round of rounds) {
    out.heading(3, `${round.round}${round.date ? `, ${round.date}` : ''}`);
    if (round.signedIn) out.paragraph(`First signed in version ${round.signedIn}.`);
    for (const list of round.lists) {
      out.paragraph(list.question, { bold: true, gapAfter: 0 });
      out.list(list.changes);
    }
  }
}

/** The PDF's file name for a JSON export's: the same name, .pdf. */
const pdfFileName = (jsonFileName: string) => jsonFileName.replace(/\.json$/, '.pdf');

/**
 * Every version of a record, oldest first, as one tagged PDF/A-3 carrying the signed JSON export; for a
 * case with review meetings, `timeline` names the steps its review meetings are read from. `pause`, when
 * given, is awaited between the parts of the work (the file and its opening, the editions, each version,
 * the ending), so that a PDF made ahead of time holds the page for one part at a time rather than for the
 * whole; it may reject to give the PDF up. Without it the PDF is made in one go, as when the worker is
 * waiting for it. The PDF is the same either way.
 */
export async function recordPdf(
  versions: readonly SignedRecord[],
  signed: EmbeddedExport,
  fonts: PdfFonts,
  timeline?: TimelineSteps,
  pause?: () => Promise<void>,
): Promise<Uint8Array> {
  const latest = versions.at(-1)!;
  const title = `Decision record ${latest.caseReference}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    pdfVersion: '1.7',
    subset: 'PDF/A-3a',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    font: null as unknown as string, // no standard font: PDF/A embeds every font, so only ours is used
    info: {
      Title: new XmpSafeText(title) as unknown as string,
      Creator: 'Safeguarding Adults Decision Aid',
      Subject: 'Signed decision record',
    },
  });
  const bytes = collect(doc);
  // Each font registered under its name as family too. A table cell that sets a font puts back the one
  // before it by its parsed font and family, and PDFKit finds a font again by its family; with none, it
  // would open the parsed font as a new one for every cell, and compare its name table with the first.
  doc.registerFont('regular', parsedFont(fonts.regular), 'regular');
  doc.registerFont('bold', parsedFont(fonts.bold), 'bold');
  // Regular first, as the text first uses it, so the fonts keep their names in the file (F1, F2).
  shareLaidOutWords(doc, 'regular');
  shareLaidOutWords(doc, 'bold');
  doc.font('regular');
  doc.appendXML(pdfUaIdentification);

  // The signed export itself, byte for byte: PDF/A-3 associated file, the record's source. (PDFKit takes
  // `relationship`; its published types do not list it yet.)
  const attachment: PDFKit.Mixins.PDFAttachmentOptions & { relationship: 'Source' } = {
    name: signed.fileName,
    type: 'application/json',
    description:
      'The signed decision record (JSON export). This is the copy that can be checked for changes.',
    relationship: 'Source',
    creationDate: new Date(latest.signedAt),
    modifiedDate: new Date(latest.signedAt),
  };
  doc.file(new TextEncoder().encode(signed.json).buffer, attachment);
  if (pause) await pause();

  const document = doc.struct('Document');
  doc.addStructure(document);
  const out = new RecordWriter(doc, document);
  out.heading(1, 'Decision record');
  out.paragraph(`${latest.journey.title}. Case reference ${latest.caseReference}.`);

  out.heading(2, 'The signed record in this file');
  // File names and the command stand on lines of their own, so they are never broken at a hyphen.
  out.paragraph(
    'This PDF carries the signed record: the exact signed JSON file exported by the app is attached to it (your PDF reader ' +
      'lists it under attachments). The attached file is the authoritative copy; this text is for people to read. Attached file:',
    { gapAfter: 0 },
  );
  out.paragraph(signed.fileName, { indent: 12 });
  out.paragraph(
    'To check that the record has not been changed since it was signed, open this PDF or the attached file in the Safeguarding ' +
      'Adults Decision Aid (Check a decision record), or run the verifier that comes with the app:',
    { gapAfter: 0 },
  );
  out.paragraph(`node scripts/verify-record.mjs ${pdfFileName(signed.fileName)}`, {
    indent: 12,
    gapAfter: 0,
  });
  out.paragraph(
    'Then compare the device fingerprint it shows with the one registered for the signer’s device.',
  );

  if (pause) await pause();
  out.heading(2, 'Guidance editions used');
  out.list(
    latest.editions.map(
      (edition) => `${edition.title} (${edition.date})${edition.notice ? `. ${edition.notice}` : ''}`,
    ),
  );
  if (timeline) writeTimeline(out, versions, timeline);
  for (const version of versions) {
    if (pause) await pause();
    writeVersion(out, version, versions.length);
  }
  if (pause) await pause();
  if (out.unsupported) {
    out.heading(2, 'Note');
    out.paragraph(
      `Characters the PDF font cannot show are marked ${unsupportedMark}. The attached signed JSON record holds the exact text.`,
    );
  }
  document.end();
  footers(doc, out, title);
  doc.end();
  return bytes;
}

/** "Decision record REF · page 2 of 5" at the foot of every page, as pagination artifacts. */
function footers(doc: Doc, out: RecordWriter, title: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin must not start a new page
    out.artifact(() => {
      doc
        .font('regular')
        .fontSize(8)
        .fillColor('#505a5f')
        .text(`${title} · page ${index + 1} of ${range.count}`, margin, doc.page.height - bottom + 16, {
          width: doc.page.width - 2 * margin,
          lineBreak: false,
        });
    }, 'Pagination');
    doc.page.margins.bottom = bottom;
  }
}

function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      resolve(out);
    });
  });
}
