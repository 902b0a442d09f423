import { describe, it, expect } from 'vitest';
import {
  countRatings,
  thresholdOutcome,
  type Rating,
  type ThresholdBand,
} from '../../machines/rules/threshold';

// Every combination of the four matrix answers (question 1 to 4, in order) with the band the guidance's
// outcome rules give it (LPG 15, §15.3): one or more red → red; else more than two amber → amberMany;
// all green → allGreen; one or two amber with no red → undecided (the matrix is silent). Written out as
// literal data, once, and reviewed row by row; it is deliberately not computed from the rule.
type Row = [Rating, Rating, Rating, Rating, ThresholdBand];

const expectedTable: Row[] = [
  ['green', 'green', 'green', 'green', 'allGreen'],
  ['green', 'green', 'green', 'amber', 'undecided'],
  ['green', 'green', 'green', 'red', 'red'],
  ['green', 'green', 'amber', 'green', 'undecided'],
  ['green', 'green', 'amber', 'amber', 'undecided'],
  ['green', 'green', 'amber', 'red', 'red'],
  ['green', 'green', 'red', 'green', 'red'],
  ['green', 'green', 'red', 'amber', 'red'],
  ['green', 'green', 'red', 'red', 'red'],
  ['green', 'amber', 'green', 'green', 'undecided'],
  ['green', 'amber', 'green', 'amber', 'undecided'],
  ['green', 'amber', 'green', 'red', 'red'],
  ['green', 'amber', 'amber', 'green', 'undecided'],
  ['green', 'amber', 'amber', 'amber', 'amberMany'],
  ['green', 'amber', 'amber', 'red', 'red'],
  ['green', 'amber', 'red', 'green', 'red'],
  ['green', 'amber', 'red', 'amber', 'red'],
  ['green', 'amber', 'red', 'red', 'red'],
  ['green', 'red', 'green', 'green', 'red'],
  ['green', 'red', 'green', 'amber', 'red'],
  ['green', 'red', 'green', 'red', 'red'],
  ['green', 'red', 'amber', 'green', 'red'],
  ['green', 'red', 'amber', 'amber', 'red'],
  ['green', 'red', 'amber', 'red', 'red'],
  ['green', 'red', 'red', 'green', 'red'],
  ['green', 'red', 'red', 'amber', 'red'],
  ['green', 'red', 'red', 'red', 'red'],
  ['amber', 'green', 'green', 'green', 'undecided'],
  ['amber', 'green', 'green', 'amber', 'undecided'],
  ['amber', 'green', 'green', 'red', 'red'],
  ['amber', 'green', 'amber', 'green', 'undecided'],
  ['amber', 'green', 'amber', 'amber', 'amberMany'],
  ['amber', 'green', 'amber', 'red', 'red'],
  ['amber', 'green', 'red', 'green', 'red'],
  ['amber', 'green', 'red', 'amber', 'red'],
  ['amber', 'green', 'red', 'red', 'red'],
  ['amber', 'amber', 'green', 'green', 'undecided'],
  ['amber', 'amber', 'green', 'amber', 'amberMany'],
  ['amber', 'amber', 'green', 'red', 'red'],
  ['amber', 'amber', 'amber', 'green', 'amberMany'],
  ['amber', 'amber', 'amber', 'amber', 'amberMany'],
  ['amber', 'amber', 'amber', 'red', 'red'],
  ['amber', 'amber', 'red', 'green', 'red'],
  ['amber', 'amber', 'red', 'amber', 'red'],
  ['amber', 'amber', 'red', 'red', 'red'],
  ['amber', 'red', 'green', 'green', 'red'],
  ['amber', 'red', 'green', 'amber', 'red'],
  ['amber', 'red', 'green', 'red', 'red'],
  ['amber', 'red', 'amber', 'green', 'red'],
  ['amber', 'red', 'amber', 'amber', 'red'],
  ['amber', 'red', 'amber', 'red', 'red'],
  ['amber', 'red', 'red', 'green', 'red'],
  ['amber', 'red', 'red', 'amber', 'red'],
  ['amber', 'red', 'red', 'red', 'red'],
  ['red', 'green', 'green', 'green', 'red'],
  ['red', 'green', 'green', 'amber', 'red'],
  ['red', 'green', 'green', 'red', 'red'],
  ['red', 'green', 'amber', 'green', 'red'],
  ['red', 'green', 'amber', 'amber', 'red'],
  ['red', 'green', 'amber', 'red', 'red'],
  ['red', 'green', 'red', 'green', 'red'],
  ['red', 'green', 'red', 'amber', 'red'],
  ['red', 'green', 'red', 'red', 'red'],
  ['red', 'amber', 'green', 'green', 'red'],
  ['red', 'amber', 'green', 'amber', 'red'],
  ['red', 'amber', 'green', 'red', 'red'],
  ['red', 'amber', 'amber', 'green', 'red'],
  ['red', 'amber', 'amber', 'amber', 'red'],
  ['red', 'amber', 'amber', 'red', 'red'],
  ['red', 'amber', 'red', 'green', 'red'],
  ['red', 'amber', 'red', 'amber', 'red'],
  ['red', 'amber', 'red', 'red', 'red'],
  ['red', 'red', 'green', 'green', 'red'],
  ['red', 'red', 'green', 'amber', 'red'],
  ['red', 'red', 'green', 'red', 'red'],
  ['red', 'red', 'amber', 'green', 'red'],
  ['red', 'red', 'amber', 'amber', 'red'],
  ['red', 'red', 'amber', 'red', 'red'],
  ['red', 'red', 'red', 'green', 'red'],
  ['red', 'red', 'red', 'amber', 'red'],
  ['red', 'red', 'red', 'red', 'red'],
];

const ratingsOf = (row: Row): [Rating, Rating, Rating, Rating] => [row[0], row[1], row[2], row[3]];

describe('thresholdOutcome: the expected table itself', () => {
  it('lists all 81 combinations exactly once', () => {
    expect(expectedTable).toHaveLength(81);
    const keys = new Set(expectedTable.map((row) => ratingsOf(row).join(',')));
    expect(keys.size).toBe(81);
  });

  it('has 65 red, 5 amberMany, 1 allGreen and 10 undecided rows', () => {
    const tally: Record<ThresholdBand, number> = { red: 0, amberMany: 0, allGreen: 0, undecided: 0 };
    for (const row of expectedTable) tally[row[4]] += 1;
    expect(tally).toEqual({ red: 65, amberMany: 5, allGreen: 1, undecided: 10 });
  });
});

describe('thresholdOutcome: all 81 combinations', () => {
  it.each(expectedTable)('%s, %s, %s, %s → %s', (q1, q2, q3, q4, band) => {
    expect(thresholdOutcome([q1, q2, q3, q4])).toBe(band);
  });
});

describe('thresholdOutcome: the rules as the guidance states them', () => {
  it('gives allGreen only when all four answers are green', () => {
    expect(thresholdOutcome(['green', 'green', 'green', 'green'])).toBe('allGreen');
    const allGreenRows = expectedTable.filter((row) => row[4] === 'allGreen');
    expect(allGreenRows).toEqual([['green', 'green', 'green', 'green', 'allGreen']]);
  });

  it('never gives allGreen when any answer is amber or red', () => {
    for (const row of expectedTable) {
      if (ratingsOf(row).some((rating) => rating !== 'green')) {
        expect(thresholdOutcome(ratingsOf(row))).not.toBe('allGreen');
      }
    }
  });

  it('treats one or two amber with no red as undecided, whichever questions they are on', () => {
    expect(thresholdOutcome(['amber', 'green', 'green', 'green'])).toBe('undecided');
    expect(thresholdOutcome(['green', 'green', 'green', 'amber'])).toBe('undecided');
    expect(thresholdOutcome(['green', 'amber', 'amber', 'green'])).toBe('undecided');
    expect(thresholdOutcome(['amber', 'green', 'green', 'amber'])).toBe('undecided');
  });

  it('lets one red outweigh three amber', () => {
    expect(thresholdOutcome(['amber', 'amber', 'amber', 'red'])).toBe('red');
  });

  it('falls back to undecided, never allGreen, if an answer is missing at run time', () => {
    const broken = ['green', 'green', 'green', undefined] as unknown as [Rating, Rating, Rating, Rating];
    expect(thresholdOutcome(broken)).toBe('undecided');
  });
});

describe('countRatings', () => {
  it('counts each rating', () => {
    expect(countRatings(['green', 'amber', 'red', 'amber'])).toEqual({ green: 1, amber: 2, red: 1 });
    expect(countRatings(['green', 'green', 'green', 'green'])).toEqual({ green: 4, amber: 0, red: 0 });
    expect(countRatings([])).toEqual({ green: 0, amber: 0, red: 0 });
  });

  it('ignores values that are not ratings', () => {
    expect(countRatings(['red', 'purple' as Rating, undefined as unknown as Rating])).toEqual({
      green: 0,
      amber: 0,
      red: 1,
    });
  });
});
