// Whether a saved snapshot still fits the journey as it is now. A draft saved by an older version of a
// machine, or edited by hand, must never be forced into the current one: the app shows the problems
// and keeps the raw answers instead.
import { contentById } from '../content';
import { stepMetas, type Answer, type JourneyDefinition, type SavedJourney, type StepMeta } from './journey';
import { isPlainObject } from './plain-object';

const checklistStatuses = new Set(['done', 'planned', 'notAppropriate', null]);

function answerProblem(step: string, meta: StepMeta, answer: unknown): string | undefined {
  const content = meta.contentId ? contentById.get(meta.contentId) : undefined;
  if (!isPlainObject(answer) || !content)
    return `The answer to "${step}" is not in a form this version can read.`;
  const label = `"${content.title}"`;
  const a = answer as Answer;
  switch (meta.screen) {
    case 'question': {
      const ok =
        a.kind === 'choice' &&
        content.kind === 'question' &&
        content.options.some((o) => o.value === a.choice);
      return ok ? undefined : `The answer to ${label} is not one of its options any more.`;
    }
    case 'multiSelect': {
      const ok =
        a.kind === 'choices' &&
        Array.isArray(a.choices) &&
        content.kind === 'multiSelect' &&
        a.choices.every((choice) => content.options.some((o) => o.value === choice));
      return ok ? undefined : `The answer to ${label} includes choices that no longer exist.`;
    }
    case 'text':
      return a.kind === 'text' && typeof a.text === 'string'
        ? undefined
        : `The answer to ${label} is not text.`;
    case 'notes': {
      const ok =
        a.kind === 'notes' &&
        isPlainObject(a.notes) &&
        content.kind === 'notes' &&
        Object.entries(a.notes).every(
          ([id, note]) => content.items.some((item) => item.id === id) && typeof note === 'string',
        );
      return ok ? undefined : `The notes for ${label} include items that no longer exist.`;
    }
    case 'entries': {
      const ok =
        a.kind === 'entries' &&
        Array.isArray(a.entries) &&
        content.kind === 'entries' &&
        a.entries.every(
          (entry) =>
            isPlainObject(entry) &&
            Object.entries(entry).every(
              ([field, value]) => content.fields.some((f) => f.id === field) && typeof value === 'string',
            ),
        );
      return ok ? undefined : `The list ${label} has fields that no longer exist.`;
    }
    case 'checklist': {
      const ok =
        a.kind === 'checklist' &&
        isPlainObject(a.items) &&
        content.kind === 'checklist' &&
        Object.entries(a.items).every(
          ([id, entry]) =>
            content.items.some((item) => item.id === id) &&
            isPlainObject(entry) &&
            checklistStatuses.has(entry.status as string | null) &&
            typeof entry.note === 'string' &&
            ['undefined', 'string'].includes(typeof entry.owner) &&
            ['undefined', 'string'].includes(typeof entry.due),
        );
      return ok ? undefined : `The checklist ${label} has items or statuses that no longer exist.`;
    }
    default:
      return `"${step}" does not take an answer any more.`;
  }
}

const isSavedJourney = (persisted: unknown): persisted is SavedJourney =>
  isPlainObject(persisted) &&
  typeof persisted.value === 'string' &&
  isPlainObject(persisted.context) &&
  isPlainObject(persisted.context.answers) &&
  Array.isArray(persisted.context.path) &&
  persisted.context.path.every((step) => typeof step === 'string');

/**
 * The persisted snapshot of a draft saved by `savedVersion` of the journey, brought up to the current
 * version by the journey's upgrades in order. A snapshot not in the form an upgrade reads, or from a
 * version with no upgrade, is returned as it is, for snapshotProblems to name what does not fit.
 */
export function upgradeSnapshot(
  journey: JourneyDefinition,
  savedVersion: number,
  persisted: unknown,
): unknown {
  let snapshot = persisted;
  for (let version = savedVersion; version < journey.version; version += 1) {
    const upgrade = journey.upgrades?.[version - 1];
    if (!upgrade || !isSavedJourney(snapshot)) return snapshot;
    snapshot = upgrade.upgrade(structuredClone(snapshot));
  }
  return snapshot;
}

/** Every reason the persisted snapshot cannot be resumed; empty when it fits. */
export function snapshotProblems(journey: JourneyDefinition, persisted: unknown): string[] {
  if (!isPlainObject(persisted) || !isPlainObject(persisted.context))
    return ['The saved draft has no journey state.'];
  const metas = stepMetas(journey);
  const problems: string[] = [];
  const { value, context } = persisted;
  if (typeof value !== 'string' || !metas.has(value)) {
    problems.push(`The step the draft was saved at ("${String(value)}") no longer exists in this journey.`);
  }
  const path = context.path;
  if (!Array.isArray(path) || path.some((step) => typeof step !== 'string' || !metas.has(step))) {
    problems.push('Some of the steps the draft went through no longer exist in this journey.');
  } else if (path.at(-1) !== value) {
    problems.push('The draft’s record of the steps taken does not end at the step it was saved at.');
  }
  if (!isPlainObject(context.answers)) {
    problems.push('The saved answers are not in a form this version can read.');
  } else {
    for (const [step, answer] of Object.entries(context.answers)) {
      const meta = metas.get(step);
      const problem = meta
        ? answerProblem(step, meta, answer)
        : `The question "${step}" no longer exists in this journey.`;
      if (problem) problems.push(problem);
    }
  }
  const rounds = context.rounds;
  if (rounds !== undefined) {
    const titles = new Map(
      ([...metas.values()].find((meta) => meta.tasks)?.tasks ?? []).map((task) => [
        task.id,
        task.repeat?.roundTitle ?? task.title,
      ]),
    );
    if (!isPlainObject(rounds))
      problems.push('The saved review meetings are not in a form this version can read.');
    else {
      for (const [task, list] of Object.entries(rounds)) {
        if (!titles.has(task) || !Array.isArray(list)) {
          problems.push(`The saved rounds of "${task}" are not in a form this version can read.`);
          continue;
        }
        list.forEach((round: unknown, index) => {
          const name = `${titles.get(task)} ${index + 1}`;
          if (
            !isPlainObject(round) ||
            !isPlainObject(round.answers) ||
            !Array.isArray(round.path) ||
            round.path.some((step) => typeof step !== 'string' || !metas.has(step))
          ) {
            problems.push(`${name} is not in a form this version can read.`);
            return;
          }
          for (const [step, answer] of Object.entries(round.answers)) {
            const meta = metas.get(step);
            const problem = meta
              ? answerProblem(step, meta, answer)
              : `The question "${step}" no longer exists in this journey.`;
            if (problem) problems.push(`${name}: ${problem[0].toLowerCase()}${problem.slice(1)}`);
          }
        });
      }
    }
  }
  return problems;
}
