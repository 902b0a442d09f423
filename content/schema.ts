// The shape of everything the guidance contributes to the app. Content is data only: it imports nothing
// from machines/ or src/, so a reviewer can check it against the guidance line by line.

/** The guidance documents in ../shared/guidance, by a short stable id. */
export type DocumentId = 'non-engagement' | 'risk-management' | 'partnership' | 'thresholds' | 'peter-review';

/** Where a piece of content comes from: a document and a section within it. */
export interface Source {
  doc: DocumentId;
  /** As the document numbers or titles it, e.g. "§3.3" or "Concerns/Issues Raised". */
  section: string;
}

export interface Edition {
  doc: DocumentId;
  title: string;
  /** The date the document carries, as printed, or "undated". */
  date: string;
  /** A notice the worker must see about this edition (superseded, overdue for review). */
  notice?: string;
}

/**
 * Text that is not the guidance's own words but had to be supplied because the source is damaged or
 * silent. The app shows the note wherever the text appears.
 */
export interface Reconstruction {
  note: string;
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
  source?: Source;
  /** Present when the option's wording was supplied because the source cell is damaged or empty. */
  reconstructed?: Reconstruction;
}

interface ContentBase {
  id: string;
  source: Source;
  /** Present when wording was supplied where the source is damaged or silent. */
  reconstructed?: Reconstruction;
}

/** The situation a step is about, quoted from a document before its heading (a case study's account). */
export interface Situation {
  paragraphs: string[];
  source: Source;
}

/** What frames a step within a longer piece of work, such as a case study's stages. */
interface Framed {
  /** Shown above the heading, e.g. which stage of a case study this is. */
  caption?: string;
  situation?: Situation;
}

/** One question answered with a single choice (GOV.UK radios). */
export interface QuestionContent extends ContentBase, Framed {
  kind: 'question';
  title: string;
  hint?: string;
  options: Option[];
  /** Shown in the error summary when no option is chosen. */
  errorMessage: string;
}

/** One question answered with any number of choices (GOV.UK checkboxes). */
export interface MultiSelectContent extends ContentBase, Framed {
  kind: 'multiSelect';
  title: string;
  hint?: string;
  options: Option[];
  /** When set, at least one option must be chosen. */
  errorMessage?: string;
}

export interface ChecklistItem {
  id: string;
  label: string;
  source: Source;
}

/** Actions to track: each item gets a status (done / planned / not appropriate) and a note. */
export interface ChecklistContent extends ContentBase {
  kind: 'checklist';
  title: string;
  hint?: string;
  items: ChecklistItem[];
  /** GOV.UK warning text shown above the items, e.g. "DO NOT CLOSE CASE". */
  warning?: string;
  /** When set, each item also records who is doing it and by when (multi-agency stage actions). */
  tracksOwnerAndDate?: boolean;
}

/** A free-text answer, such as the evidence a worker relies on, or a date. */
export interface TextContent extends ContentBase {
  kind: 'text';
  title: string;
  hint?: string;
  /** A date is entered with the browser's date picker; anything else is free text. */
  inputType?: 'date';
  /** When set, the answer is required and this is the error shown if it is empty. */
  errorMessage?: string;
}

export interface NotesItem {
  id: string;
  label: string;
  source: Source;
}

/** Things to identify or consider, each with an optional short note; none is required. */
export interface NotesContent extends ContentBase {
  kind: 'notes';
  title: string;
  hint?: string;
  items: NotesItem[];
}

export interface EntryField {
  id: string;
  label: string;
  hint?: string;
  inputType?: 'text' | 'date';
  /** A field answered by choosing one of these (radios), such as an action's status. */
  options?: Option[];
}

/**
 * A list the worker builds entry by entry, each with the same fields: the actions of a SMART action plan
 * (what, named lead, timescale), the attendees of a meeting.
 */
export interface EntriesContent extends ContentBase {
  kind: 'entries';
  title: string;
  hint?: string;
  /** What one entry is called, e.g. "action". */
  entryName: string;
  fields: EntryField[];
  /** At least this many complete entries are required (0 or absent: the list may be empty). */
  minEntries?: number;
  errorMessage?: string;
}

/** A block of the guidance the worker reads before going on. */
export interface InformationContent extends ContentBase, Framed {
  kind: 'information';
  title: string;
  paragraphs: string[];
  bullets?: string[];
  warning?: string;
  /** Sources beyond the main one, for pages that draw on several places. */
  alsoFrom?: Source[];
  /** The button's words where "Continue" says less, e.g. "Next stage". */
  continueLabel?: string;
}

/** What the guidance says follows from the answers. */
export interface OutcomeContent extends ContentBase, Framed {
  kind: 'outcome';
  title: string;
  paragraphs: string[];
  bullets?: string[];
  warning?: string;
  alsoFrom?: Source[];
  continueLabel?: string;
  /**
   * For a decision outcome: 'matrix' when the guidance's rule decides it, 'professionalJudgement' when
   * the guidance is silent and the decision is the worker's. It travels into the signed record.
   */
  decisionBasis?: DecisionBasis;
}

export type DecisionBasis = 'matrix' | 'professionalJudgement';

/** A short passage pointed to from elsewhere (for example a concern's pointer to a framework section). */
export interface PointerContent extends ContentBase {
  kind: 'pointer';
  title: string;
  paragraphs: string[];
  bullets?: string[];
  warning?: string;
  alsoFrom?: Source[];
  /** A journey the worker can start from here for the same case, e.g. the threshold decision. */
  startsJourney?: { journeyId: string; label: string };
}

export type ContentItem =
  | QuestionContent
  | MultiSelectContent
  | ChecklistContent
  | TextContent
  | NotesContent
  | EntriesContent
  | InformationContent
  | OutcomeContent
  | PointerContent;
