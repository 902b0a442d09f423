import MiniSearch from 'minisearch';
import { documentShortNames } from '../../content/editions';
import type { DocumentId } from '../../content/schema';
import { allSections, guidanceLibrary } from './library';
import { sectionHeading, sectionText } from './text';

/** A piece of text, marked where it is one of the words that matched. */
export interface TextPart {
  text: string;
  match: boolean;
}

export interface LibraryHit {
  doc: DocumentId;
  section: string;
  documentName: string;
  heading: TextPart[];
  /** The matching words in their sentence, or the section's opening words when only the heading matched. */
  excerpt: TextPart[];
}

interface IndexedSection {
  id: string;
  doc: DocumentId;
  section: string;
  heading: string;
  text: string;
}

let index: MiniSearch<IndexedSection> | undefined;

/** One entry per section of every document; built on the first search, in well under a second. */
function libraryIndex(): MiniSearch<IndexedSection> {
  if (index) return index;
  index = new MiniSearch<IndexedSection>({
    fields: ['heading', 'text'],
    storeFields: ['doc', 'section', 'heading', 'text'],
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { heading: 2 } },
  });
  index.addAll(
    guidanceLibrary.flatMap((document) =>
      allSections(document).map((section) => ({
        id: `${document.doc}/${section.id}`,
        doc: document.doc,
        section: section.id,
        heading: sectionHeading(section) || documentShortNames[document.doc],
        text: sectionText(section).replace(/\s+/g, ' ').trim(),
      })),
    ),
  );
  return index;
}

/** Splits text into parts, marking every word that is one of the matched terms. */
export function markTerms(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!terms.has(word[0].toLowerCase())) continue;
    if (word.index > last) parts.push({ text: text.slice(last, word.index), match: false });
    parts.push({ text: word[0], match: true });
    last = word.index + word[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

const excerptLength = 220;

/** About a sentence of the text around its first matching word. */
function excerptOf(text: string, terms: ReadonlySet<string>): string {
  const first = [...text.matchAll(/[\p{L}\p{N}]+/gu)].find((word) => terms.has(word[0].toLowerCase()));
  const from = first ? Math.max(0, text.lastIndexOf(' ', Math.max(0, first.index - 70)) + 1) : 0;
  const to = Math.min(text.length, from + excerptLength);
  const end = to < text.length ? text.lastIndexOf(' ', to) : to;
  return `${from > 0 ? '… ' : ''}${text.slice(from, end > from ? end : to)}${to < text.length ? ' …' : ''}`;
}

/** Sections of any document with every word of the query (or words starting with it), best first. */
export function searchLibrary(query: string, limit = 30): LibraryHit[] {
  if (!query.trim()) return [];
  return libraryIndex()
    .search(query)
    .slice(0, limit)
    .map((result) => {
      const terms = new Set(result.terms.map((term) => term.toLowerCase()));
      const stored = result as unknown as IndexedSection;
      return {
        doc: stored.doc,
        section: stored.section,
        documentName: documentShortNames[stored.doc],
        heading: markTerms(stored.heading, terms),
        excerpt: markTerms(excerptOf(stored.text, terms), terms),
      };
    });
}
