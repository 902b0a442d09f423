// The PDF font shaped without fontkit's repeated steps (src/record/pdfShaping.ts) gives the same glyphs
// and positions as fontkit unchanged, text after text: plain words as PDFKit lays them out (each with
// its space), ligatures and kerning, combining marks on letters and on each other, precomposed letters,
// fractions (whose lookups apply to some glyphs only), other scripts in between (so the script chosen
// changes and changes back), and a language asked for by name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { shapeWithoutRepeats } from '../../src/record/pdfShaping';

const fontBytes = (weight: string) =>
  readFileSync(
    resolve(__dirname, `../../node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`),
  );

const texts: [string, string?, string?][] = [
  ['Decision '],
  ['record, '],
  ['AVATAR '],
  ['Yes '],
  ['To '],
  ['office '],
  ['flowchart: '],
  ['fifty-five '],
  ['Zoe\u0308 '], // e and a combining diaeresis
  ['Zoë '],
  ['Ångström '],
  ['A\u030a\u0301 '], // two marks on one letter: attached to the letter, then to each other
  ['i\u0307\u0301 '], // a soft-dotted i with marks
  ['q\u0323\u0302 '],
  ['1\u20442 '], // a fraction
  ['ratio 3\u20444 '], // a fraction after glyphs without its features
  ['x10\u204432'],
  ['£12.50 '],
  ['“Quoted” '],
  ['–'],
  ['Σωκράτης '],
  ['Decision '],
  ['Москва '],
  ['नमस्ते '],
  ['record '],
  ['Şirket ', 'latn', 'ROM'], // a language the font has its own forms for
  ['Şirket '],
  ['ţară ', 'latn', 'MOL'],
  ['ţară '],
  ['qyAXYDGqAlTBEodRtGcSA2HQVsjIrjqvSbDvgHVShGk.'],
  [''],
  ['e\u0301'],
];

function shaped(font: Font, [text, script, language]: [string, string?, string?]) {
  const run = script ? font.layout(text, [], script, language) : font.layout(text);
  return {
    glyphs: run.glyphs.map((glyph) => [glyph.id, ...glyph.codePoints]),
    positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => [
      xAdvance,
      yAdvance,
      xOffset,
      yOffset,
    ]),
  };
}

describe.each(['400Regular', '700Bold'])('Noto Sans %s shaped without repeated steps', (weight) => {
  it('gives the glyphs and positions fontkit gives, text after text, in either order', () => {
    const plain = create(fontBytes(weight)) as Font;
    const lean = create(fontBytes(weight)) as Font;
    shapeWithoutRepeats(lean);
    for (const order of [texts, [...texts].reverse(), [...texts, ...texts]])
      for (const text of order) expect(shaped(lean, text), JSON.stringify(text)).toEqual(shaped(plain, text));
  });

  it('applies to this font: fontkit still has the steps it keeps and passes over', () => {
    // If a later fontkit changed them, the font would be shaped as before, only more slowly.
    const lean = create(fontBytes(weight)) as Font;
    shapeWithoutRepeats(lean);
    const engine = (lean as unknown as { _layoutEngine: { engine: Record<string, object> } })._layoutEngine
      .engine;
    for (const processor of [engine.GSUBProcessor, engine.GPOSProcessor])
      for (const step of ['selectScript', 'lookupsForFeatures', 'applyLookups'])
        expect(Object.hasOwn(processor!, step), step).toBe(true);
  });
});
