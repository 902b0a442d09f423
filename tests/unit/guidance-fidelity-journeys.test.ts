// Fidelity fixes that change how a journey moves: the grounds for sharing without consent asked before
// consent is sought (partnership §3.3), a possible crime checked against question 1's red answer, the
// "If in doubt" steps applied when the matrix does not decide, Appendix C used for the high-risk register,
// the framework's scope (1.4) deciding rather than §3.1, and an all-green practice scenario accepting a
// decision not to alert when other processes are used.
import { describe, expect, it } from 'vitest';
import { contentById } from '../../content';
import { highRiskProcess } from '../../content/risk-management';
import { thresholdScenarios } from '../../content/scenarios';
import type { Answer } from '../../machines/journey';
import { informationSharingFindings, partnershipJourney } from '../../machines/partnership';
import { riskManagementJourney } from '../../machines/risk-management';
import { compareThresholdAttempt } from '../../machines/rules/training';
import { summarise } from '../../machines/summary';
import { thresholdJourney } from '../../machines/thresholds';
import { buildRecord } from '../../src/record/record';
import { checklist, choice, choices, startJourney, text } from '../support/drive';
import { openStage1, throughApplicability } from '../support/risk-case';

type Run = ReturnType<typeof startJourney>;

describe('fix 1: sharing without consent is considered before the worker is sent to seek consent (§3.3)', () => {
  function toConsentAsked(): Run {
    const run = startJourney(partnershipJourney);
    run.next();
    for (const answer of [choice('careAndSupportNeeds'), choice('yes'), choice('yes'), choice('yes')])
      run.answer(answer);
    run.answer(choices('homeEnvironment', 'safety'));
    run.answer(choice('yes'));
    run.answer(choice('no'));
    run.next();
    run.next();
    run.answer(choice('yes'));
    run.answer(text('Social worker'));
    run.next();
    run.answer(choice('no'));
    run.answer(text(''));
    expect(run.step()).toBe('consentAsked');
    return run;
  }

  it('consent not asked: asks whether any ground for sharing without consent applies', () => {
    const run = toConsentAsked();
    run.answer(choice('no'));
    expect(run.step()).toBe('grounds');
  });

  it('a ground applies (the person may lack capacity): the manager-advice outcome, not "ask for consent"', () => {
    const run = toConsentAsked();
    run.answer(choice('no'));
    run.answer(choices('lacksCapacityBestInterests'));
    expect(run.step()).toBe('seekManagerAdvice');
    const outcome = contentById.get('sp.outcome.seekManagerAdvice');
    expect(outcome?.kind === 'outcome' && outcome.paragraphs.join(' ')).toContain(
      'If you are not sure if information could be legitimately shared or action taken without the consent of the individual, further advice should be sought from a Manager who may seek legal advice.',
    );
    expect(
      informationSharingFindings(run.context().answers).map(
        (finding) => finding.kind === 'answer' && finding.step,
      ),
    ).toEqual(['consentAsked', 'grounds']);
    run.next();
    expect(run.step()).toBe('riskEnablement');
  });

  it('no ground applies: ask for the person’s consent', () => {
    const run = toConsentAsked();
    run.answer(choice('no'));
    run.answer(choices('none'));
    expect(run.step()).toBe('askForConsent');
  });
});

function toRatings(crime: string, seriousness: string): Run {
  const run = startJourney(thresholdJourney);
  run.answer(choices('physical'));
  run.answer({ kind: 'notes', notes: {} });
  run.answer(choice(crime));
  run.answer(choice(seriousness));
  return run;
}

describe('fix 2: a possible crime and question 1', () => {
  it.each([
    ['yes', 'green'],
    ['yes', 'amber'],
    ['notSure', 'green'],
  ])(
    'crime %s with question 1 %s: says what the matrix says and asks the worker to confirm with a reason',
    (crime, rating) => {
      const run = toRatings(crime, rating);
      expect(run.step()).toBe('crimeSeriousness');
      const content = contentById.get('th.crimeSeriousness')!;
      expect(JSON.stringify(content)).toContain('Serious harm or potential harm and or a criminal act');
      expect(content.kind === 'text' && content.errorMessage).toBeTruthy();
      run.answer(text('Shoplifting from the adult’s bag by a stranger; no harm, recovered at once.'));
      expect(run.step()).toBe('frequency');
      for (const rating of ['green', 'green', 'green']) run.answer(choice(rating));
      // The record keeps both: the rating given and the confirmation with its reason.
      const rows = summarise(thresholdJourney, run.context());
      expect(rows.map((row) => row.step)).toEqual(
        expect.arrayContaining(['seriousness', 'crimeSeriousness']),
      );
    },
  );

  it.each([
    ['no', 'green'],
    ['yes', 'red'],
  ])('crime %s with question 1 %s: no confirmation is asked', (crime, rating) => {
    expect(toRatings(crime, rating).step()).toBe('frequency');
  });
});

function toUndecidedDecision(decision: 'made' | 'notMade'): Run {
  const run = toRatings('no', 'amber');
  for (const rating of ['green', 'green', 'green']) run.answer(choice(rating));
  expect(run.step()).toBe('outcome_undecided');
  run.next();
  run.answer(choice(decision));
  run.answer(text('Reasons for the decision'));
  return run;
}

describe('fix 5: one or two amber, no red: the "If in doubt" steps are applied', () => {
  it('not making an alert asks why the guidance’s first "If in doubt" step is not followed', () => {
    const run = toUndecidedDecision('notMade');
    expect(run.step()).toBe('ifInDoubtNoAlert');
    const content = contentById.get('th.ifInDoubtNoAlert')!;
    expect(JSON.stringify(content)).toContain(
      'Initiate Safeguarding Adults Procedures with a Safeguarding Adults Alert',
    );
    expect(content.kind === 'text' && content.errorMessage).toBeTruthy();
    run.answer(text('Dealt with by a medication review'));
    expect(run.step()).toBe('discussedWith');
  });

  it('making an alert follows the first step: no such question', () => {
    expect(toUndecidedDecision('made').step()).toBe('discussedWith');
  });

  it('"I have not discussed it" asks why "Discuss with senior manager" was not followed', () => {
    const run = toUndecidedDecision('made');
    run.answer(choices('none'));
    expect(run.step()).toBe('seniorManagerReason');
    expect(JSON.stringify(contentById.get('th.seniorManagerReason'))).toContain(
      'Discuss with senior manager',
    );
    run.answer(text('Senior manager on leave; discussed next week'));
    expect(run.step()).toBe('checkAnswers');
  });

  it('discussed with a senior manager: no such question', () => {
    const run = toUndecidedDecision('made');
    run.answer(choices('seniorManager'));
    run.answer(text('2 March, service manager'));
    expect(run.step()).toBe('checkAnswers');
  });

  it('outside the undecided band nothing extra is asked', () => {
    const run = toRatings('no', 'red');
    for (const rating of ['green', 'green', 'green']) run.answer(choice(rating));
    run.next();
    run.answer(choice('made'));
    run.answer(text('Reasons'));
    run.answer(choices('none'));
    expect(run.step()).toBe('checkAnswers');
  });

  it('the record marks the outcome as a professional-judgement decision, and a matrix outcome as the matrix’s', () => {
    const audit = { id: 'trail', events: [], head: 'head' };
    const base = {
      journey: { id: 'thresholds', title: 'Threshold', version: 1 },
      editions: [],
      caseReference: 'R1',
      occurredAt: '2026-03-01T10:00:00+00:00',
      recordedAt: '2026-03-01T10:00:00+00:00',
      auditTrail: audit,
    };
    const undecided = toUndecidedDecision('made');
    undecided.answer(choices('seniorManager'));
    undecided.answer(text('Service manager'));
    const record = buildRecord({ ...base, rows: summarise(thresholdJourney, undecided.context()) });
    expect(record.outcomes).toEqual([
      { step: 'outcome_undecided', title: expect.any(String), decisionBasis: 'professionalJudgement' },
    ]);
    expect(record.rows.find((row) => row.kind === 'outcome')).toMatchObject({
      decisionBasis: 'professionalJudgement',
    });

    const red = toRatings('no', 'red');
    for (const rating of ['green', 'green', 'green']) red.answer(choice(rating));
    const redRecord = buildRecord({ ...base, rows: summarise(thresholdJourney, red.context()) });
    expect(redRecord.outcomes).toEqual([
      { step: 'outcome_red', title: expect.any(String), decisionBasis: 'matrix' },
    ]);
  });
});

describe('fix 6: Appendix C where the journey registers and reviews a high-risk case', () => {
  function toStage1(): Run {
    const run = startJourney(riskManagementJourney);
    throughApplicability(run);
    openStage1(run);
    return run;
  }

  it('after stage 1, asks the criteria for a high risk case, whether the case is on the team risk register, and the register’s key actions', () => {
    const run = toStage1();
    run.answer(checklist({}));
    expect(run.step()).toBe('highRiskCase');
    const criteria = contentById.get('rm.highRiskCase')!;
    expect(criteria.kind === 'multiSelect' && criteria.options.map((option) => option.label)).toEqual([
      ...highRiskProcess.highRiskCases.criteria.map((item) => item.label),
      'None of these',
    ]);
    run.answer(choices('toxicTrio'));
    expect(run.step()).toBe('onRegister');
    run.answer(choice('yes'));
    run.answer(text('Social worker, locality team'));
    run.answer(choice('yes'));
    run.answer(choice('yes'));
    run.answer(choice('yes'));
    expect(run.step()).toBe('highRiskRegister');
    const register = contentById.get('rm.highRiskRegister')!;
    expect(register.kind === 'checklist' && register.items.map((item) => item.label)).toContain(
      'The Register will be reviewed and updated on a weekly basis.',
    );
    run.answer(checklist({ namedProfessional: { status: 'done', note: '' } }));
    expect(run.step()).toBe('capacityDecisions');
  });

  it('an adult who refuses all assistance: the process for managing refusal or disengagement from support', () => {
    const run = toStage1();
    run.answer(checklist({}));
    run.answer(choices('none'));
    run.answer(choice('no'));
    run.next();
    run.answer(choice('no'));
    run.answer(choice('yes'));
    expect(run.step()).toBe('refusal');
    run.next();
    run.answer(text('Refuses all help'));
    run.answer(text('GP, housing and social care offered support'));
    run.answer(text('Told how to ask for reassessment'));
    expect(run.step()).toBe('refusalProcess');
    const content = contentById.get('rm.refusalProcess')!;
    expect(content.kind === 'checklist' && content.items.map((item) => item.label)).toEqual(
      highRiskProcess.refusalOrDisengagement.actions.map((item) => item.label),
    );
    run.answer(checklist({}));
    expect(run.step()).toBe('adultInvolvement');
  });
});

describe('fix 7: the framework’s scope (1.4) decides; §3.1 informs', () => {
  function afterSituations(situations: string[]): Run {
    const run = startJourney(riskManagementJourney);
    run.startTask('applicability');
    run.next();
    run.answer(choices(...situations));
    return run;
  }

  it.each([['vulnerabilityFactors'], ['harmToOthers'], ['toxicTrio']])(
    'an adult within 1.4 (%s) who provides adequate care for themselves goes on to the framework',
    (situation) => {
      const run = afterSituations([situation]);
      run.answer(choice('no'));
      expect(run.step()).toBe('unmanageable');
    },
  );

  it('within 1.4 but none of §3.1’s statements: goes on, the §3.1 answers kept on the record', () => {
    const run = afterSituations(['toxicTrio']);
    run.answer(choice('yes'));
    run.answer(choices('none'));
    expect(run.step()).toBe('unmanageable');
    expect(summarise(riskManagementJourney, run.context()).map((row) => row.step)).toEqual(
      expect.arrayContaining(['atRiskCareForSelf', 'atRiskTests']),
    );
  });

  it('outside 1.4 and not at risk under §3.1: the outcome says neither fits, in words that do not gate on §3.1 alone', () => {
    const run = afterSituations(['none']);
    run.answer(choice('no'));
    expect(run.step()).toBe('notAtRisk');
    const outcome = contentById.get('rm.outcome.notAtRisk')!;
    expect(outcome.title).not.toBe(
      "The adult does not meet the framework's description of an adult 'at risk'",
    );
    expect(outcome.title).toMatch(/1\.4/);
  });
});

describe('fix 10: an all-green practice scenario accepts a decision not to alert when other processes are used, with reasons', () => {
  const missedTablet = thresholdScenarios.find(
    (scenario) => scenario.id === 'tp.medication.green.missedDose',
  )!;
  const ratings = {
    seriousness: choice('green'),
    frequency: choice('green'),
    exposure: choice('green'),
    recurrence: choice('green'),
  };

  it('no alert, other processes used and reasons given: matches', () => {
    const answers: Record<string, Answer> = {
      ...ratings,
      decision: choice('notMade'),
      reasons: text('A single medication error requiring training on medication procedure'),
      againstReason: text('Poor practice which is not safeguarding but does require action'),
      otherProcesses: choices('th.other.employersActions'),
    };
    expect(compareThresholdAttempt(missedTablet, answers).decision.matched).toBe(true);
  });

  it('no alert without other processes, or without reasons: differs', () => {
    const noProcesses = {
      ...ratings,
      decision: choice('notMade'),
      reasons: text('Training booked'),
      otherProcesses: choices(),
    };
    expect(compareThresholdAttempt(missedTablet, noProcesses).decision.matched).toBe(false);
    const noReasons = {
      ...ratings,
      decision: choice('notMade'),
      reasons: text('  '),
      otherProcesses: choices('th.other.employersActions'),
    };
    expect(compareThresholdAttempt(missedTablet, noReasons).decision.matched).toBe(false);
  });

  it('an alert still matches, as the matrix’s outcome wording says', () => {
    expect(
      compareThresholdAttempt(missedTablet, { ...ratings, decision: choice('made') }).decision.matched,
    ).toBe(true);
  });

  it('a red scenario still expects an alert', () => {
    const red = thresholdScenarios.find((scenario) => scenario.expectedBand === 'red')!;
    const answers = {
      ...ratings,
      decision: choice('notMade'),
      reasons: text('r'),
      otherProcesses: choices('th.other.careManagement'),
    };
    expect(compareThresholdAttempt(red, answers).decision.matched).toBe(false);
  });
});
