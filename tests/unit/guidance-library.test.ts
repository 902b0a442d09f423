// The guidance library against the source documents: every sentence of every document is in the
// library (or is a named omission with a reason), every repair quotes the copy, and every citation in
// the content opens an existing section.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editions } from '../../content/editions';
import { guidanceLibrary } from '../../content/guidance';
import type { GuidanceDocument, Repaired } from '../../content/guidance/schema';
import type { Source } from '../../content/schema';
import { allSections, resolveCitation } from '../../src/guidance/library';
import { sectionHeading, sectionText } from '../../src/guidance/text';

const guidanceDir = resolve(__dirname, '../../../shared/guidance');

/** Case, quotes and whitespace do not count as differences. */
const normalise = (text: string) =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The copy's formatting marks (HTML and Markdown from the PDF extraction) are not its words. */
const withoutMarkup = (text: string) =>
  text
    .replace(/<\/?mark>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([()])/g, '$1')
    .replace(/\*+/g, '')
    .replace(/^#+\s*/gm, '');

/** A pattern for text as the copy has it, where any run of whitespace may stand for any other. */
const loosely = (text: string) =>
  new RegExp(
    text
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );

const everywhere = (text: string) => new RegExp(loosely(text).source, 'g');

function repairsIn(value: unknown, found: Repaired[] = []): Repaired[] {
  if (Array.isArray(value)) value.forEach((entry) => repairsIn(entry, found));
  else if (value && typeof value === 'object') {
    if ('reads' in value && 'text' in value && typeof value.reads === 'string') found.push(value as Repaired);
    else Object.values(value).forEach((entry) => repairsIn(entry, found));
  }
  return found;
}

const libraryText = (document: GuidanceDocument) =>
  normalise(
    withoutMarkup(
      allSections(document)
        .map((section) => `${sectionHeading(section)}\n${sectionText(section)}`)
        .join('\n'),
    ),
  );

/** The copy with the documented repairs made and the named omissions taken out. */
function sourceAsRepaired(document: GuidanceDocument): { text: string; problems: string[] } {
  let text = withoutMarkup(readFileSync(resolve(guidanceDir, document.file), 'utf8'));
  const problems: string[] = [];
  for (const repair of repairsIn([document.sections, document.repairsElsewhere])) {
    const parts = repair.reads.split(' … ');
    if (parts.length > 1) {
      // Words split across cells or lines: each part must be in the copy, in order; the cells are
      // checked one by one below, so nothing needs replacing.
      let from = 0;
      for (const part of parts) {
        const at = text.slice(from).search(loosely(part));
        if (at < 0) problems.push(`repair "${repair.reads}" does not match the copy at "${part}"`);
        else from += at;
      }
      continue;
    }
    const shownAs = repair.repairedAs ?? repair.text;
    if (!repair.text.includes(shownAs))
      problems.push(`repair "${repair.reads}": "${shownAs}" is not in its text`);
    if (!loosely(repair.reads).test(text)) problems.push(`repair "${repair.reads}" is not in the copy`);
    text = text.replace(everywhere(repair.reads), shownAs);
  }
  for (const omission of document.omissions) {
    if (!omission.reason.trim()) problems.push(`omission "${omission.reads}" gives no reason`);
    if (!loosely(omission.reads).test(text)) problems.push(`omission "${omission.reads}" is not in the copy`);
    text = text.replace(everywhere(omission.reads), '\n');
  }
  return { text, problems };
}

/**
 * The copy cut into the pieces that must each appear in the library: lines and table cells (bullet and
 * arrow marks split them too), without list marks, then sentences. A line that is only a number is a
 * page number.
 */
const sentencesOf = (text: string) =>
  text
    .split(/[\n\t•→]/)
    .map((piece) =>
      piece
        .trim()
        .replace(/^(?:(?:[-✓o]|\d+\.)\s+)+/, '')
        .trim(),
    )
    .filter((piece) => piece && !/^\d+$/.test(piece))
    .flatMap((piece) => piece.split(/(?<=[.?!])\s+(?=\S)/))
    .map(normalise)
    .filter(Boolean);

describe('guidance library', () => {
  it('has the five documents, each once, each with an edition', () => {
    expect(guidanceLibrary.map((document) => document.doc).sort()).toEqual(Object.keys(editions).sort());
  });

  it('gives every section an anchor unique within its document', () => {
    for (const document of guidanceLibrary) {
      const ids = allSections(document).map((section) => section.id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        document.doc,
      ).toEqual([]);
      for (const id of ids) expect(id, document.doc).toMatch(/^[a-z0-9-]+$/);
    }
  });

  for (const document of guidanceLibrary) {
    it(`has every sentence of ${document.file}, or names it as left out with a reason`, () => {
      const { text, problems } = sourceAsRepaired(document);
      expect(problems).toEqual([]);
      const library = libraryText(document);
      const absent = sentencesOf(text).filter((sentence) => !library.includes(sentence));
      expect(absent).toEqual([]);
    });
  }
});

describe('citations', () => {
  const sources: Array<[string, Source]> = [];
  const collect = (where: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((entry, index) => collect(`${where}[${index}]`, entry));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.doc === 'string' && typeof record.section === 'string')
        sources.push([where, record as unknown as Source]);
      else for (const [key, entry] of Object.entries(record)) collect(`${where}.${key}`, entry);
    }
  };
  // Every module of content/, every export: journeys, the thresholds tables, scenarios, the library.
  const modules = import.meta.glob<Record<string, unknown>>('../../content/**/*.ts', { eager: true });
  for (const [file, exports] of Object.entries(modules)) collect(file.replace('../../', ''), exports);

  it('finds the sources to check', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('opens the section a citation names where two sections share the start of a name', () => {
    const opened = (doc: Source['doc'], section: string) => resolveCitation({ doc, section })?.id;
    expect(opened('non-engagement', 'Footnote (A2 SCR 2012)')).toBe('closing');
    expect(
      opened('non-engagement', 'Footnote (*) to "Multi-Agency Strategy or Risk Assessment Meeting"'),
    ).toBe('footnote');
    expect(opened('thresholds', '§15.3 examples: Physical, SAFEGUARDING (3rd column)')).toBe('examples');
    expect(opened('thresholds', '§15.3 Safeguarding Adults Threshold, question 2')).toBe('s15-3');
    expect(opened('thresholds', '§15.2 IF IN DOUBT: Record decision and reasons for the decision')).toBe(
      'if-in-doubt',
    );
    expect(opened('risk-management', '§1.4 a)')).toBe('s1-4');
    expect(opened('risk-management', '§6.1 b) Stage 2: "with timescales"')).toBe('s6-1-b');
    expect(opened('risk-management', '§3 Mental Capacity Act and Best Interests')).toBe('mca-best-interests');
    expect(opened('risk-management', 'Appendix C: Example of good practice')).toBe('appendix-c');
    expect(opened('partnership', '§3.3 Sharing information')).toBe('s3-3');
    expect(
      opened(
        'peter-review',
        'Learning Point 6: Strategy meetings family involvement (Author Findings - Peter; Actions)',
      ),
    ).toBe('findings');
    // A number is not the start of a longer number.
    expect(opened('risk-management', '§1.45')).toBeUndefined();
  });

  it('opens an existing section of the cited document for every source in the content', () => {
    const unresolved = sources
      .filter(([, source]) => !resolveCitation(source))
      .map(([where, source]) => `${where}: ${source.doc} ${source.section}`);
    expect(unresolved).toEqual([]);
  });
});
