import { choiceOf, type Answer } from '../journey';

/** The two checks the flowchart requires before a case is closed for non-engagement (A2 SCR 2012). */
const closingChecks = ['closingRiskAssessment', 'closingAgencyCheck'] as const;

/** The checks not confirmed as done; any one of them means the case should not be closed. */
export function missingClosingChecks(answers: Record<string, Answer>): string[] {
  return closingChecks.filter((step) => choiceOf(answers[step]) !== 'yes');
}
