// The exported PDF read back with a PDF parser (PDF.js): its logical structure (every heading, table,
// list and paragraph of the record, in reading order, with nothing left outside it but page footers),
// its PDF/A-3 and PDF/UA identification, and the signed JSON export it carries; and that record
// checked from the PDF, by the app and by the command-line verifier, intact, altered and missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { editions } from '../../content/editions';
import { formatDateTime } from '../../machines/dates';
import { appendAuditEvent, startAuditTrail } from '../../src/record/audit';
import { createSigningKeyPair } from '../../src/record/keys';
import { resolveCitation } from '../../src/guidance/library';
import { create } from 'fontkit';
import { prepareFont, prepareFontEmbedding, recordPdf, type PdfFonts } from '../../src/record/pdf';
import { holdDataKey, lock } from '../../src/storage/keyring';
import { createDataKey } from '../../src/storage/envelope';
import { embeddedRecord } from '../../src/record/pdf-attachment.mjs';
import {
  ACCURACY_STATEMENT,
  amendRecord,
  buildRecord,
  exportBundle,
  signRecord,
  type SignedRecord,
} from '../../src/record/record';
import { verifyExportFile } from '../../src/record/verifyFile';
import { softwarePasskey } from '../support/passkey';

const fontFile = (weight: string) =>
  new Uint8Array(
    readFileSync(
      resolve(__dirname, `../../node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`),
    ),
  );
const fonts: PdfFonts = { regular: fontFile('400Regular'), bold: fontFile('700Bold') };
const fileName = 'decision-record-SAF-2026-0412-v2.json';

const script = resolve(__dirname, '../../scripts/verify-record.mjs');
const dir = mkdtempSync(join(tmpdir(), 'sada-record-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runVerifier(name: string, bytes: Uint8Array): { code: number; out: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, [script, file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

let versions: SignedRecord[];
let json: string;
let pdf: Uint8Array;

beforeAll(async () => {
  let trail = startAuditTrail();
  trail = await appendAuditEvent(trail, {
    type: 'answer',
    step: 'q1',
    answer: { kind: 'choice', choice: 'yes' },
    wallClock: '2026-11-21T15:05:00+00:00',
    elapsedMs: 1_000,
    session: 'one',
  });
  // The device clock turned back ten minutes before the second answer.
  trail = await appendAuditEvent(trail, {
    type: 'answer',
    step: 'q2',
    answer: { kind: 'text', text: 'Raise at supervision on Friday.' },
    wallClock: '2026-11-21T14:56:00+00:00',
    elapsedMs: 61_000,
    session: 'one',
  });
  const record = buildRecord({
    journey: { id: 'collusion', title: 'Am I colluding? A self-check', version: 1 },
    editions: [editions['non-engagement']],
    caseReference: 'SAF-2026-0412',
    rows: [
      {
        kind: 'answer',
        step: 'q1',
        question: 'Do you rely on a family member for updates?',
        answer: ['Yes'],
        sources: [{ doc: 'non-engagement', section: 'Am I colluding?' }],
      },
      {
        kind: 'answer',
        step: 'q2',
        question: 'Your reflection (optional)',
        answer: ['Raise at supervision on Friday.'],
        sources: [{ doc: 'non-engagement', section: 'Next Steps' }],
      },
      {
        kind: 'outcome',
        step: 'out',
        title: 'Discuss with your manager',
        sources: [{ doc: 'non-engagement', section: 'Next Steps' }],
      },
    ],
    peopleInvolved: ['J. Okoro, team manager', 'Zoë Ångström, GP'],
    extraReferences: ['Care Act 2014, section 42'],
    occurredAt: '2026-11-21T15:00:00+00:00',
    recordedAt: '2026-11-22T10:32:00+00:00',
    lateEntryReason: 'Visit ran late; recorded next morning.',
    auditTrail: trail,
  });
  const keys = await createSigningKeyPair();
  const signer = {
    name: 'Sam Patel',
    role: 'Social worker',
    agency: 'Solihull Council',
    statement: ACCURACY_STATEMENT,
  };
  // Version 1 confirmed with a passkey; the amendment made where there was none, with the device key only.
  const passkey = await softwarePasskey();
  const first = await signRecord(
    record,
    signer,
    keys,
    new Date('2026-11-22T10:32:00Z'),
    '0.1.0',
    passkey.confirmation(),
  );
  const second = await amendRecord(
    first,
    { extraReferences: ['Care Act 2014, section 42', 'Mental Capacity Act 2005'] },
    'Added a reference',
    signer,
    keys,
    new Date('2026-11-23T09:00:00Z'),
    '0.1.0',
  );
  versions = [first, second];
  json = exportBundle(versions);
  pdf = await recordPdf(versions, { fileName, json }, fonts);
}, 60_000);

interface Node {
  role: string;
  text: string;
  children: Node[];
}

interface ReadBack {
  /** The structure tree of each page, below the structure tree root. */
  pages: Node[][];
  /** Text on the pages that is outside the structure, and what it is marked as. */
  outside: { text: string; tag: string | null }[];
}

/** Reads the PDF's structure tree, page by page, with the text of each element. */
async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const document = await getDocument({ data: bytes.slice() }).promise;
  const pages: Node[][] = [];
  const outside: ReadBack['outside'] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const textById = new Map<string, string>();
    const open: { id: string | null; tag: string | null }[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        // PDF.js gives the tag of a marked-content sequence, though its types leave it out.
        const { tag } = item as typeof item & { tag?: string };
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
          open.push({ id: item.id ?? null, tag: tag ?? null });
        else if (item.type === 'endMarkedContent') open.pop();
        continue;
      }
      if (!item.str.trim()) continue;
      const structured = open.findLast((marking) => marking.id !== null);
      if (structured?.id)
        textById.set(
          structured.id,
          `${textById.get(structured.id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`,
        );
      else outside.push({ text: item.str, tag: open.at(-1)?.tag ?? null });
    }
    const toNode = (raw: { role?: string; type?: string; id?: string; children?: unknown[] }): Node => {
      if (raw.type === 'content')
        return { role: '#content', text: textById.get(raw.id!) ?? '', children: [] };
      const children = (raw.children ?? []).map((child) => toNode(child as typeof raw));
      return {
        role: raw.role ?? '',
        text: children
          .map((child) => child.text)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
        children,
      };
    };
    const tree = (await page.getStructTree()) as unknown as { children: unknown[] } | null;
    pages.push((tree?.children ?? []).map((child) => toNode(child as Parameters<typeof toNode>[0])));
  }
  return { pages, outside };
}

const all = (nodes: Node[], role: string | RegExp): Node[] =>
  nodes.flatMap((node) => [
    ...(node.role.match(role) && (typeof role !== 'string' || node.role === role) ? [node] : []),
    ...all(node.children, role),
  ]);

describe('the exported PDF', () => {
  it('is one Document whose headings are the record’s, in order, at the right levels', async () => {
    const { pages } = await readBack(pdf);
    for (const page of pages) expect(page.map((node) => node.role)).toEqual(['Document']);
    const headings = all(pages.flat(), /^H[1-6]$/).map((node) => `${node.role} ${node.text}`);
    const versionHeadings = (n: number) => [
      `H2 Version ${n} of 2`,
      'H3 Answers and outcomes',
      'H3 People involved in or consulted on the decision',
      'H3 References to legislation and guidance',
      'H3 Audit trail',
      'H3 Signature',
    ];
    // A heading is never split over two pages, so each is read once.
    expect(headings).toEqual([
      'H1 Decision record',
      'H2 The signed record in this file',
      'H2 Guidance editions used',
      ...versionHeadings(1),
      ...versionHeadings(2),
    ]);
  });

  it('holds the details and the signature of every version as tables with row headers', async () => {
    const { pages } = await readBack(pdf);
    const tables = all(pages.flat(), 'Table');
    expect(tables).toHaveLength(4);
    const rows = (table: Node) =>
      table.children.map((row) => {
        expect(row.role).toBe('TR');
        expect(row.children.map((cell) => cell.role)).toEqual(['TH', 'TD']);
        return [row.children[0].text, row.children[1].text];
      });
    for (const [index, version] of versions.entries()) {
      expect(rows(tables[index * 2])).toEqual([
        ['Journey', 'Am I colluding? A self-check (version 1)'],
        ['Case reference', 'SAF-2026-0412'],
        ['Date and time of the visit or event', formatDateTime(version.occurredAt)],
        ['Date and time of recording', formatDateTime(version.recordedAt)],
      ]);
      const signature = rows(tables[index * 2 + 1]);
      expect(signature.map(([header]) => header)).toEqual([
        'Signed by',
        'Role',
        'Agency',
        'Statement',
        'Signed at',
        'Device fingerprint',
        'How signing was confirmed',
        ...(version.passkey ? ['Passkey fingerprint'] : []),
        'Signature value',
      ]);
      expect(signature[0][1]).toBe('Sam Patel');
      expect(signature[4][1]).toBe(formatDateTime(version.signedAt));
      expect(signature[5][1]).toBe(version.fingerprint);
      expect(signature.at(-1)![1].replace(/\s+/g, '')).toBe(version.signature);
    }
  });

  it('says for every version how signing was confirmed, in the words of both verifiers', async () => {
    const { pages } = await readBack(pdf);
    const cells = (header: string) =>
      all(pages.flat(), 'TR')
        .filter((row) => row.children[0]?.text === header)
        .map((row) => row.children[1].text);
    const [first, second] = versions;
    expect(first.passkey).not.toBeNull();
    expect(second.passkey).toBeNull();
    expect(cells('How signing was confirmed')).toEqual([
      'Confirmed with a passkey',
      'Device key only (not confirmed with a passkey)',
    ]);
    // The passkey named by its fingerprint, as the device's is, for comparison with the register.
    expect(cells('Passkey fingerprint')).toEqual([first.passkey!.fingerprint]);
    // The command-line verifier, reading the record from this PDF, says the same of each version.
    const cli = runVerifier('confirmed.pdf', pdf);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain(
      `; confirmed with a passkey (passkey fingerprint ${first.passkey!.fingerprint})`,
    );
    expect(cli.out).toContain('; device key only');
  }, 30_000);

  it('lists people and references as lists, says what it carries, and keeps every text in the structure', async () => {
    const { pages, outside } = await readBack(pdf);
    const lists = all(pages.flat(), 'L').map((list) =>
      list.children.map((item) => `${item.role}: ${item.text}`),
    );
    expect(lists).toContainEqual(['LI: J. Okoro, team manager', 'LI: Zoë Ångström, GP']);
    expect(lists).toContainEqual([
      'LI: Non-engagement flowchart: individual/family is not engaging with services (undated): Am I colluding?; Next Steps',
      'LI: Care Act 2014, section 42',
      'LI: Mental Capacity Act 2005',
    ]);
    const paragraphs = all(pages.flat(), 'P').map((node) => node.text);
    expect(paragraphs).toContain(fileName);
    expect(paragraphs).toContain('node scripts/verify-record.mjs decision-record-SAF-2026-0412-v2.pdf');
    expect(paragraphs.join(' ')).toContain('This PDF carries the signed record');
    expect(paragraphs).toContain('Reason for this amendment');
    expect(paragraphs).toContain('Added a reference');
    // Each answer and outcome cites its source as the app does: the document and the section the library opens.
    expect(paragraphs).toContain('Source: Non-engagement flowchart, Am I colluding?');
    expect(paragraphs).toContain('Outcome: Discuss with your manager');
    expect(paragraphs).toContain('Source: Non-engagement flowchart, Next Steps');
    for (const source of versions.flatMap((version) => version.rows.flatMap((row) => row.sources)))
      expect(resolveCitation(source), source.section).toBeDefined();
    // Reading order: the decision, then its reasons, then who signed it.
    const text = pages
      .flat()
      .map((node) => node.text)
      .join(' ');
    const order = [
      'Do you rely on a family member for updates? Yes',
      'Outcome: Discuss with your manager',
      'Visit ran late',
      'Signed by Sam Patel',
    ];
    expect(order.map((part) => text.indexOf(part)).every((at) => at >= 0)).toBe(true);
    expect(text.indexOf(order[1])).toBeLessThan(text.indexOf(order[3]));
    expect(text).toContain(
      `Clock warning: at audit event 1 (q2) the device clock read ${formatDateTime('2026-11-21T14:56:00+00:00')}, about 10 minutes behind`,
    );
    // Dates are written for people, never as ISO timestamps.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    // Only the page footers are outside the structure, and they are marked as artifacts.
    expect(outside.length).toBeGreaterThan(0);
    for (const { text: footer, tag } of outside) {
      expect(tag).toBe('Artifact');
      expect(footer).toMatch(/^Decision record SAF-2026-0412 · page \d+ of \d+$/);
    }
  });

  it('reads back the same when made again with the same font, which is parsed only once', async () => {
    const again = await recordPdf(versions, { fileName, json }, fonts);
    const first = await readBack(pdf);
    expect(first.pages.flat().length).toBeGreaterThan(0);
    expect(await readBack(again)).toEqual(first);
  });

  it('reads back the same when its fonts were prepared ahead, before the first PDF made with them', async () => {
    const fresh: PdfFonts = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
    prepareFont(fresh.regular);
    prepareFont(fresh.bold);
    const prepared = await recordPdf(versions, { fileName, json }, fresh);
    expect(await readBack(prepared)).toEqual(await readBack(pdf));
  });

  it('is byte for byte the PDF made without preparing, when the tables embedding reads were read ahead', async () => {
    // Made at a fixed time, so that the two can be compared byte for byte.
    vi.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z'), toFake: ['Date'] });
    try {
      const fresh: PdfFonts = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
      const unprepared = await recordPdf(versions, { fileName, json }, fresh);
      const ahead: PdfFonts = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
      for (const bytes of [ahead.regular, ahead.bold]) {
        prepareFont(bytes);
        prepareFontEmbedding(bytes);
      }
      const prepared = await recordPdf(versions, { fileName, json }, ahead);
      expect(Buffer.from(prepared).equals(Buffer.from(unprepared))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is byte for byte the PDF made with fonts new to it, when made after another PDF laid out words in them', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z'), toFake: ['Date'] });
    try {
      const fresh: PdfFonts = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
      const first = await recordPdf(versions, { fileName, json }, fresh);
      // The same fonts again, their words laid out by the PDF before: the first version alone, then all.
      const used: PdfFonts = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
      await recordPdf(versions.slice(0, 1), { fileName, json }, used);
      const again = await recordPdf(versions, { fileName, json }, used);
      expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is byte for byte the same PDF when made a part at a time, with a pause between its parts', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z'), toFake: ['Date'] });
    try {
      const inOneGo = await recordPdf(versions, { fileName, json }, fonts);
      let pauses = 0;
      const pause = () => new Promise<void>((resolve) => setImmediate(() => resolve(void (pauses += 1))));
      const inParts = await recordPdf(versions, { fileName, json }, fonts, undefined, pause);
      // The opening, the editions, each of the two versions and the ending.
      expect(pauses).toBe(5);
      expect(Buffer.from(inParts).equals(Buffer.from(inOneGo))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the PDF up when a pause says so', async () => {
    const givenUp = new Error('no longer needed');
    await expect(
      recordPdf(versions, { fileName, json }, fonts, undefined, () => Promise.reject(givenUp)),
    ).rejects.toBe(givenUp);
  });

  it('lets the words it has laid out go when the app locks: the next PDF lays its words out afresh', async () => {
    // Every font fontkit reads shares one way of laying words out: counted here for the PDFs below.
    const fontClass = Object.getPrototypeOf(create(Buffer.from(fonts.regular)));
    const layout = vi.spyOn(fontClass, 'layout');
    try {
      const used: PdfFonts = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
      await recordPdf(versions, { fileName, json }, used);
      const firstTime = layout.mock.calls.length;
      layout.mockClear();
      await recordPdf(versions, { fileName, json }, used);
      const kept = layout.mock.calls.length;
      expect(kept, 'the second PDF finds most of its words laid out').toBeLessThan(firstTime / 2);

      layout.mockClear();
      await lock();
      await recordPdf(versions, { fileName, json }, used);
      expect(layout.mock.calls.length, 'after the lock, no word of the record is kept').toBe(firstTime);
    } finally {
      layout.mockRestore();
      holdDataKey(await createDataKey());
    }
  });

  it('is identified as PDF/A-3a and PDF/UA-1, in en-GB, tagged, showing its title', async () => {
    const document = await getDocument({ data: pdf.slice() }).promise;
    const { info, metadata } = (await document.getMetadata()) as unknown as {
      info: Record<string, unknown>;
      metadata: { get(name: string): string };
    };
    expect(info.Language).toBe('en-GB');
    expect(info.Title).toBe('Decision record SAF-2026-0412');
    expect(metadata.get('pdfaid:part')).toBe('3');
    expect(metadata.get('pdfaid:conformance')).toBe('A');
    expect(metadata.get('pdfuaid:part')).toBe('1');
    expect(metadata.get('dc:title')).toBe('Decision record SAF-2026-0412');
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/OutputIntents \[/);
  });

  it('escapes a case reference that looks like markup in its metadata, and keeps it as typed in the title', async () => {
    const reference = 'A&B <1>';
    const odd = versions.map((version) => ({ ...version, caseReference: reference }));
    const bytes = await recordPdf(odd, { fileName, json }, fonts);
    const { info, metadata } = (await (
      await getDocument({ data: bytes }).promise
    ).getMetadata()) as unknown as {
      info: Record<string, unknown>;
      metadata: { get(name: string): string };
    };
    expect(info.Title).toBe(`Decision record ${reference}`);
    expect(metadata.get('dc:title')).toBe(`Decision record ${reference}`);
  }, 30_000);

  it('cuts nothing off: a value longer than a page is written in full, and characters the font lacks are marked', async () => {
    const agency = Array.from({ length: 400 }, (_, index) => `Agency word ${index}`).join(' ');
    const odd = versions.map((version) => ({
      ...version,
      signer: { ...version.signer, agency },
      peopleInvolved: ['Ms B 😀', 'Bell\u0007'],
    }));
    const { pages, outside } = await readBack(await recordPdf(odd, { fileName, json }, fonts));
    const text = pages
      .flat()
      .map((node) => node.text)
      .join(' ');
    expect(text).toContain(`Agency ${agency}`);
    expect(text).toContain('Ms B [?]');
    expect(text).toContain('Bell[?]');
    expect(all(pages.flat(), /^H2$/).at(-1)?.text).toBe('Note');
    expect(text).toContain('Characters the PDF font cannot show are marked [?]');
    // The tables without the long value are still tables; nothing new is left outside the structure.
    expect(all(pages.flat(), 'Table')).toHaveLength(2);
    for (const { tag } of outside) expect(tag).toBe('Artifact');
  }, 60_000);

  it('carries the signed JSON export, byte for byte, as its associated source file', async () => {
    const document = await getDocument({ data: pdf.slice() }).promise;
    const attachments = (await document.getAttachments()) as Record<
      string,
      { filename: string; content: Uint8Array }
    >;
    expect(Object.keys(attachments)).toEqual([fileName]);
    expect(Buffer.from(attachments[fileName].content).toString('utf8')).toBe(json);
    expect(Buffer.from(pdf).toString('latin1')).toMatch(
      new RegExp(`/AFRelationship /Source\\n/F \\(${fileName}\\)`),
    );
    const embedded = await embeddedRecord(pdf, inflateSync);
    expect(embedded.name).toBe(fileName);
    expect(Buffer.from(embedded.bytes).toString('utf8')).toBe(json);
  });
});

/** The PDF with its attached record changed and compressed again (the stream's length put right). */
function withChangedAttachment(bytes: Uint8Array, change: (text: string) => string): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const header = /\/Type \/EmbeddedFile[\s\S]*?\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/.exec(
    text,
  )!;
  const start = header.index + header[0].length;
  const length = Number(header[1]);
  const changed = deflateSync(
    Buffer.from(change(inflateSync(bytes.subarray(start, start + length)).toString('utf8')), 'utf8'),
  );
  const before = Buffer.from(
    text.slice(0, start).replace(`/Length ${length}\n/Filter`, `/Length ${changed.length}\n/Filter`),
    'latin1',
  );
  return new Uint8Array(Buffer.concat([before, changed, bytes.subarray(start + length)]));
}

async function pdfWithoutAttachment(): Promise<Uint8Array> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.text('Decision record, printed from somewhere else');
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('checking the record from the PDF', () => {
  it('verifies the attached record in the app and with the command-line verifier, as the JSON', async () => {
    const result = await verifyExportFile(pdf);
    expect(result).toMatchObject({
      status: 'verified',
      attachedRecord: fileName,
      caseReference: 'SAF-2026-0412',
    });
    expect(result).toEqual({
      ...(await verifyExportFile(new TextEncoder().encode(json))),
      attachedRecord: fileName,
    });
    const fromPdf = runVerifier('record.pdf', pdf);
    const fromJson = runVerifier('record.json', new TextEncoder().encode(json));
    expect(fromPdf.code).toBe(0);
    expect(fromPdf.out).toBe(fromJson.out);
    expect(fromPdf.out).toMatch(/^Verified: signed by Sam Patel \(Social worker, Solihull Council\)/);
  }, 30_000);

  it('reports a PDF whose attached record was changed as altered', async () => {
    const altered = withChangedAttachment(pdf, (text) =>
      text.replace('"Raise at supervision on Friday."', '"Raise at supervision on Monday."'),
    );
    const result = await verifyExportFile(altered);
    expect(result.status).toBe('altered');
    const cli = runVerifier('altered.pdf', altered);
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/^ALTERED: version 1: the signature does not match/);
  }, 30_000);

  it('reports a PDF with no attached record, or a damaged one, as unreadable and says why', async () => {
    const plain = await pdfWithoutAttachment();
    expect(await verifyExportFile(plain)).toEqual({
      status: 'unreadable',
      reason: 'The PDF carries no signed record: no decision record (.json) is attached to it as its source.',
    });
    const cli = runVerifier('plain.pdf', plain);
    expect(cli).toEqual({
      code: 2,
      out: 'UNREADABLE: the PDF carries no signed record: no decision record (.json) is attached to it as its source\n',
    });

    const text = Buffer.from(pdf).toString('latin1');
    const at = text.indexOf('stream\n', text.indexOf('/Type /EmbeddedFile')) + 'stream\n'.length;
    const damaged = pdf.slice();
    damaged.fill(0x41, at, at + 40);
    expect(await verifyExportFile(damaged)).toMatchObject({
      status: 'unreadable',
      reason: expect.stringContaining('its compressed data cannot be read'),
    });
    expect(runVerifier('damaged.pdf', damaged).code).toBe(2);
  }, 30_000);
});
