import { and } from 'xstate';
import { finishValue, goOnValue, noneValue } from '../content/option-values';
import {
  choiceOf,
  choicesOf,
  chose,
  choseOneOf,
  finishingSteps,
  inTask,
  initialContext,
  journeySetup,
  recordAndGo,
  withNavigation,
  type Answer,
  type Finding,
  type FindingsRule,
  type GuardArgs,
  type JourneyDefinition,
  type SnapshotUpgrade,
} from './journey';
import type { TaskDefinition } from './tasks';
import { answersWith } from './rules/answers';

// The Hampshire and Isle of Wight Multi-Agency Risk Management Framework (March 2016) as one journey a
// lead professional keeps for a case across weeks: whether the framework applies (§1.4, §3.1, §4.2, §4.5
// and the s42 question of stage 1), stage 1 (concern raised), mental capacity (§3) and refusal by an adult
// with capacity (§5.2, §3.5), stage 2 (planning meeting: key actions, the risk assessment of §4.4, the
// basis of §5.6, the SMART action plan and the review date), stage 3 (review meetings: key actions, the
// plan reviewed, progress, §6.2), and the recording that makes the decisions defensible (§6.3, Appendix B).
//
// An outcome that points away from the framework (not "at risk", single agency, another process, s42) is
// never a dead end: the worker chooses to go on with the stages or to finish, and finishing still passes
// through the recording steps before check answers.

// ---- Rules (pure) ----------------------------------------------------------------------------------

/** The options chosen on a multi-select, leaving out "None of these". */
export const selectedExceptNone = (answer: Answer | undefined): string[] =>
  choicesOf(answer).filter((value) => value !== noneValue);

/** §3.1: the adult is unable or unwilling to provide adequate care for him/herself, as answered. */
export const careForSelfConcern = (answers: Record<string, Answer>): boolean =>
  ['yes', 'notSure'].includes(choiceOf(answers.atRiskCareForSelf) ?? '');

/**
 * §3.1: "at risk" under the framework when the adult is unable or unwilling to provide adequate care for
 * him/herself (or the worker is not sure) and one or more of the four "and/or" statements applies.
 */
export function meetsAtRiskTests(answers: Record<string, Answer>): boolean {
  return careForSelfConcern(answers) && selectedExceptNone(answers.atRiskTests).length > 0;
}

/** Within who the framework is for: one or more of the circumstances of §1.4 a) to h) selected. */
export const withinFrameworkScope = (answers: Record<string, Answer>): boolean =>
  selectedExceptNone(answers.situations).length > 0;

/**
 * Whether to go on to the framework's stages: its own scope (§1.4) decides, and §3.1 informs, so an
 * adult within 1.4 a), f) or g) who does care for themselves is not turned away by §3.1.
 */
export const frameworkApplies = (answers: Record<string, Answer>): boolean =>
  withinFrameworkScope(answers) || meetsAtRiskTests(answers);

/** Another process (§4.5) was selected as possibly more appropriate. */
export const otherProcessSelected = (answers: Record<string, Answer>): boolean =>
  selectedExceptNone(answers.otherProcess).length > 0;

/** §5.2 is about an adult with capacity: it is asked unless the adult is believed to lack capacity. */
export const askAboutRefusal = (answers: Record<string, Answer>): boolean =>
  choiceOf(answers.lacksCapacity) !== 'yes';

/** The answers that led to the outcome "not at risk": §1.4, the first §3.1 test, and the others when asked. */
export function notAtRiskFindings(answers: Record<string, Answer>): Finding[] {
  const findings: Finding[] = [
    { kind: 'answer', step: 'situations' },
    { kind: 'answer', step: 'atRiskCareForSelf' },
  ];
  if (careForSelfConcern(answers)) findings.push({ kind: 'answer', step: 'atRiskTests' });
  return findings;
}

/** The other processes selected (§4.5). */
export const otherProcessFindings: FindingsRule = () => [{ kind: 'answer', step: 'otherProcess' }];

/** The action plan as this review meeting has revised it, shown again when progress is insufficient. */
export const reviewedPlan: FindingsRule = () => [{ kind: 'answer', step: 'reviewActionPlan' }];

export const riskManagementFindings: Record<string, FindingsRule> = {
  notAtRiskFindings,
  otherProcessFindings,
  reviewedPlan,
};

// ---- Machine ---------------------------------------------------------------------------------------

export const riskManagementGuards = {
  frameworkApplies: ({ context, event }: GuardArgs) => frameworkApplies(answersWith(context, event)),
  withinFrameworkScope: ({ context, event }: GuardArgs) => withinFrameworkScope(answersWith(context, event)),
  otherProcessSelected: ({ context, event }: GuardArgs) => otherProcessSelected(answersWith(context, event)),
  askAboutRefusal: ({ context, event }: GuardArgs) => askAboutRefusal(answersWith(context, event)),
};

/** After an outcome pointing away from the framework: go on to `next`, or finish through the recording. */
function goOnOrFinish<const TNext extends string>(contentId: string, next: TNext) {
  return {
    meta: { screen: 'question' as const, contentId },
    on: {
      ANSWER: [
        { guard: chose(goOnValue), ...recordAndGo(next) },
        { guard: chose(finishValue), ...recordAndGo('defensible') },
      ],
    },
  } as const;
}

/**
 * The case's tasks, in the framework's order (§6.1 stages 1 to 3, then §6.2). The stages carry the
 * framework's headings; "Does the framework apply?", "Record a review meeting", "Review meeting" and
 * "Close the process and record the decisions" are the app's wording (content/risk-management.ts's
 * transcription notes say so).
 */
export const riskManagementTaskList: TaskDefinition[] = [
  { id: 'applicability', title: 'Does the framework apply?', start: 'about' },
  { id: 'stage1', title: 'Stage 1 - concern raised', start: 'stage1', after: ['applicability'] },
  {
    id: 'stage2',
    title: 'Stage 2 - multi-agency risk management planning meeting',
    start: 'stage2',
    after: ['stage1'],
  },
  {
    id: 'review',
    title: 'Record a review meeting',
    start: 'meetingDate',
    after: ['stage2'],
    repeat: {
      roundTitle: 'Review meeting',
      // The action plan as it now stands: the last review's, or stage 2's for the first review.
      carry: { reviewActionPlan: 'actionPlan' },
      // §6.2: the process continues until the risks are resolved or managed to an acceptable level.
      endsWhen: { step: 'risksResolved', choice: 'yes' },
      dateStep: 'meetingDate',
    },
  },
  {
    id: 'closing',
    title: 'Close the process and record the decisions',
    start: 'defensible',
    after: ['review'],
  },
];

export const riskManagementMachine = journeySetup.extend({ guards: riskManagementGuards }).createMachine({
  context: initialContext,
  initial: 'tasks',
  ...withNavigation({
    tasks: { meta: { screen: 'taskList', tasks: riskManagementTaskList } },
    // Does the framework apply?
    ...inTask('applicability', {
      about: {
        meta: { screen: 'information', contentId: 'rm.about' },
        on: { CONTINUE: 'situations' },
      },
      situations: {
        meta: { screen: 'multiSelect', contentId: 'rm.situations' },
        on: { ANSWER: recordAndGo('atRiskCareForSelf') },
      },
      atRiskCareForSelf: {
        meta: { screen: 'question', contentId: 'rm.atRisk.careForSelf' },
        on: {
          ANSWER: [
            { guard: and([chose('no'), 'withinFrameworkScope']), ...recordAndGo('unmanageable') },
            { guard: chose('no'), ...recordAndGo('notAtRisk') },
            recordAndGo('atRiskTests'),
          ],
        },
      },
      atRiskTests: {
        meta: { screen: 'multiSelect', contentId: 'rm.atRisk.tests' },
        on: {
          ANSWER: [{ guard: 'frameworkApplies', ...recordAndGo('unmanageable') }, recordAndGo('notAtRisk')],
        },
      },
      notAtRisk: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.notAtRisk', findings: 'notAtRiskFindings' },
        on: { CONTINUE: 'nextNotAtRisk' },
      },
      nextNotAtRisk: goOnOrFinish('rm.next.notAtRisk', 'unmanageable'),
      unmanageable: {
        meta: { screen: 'question', contentId: 'rm.unmanageable' },
        on: { ANSWER: [{ guard: chose('no'), ...recordAndGo('singleAgency') }, recordAndGo('otherProcess')] },
      },
      singleAgency: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.singleAgency' },
        on: { CONTINUE: 'nextSingleAgency' },
      },
      nextSingleAgency: goOnOrFinish('rm.next.singleAgency', 'otherProcess'),
      otherProcess: {
        meta: { screen: 'multiSelect', contentId: 'rm.otherProcess' },
        on: {
          ANSWER: [
            { guard: 'otherProcessSelected', ...recordAndGo('otherProcessOutcome') },
            recordAndGo('s42'),
          ],
        },
      },
      otherProcessOutcome: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.otherProcess', findings: 'otherProcessFindings' },
        on: { CONTINUE: 'nextOtherProcess' },
      },
      nextOtherProcess: goOnOrFinish('rm.next.otherProcess', 's42'),
      s42: {
        meta: { screen: 'question', contentId: 'rm.s42' },
        on: { ANSWER: [{ guard: chose('no'), ...recordAndGo('convene') }, recordAndGo('s42Outcome')] },
      },
      s42Outcome: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.s42' },
        on: { CONTINUE: 'nextS42' },
      },
      nextS42: goOnOrFinish('rm.next.s42', 'tasks'),
      convene: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.convene' },
        on: { CONTINUE: 'tasks' },
      },
    }),
    // Stage 1: concern raised
    ...inTask('stage1', {
      stage1: {
        meta: { screen: 'checklist', contentId: 'rm.stage1' },
        on: { ANSWER: recordAndGo('highRiskCase') },
      },
      // Appendix C's example process: the team risk register for a high risk case. The framework's body
      // does not place the appendix in a stage; the app asks it after stage 1's key actions.
      highRiskCase: {
        meta: { screen: 'multiSelect', contentId: 'rm.highRiskCase' },
        on: { ANSWER: recordAndGo('onRegister') },
      },
      onRegister: {
        meta: { screen: 'question', contentId: 'rm.register.onRegister' },
        on: {
          ANSWER: [
            { guard: chose('yes'), ...recordAndGo('registerNamedProfessional') },
            recordAndGo('capacityDecisions'),
          ],
        },
      },
      registerNamedProfessional: {
        meta: { screen: 'text', contentId: 'rm.register.namedProfessional' },
        on: { ANSWER: recordAndGo('registerAlert') },
      },
      registerAlert: {
        meta: { screen: 'question', contentId: 'rm.register.alert' },
        on: { ANSWER: recordAndGo('registerWeeklyReview') },
      },
      registerWeeklyReview: {
        meta: { screen: 'question', contentId: 'rm.register.weeklyReview' },
        on: { ANSWER: recordAndGo('registerActiveProcess') },
      },
      registerActiveProcess: {
        meta: { screen: 'question', contentId: 'rm.register.activeProcess' },
        on: { ANSWER: recordAndGo('highRiskRegister') },
      },
      highRiskRegister: {
        meta: { screen: 'checklist', contentId: 'rm.highRiskRegister' },
        on: { ANSWER: recordAndGo('capacityDecisions') },
      },
      capacityDecisions: {
        meta: { screen: 'information', contentId: 'rm.capacityDecisions' },
        on: { CONTINUE: 'lacksCapacity' },
      },
      lacksCapacity: {
        meta: { screen: 'question', contentId: 'rm.lacksCapacity' },
        on: {
          ANSWER: [
            { guard: choseOneOf('yes', 'notSure'), ...recordAndGo('capacity') },
            recordAndGo('refusesAll'),
          ],
        },
      },
      capacity: {
        meta: { screen: 'information', contentId: 'rm.capacity' },
        on: {
          CONTINUE: [{ guard: 'askAboutRefusal', target: 'refusesAll' }, { target: 'adultInvolvement' }],
        },
      },
      refusesAll: {
        meta: { screen: 'question', contentId: 'rm.refusesAll' },
        on: {
          ANSWER: [{ guard: chose('yes'), ...recordAndGo('refusal') }, recordAndGo('adultInvolvement')],
        },
      },
      refusal: {
        meta: { screen: 'information', contentId: 'rm.refusal' },
        on: { CONTINUE: 'refusalRecord' },
      },
      refusalRecord: {
        meta: { screen: 'text', contentId: 'rm.refusalRecord' },
        on: { ANSWER: recordAndGo('refusalEfforts') },
      },
      refusalEfforts: {
        meta: { screen: 'text', contentId: 'rm.refusalEfforts' },
        on: { ANSWER: recordAndGo('refusalInformation') },
      },
      refusalInformation: {
        meta: { screen: 'text', contentId: 'rm.refusalInformation' },
        on: { ANSWER: recordAndGo('refusalProcess') },
      },
      refusalProcess: {
        meta: { screen: 'checklist', contentId: 'rm.refusalProcess' },
        on: { ANSWER: recordAndGo('adultInvolvement') },
      },
      adultInvolvement: {
        meta: { screen: 'information', contentId: 'rm.adultInvolvement' },
        on: { CONTINUE: 'tasks' },
      },
    }),
    // Stage 2: multi-agency risk management planning meeting
    ...inTask('stage2', {
      stage2: {
        meta: { screen: 'checklist', contentId: 'rm.stage2' },
        on: { ANSWER: recordAndGo('riskAssessment') },
      },
      riskAssessment: {
        meta: { screen: 'notes', contentId: 'rm.riskAssessment' },
        on: { ANSWER: recordAndGo('effectiveRiskAssessment') },
      },
      effectiveRiskAssessment: {
        meta: { screen: 'checklist', contentId: 'rm.effectiveRiskAssessment' },
        on: { ANSWER: recordAndGo('actionPlan') },
      },
      actionPlan: {
        meta: { screen: 'entries', contentId: 'rm.actionPlan' },
        on: { ANSWER: recordAndGo('reviewDate') },
      },
      reviewDate: {
        meta: { screen: 'text', contentId: 'rm.reviewDate' },
        on: { ANSWER: recordAndGo('tasks') },
      },
    }),
    // Stage 3: review meetings, one round of the review task for each meeting
    ...inTask('review', {
      meetingDate: {
        meta: { screen: 'text', contentId: 'rm.review.date' },
        on: { ANSWER: recordAndGo('reviewAttendees') },
      },
      reviewAttendees: {
        meta: { screen: 'entries', contentId: 'rm.review.attendees' },
        on: { ANSWER: recordAndGo('stage3') },
      },
      stage3: {
        meta: { screen: 'checklist', contentId: 'rm.stage3' },
        on: { ANSWER: recordAndGo('reviewActionPlan') },
      },
      reviewActionPlan: {
        meta: { screen: 'entries', contentId: 'rm.review.actionPlan' },
        on: { ANSWER: recordAndGo('newInformation') },
      },
      newInformation: {
        meta: { screen: 'text', contentId: 'rm.review.newInformation' },
        on: { ANSWER: recordAndGo('riskChanges') },
      },
      riskChanges: {
        meta: { screen: 'text', contentId: 'rm.review.riskChanges' },
        on: { ANSWER: recordAndGo('progress') },
      },
      progress: {
        meta: { screen: 'question', contentId: 'rm.progress' },
        on: {
          ANSWER: [
            { guard: choseOneOf('no', 'notSure'), ...recordAndGo('alternativeApproach') },
            recordAndGo('reviewDecisions'),
          ],
        },
      },
      alternativeApproach: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.alternativeApproach', findings: 'reviewedPlan' },
        on: { CONTINUE: 'reviewDecisions' },
      },
      reviewDecisions: {
        meta: { screen: 'text', contentId: 'rm.review.decisions' },
        on: { ANSWER: recordAndGo('risksResolved') },
      },
      risksResolved: {
        meta: { screen: 'question', contentId: 'rm.risksResolved' },
        on: {
          ANSWER: [{ guard: chose('yes'), ...recordAndGo('ongoingSupport') }, recordAndGo('nextReviewDate')],
        },
      },
      ongoingSupport: {
        meta: { screen: 'text', contentId: 'rm.review.ongoingSupport' },
        on: { ANSWER: recordAndGo('risksManaged') },
      },
      risksManaged: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.risksManaged' },
        on: { CONTINUE: 'tasks' },
      },
      nextReviewDate: {
        meta: { screen: 'text', contentId: 'rm.review.nextDate' },
        on: { ANSWER: recordAndGo('continueReview') },
      },
      continueReview: {
        meta: { screen: 'outcome', contentId: 'rm.outcome.continueReview' },
        on: { CONTINUE: 'tasks' },
      },
    }),
    // Closing: recording and defensible decision making
    ...inTask('closing', {
      defensible: {
        meta: { screen: 'checklist', contentId: 'rm.defensible' },
        on: { ANSWER: recordAndGo('legislation') },
      },
      legislation: {
        meta: { screen: 'multiSelect', contentId: 'rm.legislation' },
        on: { ANSWER: recordAndGo('checkAnswers') },
      },
    }),
    ...finishingSteps(),
  }),
});

// ---- Drafts saved by earlier versions ----------------------------------------------------------------

/** The steps of version 1's stage 3, in its single run through the journey. */
const version1Stage3 = [
  'stage3',
  'reviewPlan',
  'progress',
  'alternativeApproach',
  'risksResolved',
  'risksManaged',
  'continueReview',
];

/**
 * Version 2 put the review meetings in a task recorded at each meeting, and removed the page that showed
 * stage 2's plan (reviewPlan), which took no answer. A draft that had reached stage 3 resumes at the start
 * of a review meeting, with every answer it holds: the stage 3 key actions, progress and whether the risks
 * are resolved are there when the worker reaches them, and stage 2's plan is carried into the review as
 * the task carries it. A finished draft only loses reviewPlan from its route.
 */
const reviewsBecomeRounds: SnapshotUpgrade = {
  name: 'stage 3 becomes a review meeting recorded from the task list; the page showing the plan is gone',
  upgrade(saved) {
    const { path, answers } = saved.context;
    if (saved.value === 'complete')
      return { ...saved, context: { ...saved.context, path: path.filter((step) => step !== 'reviewPlan') } };
    const reviewFrom = path.findIndex((step) => version1Stage3.includes(step));
    if (reviewFrom === -1) return saved;
    const plan = answers.reviewActionPlan ?? answers.actionPlan;
    return {
      ...saved,
      value: 'meetingDate',
      context: {
        ...saved.context,
        path: [...path.slice(0, reviewFrom).filter((step) => step !== 'tasks'), 'tasks', 'meetingDate'],
        answers: plan ? { ...answers, reviewActionPlan: plan } : answers,
        changing: null,
      },
    };
  },
};

/**
 * Version 3 asks Appendix C's criteria for high risk cases as a question (highRiskCase) in place of the
 * page that listed them (highRiskCriteria), which took no answer. A draft saved on that page resumes at
 * the question; elsewhere the page only leaves the route.
 */
const criteriaBecomeQuestion: SnapshotUpgrade = {
  name: "Appendix C's criteria for high risk cases are asked rather than listed",
  upgrade(saved) {
    const path = saved.context.path.filter((step) => step !== 'highRiskCriteria');
    const atCriteria = saved.value === 'highRiskCriteria';
    return {
      ...saved,
      value: atCriteria ? 'highRiskCase' : saved.value,
      context: {
        ...saved.context,
        path: atCriteria ? [...path, 'highRiskCase'] : path,
        changing: saved.context.changing && {
          ...saved.context.changing,
          previousPath: saved.context.changing.previousPath.filter((step) => step !== 'highRiskCriteria'),
        },
      },
    };
  },
};

export const riskManagementJourney: JourneyDefinition = {
  version: 3,
  machine: riskManagementMachine,
  findings: riskManagementFindings,
  upgrades: [reviewsBecomeRounds, criteriaBecomeQuestion],
};
