// The summary of a journey, built from the visited path only: an answer on a branch the worker backed
// out of is kept in the draft but never reaches check answers or the record.
import { contentById } from '../content';
import type { ContentItem, Source } from '../content/schema';
import { formatDate } from './dates';
import {
  checklistStatusLabels,
  stepMetas,
  type Answer,
  type JourneyContext,
  type JourneyDefinition,
  type StepMeta,
} from './journey';
import { roundTitleOf } from './tasks';

/** The completed round of a repeatable task a row belongs to ("Review meeting 2"). */
interface InRound {
  round?: string;
}

export type SummaryRow =
  | ({
      kind: 'answer';
      step: string;
      content: ContentItem;
      question: string;
      answer: string[];
      source: Source;
    } & InRound)
  | ({ kind: 'outcome'; step: string; content: ContentItem; title: string; source: Source } & InRound)
  | ({ kind: 'shown'; step: string; content: ContentItem; title: string; source: Source } & InRound);

const titleOf = (content: ContentItem): string => content.title;

/** A label used before a colon, without its own closing full stop ("concern." → "concern"). */
export const summaryLabel = (label: string) => label.replace(/\.$/, '');
const lead = summaryLabel;

/** An answer as the worker would read it: one line per part, using the labels they were shown. */
export function describeAnswer(content: ContentItem, answer: Answer | undefined): string[] {
  if (answer === undefined) return ['Not answered'];
  const labelOf = (value: string) =>
    ('options' in content ? content.options.find((option) => option.value === value)?.label : undefined) ??
    value;
  switch (answer.kind) {
    case 'choice':
      return [labelOf(answer.choice)];
    case 'choices':
      return answer.choices.length ? answer.choices.map(labelOf) : ['None selected'];
    case 'text':
      if (answer.text.trim() === '') return ['Not given'];
      return [
        content.kind === 'text' && content.inputType === 'date' ? formatDate(answer.text) : answer.text,
      ];
    case 'notes': {
      if (content.kind !== 'notes') return [];
      const noted = content.items.filter((item) => answer.notes[item.id]?.trim());
      return noted.length
        ? noted.map((item) => `${lead(item.label)}: ${answer.notes[item.id].trim()}`)
        : ['No notes'];
    }
    case 'entries': {
      if (content.kind !== 'entries') return [];
      if (!answer.entries.length) return ['None recorded'];
      return answer.entries.map(
        (entry, index) =>
          `${index + 1}. ${content.fields
            .map((field) => {
              const value = entry[field.id]?.trim();
              const shown = !value
                ? 'not given'
                : field.inputType === 'date'
                  ? formatDate(value)
                  : (field.options?.find((option) => option.value === value)?.label ?? value);
              return `${lead(field.label)}: ${shown}`;
            })
            .join('; ')}`,
      );
    }
    case 'checklist': {
      if (content.kind !== 'checklist') return [];
      return content.items.map((item) => {
        const entry = answer.items[item.id];
        const status = entry?.status ? checklistStatusLabels[entry.status] : 'No status';
        const details = [
          entry?.owner?.trim() && `who: ${entry.owner.trim()}`,
          entry?.due?.trim() && `by: ${formatDate(entry.due)}`,
          entry?.note.trim() && `note: ${entry.note.trim()}`,
        ].filter(Boolean);
        return `${lead(item.label)}: ${status}${details.length ? ` (${details.join('; ')})` : ''}`;
      });
    }
  }
}

/** The rows of the steps taken, in order; `round` names the completed round they belong to, if any. */
function rowsOf(
  metas: Map<string, StepMeta>,
  path: readonly string[],
  answers: Record<string, Answer>,
  round?: string,
): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const inRound = round ? { round } : {};
  for (const step of path) {
    const meta = metas.get(step);
    const content = meta?.contentId ? contentById.get(meta.contentId) : undefined;
    if (!meta || !content) continue;
    if (meta.screen === 'outcome') {
      rows.push({
        kind: 'outcome',
        step,
        content,
        title: titleOf(content),
        source: content.source,
        ...inRound,
      });
    } else if (meta.screen === 'information') {
      rows.push({
        kind: 'shown',
        step,
        content,
        title: titleOf(content),
        source: content.source,
        ...inRound,
      });
    } else {
      rows.push({
        kind: 'answer',
        step,
        content,
        question: titleOf(content),
        answer: describeAnswer(content, answers[step]),
        source: content.source,
        ...inRound,
      });
    }
  }
  return rows;
}

/**
 * Check answers' rows: the steps on the path, in order, with the completed rounds of each repeatable
 * task (every review meeting) where the task list stands on the path, that is, after the tasks done
 * before them.
 */
export function summarise(journey: JourneyDefinition, context: JourneyContext): SummaryRow[] {
  const metas = stepMetas(journey);
  return context.path.flatMap((step) => {
    const tasks = metas.get(step)?.tasks;
    if (!tasks) return rowsOf(metas, [step], context.answers);
    return tasks.flatMap((task) =>
      (context.rounds?.[task.id] ?? []).flatMap((round, index) =>
        rowsOf(metas, round.path, round.answers, roundTitleOf(task, index + 1)),
      ),
    );
  });
}
