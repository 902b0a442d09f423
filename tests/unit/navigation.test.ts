// Back, Change and the summary: the summary holds only answers on the path finally taken.
import { describe, expect, it } from 'vitest';
import { collusionJourney } from '../../machines/collusion';
import { nonEngagementJourney } from '../../machines/non-engagement';
import { summarise } from '../../machines/summary';
import { checklist, choice, choices, startJourney, text } from '../support/drive';

/** From the start of the non-engagement journey to the first self-check question. */
function toSelfCheck(run: ReturnType<typeof startJourney>, evidence = 'notEngagingOnly') {
  run.answer(choice('yes'));
  run.answer(choice(evidence));
  if (evidence === 'evidence') run.answer(text('Missed three GP appointments; fall last month'));
  run.next();
}

function answerSelfCheck(run: ReturnType<typeof startJourney>, values: string[]) {
  values.forEach((value) => run.answer(choice(value)));
}

describe('Back', () => {
  it('returns to the step the worker came from, with its answer kept for prefilling', () => {
    const run = startJourney(nonEngagementJourney);
    run.answer(choice('yes'));
    run.answer(choice('evidence'));
    expect(run.step()).toBe('evidenceDetail');
    run.back();
    expect(run.step()).toBe('evidence');
    expect(run.context().answers.evidence).toEqual(choice('evidence'));
    run.back();
    expect(run.step()).toBe('age');
    expect(run.context().path).toEqual(['age']);
  });

  it('does nothing on the first step', () => {
    const run = startJourney(collusionJourney);
    run.back();
    expect(run.step()).toBe('avoidConflict');
    expect(run.context().path).toEqual(['avoidConflict']);
  });

  it('leaves an abandoned branch out of the summary after a different branch is taken', () => {
    const run = startJourney(nonEngagementJourney);
    toSelfCheck(run, 'evidence');
    run.back(); // consider
    run.back(); // evidenceDetail
    run.back(); // evidence
    run.answer(choice('notEngagingOnly'));
    run.next();
    answerSelfCheck(run, ['no', 'no', 'no', 'no', 'no', 'no']);
    const steps = summarise(nonEngagementJourney, run.context()).map((row) => row.step);
    expect(steps).not.toContain('evidenceDetail');
    expect(steps.slice(0, 3)).toEqual(['age', 'evidence', 'consider']);
    // The typed evidence is still kept in the draft, so nothing the worker wrote is lost.
    expect(run.context().answers.evidenceDetail).toEqual(
      text('Missed three GP appointments; fall last month'),
    );
  });
});

describe('the non-engagement journey', () => {
  function toCheckAnswers(options: { flagged: boolean; closing?: [string, string] }) {
    const run = startJourney(nonEngagementJourney);
    toSelfCheck(run);
    answerSelfCheck(
      run,
      options.flagged ? ['no', 'no', 'no', 'notSure', 'no', 'yes'] : ['no', 'no', 'no', 'no', 'no', 'no'],
    );
    expect(run.step()).toBe(options.flagged ? 'collusionDiscuss' : 'collusionNoSigns');
    run.next();
    run.answer(choice('no'));
    run.answer(checklist({ calls: { status: 'done', note: 'Three calls, no answer' } }));
    run.answer(choices('gatekeeper', 'mca'));
    expect(run.step()).toBe('concernPointers');
    run.next();
    run.answer(checklist());
    run.next();
    if (options.closing) {
      run.answer(choice('yes'));
      run.answer(choice(options.closing[0]));
      run.answer(choice(options.closing[1]));
    } else {
      run.answer(choice('no'));
    }
    return run;
  }

  it('lists the self-check questions answered yes or not sure', () => {
    const run = startJourney(nonEngagementJourney);
    toSelfCheck(run);
    answerSelfCheck(run, ['no', 'no', 'no', 'notSure', 'no', 'yes']);
    expect(nonEngagementJourney.findings.collusionFlags(run.context().answers)).toEqual([
      { kind: 'answer', step: 'keepingToMyself' },
      { kind: 'answer', step: 'familyNeeds' },
    ]);
  });

  it('points each selected concern to its guidance', () => {
    const run = toCheckAnswers({ flagged: false });
    expect(nonEngagementJourney.findings.concernPointers(run.context().answers)).toEqual([
      { kind: 'pointer', contentId: 'ne.pointer.gatekeeper' },
      { kind: 'pointer', contentId: 'ne.pointer.mca' },
    ]);
  });

  it('skips the pointers page when "None of these" is chosen', () => {
    const run = startJourney(nonEngagementJourney);
    toSelfCheck(run);
    answerSelfCheck(run, ['no', 'no', 'no', 'no', 'no', 'no']);
    run.next();
    run.answer(choice('no'));
    run.answer(checklist());
    run.answer(choices('none'));
    expect(run.step()).toBe('nextSteps');
  });

  it.each([
    [['no', 'yes'], 'doNotClose'],
    [['yes', 'no'], 'doNotClose'],
    [['no', 'no'], 'doNotClose'],
    [['yes', 'yes'], 'closingChecksDone'],
  ] as const)('closing with risk assessment %s reaches %s', (closing, outcome) => {
    const run = toCheckAnswers({ flagged: false, closing: [...closing] as [string, string] });
    expect(run.step()).toBe(outcome);
  });

  it('names the closing checks not done', () => {
    const run = toCheckAnswers({ flagged: false, closing: ['yes', 'no'] });
    expect(nonEngagementJourney.findings.missingClosingChecks(run.context().answers)).toEqual([
      { kind: 'answer', step: 'closingAgencyCheck' },
    ]);
  });

  it('asks "Do I feel at risk?" and shows what the flowchart says when the answer is yes or not sure', () => {
    for (const [answer, next] of [
      ['yes', 'atRisk'],
      ['notSure', 'atRisk'],
      ['no', 'strategies'],
    ]) {
      const run = startJourney(nonEngagementJourney);
      toSelfCheck(run);
      answerSelfCheck(run, ['no', 'no', 'no', 'no', 'no', 'no']);
      run.next();
      run.answer(choice(answer));
      expect(run.step()).toBe(next);
    }
  });

  it('stops at the under-18 outcome and goes to check answers from there', () => {
    const run = startJourney(nonEngagementJourney);
    run.answer(choice('no'));
    expect(run.step()).toBe('under18');
    run.next();
    expect(run.step()).toBe('checkAnswers');
    expect(summarise(nonEngagementJourney, run.context()).map((row) => row.kind)).toEqual([
      'answer',
      'outcome',
    ]);
  });

  it('builds check answers from the path: every question answered, in order, with outcomes', () => {
    const run = toCheckAnswers({ flagged: true, closing: ['no', 'no'] });
    run.next(); // doNotClose
    run.next(); // dataProtection
    expect(run.step()).toBe('checkAnswers');
    const rows = summarise(nonEngagementJourney, run.context());
    const answered = rows.filter((row) => row.kind === 'answer');
    expect(answered.map((row) => row.step)).toEqual([
      'age',
      'evidence',
      'avoidConflict',
      'minimising',
      'hesitantToShare',
      'keepingToMyself',
      'relievedNoAnswer',
      'familyNeeds',
      'feelAtRisk',
      'strategies',
      'concerns',
      'nextSteps',
      'closing',
      'closingRiskAssessment',
      'closingAgencyCheck',
    ]);
    const strategies = answered.find((row) => row.step === 'strategies');
    expect(strategies?.kind === 'answer' && strategies.answer).toContain(
      'Calls: Done (note: Three calls, no answer)',
    );
    const concerns = answered.find((row) => row.step === 'concerns');
    expect(concerns?.kind === 'answer' && concerns.answer).toEqual(['Family acting as a gatekeeper?', 'MCA']);
    expect(rows.filter((row) => row.kind === 'outcome').map((row) => row.step)).toEqual([
      'collusionDiscuss',
      'doNotClose',
    ]);
    run.finish();
    expect(run.actor.getSnapshot().status).toBe('done');
  });
});

describe('Change from check answers', () => {
  function completedSelfCheck(values: string[]) {
    const run = startJourney(collusionJourney);
    answerSelfCheck(run, values);
    run.answer(text('Reflection'));
    run.next();
    expect(run.step()).toBe('checkAnswers');
    return run;
  }

  it('asks only the changed question, then stops at the outcome it may have changed', () => {
    const run = completedSelfCheck(['no', 'no', 'no', 'no', 'no', 'no']);
    run.change('minimising');
    expect(run.step()).toBe('minimising');
    run.answer(choice('yes'));
    expect(run.step()).toBe('discuss');
    run.next();
    expect(run.step()).toBe('checkAnswers');
    expect(run.context().changing).toBeNull();
    expect(run.context().answers.minimising).toEqual(choice('yes'));
    expect(run.context().path).toEqual([
      'avoidConflict',
      'minimising',
      'hesitantToShare',
      'keepingToMyself',
      'relievedNoAnswer',
      'familyNeeds',
      'reflection',
      'discuss',
      'checkAnswers',
    ]);
  });

  it('asks a newly reached question that has no answer yet', () => {
    const run = startJourney(nonEngagementJourney);
    toSelfCheck(run); // notEngagingOnly: no evidence detail asked
    answerSelfCheck(run, ['no', 'no', 'no', 'no', 'no', 'no']);
    run.next();
    run.answer(choice('no'));
    run.answer(checklist());
    run.answer(choices('none'));
    run.answer(checklist());
    run.next();
    run.answer(choice('no'));
    run.next();
    expect(run.step()).toBe('checkAnswers');
    run.change('evidence');
    run.answer(choice('evidence'));
    expect(run.step()).toBe('evidenceDetail');
    run.answer(text('New evidence'));
    // Passes the information page and the answered self-check, stopping at its outcome.
    expect(run.step()).toBe('collusionNoSigns');
    run.next();
    expect(run.step()).toBe('checkAnswers');
    const steps = summarise(nonEngagementJourney, run.context()).map((row) => row.step);
    expect(steps).toContain('evidenceDetail');
  });

  it('shows guidance the worker has not seen on the new route, and passes guidance already seen', () => {
    const run = startJourney(nonEngagementJourney);
    toSelfCheck(run);
    answerSelfCheck(run, ['no', 'no', 'no', 'no', 'no', 'no']);
    run.next();
    run.answer(choice('no')); // Do I feel at risk?
    run.answer(checklist());
    run.answer(choices('none'));
    run.answer(checklist());
    run.next(); // inaction
    run.answer(choice('no'));
    run.next(); // data protection
    expect(run.step()).toBe('checkAnswers');
    run.change('feelAtRisk');
    run.answer(choice('yes'));
    expect(run.step()).toBe('atRisk');
    run.next();
    // From here the route is as before: the answered checklists and the guidance pages already seen.
    expect(run.step()).toBe('checkAnswers');
  });

  it('is cancelled by Back, so Back is never undone by the replay', () => {
    const run = completedSelfCheck(['no', 'no', 'no', 'no', 'no', 'no']);
    run.change('hesitantToShare');
    run.back();
    expect(run.step()).toBe('minimising');
    expect(run.context().changing).toBeNull();
  });

  it('ignores a Change to a step not on the path', () => {
    const run = completedSelfCheck(['no', 'no', 'no', 'no', 'no', 'no']);
    run.change('discuss');
    expect(run.step()).toBe('checkAnswers');
  });
});
