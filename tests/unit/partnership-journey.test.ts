// The structured partnership approach journey: eligibility by either route with the conditions met and
// not met shown on the outcome, going on or finishing when not all present, the lead professional and the
// meeting, each information-sharing outcome, risk enablement, record keeping, and each forum's criteria.
import { describe, expect, it } from 'vitest';
import { contentById } from '../../content';
import { forums } from '../../content/partnership';
import type { Answer } from '../../machines/journey';
import {
  eligibilityFindings,
  forumCriteria,
  informationSharingFindings,
  partnershipJourney,
} from '../../machines/partnership';
import { summarise } from '../../machines/summary';
import { checklist, choice, choices, startJourney, text } from '../support/drive';

type Run = ReturnType<typeof startJourney>;

interface Eligibility {
  adult: 'careAndSupportNeeds' | 'highVulnerabilities' | 'none';
  atRisk?: 'yes' | 'no';
  capacity?: 'yes' | 'no';
  management?: 'yes' | 'no';
  areas?: string[];
  partners?: 'yes' | 'no';
  /** Asked only of an adult with care and support needs. */
  family?: 'yes' | 'no';
}

function eligibility(answers: Eligibility): Run {
  const run = startJourney(partnershipJourney);
  expect(run.step()).toBe('about');
  run.next();
  run.answer(choice(answers.adult));
  run.answer(choice(answers.atRisk ?? 'yes'));
  run.answer(choice(answers.capacity ?? 'yes'));
  run.answer(choice(answers.management ?? 'yes'));
  run.answer(choices(...(answers.areas ?? ['homeEnvironment', 'safety'])));
  run.answer(choice(answers.partners ?? 'yes'));
  if (answers.adult === 'careAndSupportNeeds') {
    expect(run.step()).toBe('familyDynamics');
    run.answer(choice(answers.family ?? 'no'));
  }
  return run;
}

const stepsOf = (
  run: Run,
  rule: (answers: Record<string, Answer>) => Array<{ kind: string; step?: string; contentId?: string }>,
) => rule(run.context().answers).map((finding) => finding.step ?? finding.contentId);

/** From an eligible outcome through section 3 to the first information-sharing question. */
function toConsent(run: Run = eligibility({ adult: 'careAndSupportNeeds' })) {
  expect(run.step()).toBe('eligibleConditions');
  run.next();
  expect(run.step()).toBe('involves');
  run.next();
  run.answer(choice('yes'));
  expect(run.step()).toBe('leadProfessional');
  run.answer(text('Social worker, Adult Social Care'));
  expect(run.step()).toBe('meetings');
  run.next();
  run.answer(choice('no'));
  expect(run.step()).toBe('roles');
  run.answer(text(''));
  expect(run.step()).toBe('consentAsked');
  return run;
}

const allQualities = ['accurate', 'valid', 'reliable', 'timely', 'relevant', 'complete'];

/** From the consent question to an information-sharing outcome. */
function share(
  run: Run,
  route: 'notAsked' | 'consent' | 'refusedNoGround' | 'refusedWithGround',
  qualities = allQualities,
) {
  if (route === 'notAsked') {
    run.answer(choice('no'));
    expect(run.step()).toBe('grounds');
    run.answer(choices('none'));
    return run;
  }
  run.answer(choice('yes'));
  expect(run.step()).toBe('consentGiven');
  if (route === 'consent') {
    run.answer(choice('yes'));
  } else {
    run.answer(choice('no'));
    expect(run.step()).toBe('grounds');
    if (route === 'refusedNoGround') {
      run.answer(choices('none'));
      return run;
    }
    run.answer(choices('riskToOthers', 'publicInterest'));
    expect(run.step()).toBe('rationale');
    run.answer(text('Neighbours at risk of fire; controlled by a lodger'));
  }
  expect(run.step()).toBe('qualities');
  run.answer(choices(...qualities));
  return run;
}

describe('when a structured partnership approach may be required (section 2)', () => {
  it('the conditions route: every AND condition holds; the outcome lists each condition and its answer', () => {
    const run = eligibility({ adult: 'careAndSupportNeeds' });
    expect(run.step()).toBe('eligibleConditions');
    expect(stepsOf(run, eligibilityFindings)).toEqual([
      'adult',
      'atRiskWellKnownNoPlan',
      'capacityRefusedServices',
      'managementNotMitigated',
      'manageDailyLife',
      'partnersConcerned',
    ]);
  });

  it('an adult with NO care and support needs but HIGH vulnerabilities: the conditions route, and no family-dynamics question', () => {
    const run = eligibility({ adult: 'highVulnerabilities', areas: ['finances'] });
    expect(run.step()).toBe('eligibleConditions');
    expect(run.context().path).not.toContain('familyDynamics');
  });

  it('the family-dynamics route stands on its own', () => {
    const run = eligibility({ adult: 'careAndSupportNeeds', atRisk: 'no', areas: ['none'], family: 'yes' });
    expect(run.step()).toBe('eligibleFamilyDynamics');
    expect(stepsOf(run, eligibilityFindings)).toEqual(['adult', 'familyDynamics']);
  });

  it('any one condition not met: not all present, listing the conditions met and then those not met', () => {
    const run = eligibility({ adult: 'careAndSupportNeeds', capacity: 'no', family: 'no' });
    expect(run.step()).toBe('notEligible');
    expect(stepsOf(run, eligibilityFindings)).toEqual([
      'adult',
      'atRiskWellKnownNoPlan',
      'managementNotMitigated',
      'manageDailyLife',
      'partnersConcerned',
      'capacityRefusedServices',
      'familyDynamics',
    ]);
  });

  it('no areas of daily life: the condition is not met', () => {
    const run = eligibility({ adult: 'highVulnerabilities', areas: ['none'] });
    expect(run.step()).toBe('notEligible');
    expect(stepsOf(run, eligibilityFindings).at(-1)).toBe('manageDailyLife');
  });

  it('neither description of the adult: not all present; the family-dynamics question is not asked or listed', () => {
    const run = eligibility({ adult: 'none' });
    expect(run.step()).toBe('notEligible');
    const steps = stepsOf(run, eligibilityFindings);
    expect(steps.at(-1)).toBe('adult');
    expect(steps).not.toContain('familyDynamics');
  });

  it('the outcome screens show the answers: the findings rule is named on all three', () => {
    const states = partnershipJourney.machine.root.states;
    for (const step of ['eligibleConditions', 'eligibleFamilyDynamics', 'notEligible']) {
      expect(states[step].meta).toMatchObject({ screen: 'outcome', findings: 'eligibilityFindings' });
    }
  });

  it('not all present is not a dead end: the worker may go on, or finish through record keeping', () => {
    const goOn = eligibility({ adult: 'careAndSupportNeeds', partners: 'no' });
    goOn.next();
    expect(goOn.step()).toBe('nextNotEligible');
    goOn.answer(choice('goOn'));
    expect(goOn.step()).toBe('involves');

    const finish = eligibility({ adult: 'careAndSupportNeeds', partners: 'no' });
    finish.next();
    finish.answer(choice('finish'));
    expect(finish.step()).toBe('recordKeeping');
    finish.answer(
      checklist({ reasons: { status: 'done', note: 'Partners do not see a benefit in a meeting' } }),
    );
    expect(finish.step()).toBe('checkAnswers');
    finish.finish();
    expect(finish.step()).toBe('complete');
  });
});

describe('what is involved (section 3)', () => {
  it('no lead professional: the concerned practitioner coordinates the meeting', () => {
    const run = eligibility({ adult: 'careAndSupportNeeds' });
    run.next();
    run.next();
    run.answer(choice('no'));
    expect(run.step()).toBe('noLeadProfessional');
    const content = contentById.get('sp.noLeadProfessional');
    expect(content?.kind === 'information' && content.paragraphs[0]).toMatch(
      /the concerned practitioner will need to take responsibility/,
    );
    run.next();
    expect(run.step()).toBe('meetings');
  });

  it('the meeting: chair, date, attendees, minutes and actions with timescales, all on check answers', () => {
    const run = eligibility({ adult: 'careAndSupportNeeds' });
    run.next();
    run.next();
    run.answer(choice('yes'));
    run.answer(text('Social worker'));
    run.next();
    run.answer(choice('yes'));
    expect(run.step()).toBe('meetingChair');
    run.answer(text('Team manager, Adult Social Care'));
    expect(run.step()).toBe('meetingDate');
    run.answer(text('2026-02-10'));
    expect(run.step()).toBe('meetingAttendees');
    run.answer({
      kind: 'entries',
      entries: [{ name: 'A. Patel', agency: 'Housing officer, Solihull Community Housing' }],
    });
    expect(run.step()).toBe('meetingMinutes');
    run.answer(text('Minutes kept on the case record'));
    expect(run.step()).toBe('meetingActions');
    run.answer({
      kind: 'entries',
      entries: [
        {
          action: 'Fire safety visit',
          responsible: 'Fire service',
          implementation: '2026-02-17',
          review: '2026-03-10',
        },
      ],
    });
    expect(run.step()).toBe('roles');
    run.answer(text('Housing leads on the tenancy; social worker on care and support'));
    expect(run.step()).toBe('consentAsked');
    const rows = summarise(partnershipJourney, run.context());
    const answerOf = (step: string) => {
      const row = rows.find((summary) => summary.step === step);
      return row?.kind === 'answer' ? row.answer : [];
    };
    expect(answerOf('meetingAttendees')).toEqual([
      '1. Name: A. Patel; Agency and role: Housing officer, Solihull Community Housing',
    ]);
    expect(answerOf('meetingActions')).toEqual([
      '1. Action: Fire safety visit; Who is responsible: Fire service; Timescale for implementation: 17 February 2026; Timescale for review: 10 March 2026',
    ]);
    const date = contentById.get('sp.meetingDate');
    expect(date?.kind === 'text' && date.inputType).toBe('date');
  });
});

describe('sharing information (section 3.3)', () => {
  it('consent not asked: ask for it', () => {
    const run = share(toConsent(), 'notAsked');
    expect(run.step()).toBe('askForConsent');
    expect(stepsOf(run, informationSharingFindings)).toEqual(['consentAsked', 'grounds']);
    run.next();
    expect(run.step()).toBe('riskEnablement');
  });

  it('consent given and the six qualities confirmed: share with consent', () => {
    const run = share(toConsent(), 'consent');
    expect(run.step()).toBe('shareWithConsent');
    expect(stepsOf(run, informationSharingFindings)).toEqual(['consentGiven', 'qualities']);
    run.next();
    expect(run.step()).toBe('riskEnablement');
  });

  it('not every quality confirmed: says so before the outcome', () => {
    const run = share(toConsent(), 'consent', ['accurate', 'valid']);
    expect(run.step()).toBe('qualitiesMissing');
    run.next();
    expect(run.step()).toBe('shareWithConsent');
  });

  it('consent refused and no ground applies: the wishes are respected and advice is sought from a Manager', () => {
    const run = share(toConsent(), 'refusedNoGround');
    expect(run.step()).toBe('respectWishes');
    expect(stepsOf(run, informationSharingFindings)).toEqual(['consentGiven', 'grounds']);
    const content = contentById.get('sp.outcome.respectWishes');
    expect(content?.kind === 'outcome' && content.paragraphs.join(' ')).toMatch(
      /further advice should be sought from a Manager/,
    );
    run.next();
    expect(run.step()).toBe('riskEnablement');
  });

  it('consent refused and a ground applies: a rationale is required and the outcome rests on the grounds, rationale and qualities', () => {
    const run = share(toConsent(), 'refusedWithGround');
    expect(run.step()).toBe('shareWithoutConsent');
    expect(stepsOf(run, informationSharingFindings)).toEqual([
      'consentGiven',
      'grounds',
      'rationale',
      'qualities',
    ]);
    const rationale = contentById.get('sp.rationale');
    expect(rationale?.kind === 'text' && rationale.errorMessage).toBeTruthy();
    const grounds = contentById.get('sp.grounds');
    expect(grounds?.kind === 'multiSelect' && grounds.options.map((option) => option.value)).toEqual([
      'lacksCapacityBestInterests',
      'riskToOthers',
      'preventionOrDetectionOfCrime',
      'publicInterest',
      'none',
    ]);
  });
});

describe('risk enablement, record keeping and the forums (sections 3.5, 3.6 and 4)', () => {
  function toForums() {
    const run = share(toConsent(), 'consent');
    run.next();
    expect(run.step()).toBe('riskEnablement');
    run.answer({
      kind: 'notes',
      notes: { important: 'Staying in her own home', strengths: 'Good relationship with her GP' },
    });
    expect(run.step()).toBe('recordKeeping');
    run.answer(checklist());
    expect(run.step()).toBe('forums');
    return run;
  }

  it('risk enablement is a note against each of its parts', () => {
    const content = contentById.get('sp.riskEnablement');
    expect(content?.kind).toBe('notes');
    expect(content?.kind === 'notes' && content.items.map((item) => item.id)).toEqual([
      'important',
      'workingWell',
      'viewOfRisks',
      'network',
      'strengths',
      'mitigatingActions',
    ]);
  });

  it.each(forums.map((forum) => [forum.id, forum] as const))(
    'the forum %s: its criteria on the outcome',
    (id, forum) => {
      const run = toForums();
      run.answer(choices(id));
      expect(run.step()).toBe('forumReferrals');
      expect(forumCriteria(run.context().answers)).toEqual([
        { kind: 'pointer', contentId: `sp.forum.${id}` },
      ]);
      const pointer = contentById.get(`sp.forum.${id}`);
      expect(pointer?.kind).toBe('pointer');
      if (pointer?.kind !== 'pointer') return;
      expect(pointer.paragraphs[0]).toBe(`${forum.name} ${forum.when}`);
      if (id === 'marac')
        expect(pointer.warning).toMatch(
          /^A referral to MARAC depends on the Safe Lives Dash Risk Assessment/,
        );
      else expect(pointer.warning).toBeUndefined();
      if (id === 'harmReductionForum') expect(pointer.paragraphs[1]).toMatch(/VULNERABLE/);
      run.next();
      expect(run.step()).toBe('checkAnswers');
    },
  );

  it('several forums: the criteria of each, in the guidance’s order; the options carry the criteria as hints', () => {
    const run = toForums();
    run.answer(choices('exploitationPanel', 's42Procedures'));
    expect(forumCriteria(run.context().answers)).toEqual([
      { kind: 'pointer', contentId: 'sp.forum.s42Procedures' },
      { kind: 'pointer', contentId: 'sp.forum.exploitationPanel' },
    ]);
    const content = contentById.get('sp.forums');
    expect(
      content?.kind === 'multiSelect' && content.options.find((option) => option.value === 'marac')?.hint,
    ).toMatch(/^if the Safe Lives Dash Risk Assessment identifies/);
  });

  it('no forum: straight to check answers', () => {
    const run = toForums();
    run.answer(choices('none'));
    expect(run.step()).toBe('checkAnswers');
    run.finish();
    expect(run.step()).toBe('complete');
  });
});
