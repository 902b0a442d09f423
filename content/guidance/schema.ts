import type { DocumentId } from '../schema';

// The guidance library: each document of ../shared/guidance as readable, structured text, in its own
// order and words. Data only; the screens in src/screens/guidance/ render it and search it.

/**
 * Words the extraction damaged, shown repaired. `reads` is the damaged text exactly as the copy has it
 * (whitespace aside) and `repairedAs` what it becomes in `text` (the whole of `text` when absent), so
 * each repair can be checked against the source and shown to the reader.
 */
export interface Repaired {
  text: string;
  reads: string;
  repairedAs?: string;
  /** Why the repair is safe, where that is not obvious from `reads`. */
  note?: string;
}

/** Text as printed, or repaired from damaged text. */
export type Words = string | Repaired;

/** A list item, with the items nested under it where the document nests them. */
export type GuidanceListItem = Words | { item: Words; items: Words[] };

/** A place the copy cannot be read: shown as missing, with the note, never filled in. */
export interface Missing {
  missing: string;
}

/** A table cell: words, a list, several blocks, or a damaged cell shown as missing. */
export type GuidanceCell = Words | Missing | { blocks: GuidanceBlock[] };

export type GuidanceBlock =
  | { kind: 'paragraph'; text: Words; style?: 'strong' | 'italic' }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: GuidanceListItem[]; ordered?: boolean }
  | { kind: 'table'; caption: string; head: string[]; rows: GuidanceCell[][] }
  | ({ kind: 'missing' } & Missing)
  /**
   * The examples table of the thresholds guidance: its column headings as printed, and its cells as
   * content/thresholds.ts transcribes them (with their repairs, omissions and notes).
   */
  | { kind: 'thresholdExamples'; head: Words[] };

export interface GuidanceSection {
  /** The section's anchor, unique within its document (used in the address: #/guidance/doc/id). */
  id: string;
  /** The section's number as the document prints it ("15.3", "6.1 a)", "Appendix B"), if any. */
  number?: Words;
  title?: string;
  /** The title is the library's: the document gives this part no heading (a note, a footnote). */
  titleSupplied?: boolean;
  /** Further names the app's citations use for this section ("§15.3 examples", "Am I colluding? (overleaf)"). */
  citedAs?: string[];
  blocks: GuidanceBlock[];
  sections?: GuidanceSection[];
}

/** Text in the copy the library leaves out because it cannot be read, with the reason. */
export interface GuidanceOmission {
  /** The copy's text exactly as it stands (whitespace aside). */
  reads: string;
  reason: string;
}

export interface GuidanceDocument {
  doc: DocumentId;
  /** The file in ../shared/guidance this is transcribed from. */
  file: string;
  sections: GuidanceSection[];
  /** Everything in the copy the library deliberately leaves out. */
  omissions: GuidanceOmission[];
  /**
   * Repairs to text the library shows from other content (the examples table in content/thresholds.ts
   * notes its own repairs in words; these quote the copy exactly).
   */
  repairsElsewhere?: Repaired[];
}
