// What is overdue in a risk management case: actions of the action plan as it now stands whose timescale
// has passed and that are not done or no longer needed, and a review date that has passed with no review
// meeting recorded since. §3.5 asks that decisions are "kept under constant review"; the plan is the
// SMART plan of §6.1 b) "with timescales a named lead against each action", revised at each review
// (§6.1 c). Reads a saved snapshot defensively and imports nothing, so the home screen can use it without
// loading a journey.

export interface OverdueAction {
  action: string;
  namedLead: string;
  timescale: string;
}

export interface Overdue {
  actions: OverdueAction[];
  /** The review date set, when it has passed with no review meeting recorded since; else null. */
  reviewDate: string | null;
}

type Entry = Record<string, unknown>;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const textOf = (answer: unknown): string | undefined => {
  const text = record(answer).text;
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : undefined;
};
const entriesOf = (answer: unknown): Entry[] => {
  const entries = record(answer).entries;
  return Array.isArray(entries) ? entries.map(record) : [];
};
const choiceOf = (answer: unknown) => record(answer).choice;

/** The statuses under which an action is no longer awaited. */
const settledStatuses = new Set(['done', 'notNeeded']);

/** Today on the device, as a calendar date ("2026-03-16"). */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What is overdue on `today` (a calendar date) in a saved risk management snapshot: the plan and review
 * date are the last review meeting's, or stage 2's before any review. Nothing is overdue once a review
 * has found the risks resolved or managed to an acceptable level (§6.2).
 */
export function overdueIn(snapshot: unknown, today: string): Overdue {
  const context = record(record(snapshot).context);
  const answers = record(context.answers);
  const rounds = record(context.rounds).review;
  const last = Array.isArray(rounds) && rounds.length ? record(record(rounds.at(-1)).answers) : undefined;
  const none: Overdue = { actions: [], reviewDate: null };
  if (last && choiceOf(last.risksResolved) === 'yes') return none;
  const plan = last ? entriesOf(last.reviewActionPlan) : entriesOf(answers.actionPlan);
  const actions = plan.flatMap((entry): OverdueAction[] => {
    const timescale = textOf({ text: entry.timescale });
    const status = typeof entry.status === 'string' ? entry.status : '';
    if (!timescale || timescale >= today || settledStatuses.has(status)) return [];
    return [
      {
        action: typeof entry.action === 'string' ? entry.action : '',
        namedLead: typeof entry.namedLead === 'string' ? entry.namedLead : '',
        timescale,
      },
    ];
  });
  const reviewDate = last ? textOf(last.nextReviewDate) : textOf(answers.reviewDate);
  // A review meeting being recorded now, held on or after the date set, is the review that was due.
  const meeting = textOf(answers.meetingDate);
  const passed = reviewDate && reviewDate < today && !(meeting && meeting >= reviewDate);
  return { actions, reviewDate: passed ? reviewDate : null };
}

export const isOverdue = (overdue: Overdue): boolean =>
  overdue.actions.length > 0 || overdue.reviewDate !== null;
