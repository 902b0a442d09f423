// The decision record as a PDF for people: the same content as the signed JSON, laid out with the PDF
// library's text API (never by turning HTML into PDF), so free text can only ever be text. Loaded only
// when a worker exports.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { SignedRecord } from './record';

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 50;
const bodySize = 10;
const lineGap = 3;

/** Marks characters the standard PDF font cannot draw, so nothing is dropped without a trace. */
const unsupportedMark = '[?]';

class PdfWriter {
  private page: PDFPage;
  private y: number;
  unsupported = false;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = this.newPage();
    this.y = pageSize[1] - margin;
  }

  private newPage(): PDFPage {
    return this.doc.addPage(pageSize);
  }

  private drawable(text: string, font: PDFFont): string {
    const supported = new Set(font.getCharacterSet());
    let out = '';
    for (const char of text.replace(/\t/g, '    ')) {
      if (supported.has(char.codePointAt(0)!)) out += char;
      else {
        out += unsupportedMark;
        this.unsupported = true;
      }
    }
    return out;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/).map((line) => this.drawable(line, font))) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        // A single word wider than the line (a signature, a long reference) is broken by characters.
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width) {
          let cut = rest.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, options: { bold?: boolean; size?: number; indent?: number; gapAfter?: number } = {}): void {
    const font = options.bold ? this.bold : this.regular;
    const size = options.size ?? bodySize;
    const x = margin + (options.indent ?? 0);
    for (const line of this.wrap(text, font, size, pageSize[0] - margin - x)) {
      if (this.y - size < margin) {
        this.page = this.newPage();
        this.y = pageSize[1] - margin;
      }
      this.y -= size;
      this.page.drawText(line, { x, y: this.y, size, font });
      this.y -= lineGap;
    }
    this.y -= options.gapAfter ?? 0;
  }

  heading(text: string): void {
    this.y -= 8;
    this.text(text, { bold: true, size: 13, gapAfter: 4 });
  }

  field(label: string, value: string): void {
    this.text(label, { bold: true });
    this.text(value || 'Not given', { indent: 12, gapAfter: 4 });
  }
}

function writeVersion(out: PdfWriter, record: SignedRecord, total: number): void {
  out.heading(`Version ${record.version} of ${total}`);
  if (record.amendmentReason) out.field('Reason for this amendment', record.amendmentReason);
  out.field('Journey', `${record.journey.title} (version ${record.journey.version})`);
  out.field('Case reference', record.caseReference);
  out.field('Date and time of the visit or event', record.occurredAt);
  out.field('Date and time of recording', record.recordedAt);
  if (record.lateEntryReason) out.field('Reason for the late entry', record.lateEntryReason);

  out.heading('Answers and outcomes');
  for (const row of record.rows) {
    if (row.kind === 'answer') {
      out.text(row.question, { bold: true });
      for (const line of row.answer) out.text(line, { indent: 12 });
      out.text(`Source: ${row.sources.map((source) => source.section).join('; ')}`, { indent: 12, size: 8, gapAfter: 4 });
    } else if (row.kind === 'outcome') {
      out.text(`Outcome: ${row.title}`, { bold: true, gapAfter: 4 });
    }
  }

  out.heading('People involved in or consulted on the decision');
  out.text(record.peopleInvolved.length ? record.peopleInvolved.join('\n') : 'None listed');

  out.heading('References to legislation and guidance');
  for (const reference of record.references.guidance) {
    out.text(`${reference.title} (${reference.date}): ${reference.sections.join('; ')}`);
  }
  for (const added of record.references.added) out.text(added);

  out.heading('Audit trail');
  out.text(`${record.audit.length} answers and steps recorded, hash-chained; chain head ${record.audit.head}.`);
  for (const warning of record.audit.clockWarnings) out.text(`Clock warning: ${JSON.stringify(warning)}`);

  out.heading('Signature');
  out.field('Signed by', record.signer.name);
  out.field('Role', record.signer.role);
  out.field('Agency', record.signer.agency);
  out.field('Statement', record.statement);
  out.field('Signed at', record.signedAt);
  out.field('Device fingerprint', record.fingerprint);
  out.field('Signature value', record.signature);
  out.text(`App version ${record.appVersion}`, { size: 8 });
}

/** Every version of a record, oldest first, as one PDF. */
export async function recordPdf(versions: readonly SignedRecord[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const latest = versions.at(-1)!;
  doc.setTitle(`Decision record ${latest.caseReference}`);
  doc.setCreator('Safeguarding Adults Decision Aid');
  const out = new PdfWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  out.text('Decision record', { bold: true, size: 18, gapAfter: 6 });
  out.text(`${latest.journey.title}. Case reference ${latest.caseReference}.`);
  out.text(
    'The signed JSON file of this record is the authoritative copy: it can be checked for changes with the app or its command-line verifier.',
    { size: 8, gapAfter: 6 },
  );
  out.heading('Guidance editions used');
  for (const edition of latest.editions) out.text(`${edition.title} (${edition.date})${edition.notice ? `. ${edition.notice}` : ''}`);
  for (const version of versions) writeVersion(out, version, versions.length);
  if (out.unsupported) {
    out.heading('Note');
    out.text(`Characters the PDF font cannot show are marked ${unsupportedMark}. The signed JSON record holds the exact text.`);
  }
  return doc.save();
}
