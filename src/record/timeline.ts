// The review meetings of a case as a timeline, read from a signed record's rows: each meeting in the
// order held, its date, and what changed in a list the meetings revise (the action plan) since the
// meeting before (or, for the first, since the plan was agreed). Which steps hold the date and the list
// comes from the journey's repeatable task (machines/tasks.ts), so the record needs nothing added.
import type { RecordRow } from './record';

/** Which rows of a round date it and hold the list it revises; from the journey's repeatable task. */
export interface TimelineSteps {
  /** The step whose answer dates each round (the meeting's date). */
  dateStep?: string;
  /** Each list a round revises: the step answered in every round, and the step it started from. */
  lists: readonly { step: string; from?: string }[];
}

/** One item of a list, as its row writes it: its fields, by label, in order. */
type Item = [label: string, value: string][];

export interface ListChanges {
  /** The list's question, as the record gives it. */
  question: string;
  /** One sentence per item, in the list's order, then the items removed. */
  changes: string[];
}

export interface TimelineRound {
  /** "Review meeting 2". */
  round: string;
  /** The date as recorded, or undefined. */
  date?: string;
  /** The first version of the record that holds this round. */
  signedIn?: number;
  lists: ListChanges[];
}

/**
 * An item's line as check answers and the record write an entry ("1. Action: …; Named lead: …"): its
 * number taken off and its fields split at "; Label: ". A value that itself holds "; Word: " is split
 * there too; the signed record keeps the line whole.
 */
function itemOf(line: string): Item {
  return line
    .replace(/^\d+\.\s+/, '')
    .split(/; (?=[^;:]+: )/)
    .map((part): [string, string] => {
      const at = part.indexOf(': ');
      return at < 0 ? ['', part] : [part.slice(0, at), part.slice(at + 2)];
    });
}

/** Lists with nothing in them are written as a sentence, not an item ("None recorded"). */
const itemsOf = (row: RecordRow | undefined): Item[] =>
  row && row.kind === 'answer' ? row.answer.filter((line) => /^\d+\.\s/.test(line)).map(itemOf) : [];

const nameOf = (item: Item) => item[0]?.[1] ?? '';
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** What changed in one item, in the app's words: each field changed "from X to Y". */
function itemChanges(before: Item, after: Item): string {
  const changed = after.slice(1).flatMap(([label, value]) => {
    const was = before.find(([known]) => known === label)?.[1];
    if (was === value) return [];
    return was === undefined
      ? [`${lowerFirst(label)} recorded as ${value}`]
      : [`${lowerFirst(label)} changed from ${was} to ${value}`];
  });
  return `${nameOf(after)}: ${changed.length ? changed.join('; ') : 'no change'}.`;
}

/** The changes from one list to the next, item by item, matched by their first field (the action). */
function listChanges(before: Item[], after: Item[]): string[] {
  const unmatched = [...before];
  const lines = after.map((item) => {
    const index = unmatched.findIndex((known) => nameOf(known) === nameOf(item));
    if (index < 0)
      return `New ${lowerFirst(item[0]?.[0] ?? 'item')}: ${nameOf(item)} (${item
        .slice(1)
        .map(([label, value]) => `${label}: ${value}`)
        .join('; ')}).`;
    const [known] = unmatched.splice(index, 1);
    return itemChanges(known, item);
  });
  return [...lines, ...unmatched.map((item) => `${item[0]?.[0] || 'Item'} removed: ${nameOf(item)}.`)];
}

/**
 * The rounds in the latest version, in order, each with its date, the version that first held it, and
 * the changes to each list since the round before. Empty when the record holds no round.
 */
export function reviewTimeline(
  versions: readonly { version: number; rows: readonly RecordRow[] }[],
  steps: TimelineSteps,
): TimelineRound[] {
  const latest = versions.at(-1);
  if (!latest) return [];
  const rounds: string[] = [];
  for (const row of latest.rows) if (row.round && !rounds.includes(row.round)) rounds.push(row.round);
  const previous = new Map(
    steps.lists.map((list) => [
      list.step,
      itemsOf(latest.rows.find((row) => !row.round && row.step === list.from)),
    ]),
  );
  return rounds.map((round) => {
    const rows = latest.rows.filter((row) => row.round === round);
    const date = rows.find((row) => row.step === steps.dateStep);
    const lists = steps.lists.flatMap((list): ListChanges[] => {
      const row = rows.find((each) => each.step === list.step);
      if (!row || row.kind !== 'answer') return [];
      const items = itemsOf(row);
      const changes = listChanges(previous.get(list.step) ?? [], items);
      previous.set(list.step, items);
      return [{ question: row.question, changes }];
    });
    return {
      round,
      ...(date?.kind === 'answer' ? { date: date.answer[0] } : {}),
      signedIn: versions.find((version) => version.rows.some((row) => row.round === round))?.version,
      lists,
    };
  });
}
