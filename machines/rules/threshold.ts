// The threshold matrix's outcome rules (Solihull LPG 15, §15.3): four questions, each rated green, amber
// or red. The guidance states three rules: one or more red; more than two amber; all green. It is silent
// on one or two amber with no red: that case is 'undecided' (never "not safeguarding"), and the content
// for it applies the guidance's own "If in doubt" steps as a professional-judgement decision.

export type Rating = 'green' | 'amber' | 'red';

export type ThresholdBand = 'red' | 'amberMany' | 'allGreen' | 'undecided';

/** How many answers have each rating. Values other than the three ratings are not counted. */
export function countRatings(ratings: readonly Rating[]): Record<Rating, number> {
  const counts: Record<Rating, number> = { green: 0, amber: 0, red: 0 };
  for (const rating of ratings) {
    if (rating === 'green' || rating === 'amber' || rating === 'red') counts[rating] += 1;
  }
  return counts;
}

/**
 * The outcome band for the four ratings, in the matrix's order of severity: one or more red → 'red';
 * otherwise more than two amber → 'amberMany'; otherwise all four green → 'allGreen'; otherwise (one or
 * two amber, no red) → 'undecided'.
 */
export function thresholdOutcome(ratings: readonly [Rating, Rating, Rating, Rating]): ThresholdBand {
  const counts = countRatings(ratings);
  if (counts.red >= 1) return 'red';
  if (counts.amber > 2) return 'amberMany';
  if (counts.green === 4) return 'allGreen';
  return 'undecided';
}
