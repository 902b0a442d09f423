import { forumPointerId, forums } from '../content/partnership';
import { finishValue, goOnValue, noneValue } from '../content/option-values';
import {
  choiceOf,
  choicesOf,
  chose,
  finishingSteps,
  initialContext,
  journeySetup,
  recordAndGo,
  withNavigation,
  type Answer,
  type Finding,
  type FindingsRule,
  type GuardArgs,
  type JourneyContext,
  type JourneyDefinition,
} from './journey';
import { answersWith } from './rules/answers';
import {
  informationSharingDecision,
  type InformationSharingDecision,
  type InformationSharingOutcome,
} from './rules/information-sharing';
import {
  partnershipEligibility,
  type PartnershipConditionId,
  type PartnershipEligibility,
} from './rules/partnership-eligibility';

// Solihull Safeguarding Adults Board, Structured Partnership Approach, as one journey: when it may be
// required (§2, decided by rules/partnership-eligibility), what it involves (§3: lead professional,
// multi-agency meeting, roles), sharing information with or without consent (§3.3, decided by
// rules/information-sharing), risk enablement (§3.5), record keeping (§3.6), and the forums it may lead to
// (§4), each with the guidance's own criteria.
//
// "Not all present" is an outcome, not a dead end: the worker may go on, or finish through the record
// keeping step to check answers.

// ---- Rules (pure) ----------------------------------------------------------------------------------

/** The step that asks about each of §2's conditions (both descriptions of the adult are one question). */
export const conditionSteps: Record<PartnershipConditionId, string> = {
  careAndSupportNeeds: 'adult',
  highVulnerabilities: 'adult',
  atRiskWellKnownNoPlan: 'atRiskWellKnownNoPlan',
  capacityRefusedServices: 'capacityRefusedServices',
  managementNotMitigated: 'managementNotMitigated',
  manageDailyLife: 'manageDailyLife',
  partnersConcerned: 'partnersConcerned',
  familyDynamics: 'familyDynamics',
};

const yes = (answer: Answer | undefined) => choiceOf(answer) === 'yes';

/** The family-dynamics route is about an adult with care and support needs; only then is it asked. */
export const hasCareAndSupportNeeds = (answers: Record<string, Answer>): boolean =>
  choiceOf(answers.adult) === 'careAndSupportNeeds';

/** §2's decision from the answers. */
export function eligibilityFrom(answers: Record<string, Answer>): PartnershipEligibility {
  return partnershipEligibility({
    careAndSupportNeeds: hasCareAndSupportNeeds(answers),
    highVulnerabilities: choiceOf(answers.adult) === 'highVulnerabilities',
    atRiskWellKnownNoPlan: yes(answers.atRiskWellKnownNoPlan),
    capacityRefusedServices: yes(answers.capacityRefusedServices),
    managementNotMitigated: yes(answers.managementNotMitigated),
    manageDailyLifeAreas: choicesOf(answers.manageDailyLife),
    partnersConcerned: yes(answers.partnersConcerned),
    // Asked only of an adult with care and support needs; an earlier answer is ignored otherwise.
    familyDynamics: hasCareAndSupportNeeds(answers) && yes(answers.familyDynamics),
  });
}

export type EligibilityResult = 'conditions' | 'familyDynamics' | 'notEligible';

export const eligibilityResult = (answers: Record<string, Answer>): EligibilityResult =>
  eligibilityFrom(answers).route ?? 'notEligible';

/**
 * The conditions the result rests on, as the answers that gave them: when eligible, those relied on;
 * when not, the conditions met and then those not met (each question once, in the guidance's order).
 */
export function eligibilityFindings(answers: Record<string, Answer>): Finding[] {
  const { met, notMet } = eligibilityFrom(answers);
  const steps = [...met, ...notMet]
    .filter((id) => id !== 'familyDynamics' || hasCareAndSupportNeeds(answers))
    .map((id) => conditionSteps[id]);
  return [...new Set(steps)].map((step) => ({ kind: 'answer', step }));
}

/** §3.3's decision from the answers. */
export function sharingDecisionFrom(answers: Record<string, Answer>): InformationSharingDecision {
  const rationale = answers.rationale?.kind === 'text' ? answers.rationale.text : '';
  return informationSharingDecision({
    consentAsked: yes(answers.consentAsked),
    consentGiven: yes(answers.consentGiven),
    grounds: choicesOf(answers.grounds),
    rationale,
    qualitiesConfirmed: choicesOf(answers.qualities),
  });
}

/** The answers each information-sharing outcome rests on. */
export function informationSharingFindings(answers: Record<string, Answer>): Finding[] {
  const steps: Record<InformationSharingOutcome, string[]> = {
    askForConsent: ['consentAsked', 'grounds'],
    shareWithConsent: ['consentGiven', 'qualities'],
    shareWithoutConsent: ['consentGiven', 'grounds', 'rationale', 'qualities'],
    respectWishes: ['consentGiven', 'grounds'],
  };
  return steps[sharingDecisionFrom(answers).outcome].map((step) => ({ kind: 'answer', step }));
}

/** The forums selected, each pointing to the guidance's criteria for it (§4). */
export function forumCriteria(answers: Record<string, Answer>): Finding[] {
  const selected = choicesOf(answers.forums);
  return forums
    .filter((forum) => selected.includes(forum.id))
    .map((forum) => ({ kind: 'pointer', contentId: forumPointerId(forum.id) }));
}

export const forumsSelected = (answers: Record<string, Answer>): boolean =>
  choicesOf(answers.forums).some((value) => value !== noneValue);

export const partnershipFindings: Record<string, FindingsRule> = {
  eligibilityFindings,
  informationSharingFindings,
  qualitiesConfirmed: () => [{ kind: 'answer', step: 'qualities' }],
  forumCriteria,
};

// ---- Machine ---------------------------------------------------------------------------------------

/** The worker finished at the outcome that the circumstances are not all present (on the path taken). */
const finishedAtNotEligible = (context: JourneyContext) =>
  context.path.includes('nextNotEligible') && choiceOf(context.answers.nextNotEligible) === finishValue;

export const partnershipGuards = {
  eligibilityIs: ({ context, event }: GuardArgs, params: { result: EligibilityResult }) =>
    eligibilityResult(answersWith(context, event)) === params.result,
  hasCareAndSupportNeeds: ({ context, event }: GuardArgs) =>
    hasCareAndSupportNeeds(answersWith(context, event)),
  sharingOutcomeIs: ({ context, event }: GuardArgs, params: { outcome: InformationSharingOutcome }) =>
    sharingDecisionFrom(answersWith(context, event)).outcome === params.outcome,
  /** Consent not asked, and a ground for sharing without it believed to apply: seek a Manager's advice. */
  managerAdviceBeforeConsent: ({ context, event }: GuardArgs) => {
    const decision = sharingDecisionFrom(answersWith(context, event));
    return decision.outcome === 'askForConsent' && decision.seekManagerAdvice;
  },
  qualitiesMissing: ({ context, event }: GuardArgs) =>
    sharingDecisionFrom(answersWith(context, event)).qualitiesMissing.length > 0,
  finishedAtNotEligible: ({ context }: GuardArgs) => finishedAtNotEligible(context),
  forumsSelected: ({ context, event }: GuardArgs) => forumsSelected(answersWith(context, event)),
};

const eligibilityOutcomes = (record: boolean) =>
  (
    [
      ['conditions', 'eligibleConditions'],
      ['familyDynamics', 'eligibleFamilyDynamics'],
      ['notEligible', 'notEligible'],
    ] as const
  ).map(([result, target]) => ({
    guard: { type: 'eligibilityIs' as const, params: { result } },
    ...(record ? recordAndGo(target) : { target }),
  }));

const sharingOutcomes = (record: boolean) =>
  (
    [
      ['shareWithConsent', 'shareWithConsent'],
      ['shareWithoutConsent', 'shareWithoutConsent'],
    ] as const
  ).map(([outcome, target]) => ({
    guard: { type: 'sharingOutcomeIs' as const, params: { outcome } },
    ...(record ? recordAndGo(target) : { target }),
  }));

export const partnershipMachine = journeySetup.extend({ guards: partnershipGuards }).createMachine({
  context: initialContext,
  initial: 'about',
  ...withNavigation({
    about: {
      meta: { screen: 'information', contentId: 'sp.about' },
      on: { CONTINUE: 'adult' },
    },
    // §2: when a structured partnership approach may be required
    adult: {
      meta: { screen: 'question', contentId: 'sp.adult' },
      on: { ANSWER: recordAndGo('atRiskWellKnownNoPlan') },
    },
    atRiskWellKnownNoPlan: {
      meta: { screen: 'question', contentId: 'sp.atRiskWellKnownNoPlan' },
      on: { ANSWER: recordAndGo('capacityRefusedServices') },
    },
    capacityRefusedServices: {
      meta: { screen: 'question', contentId: 'sp.capacityRefusedServices' },
      on: { ANSWER: recordAndGo('managementNotMitigated') },
    },
    managementNotMitigated: {
      meta: { screen: 'question', contentId: 'sp.managementNotMitigated' },
      on: { ANSWER: recordAndGo('manageDailyLife') },
    },
    manageDailyLife: {
      meta: { screen: 'multiSelect', contentId: 'sp.manageDailyLife' },
      on: { ANSWER: recordAndGo('partnersConcerned') },
    },
    partnersConcerned: {
      meta: { screen: 'question', contentId: 'sp.partnersConcerned' },
      on: {
        ANSWER: [
          { guard: 'hasCareAndSupportNeeds', ...recordAndGo('familyDynamics') },
          ...eligibilityOutcomes(true),
        ],
      },
    },
    familyDynamics: {
      meta: { screen: 'question', contentId: 'sp.familyDynamics' },
      on: { ANSWER: eligibilityOutcomes(true) },
    },
    eligibleConditions: {
      meta: {
        screen: 'outcome',
        contentId: 'sp.outcome.eligibleConditions',
        findings: 'eligibilityFindings',
      },
      on: { CONTINUE: 'involves' },
    },
    eligibleFamilyDynamics: {
      meta: {
        screen: 'outcome',
        contentId: 'sp.outcome.eligibleFamilyDynamics',
        findings: 'eligibilityFindings',
      },
      on: { CONTINUE: 'involves' },
    },
    notEligible: {
      meta: { screen: 'outcome', contentId: 'sp.outcome.notEligible', findings: 'eligibilityFindings' },
      on: { CONTINUE: 'nextNotEligible' },
    },
    nextNotEligible: {
      meta: { screen: 'question', contentId: 'sp.next.notEligible' },
      on: {
        ANSWER: [
          { guard: chose(goOnValue), ...recordAndGo('involves') },
          { guard: chose(finishValue), ...recordAndGo('recordKeeping') },
        ],
      },
    },
    // §3: what is involved
    involves: {
      meta: { screen: 'information', contentId: 'sp.involves' },
      on: { CONTINUE: 'leadProfessionalIdentified' },
    },
    leadProfessionalIdentified: {
      meta: { screen: 'question', contentId: 'sp.leadProfessionalIdentified' },
      on: {
        ANSWER: [
          { guard: chose('yes'), ...recordAndGo('leadProfessional') },
          recordAndGo('noLeadProfessional'),
        ],
      },
    },
    leadProfessional: {
      meta: { screen: 'text', contentId: 'sp.leadProfessional' },
      on: { ANSWER: recordAndGo('meetings') },
    },
    noLeadProfessional: {
      meta: { screen: 'information', contentId: 'sp.noLeadProfessional' },
      on: { CONTINUE: 'meetings' },
    },
    meetings: {
      meta: { screen: 'information', contentId: 'sp.meetings' },
      on: { CONTINUE: 'meetingHeld' },
    },
    meetingHeld: {
      meta: { screen: 'question', contentId: 'sp.meetingHeld' },
      on: { ANSWER: [{ guard: chose('yes'), ...recordAndGo('meetingChair') }, recordAndGo('roles')] },
    },
    meetingChair: {
      meta: { screen: 'text', contentId: 'sp.meetingChair' },
      on: { ANSWER: recordAndGo('meetingDate') },
    },
    meetingDate: {
      meta: { screen: 'text', contentId: 'sp.meetingDate' },
      on: { ANSWER: recordAndGo('meetingAttendees') },
    },
    meetingAttendees: {
      meta: { screen: 'entries', contentId: 'sp.meetingAttendees' },
      on: { ANSWER: recordAndGo('meetingMinutes') },
    },
    meetingMinutes: {
      meta: { screen: 'text', contentId: 'sp.meetingMinutes' },
      on: { ANSWER: recordAndGo('meetingActions') },
    },
    meetingActions: {
      meta: { screen: 'entries', contentId: 'sp.meetingActions' },
      on: { ANSWER: recordAndGo('roles') },
    },
    roles: {
      meta: { screen: 'text', contentId: 'sp.roles' },
      on: { ANSWER: recordAndGo('consentAsked') },
    },
    // §3.3: sharing information
    consentAsked: {
      meta: { screen: 'question', contentId: 'sp.consentAsked' },
      // Not asked: whether a ground for sharing without consent applies is considered first (§3.3's
      // first ground is a person who may lack capacity), so the worker is not simply sent to ask.
      on: { ANSWER: [{ guard: chose('yes'), ...recordAndGo('consentGiven') }, recordAndGo('grounds')] },
    },
    consentGiven: {
      meta: { screen: 'question', contentId: 'sp.consentGiven' },
      on: { ANSWER: [{ guard: chose('yes'), ...recordAndGo('qualities') }, recordAndGo('grounds')] },
    },
    grounds: {
      meta: { screen: 'multiSelect', contentId: 'sp.grounds' },
      on: {
        ANSWER: [
          {
            guard: { type: 'sharingOutcomeIs', params: { outcome: 'respectWishes' } },
            ...recordAndGo('respectWishes'),
          },
          { guard: 'managerAdviceBeforeConsent', ...recordAndGo('seekManagerAdvice') },
          {
            guard: { type: 'sharingOutcomeIs', params: { outcome: 'askForConsent' } },
            ...recordAndGo('askForConsent'),
          },
          recordAndGo('rationale'),
        ],
      },
    },
    rationale: {
      meta: { screen: 'text', contentId: 'sp.rationale' },
      on: { ANSWER: recordAndGo('qualities') },
    },
    qualities: {
      meta: { screen: 'multiSelect', contentId: 'sp.qualities' },
      on: {
        ANSWER: [{ guard: 'qualitiesMissing', ...recordAndGo('qualitiesMissing') }, ...sharingOutcomes(true)],
      },
    },
    qualitiesMissing: {
      meta: { screen: 'information', contentId: 'sp.qualitiesMissing', findings: 'qualitiesConfirmed' },
      on: { CONTINUE: sharingOutcomes(false) },
    },
    askForConsent: {
      meta: {
        screen: 'outcome',
        contentId: 'sp.outcome.askForConsent',
        findings: 'informationSharingFindings',
      },
      on: { CONTINUE: 'riskEnablement' },
    },
    seekManagerAdvice: {
      meta: {
        screen: 'outcome',
        contentId: 'sp.outcome.seekManagerAdvice',
        findings: 'informationSharingFindings',
      },
      on: { CONTINUE: 'riskEnablement' },
    },
    shareWithConsent: {
      meta: {
        screen: 'outcome',
        contentId: 'sp.outcome.shareWithConsent',
        findings: 'informationSharingFindings',
      },
      on: { CONTINUE: 'riskEnablement' },
    },
    shareWithoutConsent: {
      meta: {
        screen: 'outcome',
        contentId: 'sp.outcome.shareWithoutConsent',
        findings: 'informationSharingFindings',
      },
      on: { CONTINUE: 'riskEnablement' },
    },
    respectWishes: {
      meta: {
        screen: 'outcome',
        contentId: 'sp.outcome.respectWishes',
        findings: 'informationSharingFindings',
      },
      on: { CONTINUE: 'riskEnablement' },
    },
    // §3.5, §3.6
    riskEnablement: {
      meta: { screen: 'notes', contentId: 'sp.riskEnablement' },
      on: { ANSWER: recordAndGo('recordKeeping') },
    },
    recordKeeping: {
      meta: { screen: 'checklist', contentId: 'sp.recordKeeping' },
      on: {
        ANSWER: [{ guard: 'finishedAtNotEligible', ...recordAndGo('checkAnswers') }, recordAndGo('forums')],
      },
    },
    // §4: supporting forums and processes
    forums: {
      meta: { screen: 'multiSelect', contentId: 'sp.forums' },
      on: {
        ANSWER: [{ guard: 'forumsSelected', ...recordAndGo('forumReferrals') }, recordAndGo('checkAnswers')],
      },
    },
    forumReferrals: {
      meta: { screen: 'outcome', contentId: 'sp.outcome.forums', findings: 'forumCriteria' },
      on: { CONTINUE: 'checkAnswers' },
    },
    ...finishingSteps(),
  }),
});

export const partnershipJourney: JourneyDefinition = {
  version: 1,
  machine: partnershipMachine,
  findings: partnershipFindings,
};
