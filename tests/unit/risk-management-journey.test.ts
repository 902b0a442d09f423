// The multi-agency risk management journey: whether the framework applies (each outcome pointing
// elsewhere can be gone on from or finished at), stage 1 with who and by when, capacity and refusal, stage
// 2 with the SMART action plan and review date, stage 3 showing that plan, insufficient progress, and the
// recording that ends every route.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { contentById } from '../../content';
import { highRiskProcess, legislation, stageActions } from '../../content/risk-management';
import type { Answer } from '../../machines/journey';
import { snapshotProblems, upgradeSnapshot } from '../../machines/restore';
import {
  notAtRiskFindings,
  riskManagementFindings,
  riskManagementJourney,
} from '../../machines/risk-management';
import { describeAnswer, summarise } from '../../machines/summary';
import { stepView } from '../../machines/session';
import { isOverdue, overdueIn } from '../../machines/rules/overdue';
import { recordRows } from '../../src/record/record';
import { checklist, choice, choices, startJourney, text } from '../support/drive';

type Run = ReturnType<typeof startJourney>;
const riskManagementJourneyInfo = riskManagementJourney;

const plan: Answer = {
  kind: 'entries',
  entries: [
    {
      action: 'Joint visit with the GP to discuss the hoarding',
      namedLead: 'Community nurse (NHS)',
      timescale: '2026-03-02',
    },
    { action: 'Fire safety check', namedLead: 'Fire service', timescale: '2026-03-09' },
  ],
};

const stage1: Answer = {
  kind: 'checklist',
  items: {
    discussWithRaiser: {
      status: 'done',
      note: 'Neighbour raised smell of smoke',
      owner: 'Housing officer',
      due: '2026-02-02',
    },
    allocateLead: { status: 'planned', note: '', owner: 'Team manager', due: '2026-02-09' },
    s42Duty: { status: 'notAppropriate', note: 'Self neglect; adult can protect themselves' },
  },
};

function start(situations = ['selfNeglect', 'refusalOrDisengagement']) {
  const run = startJourney(riskManagementJourney);
  expect(run.step()).toBe('tasks');
  run.startTask('applicability');
  expect(run.step()).toBe('about');
  run.next();
  expect(run.step()).toBe('situations');
  run.answer(choices(...situations));
  return run;
}

/** Through applicability with every answer pointing to the framework, to the convene outcome. */
function toConvene(run: Run = start()) {
  run.answer(choice('yes'));
  expect(run.step()).toBe('atRiskTests');
  run.answer(choices('refusedEssentialServices'));
  expect(run.step()).toBe('unmanageable');
  run.answer(choice('yes'));
  expect(run.step()).toBe('otherProcess');
  run.answer(choices('none'));
  expect(run.step()).toBe('s42');
  run.answer(choice('no'));
  expect(run.step()).toBe('convene');
  return run;
}

/** Appendix C after stage 1: the criteria for a high risk case, then the case on the team risk register. */
function throughRegister(run: Run) {
  expect(run.step()).toBe('highRiskCase');
  run.answer(choices('selfNeglect', 'refusalOrDisengagement'));
  expect(run.step()).toBe('onRegister');
  run.answer(choice('yes'));
  expect(run.step()).toBe('registerNamedProfessional');
  run.answer(text('Community nurse, locality team'));
  expect(run.step()).toBe('registerAlert');
  run.answer(choice('yes'));
  expect(run.step()).toBe('registerWeeklyReview');
  run.answer(choice('yes'));
  expect(run.step()).toBe('registerActiveProcess');
  run.answer(choice('no'));
  expect(run.step()).toBe('highRiskRegister');
  run.answer(checklist({ supervisorsReview: { status: 'planned', note: 'Team manager, Thursday' } }));
  expect(run.step()).toBe('capacityDecisions');
}

/** From the convene outcome back to the task list, and into stage 1. */
function openStage1(run: Run) {
  run.next();
  expect(run.step()).toBe('tasks');
  run.startTask('stage1');
  expect(run.step()).toBe('stage1');
}

/** From the convene outcome through stage 1 with the adult not believed to lack capacity and not refusing. */
function toStage2(run: Run = toConvene()) {
  openStage1(run);
  run.answer(stage1);
  throughRegister(run);
  run.next();
  run.answer(choice('no'));
  expect(run.step()).toBe('refusesAll');
  run.answer(choice('no'));
  expect(run.step()).toBe('adultInvolvement');
  run.next();
  expect(run.step()).toBe('tasks');
  run.startTask('stage2');
  expect(run.step()).toBe('stage2');
  return run;
}

function toStage3(run: Run = toStage2()) {
  run.answer(checklist({ smartPlan: { status: 'done', note: '' } }));
  expect(run.step()).toBe('riskAssessment');
  run.answer({
    kind: 'notes',
    notes: { homeSituation: 'Hoarding blocks the exits', publicSafety: 'Risk of fire to neighbours' },
  });
  expect(run.step()).toBe('effectiveRiskAssessment');
  run.answer(checklist({ chronology: { status: 'done', note: 'Chronology from housing and GP' } }));
  expect(run.step()).toBe('actionPlan');
  run.answer(plan);
  expect(run.step()).toBe('reviewDate');
  run.answer(text('2026-03-16'));
  expect(run.step()).toBe('tasks');
  run.startTask('review');
  expect(run.step()).toBe('meetingDate');
  return run;
}

const attendees: Answer = {
  kind: 'entries',
  entries: [{ name: 'A. Khan', roleAgency: 'Lead professional, adult social care' }],
};

/** A review meeting from its date to whether sufficient progress has been made. */
function toProgress(run: Run, date = '2026-03-16', actions?: Answer) {
  expect(run.step()).toBe('meetingDate');
  run.answer(text(date));
  expect(run.step()).toBe('reviewAttendees');
  run.answer(attendees);
  expect(run.step()).toBe('stage3');
  run.answer(checklist({ revisePlan: { status: 'done', note: '' } }));
  expect(run.step()).toBe('reviewActionPlan');
  run.answer(actions ?? run.context().answers.reviewActionPlan);
  expect(run.step()).toBe('newInformation');
  run.answer(text('GP reports the adult let the nurse in'));
  expect(run.step()).toBe('riskChanges');
  run.answer(text('Exits partly cleared'));
  expect(run.step()).toBe('progress');
  return run;
}

/** Goes on from the recording steps to check answers. */
function record(run: Run) {
  expect(run.step()).toBe('defensible');
  run.answer(checklist({ rationale: { status: 'done', note: '' } }));
  expect(run.step()).toBe('legislation');
  run.answer(choices('careAct2014s42', 'mentalCapacityAct2005'));
  expect(run.step()).toBe('checkAnswers');
}

/** The plan with every action given this status. */
const statusedEntries = (answer: Answer, status: string) =>
  answer.kind === 'entries' ? answer.entries.map((entry) => ({ ...entry, status })) : [];
const statused = (answer: Answer, status: string): Answer => ({
  kind: 'entries',
  entries: statusedEntries(answer, status),
});

/** The task list's rows as the screen shows them; none while a task is open. */
const taskRowsOf = (run: Run) => stepView(riskManagementJourneyInfo, run.actor.getSnapshot()).tasks;
const taskStatus = (run: Run, task: string) =>
  taskRowsOf(run).find((row) => row.task === task && !row.round)?.status;

/** From sufficient progress (or not) to the end of the review meeting, back on the task list. */
function finishReview(run: Run, resolved: 'yes' | 'no' | 'notSure', next: string) {
  expect(run.step()).toBe('progress');
  run.answer(choice('yes'));
  run.answer(text('Decided at the meeting, with reasons'));
  expect(run.step()).toBe('risksResolved');
  run.answer(choice(resolved));
  run.answer(text(next));
  run.next();
  expect(run.step()).toBe('tasks');
}

describe('whether the framework applies', () => {
  it('outside 1.4, an adult able and willing to care for him/herself is not "at risk": the worker may finish, with the decision recorded', () => {
    const run = start(['none']);
    run.answer(choice('no'));
    expect(run.step()).toBe('notAtRisk');
    expect(notAtRiskFindings(run.context().answers)).toEqual([
      { kind: 'answer', step: 'situations' },
      { kind: 'answer', step: 'atRiskCareForSelf' },
    ]);
    run.next();
    expect(run.step()).toBe('nextNotAtRisk');
    run.answer(choice('finish'));
    record(run);
    const rows = summarise(riskManagementJourney, run.context());
    expect(rows.map((row) => row.step)).toEqual([
      'about',
      'situations',
      'atRiskCareForSelf',
      'notAtRisk',
      'nextNotAtRisk',
      'defensible',
      'legislation',
    ]);
    run.finish();
    expect(run.step()).toBe('complete');
  });

  it('outside 1.4, none of the four statements of 3.1 is "not at risk" too, and lists the answers; the worker may go on', () => {
    const run = start(['none']);
    run.answer(choice('notSure'));
    run.answer(choices('none'));
    expect(run.step()).toBe('notAtRisk');
    expect(notAtRiskFindings(run.context().answers)).toEqual([
      { kind: 'answer', step: 'situations' },
      { kind: 'answer', step: 'atRiskCareForSelf' },
      { kind: 'answer', step: 'atRiskTests' },
    ]);
    run.next();
    run.answer(choice('goOn'));
    expect(run.step()).toBe('unmanageable');
  });

  it('a risk the organisation can manage points to single agency risk management, and the worker may go on', () => {
    const run = start();
    run.answer(choice('yes'));
    run.answer(choices('unableToObtainCare'));
    run.answer(choice('no'));
    expect(run.step()).toBe('singleAgency');
    run.next();
    expect(run.step()).toBe('nextSingleAgency');
    run.answer(choice('goOn'));
    expect(run.step()).toBe('otherProcess');
  });

  it('another process (4.5) is an outcome listing the processes selected; going on asks about s42', () => {
    const run = start();
    run.answer(choice('yes'));
    run.answer(choices('unableToProtect'));
    run.answer(choice('notSure'));
    run.answer(choices('marac', 'channelPanel'));
    expect(run.step()).toBe('otherProcessOutcome');
    expect(riskManagementFindings.otherProcessFindings(run.context().answers)).toEqual([
      { kind: 'answer', step: 'otherProcess' },
    ]);
    const content = contentById.get('rm.otherProcess')!;
    expect(describeAnswer(content, run.context().answers.otherProcess)).toEqual([
      'Multi-Agency Risk Assessment Conference',
      'Channel Panel',
    ]);
    run.next();
    run.answer(choice('goOn'));
    expect(run.step()).toBe('s42');
  });

  it.each(['yes', 'notSure'])(
    's42 "%s" points to a s42 enquiry; going on starts stage 1, finishing records the decision',
    (answer) => {
      for (const next of ['goOn', 'finish'] as const) {
        const run = start();
        run.answer(choice('yes'));
        run.answer(choices('refusedEssentialServices'));
        run.answer(choice('yes'));
        run.answer(choices('none'));
        run.answer(choice(answer));
        expect(run.step()).toBe('s42Outcome');
        run.next();
        expect(run.step()).toBe('nextS42');
        run.answer(choice(next));
        expect(run.step()).toBe(next === 'goOn' ? 'tasks' : 'defensible');
      }
    },
  );

  it('"no" to all of the above: the responsible manager should convene a multi-agency meeting', () => {
    const run = toConvene();
    openStage1(run);
  });

  it('the other process question offers 4.5’s six processes and "None of these"', () => {
    const content = contentById.get('rm.otherProcess');
    expect(content?.kind === 'multiSelect' && content.options.map((option) => option.value)).toEqual([
      'careProgrammeApproach',
      'marac',
      'channelPanel',
      'childrensSafeguarding',
      'thinkFamily',
      's42Enquiry',
      'none',
    ]);
  });
});

describe('stage 1, capacity and refusal', () => {
  it('every key action of the three stages is a checklist item recording status, who and by when', () => {
    for (const [id, items] of [
      ['rm.stage1', stageActions.stage1],
      ['rm.stage2', stageActions.stage2],
      ['rm.stage3', stageActions.stage3],
    ] as const) {
      const content = contentById.get(id);
      expect(content?.kind, id).toBe('checklist');
      if (content?.kind !== 'checklist') continue;
      expect(content.tracksOwnerAndDate, id).toBe(true);
      expect(content.items).toBe(items);
    }
    expect([stageActions.stage1.length, stageActions.stage2.length, stageActions.stage3.length]).toEqual([
      17, 14, 10,
    ]);
  });

  it('keeps who and by when on check answers', () => {
    const run = toStage2();
    const row = summarise(riskManagementJourney, run.context()).find((summary) => summary.step === 'stage1');
    expect(row?.kind === 'answer' && row.answer).toEqual(
      expect.arrayContaining([
        'Discussion with the person raising the concern: Done (who: Housing officer; by: 2 February 2026; note: Neighbour raised smell of smoke)',
        'Allocate the case to a lead professional: Planned (who: Team manager; by: 9 February 2026)',
        'Consider whether the circumstances of the case engage the s42 enquiry duty: Not appropriate (note: Self neglect; adult can protect themselves)',
        'Set up a multi-agency risk planning meeting: No status',
      ]),
    );
  });

  it('believed to lack capacity: shows the considerations of section 3 and does not ask about refusal with capacity', () => {
    const run = toConvene();
    openStage1(run);
    run.answer(stage1);
    throughRegister(run);
    run.next();
    run.answer(choice('yes'));
    expect(run.step()).toBe('capacity');
    const content = contentById.get('rm.capacity');
    expect(content?.kind === 'information' && content.bullets?.join(' ')).toMatch(
      /Lasting Power of Attorney.*deputy appointed by the Court of Protection/,
    );
    expect(content?.kind === 'information' && content.paragraphs.join(' ')).toMatch(
      /decisional and executive/,
    );
    run.next();
    expect(run.step()).toBe('adultInvolvement');
  });

  it('not sure about capacity: shows the considerations, then asks about refusal', () => {
    const run = toConvene();
    openStage1(run);
    run.answer(stage1);
    throughRegister(run);
    run.next();
    run.answer(choice('notSure'));
    expect(run.step()).toBe('capacity');
    run.next();
    expect(run.step()).toBe('refusesAll');
  });

  it('an adult with capacity who continues to refuse all assistance: the refusal, every agency’s efforts and the information given are recorded', () => {
    const run = toConvene();
    openStage1(run);
    run.answer(stage1);
    throughRegister(run);
    run.next();
    run.answer(choice('no'));
    run.answer(choice('yes'));
    expect(run.step()).toBe('refusal');
    run.next();
    expect(run.step()).toBe('refusalRecord');
    run.answer(text('Refuses all care visits and the fire service visit; understands the risk of fire'));
    expect(run.step()).toBe('refusalEfforts');
    run.answer(
      text('Housing: three visits; GP: letter and call; fire service: two offers of a safety check'),
    );
    expect(run.step()).toBe('refusalInformation');
    run.answer(text('Leaflet on fire safety and the duty team number for a reassessment'));
    expect(run.step()).toBe('refusalProcess');
    run.answer(checklist({}));
    expect(run.step()).toBe('adultInvolvement');
    for (const id of ['rm.refusalRecord', 'rm.refusalEfforts', 'rm.refusalInformation']) {
      const content = contentById.get(id);
      expect(content?.kind === 'text' && content.errorMessage, `${id} is required`).toBeTruthy();
    }
    expect(contentById.get('rm.refusalInformation')?.source.section).toBe('§3.5');
    expect(contentById.get('rm.refusalEfforts')?.source.section).toBe('§5.2');
  });
});

describe('stages 2 and 3', () => {
  it('stage 2: the risk assessment of 4.4 with a note per aspect, 5.6 as a check, a SMART plan of at least one action, a review date', () => {
    const assessment = contentById.get('rm.riskAssessment');
    expect(assessment?.kind).toBe('notes');
    expect(assessment?.kind === 'notes' && assessment.items).toHaveLength(14);
    const basis = contentById.get('rm.effectiveRiskAssessment');
    expect(basis?.kind === 'checklist' && basis.items).toHaveLength(10);
    const actionPlan = contentById.get('rm.actionPlan');
    expect(actionPlan?.kind).toBe('entries');
    if (actionPlan?.kind !== 'entries') return;
    expect(actionPlan.minEntries).toBe(1);
    expect(actionPlan.fields.map((field) => [field.id, field.inputType ?? 'text'])).toEqual([
      ['action', 'text'],
      ['namedLead', 'text'],
      ['timescale', 'date'],
    ]);
    const reviewDate = contentById.get('rm.reviewDate');
    expect(reviewDate?.kind === 'text' && reviewDate.inputType).toBe('date');
  });

  it('a review meeting starts with the action plan as stage 2 agreed it, for each action’s status to be set', () => {
    const run = toStage3();
    run.answer(text('2026-03-16'));
    run.answer(attendees);
    run.answer(checklist());
    expect(run.step()).toBe('reviewActionPlan');
    expect(run.context().answers.reviewActionPlan).toEqual(plan);
    const content = contentById.get('rm.review.actionPlan')!;
    expect(content.kind === 'entries' && content.fields.map((field) => field.id)).toEqual([
      'action',
      'namedLead',
      'timescale',
      'status',
    ]);
  });

  it.each(['no', 'notSure'])(
    'progress "%s" leads to considering an alternative approach, with the revised plan shown',
    (answer) => {
      const run = toProgress(toStage3(), '2026-03-16', statused(plan, 'open'));
      run.answer(choice(answer));
      expect(run.step()).toBe('alternativeApproach');
      expect(riskManagementFindings.reviewedPlan(run.context().answers)).toEqual([
        { kind: 'answer', step: 'reviewActionPlan' },
      ]);
      expect(contentById.get('rm.outcome.alternativeApproach')?.title).toBe(
        'If insufficient progress has been made, consider an alternative approach',
      );
      run.next();
      expect(run.step()).toBe('reviewDecisions');
    },
  );

  it('risks not resolved: the next review date is set and the process continues; resolved: the on-going support is recorded (§6.2)', () => {
    for (const [answer, steps] of [
      ['yes', ['ongoingSupport', 'risksManaged']],
      ['no', ['nextReviewDate', 'continueReview']],
      ['notSure', ['nextReviewDate', 'continueReview']],
    ] as const) {
      const run = toProgress(toStage3(), '2026-03-16', statused(plan, 'open'));
      run.answer(choice('yes'));
      expect(run.step()).toBe('reviewDecisions');
      run.answer(text('Carry on with the plan'));
      expect(run.step()).toBe('risksResolved');
      run.answer(choice(answer));
      expect(run.step()).toBe(steps[0]);
      run.answer(
        text(
          answer === 'yes'
            ? 'Weekly visits by the community nurse; referred back to the locality team'
            : '2026-04-13',
        ),
      );
      expect(run.step()).toBe(steps[1]);
      run.next();
      expect(run.step()).toBe('tasks');
    }
  });

  it('the whole case: three reviews, an action carried from review 1 to review 3 with its status changed, closed under §6.2, then the recording', () => {
    const run = toStage3();
    // Review 1: both actions not done yet; the process continues.
    toProgress(run, '2026-03-16', statused(plan, 'open'));
    finishReview(run, 'no', '2026-04-13');
    expect(taskStatus(run, 'review')).toBe('notStarted');
    // Review 2: starts with review 1's plan as it stood; the fire check is done, a new action added.
    run.startTask('review');
    expect(run.context().answers.reviewActionPlan).toEqual(statused(plan, 'open'));
    const second: Answer = {
      kind: 'entries',
      entries: [
        { ...statusedEntries(plan, 'open')[0] },
        { ...statusedEntries(plan, 'open')[1], status: 'done' },
        {
          action: 'Decluttering support',
          namedLead: 'Housing officer',
          timescale: '2026-05-01',
          status: 'open',
        },
      ],
    };
    toProgress(run, '2026-04-13', second);
    finishReview(run, 'notSure', '2026-05-11');
    // Review 3: the joint visit, carried from review 1, is now done; the risks are managed.
    run.startTask('review');
    expect(run.context().answers.reviewActionPlan).toEqual(second);
    const third: Answer = {
      kind: 'entries',
      entries: second.kind === 'entries' ? second.entries.map((entry) => ({ ...entry, status: 'done' })) : [],
    };
    toProgress(run, '2026-05-11', third);
    finishReview(run, 'yes', 'Weekly nurse visits; referred back to the locality team');
    // §6.2: the process ends, so no further review can be recorded; closing can start.
    const rows = taskRowsOf(run);
    expect(rows.map((row) => [row.title, row.status])).toEqual([
      ['Does the framework apply?', 'completed'],
      ['Stage 1 - concern raised', 'completed'],
      ['Stage 2 - multi-agency risk management planning meeting', 'completed'],
      ['Review meeting 1', 'completed'],
      ['Review meeting 2', 'completed'],
      ['Review meeting 3', 'completed'],
      ['Close the process and record the decisions', 'notStarted'],
    ]);
    run.startTask('review');
    expect(run.step()).toBe('tasks');
    run.startTask('closing');
    record(run);
    const summary = summarise(riskManagementJourney, run.context());
    const rounds = summary.filter((row) => row.round).map((row) => row.round);
    expect([...new Set(rounds)]).toEqual(['Review meeting 1', 'Review meeting 2', 'Review meeting 3']);
    const planRow = (round: string) => {
      const row = summary.find((each) => each.round === round && each.step === 'reviewActionPlan');
      return row?.kind === 'answer' ? row.answer : [];
    };
    expect(planRow('Review meeting 1')[0]).toBe(
      '1. Action: Joint visit with the GP to discuss the hoarding; Named lead: Community nurse (NHS); Timescale: 2 March 2026; Status: Not done yet',
    );
    expect(planRow('Review meeting 3')[0]).toMatch(/^1\. Action: Joint visit with the GP .*; Status: Done$/);
    expect(planRow('Review meeting 3')).toHaveLength(3);
    // Every answering step of every round is on the record, in the order the rounds were held.
    expect(summary.map((row) => row.step).slice(-2)).toEqual(['defensible', 'legislation']);
    run.finish();
    expect(run.step()).toBe('complete');
  });

  it('the framework orders the tasks: stage 2 cannot start before stage 1, nor a review before stage 2', () => {
    const run = start();
    expect(taskRowsOf(run).length).toBe(0);
    run.back();
    run.back();
    run.back();
    expect(run.step()).toBe('tasks');
    expect(taskRowsOf(run).map((row) => row.status)).toEqual([
      'inProgress',
      'cannotStartYet',
      'cannotStartYet',
      'cannotStartYet',
      'cannotStartYet',
    ]);
    run.startTask('stage2');
    expect(run.step()).toBe('tasks');
    run.back();
    expect(run.step()).toBe('tasks');
  });

  it('the legislation question offers every entry of Appendix B, with its summary as the hint', () => {
    const content = contentById.get('rm.legislation');
    expect(content?.kind).toBe('multiSelect');
    if (content?.kind !== 'multiSelect') return;
    expect(content.options.map((option) => option.value)).toEqual(legislation.map((entry) => entry.id));
    expect(content.options.find((option) => option.value === 'mentalHealthAct1983')?.hint).toMatch(/S\.135/);
  });
});

describe('overdue at a glance', () => {
  const overdueOn = (run: Run, today: string) =>
    overdueIn(JSON.parse(JSON.stringify(run.actor.getPersistedSnapshot())), today);

  it('after stage 2: an action past its timescale, then the review date passed with no review', () => {
    const run = toStage3();
    expect(overdueOn(run, '2026-03-02')).toEqual({ actions: [], reviewDate: null });
    expect(overdueOn(run, '2026-03-05')).toEqual({
      actions: [
        {
          action: 'Joint visit with the GP to discuss the hoarding',
          namedLead: 'Community nurse (NHS)',
          timescale: '2026-03-02',
        },
      ],
      reviewDate: null,
    });
    expect(overdueOn(run, '2026-03-20').actions).toHaveLength(2);
    expect(overdueOn(run, '2026-03-20').reviewDate).toBe('2026-03-16');
    // A review meeting being recorded, held on the date set, is the review that was due.
    run.answer(text('2026-03-16'));
    expect(overdueOn(run, '2026-03-20').reviewDate).toBeNull();
  });

  it('after a review: the plan as revised there and the next date it set; nothing once §6.2 ends the process', () => {
    const run = toStage3();
    const revised: Answer = {
      kind: 'entries',
      entries: [
        { ...statusedEntries(plan, 'open')[0], status: 'done' },
        { ...statusedEntries(plan, 'open')[1], timescale: '2026-04-01' },
      ],
    };
    toProgress(run, '2026-03-16', revised);
    finishReview(run, 'no', '2026-04-13');
    expect(isOverdue(overdueOn(run, '2026-03-20'))).toBe(false);
    expect(overdueOn(run, '2026-04-14')).toEqual({
      actions: [{ action: 'Fire safety check', namedLead: 'Fire service', timescale: '2026-04-01' }],
      reviewDate: '2026-04-13',
    });
    run.startTask('review');
    toProgress(run, '2026-04-14', statused(revised, 'notNeeded'));
    finishReview(run, 'yes', 'Referred back to the locality team');
    expect(isOverdue(overdueOn(run, '2027-01-01'))).toBe(false);
  });
});

describe('kept across weeks', () => {
  it('a draft saved at stage 2 fits the journey and resumes at the same step with the plan intact', () => {
    const run = toStage2();
    run.answer(checklist());
    run.answer({ kind: 'notes', notes: {} });
    run.answer(checklist());
    run.answer(plan);
    expect(run.step()).toBe('reviewDate');
    const saved = JSON.parse(JSON.stringify(run.actor.getPersistedSnapshot()));
    expect(snapshotProblems(riskManagementJourney, saved)).toEqual([]);

    const resumed = createActor(riskManagementJourney.machine, { snapshot: saved }).start();
    expect(resumed.getSnapshot().value).toBe('reviewDate');
    resumed.send({ type: 'ANSWER', answer: text('2026-03-16') });
    expect(resumed.getSnapshot().value).toBe('tasks');
    resumed.send({ type: 'START_TASK', task: 'review' });
    expect(resumed.getSnapshot().value).toBe('meetingDate');
    expect(resumed.getSnapshot().context.answers.reviewActionPlan).toEqual(plan);
  });

  it('a draft saved in the middle of the second review fits, and resumes with review 1 kept and review 2’s answers', () => {
    const run = toStage3();
    toProgress(run, '2026-03-16', statused(plan, 'open'));
    finishReview(run, 'no', '2026-04-13');
    run.startTask('review');
    run.answer(text('2026-04-13'));
    run.answer(attendees);
    const saved = JSON.parse(JSON.stringify(run.actor.getPersistedSnapshot()));
    expect(snapshotProblems(riskManagementJourney, saved)).toEqual([]);
    const resumed = createActor(riskManagementJourney.machine, { snapshot: saved }).start();
    expect(resumed.getSnapshot().value).toBe('stage3');
    expect(resumed.getSnapshot().context.rounds?.review).toHaveLength(1);
    expect(resumed.getSnapshot().context.answers.meetingDate).toEqual(text('2026-04-13'));
    // A round kept in a form this version cannot read is named, not forced.
    const broken = structuredClone(saved);
    broken.context.rounds.review[0].answers.progress = choice('perhaps');
    expect(snapshotProblems(riskManagementJourney, broken)).toEqual([
      'Review meeting 1: the answer to "Has sufficient progress been made?" is not one of its options any more.',
    ]);
  });

  it('changing capacity to "believed to lack capacity" drops the refusal record from the summary', () => {
    const run = toConvene();
    openStage1(run);
    run.answer(stage1);
    throughRegister(run);
    run.next();
    run.answer(choice('no'));
    run.answer(choice('yes'));
    run.next();
    run.answer(text('Refuses'));
    run.answer(text('Efforts'));
    run.answer(text('Information'));
    run.answer(checklist());
    run.next();
    run.startTask('stage2');
    run.answer(checklist());
    run.answer({ kind: 'notes', notes: {} });
    run.answer(checklist());
    run.answer(plan);
    run.answer(text('2026-03-16'));
    run.startTask('review');
    toProgress(run, '2026-03-16', statused(plan, 'done'));
    finishReview(run, 'yes', 'Referred back to the locality team');
    run.startTask('closing');
    record(run);
    run.change('lacksCapacity');
    run.answer(choice('yes'));
    // The considerations are new to this route, so they are shown; then the steps already passed are
    // replayed from their saved answers, back to the task list, where stage 2 and closing stay done.
    expect(run.step()).toBe('capacity');
    run.next();
    expect(run.step()).toBe('tasks');
    expect(taskRowsOf(run).map((row) => row.status)).toEqual([
      'completed',
      'completed',
      'completed',
      'completed',
      'completed',
    ]);
    const steps = summarise(riskManagementJourney, run.context()).map((row) => row.step);
    expect(steps).toContain('capacity');
    expect(steps).not.toContain('refusesAll');
    expect(steps).not.toContain('refusalRecord');
  });
});

describe('Appendix C: the case on the team risk register', () => {
  const guidanceText = readFileSync(
    new URL('../../../shared/guidance/multi-agency-risk-management-framework.txt', import.meta.url),
    'utf8',
  );
  const keyActions = highRiskProcess.highRiskCases.keyActions;
  const keyAction = (id: string) => keyActions.find((item) => item.id === id)!.label;
  const appendixCKeyActions = {
    doc: 'risk-management',
    section: 'Appendix C a) High risk cases, Key actions',
  };

  function toRegister(): Run {
    const run = toConvene();
    openStage1(run);
    run.answer(stage1);
    expect(run.step()).toBe('highRiskCase');
    return run;
  }

  it('asks the criteria as Appendix C gives them, in its order, each cited, with "None of these"', () => {
    const content = contentById.get('rm.highRiskCase')!;
    expect(content.kind).toBe('multiSelect');
    if (content.kind !== 'multiSelect') return;
    expect(content.options.map((option) => option.label)).toEqual([
      'Vulnerability factors placing them at a higher risk of abuse or neglect including mate crime, network abuse, etc.',
      'Self neglect including hoarding and fire safety',
      'Refusal or disengagement from care and support services',
      "Complex or diverse needs which either fall between, or span a number of agencies' statutory responsibilities or eligibility criteria",
      'On-going needs or behaviour leading to lifestyle choices placing the adult and/or others at significant risk',
      'Complex needs and behaviours leading the adult to cause harm to others',
      'Risks previously addressed via a s42 enquiry but for which the need for on-going risk management and monitoring has been identified.',
      "'Toxic Trio' of domestic violence, mental health and substance misuse.",
      'None of these',
    ]);
    for (const option of content.options.slice(0, -1)) {
      expect(guidanceText).toContain(option.label);
      expect(option.source).toEqual({
        doc: 'risk-management',
        section: 'Appendix C a) High risk cases, criteria for high risk cases',
      });
    }
    expect(content.hint).toContain('The following criteria will be used to determine high risk cases:');
    // The app's own sentence about the appendix being an example is marked on the screen.
    expect(content.reconstructed?.note).toMatch(/app’s wording/);
  });

  it('each register question quotes its key action of Appendix C a) as the hint, and cites it', () => {
    const questions: Record<string, string> = {
      'rm.register.onRegister': 'produceRegister',
      'rm.register.namedProfessional': 'namedProfessional',
      'rm.register.alert': 'alertOnRecord',
      'rm.register.weeklyReview': 'weeklyReview',
      'rm.register.activeProcess': 'activeProcess',
    };
    for (const [id, action] of Object.entries(questions)) {
      const content = contentById.get(id)!;
      expect(content.kind === 'question' || content.kind === 'text', id).toBe(true);
      expect('hint' in content && content.hint, id).toBe(keyAction(action));
      expect(guidanceText, id).toContain(keyAction(action));
      expect(content.source, id).toEqual(appendixCKeyActions);
    }
    expect(keyAction('produceRegister')).toBe(
      'To produce a team ‘risk register’ reflecting all high risk cases.',
    );
    expect(keyAction('activeProcess')).toBe(
      'The Register will be revised to indicate if there is an active multi-agency risk management process or another process such as a s 42 enquiry, MARAC, Channel Panel, etc.',
    );
  });

  it('on the register: the named professional, the alert, the weekly review and the active process, then the rest of the key actions', () => {
    const run = toRegister();
    throughRegister(run);
    expect(run.context().path.slice(-9)).toEqual([
      'stage1',
      'highRiskCase',
      'onRegister',
      'registerNamedProfessional',
      'registerAlert',
      'registerWeeklyReview',
      'registerActiveProcess',
      'highRiskRegister',
      'capacityDecisions',
    ]);
  });

  it.each(['no', 'notSure'])(
    'not on the register ("%s"): the register’s questions are not asked',
    (answer) => {
      const run = toRegister();
      run.answer(choices('none'));
      expect(run.step()).toBe('onRegister');
      run.answer(choice(answer));
      expect(run.step()).toBe('capacityDecisions');
      // Back on "yes", the questions about a case on the Register are asked.
      run.back();
      expect(run.step()).toBe('onRegister');
      run.answer(choice('yes'));
      expect(run.step()).toBe('registerNamedProfessional');
    },
  );

  it('the answers reach check answers and the record, each row with the question, the answer and Appendix C as its source', () => {
    const run = toRegister();
    throughRegister(run);
    const rows = recordRows(summarise(riskManagementJourney, run.context()));
    const row = (step: string) => {
      const found = rows.find((each) => each.step === step);
      if (found?.kind !== 'answer') throw new Error(`No answer row for ${step}`);
      return found;
    };
    expect(row('highRiskCase')).toMatchObject({
      question: 'Which of the criteria for high risk cases apply?',
      answer: [
        'Self neglect including hoarding and fire safety',
        'Refusal or disengagement from care and support services',
      ],
    });
    expect(row('highRiskCase').sources).toContainEqual({
      doc: 'risk-management',
      section: 'Appendix C a) High risk cases, criteria for high risk cases',
    });
    expect(row('onRegister')).toMatchObject({
      question: 'Is the case on the team ‘risk register’?',
      answer: ['Yes'],
      sources: [appendixCKeyActions],
    });
    expect(row('registerNamedProfessional')).toMatchObject({
      question: 'Which named professional is the case allocated to?',
      answer: ['Community nurse, locality team'],
      sources: [appendixCKeyActions],
    });
    expect(row('registerAlert').answer).toEqual(['Yes']);
    expect(row('registerWeeklyReview').answer).toEqual(['Yes']);
    expect(row('registerActiveProcess')).toMatchObject({
      question:
        'Has the Register been revised to indicate that there is an active multi-agency risk management process?',
      answer: ['No'],
    });
    expect(row('highRiskRegister').answer.join('\n')).toContain(
      'Supervisors will review (with the relevant lead professional) all cases which are on the register: Planned',
    );
  });
});

describe('drafts saved by earlier versions', () => {
  /** A snapshot as the app persists it, with the step and context given. */
  function persisted(value: string, context: Record<string, unknown>) {
    const template = JSON.parse(
      JSON.stringify(startJourney(riskManagementJourney).actor.getPersistedSnapshot()),
    );
    return { ...template, value, context: { changing: null, ...context } };
  }

  const stage3: Answer = {
    kind: 'checklist',
    items: {
      involveAdult: { status: 'done', note: 'The adult came with her advocate', owner: 'Chair', due: '' },
      reviewPlan: {
        status: 'planned',
        note: 'Plan to be reviewed with the GP',
        owner: 'Lead',
        due: '2026-03-20',
      },
    },
  };
  const register: Answer = {
    kind: 'checklist',
    items: { namedProfessional: { status: 'done', note: 'Allocated to the community nurse' } },
  };
  const version1Answers: Record<string, Answer> = {
    situations: choices('selfNeglect'),
    atRiskCareForSelf: choice('yes'),
    atRiskTests: choices('refusedEssentialServices'),
    unmanageable: choice('yes'),
    otherProcess: choices('none'),
    s42: choice('no'),
    stage1,
    highRiskRegister: register,
    lacksCapacity: choice('no'),
    refusesAll: choice('no'),
    stage2: checklist({ smartPlan: { status: 'done', note: 'Agreed at the meeting' } }),
    riskAssessment: { kind: 'notes', notes: { homeSituation: 'Hoarding blocks the exits' } },
    effectiveRiskAssessment: checklist(),
    actionPlan: plan,
    reviewDate: text('2026-03-16'),
    stage3,
  };
  const version1Path = [
    'about',
    'situations',
    'atRiskCareForSelf',
    'atRiskTests',
    'unmanageable',
    'otherProcess',
    's42',
    'convene',
    'stage1',
    'highRiskCriteria',
    'highRiskRegister',
    'capacityDecisions',
    'lacksCapacity',
    'refusesAll',
    'adultInvolvement',
    'stage2',
    'riskAssessment',
    'effectiveRiskAssessment',
    'actionPlan',
    'reviewDate',
    'stage3',
    'reviewPlan',
  ];
  /** Version 1 ran stage 3 once, straight after stage 2, with a page showing stage 2's plan (reviewPlan). */
  const savedAtReviewPlan = persisted('reviewPlan', { answers: version1Answers, path: version1Path });

  it('a version 1 draft saved at the removed "reviewPlan" step resumes at the start of a review meeting, every answer kept', () => {
    expect(snapshotProblems(riskManagementJourney, savedAtReviewPlan).length).toBeGreaterThan(0);
    const upgraded = upgradeSnapshot(riskManagementJourney, 1, savedAtReviewPlan) as typeof savedAtReviewPlan;
    expect(snapshotProblems(riskManagementJourney, upgraded)).toEqual([]);
    // The saved draft itself is not changed by the upgrade.
    expect(savedAtReviewPlan.value).toBe('reviewPlan');
    for (const [step, answer] of Object.entries(version1Answers))
      expect(upgraded.context.answers[step], step).toEqual(answer);

    const resumed = createActor(riskManagementJourney.machine, { snapshot: upgraded }).start();
    expect(resumed.getSnapshot().value).toBe('meetingDate');
    const rows = () =>
      stepView(riskManagementJourney, resumed.getSnapshot()).tasks.map((row) => [row.title, row.status]);
    // The review meeting goes on as any review does; stage 2's plan is carried into it.
    resumed.send({ type: 'ANSWER', answer: text('2026-03-16') });
    resumed.send({ type: 'ANSWER', answer: attendees });
    expect(resumed.getSnapshot().value).toBe('stage3');
    // The stage 3 key actions typed under version 1 are there to continue from.
    expect(resumed.getSnapshot().context.answers.stage3).toEqual(stage3);
    resumed.send({ type: 'ANSWER', answer: resumed.getSnapshot().context.answers.stage3 });
    expect(resumed.getSnapshot().value).toBe('reviewActionPlan');
    expect(resumed.getSnapshot().context.answers.reviewActionPlan).toEqual(plan);
    resumed.send({ type: 'ANSWER', answer: statused(plan, 'open') });
    resumed.send({ type: 'ANSWER', answer: text('None') });
    resumed.send({ type: 'ANSWER', answer: text('No change') });
    expect(resumed.getSnapshot().value).toBe('progress');
    resumed.send({ type: 'ANSWER', answer: choice('yes') });
    resumed.send({ type: 'ANSWER', answer: text('Carry on with the plan') });
    resumed.send({ type: 'ANSWER', answer: choice('no') });
    resumed.send({ type: 'ANSWER', answer: text('2026-04-13') });
    resumed.send({ type: 'CONTINUE' });
    expect(resumed.getSnapshot().value).toBe('tasks');
    expect(rows()).toEqual([
      ['Does the framework apply?', 'completed'],
      ['Stage 1 - concern raised', 'completed'],
      ['Stage 2 - multi-agency risk management planning meeting', 'completed'],
      ['Review meeting 1', 'completed'],
      ['Record a review meeting', 'notStarted'],
      ['Close the process and record the decisions', 'cannotStartYet'],
    ]);
    // Review meeting 1 holds the stage 3 key actions as typed; stage 1's register answers are on record.
    const summary = recordRows(summarise(riskManagementJourney, resumed.getSnapshot().context));
    const stage3Row = summary.find((row) => row.step === 'stage3' && row.round === 'Review meeting 1');
    expect(stage3Row?.kind === 'answer' && stage3Row.answer.join('\n')).toContain(
      'The adult came with her advocate',
    );
    const registerRow = summary.find((row) => row.step === 'highRiskRegister');
    expect(registerRow?.kind === 'answer' && registerRow.answer.join('\n')).toContain(
      'Allocated to the community nurse',
    );
  });

  it('a version 1 draft that had gone on past stage 3 keeps its later answers for when the worker reaches them', () => {
    const later = persisted('defensible', {
      answers: {
        ...version1Answers,
        progress: choice('no'),
        risksResolved: choice('no'),
        defensible: checklist(),
      },
      path: [
        ...version1Path,
        'progress',
        'alternativeApproach',
        'risksResolved',
        'continueReview',
        'defensible',
      ],
    });
    const upgraded = upgradeSnapshot(riskManagementJourney, 1, later) as typeof later;
    expect(snapshotProblems(riskManagementJourney, upgraded)).toEqual([]);
    expect(upgraded.value).toBe('meetingDate');
    expect(upgraded.context.answers.progress).toEqual(choice('no'));
    expect(upgraded.context.answers.defensible).toEqual(checklist());
  });

  it('a finished version 1 draft only loses the removed page from its route', () => {
    const finished = persisted('complete', {
      answers: version1Answers,
      path: [
        ...version1Path,
        'progress',
        'risksResolved',
        'risksManaged',
        'defensible',
        'legislation',
        'checkAnswers',
        'complete',
      ],
    });
    const upgraded = upgradeSnapshot(riskManagementJourney, 1, finished) as typeof finished;
    expect(upgraded.value).toBe('complete');
    expect(upgraded.context.path).not.toContain('reviewPlan');
    expect(upgraded.context.path).not.toContain('highRiskCriteria');
    expect(snapshotProblems(riskManagementJourney, upgraded)).toEqual([]);
  });

  it('a version 2 draft saved on the page that listed the criteria resumes at the criteria question', () => {
    const atCriteria = persisted('highRiskCriteria', {
      answers: { ...version1Answers },
      path: ['tasks', 'stage1', 'highRiskCriteria'],
    });
    delete atCriteria.context.answers.highRiskRegister;
    const upgraded = upgradeSnapshot(riskManagementJourney, 2, atCriteria) as typeof atCriteria;
    expect(snapshotProblems(riskManagementJourney, upgraded)).toEqual([]);
    const resumed = createActor(riskManagementJourney.machine, { snapshot: upgraded }).start();
    expect(resumed.getSnapshot().value).toBe('highRiskCase');
    resumed.send({ type: 'BACK' });
    expect(resumed.getSnapshot().value).toBe('stage1');
  });

  it('the upgrades run in order from the version a draft was saved with, one for each version before this one', () => {
    expect(riskManagementJourney.upgrades).toHaveLength(riskManagementJourney.version - 1);
    // A draft of the current version, or one not in a form an upgrade reads, is left as it is.
    const current = persisted('tasks', { answers: {}, path: ['tasks'] });
    expect(upgradeSnapshot(riskManagementJourney, riskManagementJourney.version, current)).toBe(current);
    expect(upgradeSnapshot(riskManagementJourney, 1, { value: 3 })).toEqual({ value: 3 });
  });
});
