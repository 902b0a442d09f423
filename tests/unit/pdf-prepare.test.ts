// @vitest-environment node
// Making "Download as PDF" ready while a record is open (preparePdf in recordService.ts): the record's
// PDF is made once ahead, so the worker's press lays out no word again; leaving the record or pressing
// stops what is still to do. fontkit is watched to see which words are laid out, and when.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACCURACY_STATEMENT,
  amendRecord,
  buildRecord,
  signRecord,
  type SignedRecord,
} from '../../src/record/record';
import { createSigningKeyPair } from '../../src/record/keys';
import { oneAnswerRecord } from '../support/sample-record';
import { unlockStorage } from '../support/unlock';

/** Every text fontkit is asked to lay out, in order, across every font it parses. */
const laidOut: string[] = vi.hoisted(() => []);
/** For each text laid out, how many PDFs had been begun by then. */
const laidOutInPdf: number[] = vi.hoisted(() => []);
vi.mock('fontkit', async (original) => {
  const fontkit = await original<typeof import('fontkit')>();
  return {
    ...fontkit,
    create: (...args: Parameters<typeof fontkit.create>) => {
      const font = fontkit.create(...args) as { layout: (text: string, ...rest: unknown[]) => unknown };
      const layout = font.layout.bind(font);
      font.layout = (text, ...rest) => {
        laidOut.push(text);
        laidOutInPdf.push(pdfsMade.count);
        return layout(text, ...rest);
      };
      return font;
    },
  };
});
const downloads: string[] = vi.hoisted(() => []);
/**
 * Each PDF waits for its journey to load; `journeyHeld.until` holds that back, to keep a press making its
 * PDF for as long as a test needs.
 */
const journeyHeld = vi.hoisted(() => ({ until: Promise.resolve(), asked: 0 }));
vi.mock('../../machines', async (original) => {
  const machines = await original<typeof import('../../machines')>();
  return {
    ...machines,
    loadJourney: (id: string) => {
      journeyHeld.asked += 1;
      return journeyHeld.until.then(() => machines.loadJourney(id));
    },
  };
});
/** When the browser counts as idle: soon, or, with `never`, not at all (from when a PDF is begun, with `neverOnceAPdfBegins`). */
const idleness = vi.hoisted(() => ({ never: false, neverOnceAPdfBegins: false }));
vi.mock('../../src/app/lazyScreen', async (original) => ({
  ...(await original<typeof import('../../src/app/lazyScreen')>()),
  whenIdle: (work: () => void) => {
    if (idleness.never) return () => {};
    const timer = setTimeout(work, 20);
    return () => clearTimeout(timer);
  },
}));
/** How many PDFs have been made, for download or ahead. */
const pdfsMade = vi.hoisted(() => ({ count: 0 }));
vi.mock('pdfkit', async (original) => {
  const { default: PDFDocument } = await original<{ default: new (...args: never[]) => object }>();
  class CountedDocument extends PDFDocument {
    constructor(...args: never[]) {
      super(...args);
      pdfsMade.count += 1;
      if (idleness.neverOnceAPdfBegins) idleness.never = true;
    }
  }
  return { default: CountedDocument };
});
vi.mock('../../src/app/download', async (original) => ({
  ...(await original<typeof import('../../src/app/download')>()),
  downloadBlob: (fileName: string) => downloads.push(fileName),
}));

type Service = typeof import('../../src/screens/records/recordService');
let service: Service;
let versions: SignedRecord[];
let keys: CryptoKeyPair;
const signer = {
  name: 'Sam Patel',
  role: 'Social worker',
  agency: 'Solihull Council',
  statement: ACCURACY_STATEMENT,
};

beforeEach(async () => {
  // The font files, which the app fetches from its own origin, from the package they are built from.
  vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(`${process.cwd()}${url}`)));
  vi.resetModules();
  laidOut.length = 0;
  journeyHeld.until = Promise.resolve();
  journeyHeld.asked = 0;
  idleness.never = false;
  idleness.neverOnceAPdfBegins = false;
  laidOutInPdf.length = 0;
  pdfsMade.count = 0;
  downloads.length = 0;
  service = await import('../../src/screens/records/recordService');
  await unlockStorage();
  const record = buildRecord(oneAnswerRecord('REF-PREPARE-1', new Date('2026-11-30T10:00:00Z')));
  keys = await createSigningKeyPair();
  versions = [await signRecord(record, signer, keys, new Date(), '0.1.0')];
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('preparing "Download as PDF" while a record is open', () => {
  it("lays out the record's own words ahead, so the press lays out none", async () => {
    await service.preparePdf(versions, () => true);
    expect(laidOut).toContain('REF-PREPARE-1');
    expect(laidOut.some((text) => text.includes('colluding'))).toBe(true);
    const before = laidOut.length;
    await service.exportPdf(versions);
    expect(downloads).toEqual(['decision-record-REF-PREPARE-1-v1.pdf']);
    expect(laidOut.slice(before)).toEqual([]);
  }, 60_000);

  it('without it, the press lays the words out itself', async () => {
    await service.exportPdf(versions);
    expect(downloads).toEqual(['decision-record-REF-PREPARE-1-v1.pdf']);
    expect(laidOut).toContain('REF-PREPARE-1');
  }, 60_000);

  it('does nothing more once the record has been left', async () => {
    let open = true;
    const preparing = service.preparePdf(versions, () => open);
    open = false;
    await preparing;
    expect(laidOut).toEqual([]);
  }, 60_000);

  it('stops once "Download as PDF" is pressed, and the press makes the PDF', async () => {
    const preparing = service.preparePdf(versions, () => true);
    await service.exportPdf(versions);
    expect(downloads).toEqual(['decision-record-REF-PREPARE-1-v1.pdf']);
    expect(laidOut).toContain('REF-PREPARE-1');
    const byThePress = laidOut.length;
    await preparing;
    expect(laidOut.length, 'nothing is laid out once the press has been made').toBe(byThePress);
  }, 60_000);

  it('a press while the PDF is being made ahead does not wait for the browser to be idle: that PDF gives up at once', async () => {
    // Once the PDF made ahead is begun, the browser is never idle: it waits before its next part for good.
    idleness.neverOnceAPdfBegins = true;
    const preparing = service.preparePdf(versions, () => true);
    await vi.waitUntil(() => pdfsMade.count === 1, { timeout: 30_000, interval: 5 });
    await service.exportPdf(versions);
    await preparing;
    expect(downloads).toEqual(['decision-record-REF-PREPARE-1-v1.pdf']);
    expect(pdfsMade.count).toBe(2);
    // The record's words were laid out by the press, the second PDF begun: the first stopped before them.
    const recordWords = laidOutInPdf.filter((_, index) => laidOut[index].includes('colluding'));
    expect(recordWords.length).toBeGreaterThan(0);
    expect(recordWords.every((begun) => begun === 2)).toBe(true);
  }, 60_000);

  it('a press that comes before the PDF made ahead has reached its first part stops it there', async () => {
    let release = () => {};
    journeyHeld.until = new Promise((resolve) => (release = resolve));
    const preparing = service.preparePdf(versions, () => true);
    // The PDF made ahead has begun: it waits for its journey before its first part.
    await vi.waitUntil(() => journeyHeld.asked === 1, { timeout: 30_000, interval: 5 });
    const pressing = service.exportPdf(versions);
    // From now on the browser is never idle, so a PDF made ahead that waited for it would wait for good.
    idleness.never = true;
    release();
    await Promise.all([pressing, preparing]);
    expect(downloads).toEqual(['decision-record-REF-PREPARE-1-v1.pdf']);
  }, 60_000);

  it('a preparation begun while a press is making its PDF takes no step while it lasts', async () => {
    let release = () => {};
    journeyHeld.until = new Promise((resolve) => (release = resolve));
    const pressing = service.exportPdf(versions);
    const preparing = service.preparePdf(versions, () => true);
    // Time enough for the preparation's steps, had it taken any: the browser is idle meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Reading a font ahead lays out a line with every capital letter; the record has no such line.
    expect(laidOut.some((text) => text.includes('ABCDEFGHIJKLMNOPQRSTUVWXYZ'))).toBe(false);
    release();
    await Promise.all([pressing, preparing]);
    expect(downloads).toEqual(['decision-record-REF-PREPARE-1-v1.pdf']);
    expect(pdfsMade.count).toBe(1);
  }, 60_000);

  it('makes a version only once, ahead or by a press; again for a new version, and after the app has locked', async () => {
    await service.preparePdf(versions, () => true);
    expect(pdfsMade.count).toBe(1);
    await service.preparePdf(versions, () => true);
    expect(pdfsMade.count, 'the same version is not made ahead again').toBe(1);
    await service.exportPdf(versions);
    expect(pdfsMade.count, 'the press makes the PDF it downloads').toBe(2);

    const amended = [
      ...versions,
      await amendRecord(
        versions[0],
        { extraReferences: ['Care Act 2014, section 42'] },
        'Added a reference',
        signer,
        keys,
        new Date(),
        '0.1.0',
      ),
    ];
    await service.preparePdf(amended, () => true);
    expect(pdfsMade.count, 'a new version is made ahead').toBe(3);
    expect(laidOut.some((text) => text.startsWith('Added'))).toBe(true);

    const { lock } = await import('../../src/storage/keyring');
    await lock();
    const laidOutBefore = laidOut.length;
    await service.preparePdf(amended, () => true);
    expect(pdfsMade.count, 'after locking, made ahead again').toBe(4);
    expect(laidOut.slice(laidOutBefore)).toContain('REF-PREPARE-1');
  }, 60_000);

  it('a press made before the record was prepared leaves nothing to make ahead for that version', async () => {
    await service.exportPdf(versions);
    expect(pdfsMade.count).toBe(1);
    await service.preparePdf(versions, () => true);
    expect(pdfsMade.count).toBe(1);
  }, 60_000);
});
