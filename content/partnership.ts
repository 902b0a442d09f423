import type { ChecklistItem, ContentItem, NotesItem, Option, Source } from './schema';
import { finishValue, goOnValue, noneValue } from './option-values';

// Solihull Safeguarding Adults Board, Structured Partnership Approach guidance, undated
// (../shared/guidance/structured-partnership-approach.txt). Data only.
//
// Wording is the guidance's. List items are shown as separate entries, so the ";", " or" and " and"
// that join them in the printed lists are left off; list items keep their printed case. Anything else
// changed is in transcriptionNotes.
//
// The ids of the eligibility conditions, the seven areas, the grounds for sharing without consent and
// the six qualities of information are the ones the rules in machines/rules/partnership-eligibility.ts
// and machines/rules/information-sharing.ts use (a test checks that they agree).

const sp = (section: string): Source => ({ doc: 'partnership', section });

/** A passage of the guidance shown as running text. */
export interface PassageItem {
  id: string;
  text: string;
  source: Source;
}

export type PartnershipRoute = 'conditions' | 'familyDynamics';

/** One of section 2's conditions. */
export interface EligibilityCondition {
  id:
    | 'careAndSupportNeeds'
    | 'highVulnerabilities'
    | 'atRiskWellKnownNoPlan'
    | 'capacityRefusedServices'
    | 'managementNotMitigated'
    | 'manageDailyLife'
    | 'partnersConcerned'
    | 'familyDynamics';
  label: string;
  /** The routes this condition belongs to. */
  routes: PartnershipRoute[];
  /**
   * 'adult': who the route is about (the conditions route's two alternatives, joined by "or").
   * 'statement': a ticked statement (joined to the next by "And" in the conditions route).
   */
  part: 'adult' | 'statement';
  /** For "ability to manage their": the seven areas, printed as their own list. */
  areas?: Option[];
  source: Source;
}

export interface LeadProfessionalGuidance {
  who: string;
  role: string;
  /** The rule when there is no identified lead professional. */
  ifNone: string;
  source: Source;
}

export interface InformationSharingGuidance {
  principles: PassageItem[];
  /** A refusal is respected, unless a ground applies. */
  refusal: PassageItem;
  groundsIntro: string;
  grounds: Option[];
  rationale: PassageItem;
  qualitiesIntro: string;
  qualities: Option[];
  furtherInformation: PassageItem;
  managerAdvice: PassageItem;
}

export interface Forum {
  id: 's42Procedures' | 'harmReductionForum' | 'marac' | 'exploitationPanel';
  name: string;
  /** The guidance's sentence after the forum's name, saying when it applies. */
  when: string;
  /** What must first have been done, where the guidance names it (MARAC: a DASH risk assessment). */
  prerequisite?: string;
  /** The criteria in the guidance's words, split by omission from `when`. */
  criteria: ChecklistItem[];
  /** Set where the guidance joins the criteria with "or". */
  criteriaJoin?: 'or';
  /** A definition the guidance quotes for the forum. */
  definition?: { term: string; text: string; includes: ChecklistItem[] };
  source: Source;
}

// ---------------------------------------------------------------------------------------------------
// 1. Introduction

export const introduction: PassageItem = {
  id: 'introduction',
  text: 'This guidance has been developed by Solihull Safeguarding Adults Board to help those working with adults who have complex needs and unmanaged risks, and they may not be engaging with services so it is felt a structured partnership approach is needed in order to safeguard and promote their wellbeing. It sets out how partners should work together in a structured partnership approach – sometimes referred to as complex discharge meetings, professionals meetings or multi agency meetings.',
  source: sp('§1 Introduction'),
};

// ---------------------------------------------------------------------------------------------------
// 2. Circumstances in which there is a need for a structured partnership approach

export const eligibilityIntro: Record<PartnershipRoute, string> = {
  conditions:
    'A structured partnership approach may be required when an adult WITH care and support needs or an adult with NO care and support needs but with HIGH vulnerabilities:',
  familyDynamics:
    'A structured partnership approach may also be required when an adult with care and support needs:',
};

const section2 = sp('§2 Circumstances in which there is a need for a structured partnership approach');

/** "there are concerns about the individual's ability to manage their:" */
export const dailyLifeAreas: Option[] = [
  { value: 'personalCareAndHygiene', label: 'Personal care and hygiene' },
  { value: 'homeEnvironment', label: 'Home environment' },
  { value: 'activitiesOfDailyLiving', label: 'Activities of daily living such as shopping' },
  { value: 'healthConditions', label: 'Health conditions' },
  { value: 'finances', label: 'Finances' },
  { value: 'safety', label: 'Safety' },
  { value: 'protectionFromAbuseAndNeglect', label: 'Protection from abuse and neglect' },
].map((option) => ({ ...option, source: section2 }));

/**
 * Section 2 in its order. The conditions route: the adult is one WITH care and support needs, or one with
 * NO care and support needs but with HIGH vulnerabilities; and all five ticked statements hold (joined
 * by "And"). The family-dynamics route: an adult with care and support needs, and the last statement.
 */
export const eligibilityConditions: EligibilityCondition[] = [
  {
    id: 'careAndSupportNeeds',
    label: 'an adult WITH care and support needs',
    routes: ['conditions', 'familyDynamics'],
    part: 'adult',
    source: section2,
  },
  {
    id: 'highVulnerabilities',
    label: 'an adult with NO care and support needs but with HIGH vulnerabilities',
    routes: ['conditions'],
    part: 'adult',
    source: section2,
  },
  {
    id: 'atRiskWellKnownNoPlan',
    label:
      'has been identified as being at risk of significant harm, is well known to one or more agencies with repeated concerns or presentation, but there is no established plan to manage ongoing needs',
    routes: ['conditions'],
    part: 'statement',
    source: section2,
  },
  {
    id: 'capacityRefusedServices',
    label:
      'has the mental capacity to make relevant decisions but has refused essential services or interventions, which could result in significant harm',
    routes: ['conditions'],
    part: 'statement',
    source: section2,
  },
  {
    id: 'managementNotMitigated',
    label: 'current management approaches have not been able to mitigate the risk of this significant harm',
    routes: ['conditions'],
    part: 'statement',
    source: section2,
  },
  {
    id: 'manageDailyLife',
    label: "there are concerns about the individual's ability to manage their:",
    routes: ['conditions'],
    part: 'statement',
    areas: dailyLifeAreas,
    source: section2,
  },
  {
    id: 'partnersConcerned',
    label:
      'one or more of the partners have concerns about the individual and believe a multi-agency discussion would be of benefit.',
    routes: ['conditions'],
    part: 'statement',
    source: section2,
  },
  {
    id: 'familyDynamics',
    label:
      'has been identified as being at risk of significant harm due to the behaviours or dynamics of their family.',
    routes: ['familyDynamics'],
    part: 'statement',
    source: section2,
  },
];

// ---------------------------------------------------------------------------------------------------
// 3. What is involved in a structured partnership approach

export const involvesIntro = 'A structured partnership approach means:';

export const involves: ChecklistItem[] = [
  ['leadProfessional', 'Identifying a lead professional'],
  ['meetings', 'Holding multi-agency meetings'],
  ['sharingInformation', 'Sharing information'],
  ['rolesAndResponsibilities', 'Clarifying of roles and responsibilities'],
  ['riskEnablement', 'Using a risk enablement approach'],
  ['recordKeeping', 'Ensuring effective record keeping.'],
].map(([id, label]) => ({
  id,
  label,
  source: sp('§3 What is involved in a structured partnership approach'),
}));

export const leadProfessional: LeadProfessionalGuidance = {
  who: "The lead professional should be a professional from the agency with the most significant involvement with the individual and the person's primary needs and concerns.",
  role: 'The role of the lead professional is to coordinate a structured partnership approach with effective multi-agency working.',
  ifNone:
    'If there is no identified lead professional, the concerned practitioner will need to take responsibility for co-ordinating a multi-agency meeting. A decision about who will take on the lead professional role ongoing, can be agreed at the meeting.',
  source: sp('§3.1 Identifying a lead professional'),
};

export const multiAgencyMeetings: PassageItem[] = [
  [
    'soonest',
    'Multi-agency meetings should be convened at the soonest opportunity to aid effective partnership working. There does not need to be an open safeguarding adult enquiry to organise these multi-agency meetings.',
  ],
  [
    'whoOrganises',
    'The lead professional would usually organise them but any agency can at any time to ensure good partnership working. Multi-agency meetings called under this guidance should be prioritised.',
  ],
  [
    'chairAndMinutes',
    'These meeting should be chaired by a manager from the agency of the lead professional and the meeting should have minutes, and actions with timescales for implementation and review.',
  ],
  [
    'individualAtCentre',
    "The individual must be at the centre of such meetings either in person or the person's views and wishes or those of their family/loved ones should be available at the meeting.",
  ],
  [
    'whoAttends',
    'These meeting should involve agencies with current involvement or who have or could have a role in providing information and or support.',
  ],
].map(([id, text]) => ({ id, text, source: sp('§3.2 Multi-agency meetings') }));

const section33 = sp('§3.3 Sharing information');

export const informationSharing: InformationSharingGuidance = {
  principles: [
    {
      id: 'selfDetermination',
      text: 'Adults have a general right to independence, choice and self-determination including control over information about themselves.',
      source: section33,
    },
    {
      id: 'consent',
      text: 'Therefore individuals should know when, why and with whom information about them is being shared and their consent should be obtained.',
      source: section33,
    },
  ],
  refusal: {
    id: 'refusal',
    text: 'If a person refuses intervention to support them or requests that information about them is not shared with other partners, their wishes should be respected. However, there are a number of circumstances where the practitioner can reasonably override such a decision.',
    source: section33,
  },
  groundsIntro: 'Practitioners can share information:',
  grounds: [
    {
      value: 'lacksCapacityBestInterests',
      label:
        "If they believe the person lacks capacity with regard to the concerns and they believe it would be in the person's best interests to share.",
    },
    { value: 'riskToOthers', label: 'if they believe there is a risk to others' },
    { value: 'preventionOrDetectionOfCrime', label: "for the 'prevention or detection of crime'." },
    {
      value: 'publicInterest',
      label:
        "if they believe sharing information is in the 'public interest' which may include if they believe the person is being controlled or coerced.",
    },
  ].map((option) => ({ ...option, source: section33 })),
  rationale: {
    id: 'rationale',
    text: 'You must be able to evidence what your rationale was for sharing information in order to make their decision to share defensible.',
    source: section33,
  },
  qualitiesIntro:
    'When sharing information practitioners must ensure the 6 elements to Information Quality are adhered to in that the information must be:',
  qualities: [
    { value: 'accurate', label: 'Accurate' },
    { value: 'valid', label: 'Valid' },
    { value: 'reliable', label: 'Reliable' },
    { value: 'timely', label: 'Timely' },
    { value: 'relevant', label: 'Relevant' },
    { value: 'complete', label: 'Complete' },
  ].map((option) => ({ ...option, source: section33 })),
  furtherInformation: {
    id: 'furtherInformation',
    text: 'For more information please see the SSAB Information Sharing Agreement and SCIE Safeguarding Adults: sharing information guidance.',
    source: section33,
  },
  managerAdvice: {
    id: 'managerAdvice',
    text: 'If you are not sure if information could be legitimately shared or action taken without the consent of the individual, further advice should be sought from a Manager who may seek legal advice.',
    source: section33,
  },
};

export const rolesAndResponsibilities: PassageItem[] = [
  [
    'unclearRoles',
    'Unclear roles and responsibilities can lead to confusion of duties and responsibilities resulting in duplication or conflict or inaction.',
  ],
  [
    'clarify',
    "It is therefore important at the soonest opportunity to clarify who can/will do what, when, why and with whom. This will be based on individual's job roles, originations and the legislation.",
  ],
].map(([id, text]) => ({ id, text, source: sp('§3.4 Clarifying of roles and responsibilities') }));

export interface RiskEnablementGuidance {
  definition: string;
  intro: string;
  items: ChecklistItem[];
  source: Source;
}

export const riskEnablement: RiskEnablementGuidance = {
  definition:
    'A risk enablement approach is supporting people to make their own decisions about the level of risk that they are comfortable with.',
  intro: 'A risk enablement approach will involve:',
  items: [
    [
      'adult',
      "The adult to identify what is important to them, what is working well, what do they think about the risks. If may be necessary to assess an individual's mental capacity and where appropriate and the provision of advocacy is required.",
    ],
    [
      'network',
      'The network around the adult – to the degree that the adult wishes. The network may involve families, friends or the community.',
    ],
    [
      'multiAgency',
      'Multi-agency working to involve and work collaboratively with other agencies around the adult to gain a full picture of the risk and plan any strategy to address it.',
    ],
    ['assessingRisk', 'Assessing risk including the risks to other but using the strengths of the adult'],
    [
      'mitigatingActions',
      "Identifying the actions that's could mitigate the risks always keeping in mind the outcomes the adults wants and the impact on their wellbeing.",
    ],
  ].map(([id, label]) => ({ id, label, source: sp('§3.5 Using a risk enablement approach') })),
  source: sp('§3.5 Using a risk enablement approach'),
};

/**
 * The parts of §3.5's list the worker notes against, in the guidance's words taken apart by omission:
 * "The adult to identify what is important to them, what is working well, what do they think about the
 * risks", "The network around the adult – to the degree that the adult wishes", "using the strengths of
 * the adult", "Identifying the actions that's could mitigate the risks" ("that's" repaired to "that").
 */
export const riskEnablementNotes: NotesItem[] = [
  ['important', 'What is important to them'],
  ['workingWell', 'What is working well'],
  ['viewOfRisks', 'What do they think about the risks'],
  ['network', 'The network around the adult – to the degree that the adult wishes'],
  ['strengths', 'The strengths of the adult'],
  ['mitigatingActions', 'The actions that could mitigate the risks'],
].map(([id, label]) => ({ id, label, source: sp('§3.5 Using a risk enablement approach') }));

export interface RecordKeepingGuidance {
  paragraphs: string[];
  intro: string;
  shouldShow: ChecklistItem[];
  source: Source;
}

export const recordKeeping: RecordKeepingGuidance = {
  paragraphs: [
    'Assessments, judgements and defensible decisions should be clearly recorded. The names of those involved in decision making and those responsible for actions should be documented; this is especially important where situations are complex, high risk, or controversial.',
  ],
  intro: 'Recording should show:',
  shouldShow: [
    ['reasons', 'Reasons for the decisions'],
    ['balanced', 'That decisions are balanced'],
    [
      'supported',
      'That the adult has been appropriately supported with decision making, including being supported to weigh the potential negative consequences of the options they consider',
    ],
    ['reviewed', 'That decisions are regularly reviewed'],
    ['legislation', 'Reference to relevant legislation.'],
  ].map(([id, label]) => ({ id, label, source: sp('§3.6 Ensuring effective record keeping') })),
  source: sp('§3.6 Ensuring effective record keeping'),
};

// ---------------------------------------------------------------------------------------------------
// 4. Supporting Forums/Processes

export const forumsIntro =
  'A Structured Partnership Approach may result in a referral to the following forums or process:';

const section4 = sp('§4 Supporting Forums/Processes');
const criteria = (entries: Array<[string, string]>): ChecklistItem[] =>
  entries.map(([id, label]) => ({ id, label, source: section4 }));

export const forums: Forum[] = [
  {
    id: 's42Procedures',
    name: 'Safeguarding Adults Procedures',
    when: 'if the safeguarding duty as detailed in s42 of The Care Act 2014 is met.',
    criteria: criteria([
      ['s42DutyMet', 'the safeguarding duty as detailed in s42 of The Care Act 2014 is met'],
    ]),
    source: section4,
  },
  {
    id: 'harmReductionForum',
    name: 'Harm Reduction Forum',
    when: 'if a multi-agency response to vulnerable individuals who may be victims of hate crime, anti-social behaviour and repeat callers to emergency services and partner agencies is required',
    criteria: criteria([
      ['hateCrime', 'victims of hate crime'],
      ['antiSocialBehaviour', 'anti-social behaviour'],
      ['repeatCallers', 'repeat callers to emergency services and partner agencies'],
    ]),
    definition: {
      term: 'VULNERABLE',
      text: 'An individual will be considered VULNERABLE if the conduct in question causes an adverse impact on their quality of life, including personal safety. Adverse impact includes the risk of harm; deterioration of their health, physical, mental and or emotional wellbeing; or an inability to carry out normal day to day routine through fear and intimidation.',
      includes: criteria([
        ['riskOfHarm', 'the risk of harm'],
        ['deterioration', 'deterioration of their health, physical, mental and or emotional wellbeing'],
        [
          'inabilityThroughFear',
          'an inability to carry out normal day to day routine through fear and intimidation',
        ],
      ]),
    },
    source: section4,
  },
  {
    id: 'marac',
    name: 'MARAC',
    when: "if the Safe Lives Dash Risk Assessment identifies the safety of individuals of domestic abuse, stalking or 'honour' based violence is of serious concern or there is a high risk of serious harm or homicide.",
    prerequisite: 'the Safe Lives Dash Risk Assessment identifies',
    criteria: criteria([
      [
        'safetyOfSeriousConcern',
        "the safety of individuals of domestic abuse, stalking or 'honour' based violence is of serious concern",
      ],
      ['highRiskOfSeriousHarm', 'there is a high risk of serious harm or homicide'],
    ]),
    criteriaJoin: 'or',
    source: section4,
  },
  {
    id: 'exploitationPanel',
    name: 'Solihull Exploitation Panel (ShEP)',
    when: 'if a multi-agency response is required to map exploitation in order to lead on disruption – specifically in relation to perpetrators and locations',
    criteria: criteria([
      [
        'mapExploitation',
        'a multi-agency response is required to map exploitation in order to lead on disruption – specifically in relation to perpetrators and locations',
      ],
    ]),
    source: section4,
  },
];

// ---------------------------------------------------------------------------------------------------
// Journey content. Ids are prefixed "sp.".

const yesNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const condition = (id: EligibilityCondition['id']): EligibilityCondition => {
  const found = eligibilityConditions.find((item) => item.id === id);
  if (found === undefined) throw new Error(`No eligibility condition ${id}`);
  return found;
};

const statementQuestion = (id: EligibilityCondition['id'], hint: string): ContentItem => ({
  id: `sp.${id}`,
  kind: 'question',
  title: `Does this statement apply? "${condition(id).label}"`,
  hint,
  options: yesNo,
  errorMessage: 'Select yes if the statement applies',
  source: condition(id).source,
});

const forum = (id: Forum['id']): Forum => {
  const found = forums.find((item) => item.id === id);
  if (found === undefined) throw new Error(`No forum ${id}`);
  return found;
};

/** The content id of the passage shown for each forum selected. */
export const forumPointerId = (id: Forum['id']) => `sp.forum.${id}`;

const forumPointer = (id: Forum['id']): ContentItem => {
  const item = forum(id);
  return {
    id: forumPointerId(id),
    kind: 'pointer',
    title: item.name,
    paragraphs: [`${item.name} ${item.when}`, ...(item.definition ? [`"${item.definition.text}"`] : [])],
    ...(item.prerequisite
      ? {
          warning: `A referral to ${item.name} depends on the Safe Lives Dash Risk Assessment: ${item.name} applies if ${item.prerequisite} ${item.criteria
            .map((criterion) => criterion.label)
            .join(' or ')}.`,
        }
      : {}),
    source: item.source,
  };
};

const section3 = sp('§3 What is involved in a structured partnership approach');
const section32 = sp('§3.2 Multi-agency meetings');

export const partnershipContent: ContentItem[] = [
  {
    id: 'sp.about',
    kind: 'information',
    title: 'Structured Partnership Approach',
    paragraphs: [introduction.text],
    source: introduction.source,
  },
  // Section 2: when it may be required
  {
    id: 'sp.adult',
    kind: 'question',
    title: 'Which describes the adult?',
    hint: eligibilityIntro.conditions,
    options: [
      { value: 'careAndSupportNeeds', label: 'An adult WITH care and support needs', source: section2 },
      {
        value: 'highVulnerabilities',
        label: 'An adult with NO care and support needs but with HIGH vulnerabilities',
        source: section2,
      },
      { value: noneValue, label: 'Neither of these' },
    ],
    errorMessage: 'Select which describes the adult',
    source: section2,
  },
  statementQuestion('atRiskWellKnownNoPlan', 'Every part of the statement must apply.'),
  statementQuestion('capacityRefusedServices', 'Every part of the statement must apply.'),
  statementQuestion('managementNotMitigated', eligibilityIntro.conditions),
  {
    id: 'sp.manageDailyLife',
    kind: 'multiSelect',
    title: "Are there concerns about the individual's ability to manage their:",
    hint: 'Select all that apply.',
    options: [...dailyLifeAreas, { value: noneValue, label: 'None of these' }],
    errorMessage: 'Select the areas of concern, or "None of these"',
    source: section2,
  },
  statementQuestion('partnersConcerned', eligibilityIntro.conditions),
  {
    id: 'sp.familyDynamics',
    kind: 'question',
    title:
      'Has the adult been identified as being at risk of significant harm due to the behaviours or dynamics of their family?',
    hint: eligibilityIntro.familyDynamics,
    options: yesNo,
    errorMessage:
      'Select yes if the adult has been identified as being at risk of significant harm due to their family',
    source: section2,
  },
  {
    id: 'sp.outcome.eligibleConditions',
    kind: 'outcome',
    title: 'A structured partnership approach may be required',
    paragraphs: [eligibilityIntro.conditions],
    bullets: eligibilityConditions
      .filter((item) => item.part === 'statement' && item.routes.includes('conditions'))
      .map((item) => item.label),
    source: section2,
  },
  {
    id: 'sp.outcome.eligibleFamilyDynamics',
    kind: 'outcome',
    title: 'A structured partnership approach may also be required',
    paragraphs: [eligibilityIntro.familyDynamics],
    bullets: [condition('familyDynamics').label],
    source: section2,
  },
  {
    id: 'sp.outcome.notEligible',
    kind: 'outcome',
    title: 'The circumstances in section 2 of the guidance are not all present',
    paragraphs: [
      eligibilityIntro.conditions,
      ...eligibilityConditions
        .filter((item) => item.part === 'statement' && item.routes.includes('conditions'))
        .map((item) => item.label),
      eligibilityIntro.familyDynamics,
      condition('familyDynamics').label,
      'Your answer to each condition is listed below: first the conditions that are met, then those that are not.',
    ],
    source: section2,
  },
  {
    id: 'sp.next.notEligible',
    kind: 'question',
    title: 'Do you want to go on with a structured partnership approach?',
    hint: 'The guidance says when a structured partnership approach "may be required". Going on, or finishing here, is your professional judgement; either way, record the reasons for the decision.',
    options: [
      { value: goOnValue, label: 'Yes, go on with a structured partnership approach' },
      { value: finishValue, label: 'No, finish here: record the decision and check your answers' },
    ],
    errorMessage: 'Select whether to go on or finish here',
    source: section2,
  },
  // Section 3: what it involves
  {
    id: 'sp.involves',
    kind: 'information',
    title: 'What is involved in a structured partnership approach',
    paragraphs: [involvesIntro],
    bullets: involves.map((item) => item.label),
    source: section3,
  },
  {
    id: 'sp.leadProfessionalIdentified',
    kind: 'question',
    title: 'Is there an identified lead professional?',
    hint: `${leadProfessional.who} ${leadProfessional.role}`,
    options: yesNo,
    errorMessage: 'Select yes if there is an identified lead professional',
    source: leadProfessional.source,
  },
  {
    id: 'sp.leadProfessional',
    kind: 'text',
    title: 'Who is the lead professional?',
    hint: `Give their role and agency. ${leadProfessional.who}`,
    errorMessage: 'Enter who the lead professional is',
    source: leadProfessional.source,
  },
  {
    id: 'sp.noLeadProfessional',
    kind: 'information',
    title: 'If there is no identified lead professional',
    paragraphs: [leadProfessional.ifNone],
    source: leadProfessional.source,
  },
  {
    id: 'sp.meetings',
    kind: 'information',
    title: 'Multi-agency meetings',
    paragraphs: multiAgencyMeetings.map((passage) => passage.text),
    source: section32,
  },
  {
    id: 'sp.meetingHeld',
    kind: 'question',
    title: 'Has the multi-agency meeting been held?',
    hint: 'If it has, record the chair, the date, who attended, the minutes and the actions agreed.',
    options: yesNo,
    errorMessage: 'Select yes if the multi-agency meeting has been held',
    source: section32,
  },
  {
    id: 'sp.meetingChair',
    kind: 'text',
    title: 'Who chaired the meeting?',
    hint: 'These meeting should be chaired by a manager from the agency of the lead professional. Give their role and agency.',
    errorMessage: 'Enter who chaired the meeting',
    source: section32,
  },
  {
    id: 'sp.meetingDate',
    kind: 'text',
    title: 'When was the meeting held?',
    inputType: 'date',
    errorMessage: 'Enter the date of the meeting',
    source: section32,
  },
  {
    id: 'sp.meetingAttendees',
    kind: 'entries',
    title: 'Who attended the meeting?',
    hint: "These meeting should involve agencies with current involvement or who have or could have a role in providing information and or support. The individual must be at the centre of such meetings either in person or the person's views and wishes or those of their family/loved ones should be available at the meeting.",
    entryName: 'attendee',
    fields: [
      { id: 'name', label: 'Name' },
      { id: 'agency', label: 'Agency and role' },
    ],
    minEntries: 1,
    errorMessage: 'Add at least one attendee',
    source: section32,
  },
  {
    id: 'sp.meetingMinutes',
    kind: 'text',
    title: 'Minutes of the meeting',
    hint: 'The meeting should have minutes. Summarise them, or say where they are kept.',
    errorMessage: 'Summarise the minutes of the meeting, or say where they are kept',
    source: section32,
  },
  {
    id: 'sp.meetingActions',
    kind: 'entries',
    title: 'Actions with timescales for implementation and review',
    hint: 'The meeting should have actions with timescales for implementation and review. The names of those responsible for actions should be documented.',
    entryName: 'action',
    fields: [
      { id: 'action', label: 'Action' },
      { id: 'responsible', label: 'Who is responsible' },
      { id: 'implementation', label: 'Timescale for implementation', inputType: 'date' },
      { id: 'review', label: 'Timescale for review', inputType: 'date' },
    ],
    minEntries: 1,
    errorMessage: 'Add at least one action, with who is responsible and its timescales',
    source: section32,
  },
  {
    id: 'sp.roles',
    kind: 'text',
    title: 'Who can/will do what, when, why and with whom?',
    hint: rolesAndResponsibilities.map((passage) => passage.text).join(' '),
    source: sp('§3.4 Clarifying of roles and responsibilities'),
  },
  // §3.3 Sharing information
  {
    id: 'sp.consentAsked',
    kind: 'question',
    title: 'Has the person been asked for their consent to share information about them?',
    hint: informationSharing.principles.map((passage) => passage.text).join(' '),
    options: yesNo,
    errorMessage: 'Select yes if the person has been asked for their consent',
    source: section33,
  },
  {
    id: 'sp.consentGiven',
    kind: 'question',
    title: 'Did the person consent to the information being shared?',
    hint: informationSharing.refusal.text,
    options: [
      { value: 'yes', label: 'Yes' },
      {
        value: 'no',
        label:
          'No: they refused intervention or requested that information about them is not shared with other partners',
      },
    ],
    errorMessage: 'Select yes if the person consented',
    source: section33,
  },
  {
    id: 'sp.grounds',
    kind: 'multiSelect',
    title: informationSharing.groundsIntro,
    hint: `${informationSharing.refusal.text} Select all that apply.`,
    options: [...informationSharing.grounds, { value: noneValue, label: 'None of these' }],
    errorMessage: 'Select the circumstances that apply, or "None of these"',
    source: section33,
  },
  {
    id: 'sp.rationale',
    kind: 'text',
    title: 'What is your rationale for sharing information?',
    hint: informationSharing.rationale.text,
    errorMessage: 'Write down your rationale for sharing information',
    source: section33,
  },
  {
    id: 'sp.qualities',
    kind: 'multiSelect',
    title: 'The 6 elements to Information Quality',
    hint: `${informationSharing.qualitiesIntro} Select each one you have made sure of.`,
    options: informationSharing.qualities,
    errorMessage: 'Select the elements of information quality you have made sure of',
    source: section33,
  },
  {
    id: 'sp.qualitiesMissing',
    kind: 'information',
    title: 'Not all 6 elements to Information Quality are confirmed',
    paragraphs: [
      informationSharing.qualitiesIntro,
      'The elements you have made sure of are listed below. Make sure of the others before the information is shared.',
      informationSharing.managerAdvice.text,
    ],
    bullets: informationSharing.qualities.map((option) => option.label),
    source: section33,
  },
  {
    id: 'sp.outcome.askForConsent',
    kind: 'outcome',
    title: 'Ask for the person’s consent',
    paragraphs: [
      informationSharing.principles[1].text,
      informationSharing.managerAdvice.text,
      informationSharing.furtherInformation.text,
    ],
    source: section33,
  },
  {
    id: 'sp.outcome.seekManagerAdvice',
    kind: 'outcome',
    title: 'Further advice should be sought from a Manager',
    paragraphs: [
      'Consent has not been asked, and you believe one or more of the circumstances in which practitioners can share information without it applies (they are listed below).',
      informationSharing.principles[1].text,
      informationSharing.managerAdvice.text,
      informationSharing.rationale.text,
      informationSharing.furtherInformation.text,
    ],
    reconstructed: {
      note: 'The first paragraph is the app’s wording. §3.3 gives its grounds for sharing without consent as circumstances in which a practitioner can override a refusal; it does not say whether to share without first asking, so this outcome follows its last sentence: seek advice from a Manager.',
    },
    source: section33,
  },
  {
    id: 'sp.outcome.shareWithConsent',
    kind: 'outcome',
    title: 'Share information with the person’s consent',
    paragraphs: [informationSharing.principles[1].text, informationSharing.qualitiesIntro],
    bullets: informationSharing.qualities.map((option) => option.label),
    source: section33,
  },
  {
    id: 'sp.outcome.shareWithoutConsent',
    kind: 'outcome',
    title: 'Information can be shared without consent',
    paragraphs: [
      informationSharing.refusal.text,
      informationSharing.rationale.text,
      informationSharing.qualitiesIntro,
    ],
    bullets: informationSharing.qualities.map((option) => option.label),
    source: section33,
  },
  {
    id: 'sp.outcome.respectWishes',
    kind: 'outcome',
    title: 'The person’s wishes should be respected',
    paragraphs: [
      'If a person refuses intervention to support them or requests that information about them is not shared with other partners, their wishes should be respected.',
      informationSharing.managerAdvice.text,
      informationSharing.furtherInformation.text,
    ],
    source: section33,
  },
  // §3.5, §3.6, §4
  {
    id: 'sp.riskEnablement',
    kind: 'notes',
    title: 'Using a risk enablement approach',
    hint: `${riskEnablement.definition} Write a short note against each that you can.`,
    items: riskEnablementNotes,
    source: riskEnablement.source,
  },
  {
    id: 'sp.recordKeeping',
    kind: 'checklist',
    title: 'Recording should show:',
    hint: recordKeeping.paragraphs[0],
    items: recordKeeping.shouldShow,
    source: recordKeeping.source,
  },
  {
    id: 'sp.forums',
    kind: 'multiSelect',
    title: 'Which forums or processes is the case being referred to?',
    hint: `${forumsIntro} Select all that apply.`,
    options: [
      ...forums.map((item) => ({ value: item.id, label: item.name, hint: item.when, source: item.source })),
      { value: noneValue, label: 'None of these' },
    ],
    errorMessage: 'Select the forums or processes, or "None of these"',
    source: section4,
  },
  {
    id: 'sp.outcome.forums',
    kind: 'outcome',
    title: 'A Structured Partnership Approach may result in a referral to these forums or processes',
    paragraphs: ['What the guidance says about each forum or process you selected is below.'],
    source: section4,
  },
  ...forums.map((item) => forumPointer(item.id)),
];
// ---------------------------------------------------------------------------------------------------

/** Where the copy is damaged or odd, what was done. Shown to reviewers, not to workers. */
export const transcriptionNotes: string[] = [
  'The copy opens with a list of words (pushing, bullying, pinching, withholding food & drink, coercion, intimidation, hitting, isolating, restraint, emotional abuse, misusing medication, shaking, scalding, teasing, sexual abuse, leaving on own, blaming, stealing money or benefits, neglect, ignoring needs): a word-cloud picture on the cover, flattened. Not transcribed.',
  'The guidance is undated and has no section numbers below the second level: sources cite §1 to §4 and §3.1 to §3.6 as printed.',
  'Section 2: "there are concerns about the individual\'s ability to manage their;" ends in a semicolon before its list; read as a colon introducing the seven areas.',
  'Section 2: the seven areas are printed with no "and" or "or" between them. The guidance does not say whether concerns about one area suffice; the rule reads the list as the areas the concerns may be about, so concerns about any one meet the condition. Check this reading with the Solihull SAB if it matters.',
  'Section 2: the first two ticked statements each have several parts ("at risk of significant harm", "well known to one or more agencies with repeated concerns or presentation", "no established plan to manage ongoing needs"; "has the mental capacity to make relevant decisions", "has refused essential services or interventions, which could result in significant harm"). They are kept whole, as printed; each is met only when all its parts hold.',
  'Section 2: the conditions route requires that the adult "has the mental capacity to make relevant decisions". The guidance does not say what applies to an adult who lacks capacity; nothing is supplied.',
  'Section 4, Harm Reduction Forum: the sentence is broken by a page break ("repeat callers to" / "emergency services"); rejoined. The three groups it names are split out by omission as criteria; whether the printed "and" means any of them or all of them is not stated, so no join is recorded.',
  'Section 4, MARAC: the criteria are split by omission from one sentence: the prerequisite "the Safe Lives Dash Risk Assessment identifies", then two concerns joined by "or" as printed.',
  'Section 4, Solihull Exploitation Panel: the copy ends mid-list with no full stop ("specifically in relation to perpetrators and locations"). Text may be missing after it; nothing is supplied.',
  'Source wording kept as printed although it reads oddly: §3.2 "any agency can at any time" (a verb seems to be missing), "These meeting should"; §3.4 "originations" (probably "organisations"); §3.5 "If may be necessary" (probably "It may"), "where appropriate and the provision of advocacy is required", "the risks to other", "the actions that\'s could", "the outcomes the adults wants"; §3.3 "to make their decision to share defensible".',
  '§3.3: the grounds for sharing without consent are printed as a list with mixed case ("If they believe...", "if they believe...", "for the..."); kept as printed. The four grounds are joined by "or" after the second only; read as alternatives (any one suffices), as "a number of circumstances" says.',
  'Journey questions (sp.adult, sp.consentAsked, sp.consentGiven, sp.leadProfessionalIdentified, sp.familyDynamics, the statement questions) turn the guidance\'s statements into questions; the statements themselves are in the title or hint. The hints "Every part of the statement must apply.", "Select all that apply." and "Select each one you have made sure of." and the option "Neither of these" are app wording, not the guidance\'s.',
  'The statement questions are titled "Does this statement apply?" followed by the statement as printed, because three of the five statements are about agencies or partners rather than the adult.',
  "sp.grounds is asked when consent has not been asked as well as when it was refused: §3.3's first ground is that the person may lack capacity, and sharing may then be in their best interests, so whether a ground applies is considered before the worker is sent to seek consent. When consent has not been asked and a ground applies, §3.3 does not say whether to share without asking, which is the case its last sentence covers; the outcome sp.outcome.seekManagerAdvice takes its title from that sentence, and its first paragraph is app wording.",
  'App wording, not the guidance\'s (procedural only): sp.next.notEligible (whether to go on after the outcome that the circumstances are not all present; the guidance says only when an approach "may be required"), the last paragraph of sp.outcome.notEligible, sp.leadProfessional ("Who is the lead professional?"), sp.meetingHeld, sp.meetingChair ("Who chaired the meeting?"), sp.meetingDate, sp.meetingAttendees (title and fields Name / Agency and role), sp.meetingMinutes ("Summarise them, or say where they are kept"), the fields of sp.meetingActions (Action, Who is responsible, Timescale for implementation, Timescale for review: from §3.2 "actions with timescales for implementation and review" and §3.6 "those responsible for actions should be documented"), the title of sp.forums, sp.outcome.forums\'s title and sentence, sp.qualitiesMissing\'s title and second paragraph, and the warning on the MARAC passage (built from §4: "MARAC if the Safe Lives Dash Risk Assessment identifies ...").',
  '§3.4 "who can/will do what, when, why and with whom" is used as the question of sp.roles, a free-text answer that is not required.',
  '§3.5: the worker notes against the parts of the list taken apart by omission (riskEnablementNotes); "the actions that\'s could mitigate" is repaired to "the actions that could mitigate". The sentence about assessing mental capacity and advocacy ("If may be necessary ...") and the multi-agency working item are not repeated on that screen.',
];
