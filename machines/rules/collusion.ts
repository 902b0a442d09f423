import { choiceOf, type Answer } from '../journey';

/** The self-check's six steps, in the flowchart's order, named after their content ids. */
export const collusionSteps = [
  'avoidConflict',
  'minimising',
  'hesitantToShare',
  'keepingToMyself',
  'relievedNoAnswer',
  'familyNeeds',
] as const;

export type CollusionStep = (typeof collusionSteps)[number];

export const collusionContentId = (step: string) => `collusion.${step}`;

/**
 * The questions that call for a conversation with the line manager: any answered yes (the sign the
 * question looks for) or "not sure".
 */
export function flaggedCollusionSteps(answers: Record<string, Answer>): string[] {
  return collusionSteps.filter((step) => {
    const choice = choiceOf(answers[step]);
    return choice === 'yes' || choice === 'notSure';
  });
}
