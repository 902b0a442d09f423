import { guidanceLibrary } from '../../content/guidance';
import type { GuidanceDocument, GuidanceSection } from '../../content/guidance/schema';
import type { DocumentId, Source } from '../../content/schema';
import { wordsText } from './text';

export { guidanceLibrary };

export const libraryDocument = (doc: DocumentId): GuidanceDocument | undefined =>
  guidanceLibrary.find((document) => document.doc === doc);

/** Every section of a document, subsections after their parent, in the document's order. */
export function allSections(document: GuidanceDocument): GuidanceSection[] {
  const out: GuidanceSection[] = [];
  const visit = (sections: GuidanceSection[]) => {
    for (const section of sections) {
      out.push(section);
      visit(section.sections ?? []);
    }
  };
  visit(document.sections);
  return out;
}

/** How citations name a section: "§" and its number ("§15.3", "§6.1 a)"), its title, and any other names. */
function namesOf(section: GuidanceSection): string[] {
  const names = [...(section.citedAs ?? [])];
  if (section.title) names.push(section.title);
  if (section.number) {
    const number = wordsText(section.number).replace(/[.)]$/, '');
    names.push(/^\d/.test(number) ? `§${number}` : number);
    if (/\)$/.test(wordsText(section.number))) names.push(`§${wordsText(section.number)}`);
  }
  return names;
}

/** True when the citation is the name, or the name followed by more detail ("§15.3, question 1", not "§15.31" or "§1.4" for "§1"). */
const citesName = (citation: string, name: string) =>
  citation === name ||
  (citation.startsWith(name) && !/^(?:[\p{L}\p{N}]|\.\d)/u.test(citation.slice(name.length)));

/**
 * The library section a citation opens: the section whose name is the longest match at the start of
 * the citation's section ("§6.1 b) Stage 2: …" opens 6.1 b), "§15.3 examples: Physical" the examples).
 */
export function resolveCitation(source: Source): GuidanceSection | undefined {
  const document = libraryDocument(source.doc);
  if (!document) return undefined;
  let best: { section: GuidanceSection; length: number } | undefined;
  for (const section of allSections(document)) {
    for (const name of namesOf(section)) {
      if (citesName(source.section, name) && (!best || name.length > best.length))
        best = { section, length: name.length };
    }
  }
  return best?.section;
}
