// The threshold journey: the matrix's band decides the outcome screen; the recorded decision asks why
// when it goes against the matrix, who it was discussed with, and which other processes follow when no
// alert is made.
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../machines/rules/threshold';
import { examplesForSelectedTypes, outcomeFindings } from '../../machines/rules/threshold-findings';
import { thresholdJourney } from '../../machines/thresholds';
import { summarise } from '../../machines/summary';
import { choice, choices, startJourney, text } from '../support/drive';

function toOutcome(ratings: Rating[], crime = 'no', types = ['physical']) {
  const run = startJourney(thresholdJourney);
  run.answer(choices(...types));
  run.answer({
    kind: 'notes',
    notes: { 'th.factor.harm': 'Bruising to both arms; adult says she is frightened' },
  });
  run.answer(choice(crime));
  ratings.forEach((rating) => run.answer(choice(rating)));
  return run;
}

describe('the outcome', () => {
  it.each([
    [['green', 'green', 'green', 'green'], 'outcome_allGreen'],
    [['green', 'amber', 'green', 'green'], 'outcome_undecided'],
    [['amber', 'amber', 'green', 'green'], 'outcome_undecided'],
    [['amber', 'amber', 'amber', 'green'], 'outcome_amberMany'],
    [['amber', 'amber', 'amber', 'amber'], 'outcome_amberMany'],
    [['green', 'green', 'green', 'red'], 'outcome_red'],
    [['red', 'amber', 'amber', 'amber'], 'outcome_red'],
  ] as const)('ratings %j lead to %s', (ratings, outcome) => {
    expect(toOutcome([...ratings]).step()).toBe(outcome);
  });

  it('lists the four ratings that gave it, and adds the police when a crime may have been committed', () => {
    for (const [crime, police] of [
      ['yes', true],
      ['notSure', true],
      ['no', false],
    ] as const) {
      const run = toOutcome(['green', 'green', 'green', 'red'], crime);
      const findings = outcomeFindings(run.context().answers);
      expect(findings.filter((finding) => finding.kind === 'answer')).toHaveLength(4);
      expect(
        findings.some((finding) => finding.kind === 'pointer' && finding.contentId === 'th.outcome.crime'),
      ).toBe(police);
    }
  });
});

describe('the examples beside each threshold question', () => {
  it('are those of the selected types, grouped by level, with cells that cannot be read said so', () => {
    const run = toOutcome(['green'], 'no', ['sexual', 'staffing']);
    const findings = examplesForSelectedTypes(run.context().answers);
    const quotes = findings.flatMap((finding) => (finding.kind === 'quote' ? [finding] : []));
    expect(quotes.every((quote) => /^(Sexual|Staffing): /.test(quote.text))).toBe(true);
    expect(new Set(quotes.map((quote) => quote.group.split(':')[0]))).toEqual(
      new Set(['Green', 'Amber', 'Red']),
    );
    expect(quotes.some((quote) => quote.group.startsWith('Amber') && /cannot be read/.test(quote.text))).toBe(
      true,
    );
  });
});

describe('the decision', () => {
  function decide(ratings: Rating[], decision: 'made' | 'notMade') {
    const run = toOutcome(ratings);
    run.next();
    expect(run.step()).toBe('decision');
    run.answer(choice(decision));
    run.answer(text('Reasons given'));
    return run;
  }

  it.each([
    [['red', 'green', 'green', 'green'], 'notMade', 'againstReason'],
    [['amber', 'amber', 'amber', 'green'], 'notMade', 'againstReason'],
    [['green', 'green', 'green', 'green'], 'notMade', 'againstReason'],
    [['amber', 'green', 'green', 'green'], 'notMade', 'ifInDoubtNoAlert'],
    [['red', 'green', 'green', 'green'], 'made', 'discussedWith'],
    [['green', 'green', 'green', 'green'], 'made', 'discussedWith'],
  ] as const)('ratings %j with alert %s go on to %s', (ratings, decision, next) => {
    expect(decide([...ratings], decision).step()).toBe(next);
  });

  it('asks when and with whom it was discussed, and for other processes when no alert is made', () => {
    const run = decide(['amber', 'green', 'green', 'green'], 'notMade');
    run.answer(text('Not initiating: a medication review is in hand'));
    run.answer(choices('seniorManager'));
    expect(run.step()).toBe('discussionDetails');
    run.answer(text('Senior manager, 22 November 2026'));
    expect(run.step()).toBe('otherProcesses');
    run.answer(choices('th.other.careManagement'));
    expect(run.step()).toBe('checkAnswers');
  });

  it('goes straight to check answers when an alert is made and the decision was not discussed', () => {
    const run = decide(['red', 'green', 'green', 'green'], 'made');
    run.answer(choices('none'));
    expect(run.step()).toBe('checkAnswers');
  });

  it('keeps everything the record needs on check answers, and drops a reason for a decision later changed', () => {
    const run = decide(['red', 'green', 'green', 'green'], 'notMade');
    run.answer(text('The adult has moved to a safe place'));
    run.answer(choices('none'));
    run.answer(choices('th.other.careManagement'));
    run.change('decision');
    run.answer(choice('made'));
    expect(run.step()).toBe('checkAnswers');
    const rows = summarise(thresholdJourney, run.context());
    expect(rows.map((row) => row.step)).toEqual([
      'abuseTypes',
      'factors',
      'crime',
      'seriousness',
      'frequency',
      'exposure',
      'recurrence',
      'outcome_red',
      'decision',
      'reasons',
      'discussedWith',
    ]);
    const factors = rows.find((row) => row.step === 'factors');
    expect(factors?.kind === 'answer' && factors.answer[0]).toMatch(
      /^The harm always take account.*: Bruising to both arms/,
    );
  });
});
