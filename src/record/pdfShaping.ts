// fontkit shapes (lays out) text with the font's OpenType tables, and PDFKit asks it to shape each word
// of a PDF on its own. For every word fontkit then does three things whose result is always the same:
// it chooses the script and language again, with no language given (PDFKit gives none), which rebuilds
// the table of the font's features; it lists and sorts the lookups of each feature again; and it runs
// every lookup over every glyph of the word, also those that cannot change it: a feature's lookups when
// no glyph has the feature (a fraction's, in a word without a fraction slash), and mark-attachment
// lookups when the word has no combining mark (an accent typed as a character of its own). Those steps
// are most of the work of shaping a short word. `shapeWithoutRepeats` makes one parsed font keep the
// first two results for as long as they hold, and leave out the lookups that cannot change the word.
// The shaping is otherwise fontkit's own, and the glyphs and positions it gives are the same
// (tests/unit/pdf-shaping.test.ts lays text out with and without these and compares).
//
// These are fontkit's own methods on its processors for one font, so each is kept as fontkit has it and
// only called less. If a later fontkit no longer has them in this form, the font is left as it is.

/** A GPOS lookup as fontkit reads it (restructure gives extension subtables their own lookup type). */
interface Lookup {
  lookupType: number;
  subTables: SubTable[];
}
interface SubTable {
  lookupType?: number;
  extension?: SubTable;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
}
type Coverage =
  { version: 1; glyphs: number[] } | { version: 2; rangeRecords: { start: number; end: number }[] };
interface LookupEntry {
  feature: string;
  lookup: Lookup;
}
interface Glyph {
  id: number;
  features: object;
}
interface Processor {
  features: object;
  scriptTag: string;
  selectScript(script?: string, language?: string, direction?: string): string;
  lookupsForFeatures(features?: string[], exclude?: number[]): LookupEntry[];
  applyLookups(lookups: LookupEntry[], glyphs: Glyph[], positions?: unknown): void;
}
interface Shaper {
  _layoutEngine?: { engine?: { GSUBProcessor?: Processor | null; GPOSProcessor?: Processor | null } };
}

const isProcessor = (value: Processor | null | undefined): value is Processor =>
  typeof value?.selectScript === 'function' &&
  typeof value.lookupsForFeatures === 'function' &&
  typeof value.applyLookups === 'function';

/**
 * fontkit chooses the script and language for each text; with the same script, language and direction
 * as the last time, its choice and its table of features are those it already has.
 */
function keepScript(processor: Processor): void {
  const select = processor.selectScript;
  let last: [string?, string?, string?] | undefined;
  processor.selectScript = function (script, language, direction) {
    if (last && last[0] === script && last[1] === language && last[2] === direction) return this.scriptTag;
    last = [script, language, direction];
    return select.call(this, script, language, direction);
  };
}

/** A feature's lookups, in the order fontkit applies them, are the same while its feature table is. */
function keepLookups(processor: Processor): void {
  const lookupsFor = processor.lookupsForFeatures;
  let listedFor: object | undefined;
  const listed = new Map<string, LookupEntry[]>();
  processor.lookupsForFeatures = function (features = [], exclude) {
    if (exclude) return lookupsFor.call(this, features, exclude);
    if (listedFor !== this.features) {
      listed.clear();
      listedFor = this.features;
    }
    const key = features.join(' ');
    let lookups = listed.get(key);
    if (!lookups) listed.set(key, (lookups = lookupsFor.call(this, features)));
    return lookups;
  };
}

/** Mark-to-base, mark-to-ligature and mark-to-mark attachment: GPOS lookup types 4, 5 and 6. */
const markAttachment = new Set([4, 5, 6]);

function coverageGlyphs(coverage: Coverage | undefined, into: Set<number>): boolean {
  if (coverage?.version === 1) for (const glyph of coverage.glyphs) into.add(glyph);
  else if (coverage?.version === 2)
    for (const range of coverage.rangeRecords)
      for (let glyph = range.start; glyph <= range.end; glyph++) into.add(glyph);
  else return false;
  return true;
}

/**
 * The glyphs a lookup can attach, if it only attaches marks: each subtable of such a lookup does nothing
 * unless the glyph it is at is in its mark coverage. Undefined for any other lookup.
 */
function attachedGlyphs(lookup: Lookup): ReadonlySet<number> | undefined {
  const glyphs = new Set<number>();
  for (const subTable of lookup.subTables) {
    // An extension subtable (type 9) holds the real one, with its type.
    const [type, table] =
      lookup.lookupType === 9 ? [subTable.lookupType, subTable.extension] : [lookup.lookupType, subTable];
    if (type === undefined || !markAttachment.has(type) || !table) return undefined;
    if (!coverageGlyphs(type === 6 ? table.mark1Coverage : table.markCoverage, glyphs)) return undefined;
  }
  return glyphs;
}

/**
 * fontkit runs a lookup at each glyph that has the lookup's feature, and a mark-attachment lookup acts
 * only at a glyph it attaches. So a lookup of a feature none of the text's glyphs has, or in positioning
 * a mark lookup none of them is attached by, would pass over each glyph and change nothing: it is left
 * out before fontkit runs the rest. Within one run of lookups the glyphs gain no feature (a glyph put in
 * by a substitution takes the features of the one it replaces), and positioning never changes a glyph.
 */
function skipIdleLookups(processor: Processor, positioning: boolean): void {
  const apply = processor.applyLookups;
  const attached = new Map<Lookup, ReadonlySet<number> | undefined>();
  const attachedBy = (lookup: Lookup) => {
    if (!attached.has(lookup)) attached.set(lookup, attachedGlyphs(lookup));
    return attached.get(lookup);
  };
  processor.applyLookups = function (lookups, glyphs, positions) {
    const acting = lookups.filter(({ feature, lookup }) => {
      if (!glyphs.some((glyph) => feature in glyph.features)) return false;
      const marks = positioning ? attachedBy(lookup) : undefined;
      return !marks || glyphs.some((glyph) => marks.has(glyph.id));
    });
    apply.call(this, acting, glyphs, positions);
  };
}

/** Makes a parsed (fontkit) font shape each text without the steps repeated for every text; see above. */
export function shapeWithoutRepeats(font: object): void {
  const engine = (font as Shaper)._layoutEngine?.engine;
  const substitution = engine?.GSUBProcessor;
  const positioning = engine?.GPOSProcessor;
  for (const processor of [substitution, positioning])
    if (isProcessor(processor)) {
      keepScript(processor);
      keepLookups(processor);
    }
  if (isProcessor(substitution)) skipIdleLookups(substitution, false);
  if (isProcessor(positioning)) skipIdleLookups(positioning, true);
}
