import type { ChecklistItem, ContentItem, Option, Source } from './schema';
import { finishValue, goOnValue, noneValue } from './option-values';

// The Hampshire and Isle of Wight four Safeguarding Adults Boards' Multi-Agency Risk Management Framework,
// March 2016 (../shared/guidance/multi-agency-risk-management-framework.txt). Data only.
//
// Section numbers are the ones printed in the body of the document. The contents page numbers the
// sections differently (it lists "4) Mental capacity and best interests", "7) Stages of the process",
// "8) Recording"); the body puts capacity and best interests in section 3, the stages in section 6 and
// recording in §6.3, and it is the body's numbers that are cited here.
//
// Wording is the framework's. List items are shown as separate entries, so the connecting "and",
// "and/or" and ";" that join them in the printed list are left off; nothing else is changed except where
// transcriptionNotes says so.

const rm = (section: string): Source => ({ doc: 'risk-management', section });

/** A passage of the framework shown as running text. */
export interface PassageItem {
  id: string;
  text: string;
  source: Source;
}

/** An entry of Appendix B (Relevant legislation and policy). */
export interface LegislationEntry {
  id: string;
  /** 'legislation' for a) to f); the two headed lists of guidance and policy otherwise. */
  group: 'legislation' | 'statutoryGuidance' | 'localPolicy';
  title: string;
  /** The appendix's own words, shortened only by omission. Absent where the appendix lists a title only. */
  summary?: string;
  source: Source;
}

/** A field of each action in the SMART action plan (§6.1 b): "with timescales a named lead against each action". */
export interface ActionPlanField {
  id: 'action' | 'namedLead' | 'timescale';
  label: string;
  source: Source;
}

// ---------------------------------------------------------------------------------------------------
// Purpose and who the framework is for (opening statement, §1)

export const frameworkPurpose: PassageItem = {
  id: 'purpose',
  text: 'This document is designed to guide staff on how to manage cases relating to adults where there is a high level of risk the circumstances of which sit outside the statutory adult safeguarding framework but for which a multi agency approach is needed to manage these risks in the most effective way.',
  source: rm('Opening statement (page 1)'),
};

export const introductionPassages: PassageItem[] = [
  {
    id: 'intro1.2',
    text: 'The guidance does not replace single agency risk management arrangements and instead seeks to build on and complement these by providing a multi-agency dimension. Professionals must also refer to relevant statutory frameworks and operational policies (such as the Care Programme Approach) which they are required to follow.',
    source: rm('§1.2'),
  },
  {
    id: 'intro1.5',
    text: 'This guidance recognises that in complex cases, professionals are often dealing with long term and entrenched behaviours to which responses require a commitment to a longer term, solution-based approach which has at its core, a focus on building trust and a rapport with the adult.',
    source: rm('§1.5'),
  },
  {
    id: 'intro1.6',
    text: 'The statutory guidance to the Care Act 2014 states that agencies should implement robust risk management processes in order to prevent concerns escalating to a crisis point requiring action under local safeguarding arrangements.',
    source: rm('§1.6'),
  },
];

export const frameworkSituationsIntro =
  'This guidance is likely to be useful to any professional who is working with adults experiencing an unmanageable level of risk as a result of circumstances which create the risk of harm but not relating to abuse or neglect by a third party such as:';

/** §1.4 a) to h). The list is of examples ("such as"), not a closed test. */
export const frameworkSituations: Option[] = [
  {
    value: 'vulnerabilityFactors',
    label:
      'Vulnerability factors placing them at a higher risk of abuse or neglect including mate crime, network abuse, etc.',
    source: rm('§1.4 a)'),
  },
  { value: 'selfNeglect', label: 'Self neglect including hoarding and fire safety', source: rm('§1.4 b)') },
  {
    value: 'refusalOrDisengagement',
    label: 'Refusal or disengagement from care and support services',
    source: rm('§1.4 c)'),
  },
  {
    value: 'complexOrDiverseNeeds',
    label:
      "Complex or diverse needs which either fall between, or span a number of agencies' statutory responsibilities or eligibility criteria",
    source: rm('§1.4 d)'),
  },
  {
    value: 'lifestyleChoices',
    label:
      'On-going needs or behaviour leading to lifestyle choices placing the adult and/or others at significant risk',
    source: rm('§1.4 e)'),
  },
  {
    value: 'harmToOthers',
    label: 'Complex needs and behaviours leading the adult to cause harm to others',
    source: rm('§1.4 f)'),
  },
  {
    value: 'toxicTrio',
    label: "'Toxic Trio' of domestic violence, mental health and substance misuse",
    source: rm('§1.4 g)'),
  },
  {
    value: 'previousS42',
    label:
      'Risks previously addressed via a section 42 enquiry but for which the need for on-going risk management and monitoring has been identified',
    source: rm('§1.4 h)'),
  },
];

/** §1.5: what the framework's coordinated response aims to facilitate (repeated at the head of Appendix A). */
export const frameworkAims: ChecklistItem[] = [
  ['informationSharing', 'Timely information sharing around risk'],
  ['holisticAssessment', 'Identification and holistic assessment of risk'],
  ['sharedPlans', 'Development of shared risk management plans'],
  ['sharedDecisions', 'Shared decision making and responsibility'],
  ['adultInvolvement', 'The adult’s involvement and engagement in the process'],
  ['improvedOutcomes', 'Improved outcomes for the adult at risk.'],
].map(([id, label]) => ({ id, label, source: rm('§1.5 (also Appendix A)') }));

// ---------------------------------------------------------------------------------------------------
// Underpinning principles (§2.1)

export const underpinningPrinciples: ChecklistItem[] = [
  [
    'earlyIntervention',
    'All professionals and other staff have a vital role to play to make early, positive interventions with individuals and families so as to make a difference to their lives, preventing the deterioration of a situation or breakdown of a vital support network.',
  ],
  [
    'workTogether',
    'All agencies - and the individuals employed within these - should work together to achieve the best outcome for the service user, whilst satisfying legal, professional and organisational responsibilities and duties.',
  ],
  [
    'businessAsUsual',
    "The support offered or provided under this Framework will form part of the organisation's 'business as usual' process.",
  ],
  [
    'earlyIdentification',
    'Partner organisations should ensure that they have in place mechanisms that enable early identification and assessment of risk through timely information sharing and targeted multi-agency support.',
  ],
  [
    'noDelay',
    "Where there is risk of harm, appropriate action within an appropriate timescale must be taken. This framework adopts the principle of 'NO DELAY' so that the response is made in a timely fashion with due consideration to the level of presenting risk. In practice, this means that the pace of the process is determined by presenting circumstances and professional judgments about risk.",
  ],
  [
    'timescales',
    'Timescales adopted will be based on judgements about a range of factors such as risk level, complexity of the case or to work in a way that is consistent with the needs and wishes of the adult.',
  ],
  [
    'rightsAndDuties',
    'All professionals should be aware of the rights of individuals in law and of the duties, powers and responsibilities of local authorities, health, housing, police as well as other agencies.',
  ],
  [
    'anyAgencyCanInitiate',
    'Any agency or professional can initiate a multi-agency risk management meeting. However, a responsible manager from that organisation should be involved in the decision making process.',
  ],
  [
    'personCentred',
    'Responses should be person centred and designed around the needs and wishes of the adult who will be actively encouraged to engage and participate in the management of the risks they are experiencing in their day to day life.',
  ],
  [
    'mcaPrinciples',
    'Responses must reflect the five key principles of the Mental Capacity Act 2005 in which the adult is assumed to have capacity and, therefore, be able to make their own decisions (even unwise ones).',
  ],
  [
    'capacityThroughout',
    "Consideration of mental capacity should be made regularly throughout the process. Where a person is found to lack capacity in any area of decision-making, a best interest decision will be made and this must take into account the adult's views and wishes in accordance with the Mental Capacity Act Code of Practice.",
  ],
  [
    'controlAndChoice',
    'It is vital that the adult has as much control and choice as possible, and that process is guided by their needs and circumstances. Personalised information, advice, support and good advocacy are essential components to this.',
  ],
  [
    'informationAndAdvice',
    'Having access to information and advice will assist the adult to make informed choices about support and will help him/her to weigh up the benefits and consequences of different options. Information and advice can enable the person to keep themselves safe in the first place by helping him/her understand their situation and what is needed to keep him or herself safe now and in the future.',
  ],
  [
    'involveNetwork',
    "Professionals should aim to involve (with the consent of the adult) relatives and informal carers, friends, etc. as much as possible in the process as a means of building and/or strengthening the adult's support network.",
  ],
  [
    'flexibleApproach',
    'Professionals should adopt a flexible, innovative and solution focused approach to mitigating risk. This may involve trying out new ways of working or retrying previous ideas.',
  ],
  [
    'leadWorker',
    'Each agency involved in this process must allocate a lead worker to agree actions and make operational decisions about this case. The multi-agency forum must also identify someone to act as the lead coordinating professional for the process.',
  ],
  [
    'informationSharing',
    'Effective risk management is underpinned by clear, timely information sharing within and across organisations.',
  ],
  [
    'proportionatePlan',
    'The multi-agency risk management plan must be proportionate and focussed on the prevention, reduction or elimination of future risk of harm. This plan will be jointly owned by the adult and the professionals working with them.',
  ],
  [
    'recogniseAndRespond',
    'Professionals will be responsible for recognising, assessing, and recording areas of risk and actively responding to the identified risks. This includes the on-going monitoring and review of all risks.',
  ],
  [
    'legalAdvice',
    'Professionals should seek legal advice from within their own at various stages throughout process from within their organisation as appropriate.',
  ],
  [
    'recordDecisions',
    'All decisions and actions taken throughout the process must be accurately recorded, and a note made of all those involved in the decision making process and the rationale for the decision made. This is to support defensible decision making, a guide to which is outlined in section six.',
  ],
  [
    'constructiveChallenge',
    'Anyone, including service users, their family or carers and professionals, who feel these principles are not being met in practice have the right to make constructive challenge about this. There should also be opportunities for professionals to escalate any concerns both within and across their organisations.',
  ],
].map(([id, label]) => ({ id, label, source: rm('§2.1') }));

// ---------------------------------------------------------------------------------------------------
// When an adult is "at risk" under the framework (§3.1)

export interface AtRiskTests {
  intro: string;
  /** Must hold: "unable or unwilling to provide adequate care for him/herself". */
  required: ChecklistItem;
  /** Joined by "and/or": one or more of these must also hold. */
  oneOrMoreOf: ChecklistItem[];
  source: Source;
}

export const atRiskTests: AtRiskTests = {
  intro:
    "An adult will be considered to be 'at risk' under this framework where s/he is unable or unwilling to provide adequate care for him/herself and:",
  required: {
    id: 'unableOrUnwillingToCare',
    label: 'is unable or unwilling to provide adequate care for him/herself',
    source: rm('§3.1'),
  },
  oneOrMoreOf: [
    ['unableToObtainCare', 'Is unable to obtain necessary care to meet their needs'],
    [
      'unableToDecide',
      'Is unable to make reasonable or informed decisions because of their state of mental health or because they have a learning disability or an acquired brain injury',
    ],
    ['unableToProtect', 'Is unable to protect themselves adequately against potential exploitation or abuse'],
    [
      'refusedEssentialServices',
      'Has refused essential services without which their health and safety needs cannot be met but do not have the insight to recognise this.',
    ],
  ].map(([id, label]) => ({ id, label, source: rm('§3.1') })),
  source: rm('§3.1'),
};

export const atRiskPreamble: PassageItem = {
  id: 'atRisk3.1',
  text: 'A failure to engage with people who are not looking after themselves, whether they have mental capacity or not, can have serious implications for their health and well-being as well as for the people involved in their care and support.',
  source: rm('§3.1'),
};

/** §3.3: involvement does not depend on a request, and is not ended by a third party or by refusal. */
export const involvementPassage: PassageItem = {
  id: 'involvement3.3',
  text: "Involvement and the offer of support does not hinge on a request by the adult or anybody else and is not negated by a third party's refusal to grant access to the adult, or by the adult's refusal to participate.",
  source: rm('§3.3'),
};

// ---------------------------------------------------------------------------------------------------
// Mental capacity and best interests (§3 and §5)

export interface CapacityConsiderations {
  heading: string;
  intro: string;
  /** "Mental Capacity Act and Best Interests": what staff should always consider. */
  considerations: ChecklistItem[];
  /** §3.2, §3.4, §3.5, §5.2, §5.3. */
  passages: PassageItem[];
}

export const capacityConsiderations: CapacityConsiderations = {
  heading: 'Mental Capacity Act and Best Interests',
  intro:
    'When someone is believed to be lacking mental capacity to make decisions for him/herself staff should always consider:',
  considerations: [
    [
      'formalAssessment',
      'Is there a need to formally assess and record that the person who is believed to be lacking mental capacity - to make a specific decision - is in fact mentally incapable of making that decision?',
    ],
    [
      'regainCapacity',
      'Is it likely that the person may regain mental capacity in the future and therefore should be involved and can make that decision for him/herself in the future?',
    ],
    [
      'wishesAndBeliefs',
      'The wishes, feelings, values and beliefs of the person who has been assessed as lacking mental capacity.',
    ],
    [
      'familyViews',
      'The views of family members, parents, carers and other people interested in the welfare, if this is practical and appropriate, of the person who has been assessed as lacking mental capacity.',
    ],
    [
      'attorneyViews',
      'The views of any person who holds a valid Enduring Power of Attorney or a Lasting Power of Attorney (finance and/or welfare) made by the adult now lacking capacity (the Office of the Public Guardian can advise if a power of attorney is valid.)',
    ],
    [
      'deputyViews',
      "The views of any deputy appointed by the Court of Protection to make decisions on the person's behalf.",
    ],
    [
      'decisionsOnAppearance',
      'Whether any decisions that need to be made have in fact already been made based merely on the appearance, age, medical condition or behaviour of the person who has been assessed as lacking mental capacity.',
    ],
    [
      'motivation',
      "Whether people are being motivated by a desire to bring about the death of the person who has been assessed as lacking mental capacity, or are making assumptions about the quality of that person's life.",
    ],
    ['otherInformation', 'Any other information that may be relevant.'],
  ].map(([id, label]) => ({ id, label, source: rm('§3 Mental Capacity Act and Best Interests') })),
  passages: [
    {
      id: 'capacity3.2',
      text: 'The nature of any involvement centres on whether the adult concerned has the mental capacity to make decisions that have legal force. A person may have mental capacity and yet disagree with the views of the professional. This right is a right that cannot be taken away from a person who has mental capacity. It does not preclude the professional from entering into a dialogue with the person in order to explore the area of concern.',
      source: rm('§3.2'),
    },
    {
      id: 'capacity3.4',
      text: "It is important that the rights of the adult to make apparently unwise lifestyle choices and to refuse support are respected. However, consideration of the person's mental capacity (decisional and executive) to make a decision must be taken into account as well as their ability to understand and to manage in practice any risks and safety implications of the choice or decision being made.",
      source: rm('§3.4'),
    },
    {
      id: 'capacity3.5',
      text: 'This Framework promotes an active rather than a passive approach to supporting an adult whose circumstances place them at risk. However, information and advice about how to minimise risk should be given to the individual who, with capacity, has refused to accept support together with information about how they can access reassessment in the future should they change their minds. It is important that decisions (either by the adult or the agency) are kept under constant review and re-evaluated as circumstances change or new information becomes available.',
      source: rm('§3.5'),
    },
    {
      id: 'capacity5.2',
      text: 'Where the adult continues to refuse all assistance and they have been assessed as having the mental capacity to understand the consequences of this decision, this should be fully recorded. This should also include a record of the efforts and actions taken by all agencies involved to provide support.',
      source: rm('§5.2'),
    },
    {
      id: 'capacity5.3',
      text: "An assessment of mental capacity should be carried out if appropriate, to determine if the person has the capacity to make specific decisions. Where a person is unable to agree to have their needs met because they lack the mental capacity to make this decision, then the 'best interest' decision making process should be used.",
      source: rm('§5.3'),
    },
  ],
};

/** What the framework says when an adult refuses support (§4.1, §3.5, §5.2, with §3.3). */
export const refusalPassages: PassageItem[] = [
  {
    id: 'refusal4.1',
    text: 'Where a person with needs of care and/or support is refusing support and in so doing so is placing him/herself or others at risk of serious harm, advice and information should be shared with the adult about the risk(s) of involvement or non involvement.',
    source: rm('§4.1'),
  },
  {
    id: 'refusal3.5',
    text: 'Information and advice about how to minimise risk should be given to the individual who, with capacity, has refused to accept support together with information about how they can access reassessment in the future should they change their minds. It is important that decisions (either by the adult or the agency) are kept under constant review and re-evaluated as circumstances change or new information becomes available.',
    source: rm('§3.5'),
  },
  {
    id: 'refusal5.2',
    text: 'Where the adult continues to refuse all assistance and they have been assessed as having the mental capacity to understand the consequences of this decision, this should be fully recorded. This should also include a record of the efforts and actions taken by all agencies involved to provide support.',
    source: rm('§5.2'),
  },
  { ...involvementPassage, id: 'refusal3.3' },
];

// ---------------------------------------------------------------------------------------------------
// Identification and assessment of risk (§4)

export const riskAssessmentPassages: PassageItem[] = [
  {
    id: 'assessment4.1',
    text: 'Each agency involved with the adult should, as part of usual case management arrangements maintain a chronology of key events and complete and document their internal risk assessment and management plan.',
    source: rm('§4.1'),
  },
  {
    id: 'assessment4.2',
    text: 'Professional judgement will determine whether or not the level of risk has reached an unmanageable level for the organisation. Where this is the case, a multi-agency risk management process should be set in motion which any agency can initiate and by doing so, becomes the lead coordinating agency with responsibility for convening and chairing the initial meeting.',
    source: rm('§4.2'),
  },
  {
    id: 'assessment4.3',
    text: 'The purpose of the multi-agency risk management process is to ensure timely information sharing between agencies, to gain a holistic (multi-agency) overview of presenting risks and to develop a shared risk management plan. Decisions should be recorded and continually reviewed throughout the process.',
    source: rm('§4.3'),
  },
];

export const riskAssessmentAspectsIntro =
  'The multi-agency risk assessment should consider the following aspects of the situation:';

/** §4.4 "Risk Assessment". */
export const riskAssessmentAspects: ChecklistItem[] = [
  ['homeSituation', 'Observation of the home situation and environmental factors'],
  ['dailyLiving', 'Engagement in activities of daily living'],
  ['abilities', 'Functional and cognitive abilities of the person'],
  ['medicalConditions', 'Underlying medical conditions'],
  ['mentalHealthSubstances', 'Underlying mental health conditions or substance misuse issues'],
  ['hinderingFactors', "Internal or external factors hindering the adult's implementation of decisions"],
  ['servicesInPlace', 'Domiciliary care and other services offered/in place'],
  ['carePlanEngagement', 'Engagement in care and support plans'],
  ['supportNetworks', 'Family and social support networks'],
  ['environmentalHealth', 'Environmental health monitoring'],
  ['neighbourhoodVisiting', 'Neighbourhood visiting by voluntary organisations'],
  ['moneyManagement', 'Money management and budgeting.'],
  ['impactOnIndividual', 'Impact of the situation on the individual.'],
  ['publicSafety', 'Public safety and risks to others.'],
].map(([id, label]) => ({ id, label, source: rm('§4.4 Risk Assessment') }));

export const otherProcessesIntro =
  "This risk assessment may highlight circumstances or risks which would be more appropriately dealt with under another process such as the Care Programme Approach, Multi-Agency Risk Assessment Conference, Channel Panel, children's safeguarding, a 'Think Family' initiative or a s42 enquiry under adult safeguarding arrangements.";

/** §4.5. */
export const otherProcesses: Option[] = [
  { value: 'careProgrammeApproach', label: 'Care Programme Approach' },
  { value: 'marac', label: 'Multi-Agency Risk Assessment Conference' },
  { value: 'channelPanel', label: 'Channel Panel' },
  { value: 'childrensSafeguarding', label: "children's safeguarding" },
  { value: 'thinkFamily', label: "a 'Think Family' initiative" },
  { value: 's42Enquiry', label: 'a s42 enquiry under adult safeguarding arrangements' },
].map((option) => ({ ...option, source: rm('§4.5') }));

// ---------------------------------------------------------------------------------------------------
// Support and management (§5)

export const supportPassages: PassageItem[] = [
  {
    id: 'support5.1',
    text: 'The adult should, as far as possible, be included and involved in the assessment process and in developing a risk management plan to reduce or eliminate identified risks. Under normal circumstances, the person should be invited to attend any meetings with them being offered any support needed to enable them to participate fully. This support may also include offering and arranging an advocate if the adult is likely to experience substantial difficulty in participating in the meetings.',
    source: rm('§5.1 Building trust and a positive relationship with the adult'),
  },
  {
    id: 'support5.4',
    text: 'If the multi-agency risk management process has not been able to mitigate the risk of any behaviour which could result in serious harm, the professionals involved should consider notifying the relevant authority with safeguarding responsibilities (the local authority) of the steps taken (assuming the multi-agency lead has received consent to share personal information or deems it is necessary due to the exemptions in the Data Protection Act 1998). The local authority should then assess the circumstances of the case as well as the steps already taken to minimise presenting risks in order to determine what if any, further steps are required in accordance with the duty under section 42 of the care Act 2014 to undertake a safeguarding enquiry. If further steps are deemed necessary then these might be undertaken in the context of a statutory safeguarding enquiry process but not necessarily.',
    source: rm('§5.4'),
  },
  {
    id: 'support5.5',
    text: "In cases of self neglect, it is important to note that this does not necessarily prompt a s42 enquiry and decisions should be made on a case by case basis and will depend on the adult's ability to protect themselves by controlling their own behaviour. There may come a point when they are no longer able to do this, without external support. This process will not affect an individual's human rights but it will ensure that respective partner agencies exercise their duty of care in a robust manner as far as is reasonable.",
    source: rm('§5.5'),
  },
];

export const effectiveRiskAssessmentIntro = 'Effective risk assessment will be based on:';

/** §5.6. */
export const effectiveRiskAssessmentBasis: ChecklistItem[] = [
  ['chronology', 'An up to date chronology (e.g. events and other factors which have increased risks)'],
  ['analysisOfRisks', 'A clear analysis of risks to the adult, others people and the wider public'],
  ['benefitsAndRisks', 'Analysis of the benefits and risks of both involvement and non-involvement'],
  ['carePlanActivity', 'Activity linked to care and support plans'],
  ['multiAgency', 'A multi-agency approach and involvement of a wide range of appropriate professionals'],
  ['participation', 'Active participation of the adult and a focus on building their networks of support'],
  ['continualReview', 'Risk taking and risk management decisions being continually reviewed throughout'],
  ['monitoring', 'Clear monitoring and review arrangements and regular review of the plan'],
  ['oversight', 'Effective management oversight, support and supervision'],
  ['recording', 'Clear and accurate recording of decisions, actions and the rationale for these'],
].map(([id, label]) => ({ id, label, source: rm('§5.6') }));

// ---------------------------------------------------------------------------------------------------
// Stages of the process (§6.1, cross-checked with Appendix A)
//
// Each item's wording is §6.1's. Its source says whether Appendix A prints the same words, and where
// Appendix A words it differently, quotes Appendix A.

type StageEntry = [id: string, label: string, appendixA?: string];

const stageItems = (section: string, entries: StageEntry[]): ChecklistItem[] =>
  entries.map(([id, label, appendixA]) => ({
    id,
    label,
    source: rm(
      appendixA === undefined
        ? `${section}; same in Appendix A`
        : `${section}; Appendix A words this: "${appendixA}"`,
    ),
  }));

export interface Stage {
  id: 'stage1' | 'stage2' | 'stage3';
  title: string;
  /** The italic note under the stage 2 heading. */
  purpose?: string;
  source: Source;
}

export const stages: Stage[] = [
  { id: 'stage1', title: 'Stage 1 - concern raised', source: rm('§6.1 a) (and Appendix A)') },
  {
    id: 'stage2',
    title: 'Stage 2 - multi-agency risk management planning meeting',
    purpose:
      'The purpose of the meeting will be to consider the situation and clarify whether any further action can be taken, making the necessary recommendations',
    source: rm('§6.1 b) (and Appendix A)'),
  },
  { id: 'stage3', title: 'Stage 3 – review meetings', source: rm('§6.1 c) (and Appendix A)') },
];

export const stageActions: Record<'stage1' | 'stage2' | 'stage3', ChecklistItem[]> = {
  stage1: stageItems('§6.1 a) Stage 1 - concern raised, Key actions', [
    ['discussWithRaiser', 'Discussion with the person raising the concern.'],
    ['discussWithAdult', 'Discussion with the person about whom concerns have been raised.'],
    [
      'careAndSupportReceived',
      'Ascertain what (if any) care and support the person is receiving from what agency.',
      'Ascertain what (if any) care and support the person is in receipt of.',
    ],
    [
      'othersAtRisk',
      'Ascertain whether any children or other vulnerable adults are at risk.',
      'Ascertain if any children or other vulnerable adults are at risk.',
    ],
    ['considerCapacity', 'Consider the mental capacity of the person (decisional and executive)'],
    ['capacityAssessment', 'If appropriate, carry out a capacity assessment on the specific issue.'],
    [
      'anotherProcess',
      'Consider whether referral to another process would be more appropriate.',
      'Consider if referral to another process would be more appropriate.',
    ],
    [
      's42Duty',
      'Consider whether the circumstances of the case engage the s42 enquiry duty.',
      'Consider if the circumstances of the case engage the s42 enquiry duty.',
    ],
    [
      'conveneMeeting',
      'If no to the above, the responsible manager should convene a multi-agency meeting.',
      'If no, the responsible manager should convene a multi-agency meeting.',
    ],
    ['allocateLead', 'Allocate the case to a lead professional.'],
    [
      'chronology',
      'Lead professional compiles a chronology of risk and support offered/in place to date.',
      'Lead professional to compile a chronology of risk and support offered/ in place.',
    ],
    [
      'contactAgencies',
      'Contact involved agencies (or agencies who may have a potential future role).',
      'Contact involved agencies and those who may need to have a future role',
    ],
    ['setUpMeeting', 'Set up a multi-agency risk planning meeting.'],
    [
      'attendeesDecide',
      'Attendees should be able to make decisions and commit resources for their agency.',
      'Attendees to be able to make decisions and commit resources for their agency.',
    ],
    ['agencyLeads', 'Each agency to be asked to identify a lead professional.'],
    [
      'adultInvolvementAdvocacy',
      'Consider how the adult will be involved and if advocacy support is needed.',
    ],
    ['chair', "Meeting to be chaired by a manager from the 'initiating organisation'."],
  ]),
  stage2: stageItems('§6.1 b) Stage 2 - multi-agency risk management planning meeting, Key actions', [
    ['summaryOfSupport', 'Provide a summary of any care and support offered or in place.'],
    ['natureOfConcerns', 'Outline of the nature of the concerns and risks to the adult and others.'],
    ['capacity', "Consideration of the adult's mental capacity."],
    ['holisticAssessment', 'Produce a collaborative and holistic assessment of the risks.'],
    ['legalPowers', 'Identify any legal powers and remedies potentially available.'],
    ['leadCoordinatingProfessional', 'Agree who will act as lead coordinating professional for the process.'],
    ['informationSharing', 'Agree information sharing arrangements.'],
    ['contingencyEscalation', 'Agree a contingency and an escalation plan.'],
    ['bestPlacedToEngage', 'Identify who is best placed to engage with the adult at risk.'],
    ['adultKeptUpToDate', 'Consider how the adult will be involved and kept up to date.'],
    ['relationshipBuilding', 'Agree who and how to engage with the adult and relationship building.'],
    ['smartPlan', 'Agree a SMART action plan, with timescales a named lead against each action.'],
    ['reviewDate', 'Set date for a review meeting.', 'Set date for the review meeting.'],
    ['copyOfAssessment', 'Ensure the adult is given a copy of the risk assessment.'],
  ]),
  stage3: stageItems('§6.1 c) Stage 3 – review meetings, Key actions', [
    [
      'involveAdult',
      'Involve the adult (and others such as their advocate or members of their social/carer network)',
      'Involve the adult (and others such as their advocate or members of their social/carer network).',
    ],
    ['updateAssessment', 'Update the risk assessment', 'Update the risk assessment.'],
    ['updateEscalation', 'Update the escalation and contingency plan.'],
    ['shareNewInformation', 'Agencies share any new information.'],
    ['considerCapacity', 'Consider mental capacity.'],
    ['reviewPlan', 'Review multi-agency action plan.'],
    ['alternativeApproach', 'If insufficient progress has been made, consider an alternative approach.'],
    ['creativeSolutions', 'Other flexible, creative solutions may need to be explored.'],
    ['revisePlan', 'Revise action plan.'],
    ['ongoingMonitoring', 'Agree on-going monitoring and review arrangements.'],
  ]),
};

/** The fields of each action in the SMART action plan, named in the framework's own words. */
export const actionPlanFields: ActionPlanField[] = [
  { id: 'action', label: 'Action', source: rm('§6.1 b) Stage 2: "a named lead against each action"') },
  { id: 'namedLead', label: 'Named lead', source: rm('§6.1 b) Stage 2: "a named lead against each action"') },
  { id: 'timescale', label: 'Timescale', source: rm('§6.1 b) Stage 2: "with timescales"') },
];

/** §6.2: how long monitoring and review go on. */
export const monitoringPassage: PassageItem = {
  id: 'monitoring6.2',
  text: 'The multi-agency monitoring and review process will continue until the identified risks are either resolved or managed to an acceptable level. It is important that consideration is given to the support needed by the adult to ensure their well-being and safety is maintained. Any on-going support should be clearly identified and agreed by relevant agencies before being referred back into the relevant case management process for on-going work.',
  source: rm('§6.2'),
};

// ---------------------------------------------------------------------------------------------------
// Recording and defensible decision making (§6.3)

export interface DefensibleDecisionChecks {
  intro: string;
  /** "A defensible decision is one where:" */
  defensibleWhere: ChecklistItem[];
  /** "Decisions are defensible if they address the points above, and:" */
  andRecords: ChecklistItem[];
}

export const defensibleDecisionChecks: DefensibleDecisionChecks = {
  intro:
    'The following table provides guidance on recording and defensible decision making. Practitioners should ensure that their recording in individual cases not only reflects the good practice highlighted below but also relevant legal, professional and organisational requirements and standards:',
  defensibleWhere: [
    ['allReasonableSteps', 'All reasonable steps have been taken to avoid harm.'],
    ['reliableMethods', 'Reliable assessment methods have been used.'],
    ['informationEvaluated', 'Information has been collected and thoroughly evaluated.'],
    ['recordedAndCarriedOut', 'Decisions are recorded and subsequently carried out.'],
    ['policiesFollowed', 'Policies and procedures have been followed.'],
    [
      'investigativeApproach',
      'Practitioners and their managers adopt an investigative approach and are proactive.',
    ],
  ].map(([id, label]) => ({ id, label, source: rm('§6.3 A defensible decision is one where') })),
  andRecords: [
    [
      'contemporaneous',
      'Are a contemporaneous record maintained in a legible and approved system and format.',
    ],
    ['rationale', 'Specify the rationale behind the decision in relation to the circumstances.'],
    ['references', 'Include references to relevant legislation and guidance.'],
    ['retained', 'Are retained with other records about the individual (or organisation).'],
    ['signedAndDated', "Are 'signed' and dated by the person making the record."],
  ].map(([id, label]) => ({
    id,
    label,
    source: rm('§6.3 Decisions are defensible if they address the points above, and'),
  })),
};

// ---------------------------------------------------------------------------------------------------
// Appendix B: Relevant legislation and policy

const appendixB = (part: string) => rm(`Appendix B: Relevant legislation and policy, ${part}`);

export const legislation: LegislationEntry[] = [
  {
    id: 'careAct2014s1',
    group: 'legislation',
    title: 'Care Act 2014, Section 1',
    summary: 'Wellbeing and prevention',
    source: appendixB('a) Care Act 2014'),
  },
  {
    id: 'careAct2014s6',
    group: 'legislation',
    title: 'Care Act 2014, Section 6',
    summary: 'Carers',
    source: appendixB('a) Care Act 2014'),
  },
  {
    id: 'careAct2014s9',
    group: 'legislation',
    title: 'Care Act 2014, Section 9',
    summary: 'Assessment',
    source: appendixB('a) Care Act 2014'),
  },
  {
    id: 'careAct2014s42',
    group: 'legislation',
    title: 'Care Act 2014, Section 42',
    summary: 'Safeguarding enquiry (neglect, abuse and self-neglect)',
    source: appendixB('a) Care Act 2014'),
  },
  {
    id: 'publicHealthAct1936',
    group: 'legislation',
    title: 'Public Health Act 1936',
    summary:
      'Allows District/Borough Councils to give notice to owners or occupiers of premises if those premises are "in such a filthy or unwholesome condition as to be prejudicial to health". The notice can require the owner or occupier to clean the premises. If they do not, the District/Borough Council can arrange to carry out the works themselves.',
    source: appendixB('b) Public Health Act 1936'),
  },
  {
    id: 'healthServicesPublicHealthAct1968',
    group: 'legislation',
    title: 'Health Services and Public Health Act 1968',
    summary: 'Including S.45: Duty to make arrangements for promoting the welfare of old people.',
    source: appendixB('c) Health Services and Public Health Act 1968'),
  },
  {
    id: 'healthAndSocialCareAct2008',
    group: 'legislation',
    title: 'Health and Social Care Act 2008',
    summary:
      'Introduced a new single regulatory framework for health and social care. The registered person - usually the owner or manager - has a duty to inform the registration authority within 24 hours of any event that threatens the well-being of any resident (Regulation 18 notification). The registration authority is the Care Quality Commission.',
    source: appendixB('d) Health and Social Care Act 2008'),
  },
  {
    id: 'mentalHealthAct1983',
    group: 'legislation',
    title: 'Mental Health Act 1983 (revised and extended in 2007)',
    summary:
      "Provides a comprehensive legislative framework to support the needs of both children and adults. It is based on the presumption that the right of people who have been assessed as having a 'disorder or disability of mind or brain' is safeguarded when they are being admitted to or treated within a psychiatric hospital. In addition, as much care and treatment as possible, both in hospital and outside, should be given on an informal basis – where the individual patient is able to exercise their own judgement in the matter (with certain additional safeguards in place for children and young people) - and in the least restrictive conditions possible. The Act also presumes that the main emphasis of care is care within local communities, not within hospital settings. S.135 specifically provides the authority to seek a warrant authorising a police officer to enter premises if it is believed that someone suffering from mental disorder is being ill-treated or neglected or kept otherwise than under proper control anywhere within the jurisdiction of the Court or, being unable to care for himself, is living alone in any such place.",
    source: appendixB('e) Mental Health Act 1983, including S.135'),
  },
  {
    id: 'mentalCapacityAct2005',
    group: 'legislation',
    title: 'Mental Capacity Act 2005',
    summary:
      "Became operational during 2007. Underpinning the Act are five statutory principles, the most important of which centre on the presumption of capacity unless proven otherwise, and the requirement to enable mentally capable individuals (aged 16+) to make decisions for themselves, even where those decisions may be at variance with what other people and organisations feel would be best. The MCA also provides a statutory framework to enable social care (and allied disciplines) to intervene in the lives of a person (aged 16+) where it can be demonstrated that, in relation to a specific decision that needs to be taken, the person lacks mental capacity to make that decision and therefore a decision needs to be made by a third party in the person's best interests. From April 2009, the Mental Capacity Act 2005 has made it unlawful to deprive of his/her liberty any adult person lacking mental capacity who is living in a care home or staying in a hospital. This can only be lawful if a Deprivation of Liberty Standard Authorisation is in place or a decision has been made to this effect by the Court of Protection.",
    source: appendixB('f) Mental Capacity Act 2005'),
  },
  {
    id: 'careActStatutoryGuidance',
    group: 'statutoryGuidance',
    title: 'Care Act 2014 - Statutory Guidance',
    source: appendixB('Statutory Guidance'),
  },
  {
    id: 'mcaCodeOfPractice',
    group: 'statutoryGuidance',
    title: 'Mental Capacity Act Code of Practice 2007',
    source: appendixB('Statutory Guidance'),
  },
  {
    id: 'hampshireSafeguardingPolicy',
    group: 'localPolicy',
    title: 'Hampshire 4LSAB Multi-Agency Safeguarding Adults Policy and Guidance (2015)',
    source: appendixB('Hampshire and Isle of Wight Policies and Guidance'),
  },
  {
    id: 'hampshireInformationSharing',
    group: 'localPolicy',
    title: 'Hampshire 4LSAB Information Sharing Guidance for Adult Safeguarding (2015)',
    source: appendixB('Hampshire and Isle of Wight Policies and Guidance'),
  },
  {
    id: 'hampshirePreventionEarlyIntervention',
    group: 'localPolicy',
    title: 'Hampshire 4LSAB Guidance on Prevention and Early Intervention in Safeguarding (2015)',
    source: appendixB('Hampshire and Isle of Wight Policies and Guidance'),
  },
];

// ---------------------------------------------------------------------------------------------------
// Appendix C: Example of a process for managing high risk cases (a flattened table in this copy: Area,
// Key actions, Outcomes). Kept as items that any feature can reuse: the journey's register and refusal
// steps, and a review of a team's high-risk register.

/** One area of Appendix C's table: its key actions, and the outcomes the appendix expects of them. */
export interface HighRiskProcess {
  title: string;
  /** The contents page calls the appendix an example of good practice. */
  contentsTitle: string;
  highRiskCases: {
    area: string;
    /** The register and how it is kept, in the appendix's order. */
    keyActions: ChecklistItem[];
    /** Lead-in to the criteria, as the last key action prints it. */
    criteriaIntro: string;
    /** "The following criteria will be used to determine high risk cases:" */
    criteria: ChecklistItem[];
    outcomes: ChecklistItem[];
  };
  refusalOrDisengagement: {
    area: string;
    actions: ChecklistItem[];
    /** The examples ("e.g.") of a process for responding to non delivery of support. */
    processExamples: ChecklistItem[];
    outcomes: ChecklistItem[];
  };
}

const appendixC =
  (area: string, column: string) =>
  (entries: Array<[string, string]>): ChecklistItem[] =>
    entries.map(([id, label]) => ({ id, label, source: rm(`Appendix C ${area}, ${column}`) }));

const highRiskArea = 'a) High risk cases';
const refusalArea = 'Managing refusal or disengagement from support';

export const highRiskProcess: HighRiskProcess = {
  title: 'Appendix C: Example of a process for managing high risk cases',
  contentsTitle: 'Appendix C: Example of good practice',
  highRiskCases: {
    area: highRiskArea,
    keyActions: appendixC(
      highRiskArea,
      'Key actions',
    )([
      ['produceRegister', 'To produce a team ‘risk register’ reflecting all high risk cases.'],
      ['namedProfessional', 'All cases on the Register must be allocated to a named professional.'],
      [
        'alertOnRecord',
        'An Alert must be added on to the client record system file to reflect high risk status.',
      ],
      ['dutyOfficers', 'The Register will be available to duty officers to assist in triaging calls.'],
      [
        'dutyOfficerAlerts',
        'The duty officer will alert the named professional of any contact from or about a person on the Register.',
      ],
      ['weeklyReview', 'The Register will be reviewed and updated on a weekly basis.'],
      [
        'removeAlert',
        'If a person is removed from the Register, the manager will ensure that the alert is taken off the client record system.',
      ],
      [
        'activeProcess',
        'The Register will be revised to indicate if there is an active multi-agency risk management process or another process such as a s 42 enquiry, MARAC, Channel Panel, etc.',
      ],
      [
        'supervisorsReview',
        'Supervisors will review (with the relevant lead professional) all cases which are on the register.',
      ],
      ['criteria', 'The following criteria will be used to determine high risk cases:'],
    ]),
    criteriaIntro: 'The following criteria will be used to determine high risk cases:',
    criteria: appendixC(
      highRiskArea,
      'criteria for high risk cases',
    )([
      [
        'vulnerabilityFactors',
        'Vulnerability factors placing them at a higher risk of abuse or neglect including mate crime, network abuse, etc.',
      ],
      ['selfNeglect', 'Self neglect including hoarding and fire safety'],
      ['refusalOrDisengagement', 'Refusal or disengagement from care and support services'],
      [
        'complexOrDiverseNeeds',
        "Complex or diverse needs which either fall between, or span a number of agencies' statutory responsibilities or eligibility criteria",
      ],
      [
        'lifestyleChoices',
        'On-going needs or behaviour leading to lifestyle choices placing the adult and/or others at significant risk',
      ],
      ['harmToOthers', 'Complex needs and behaviours leading the adult to cause harm to others'],
      [
        'previousS42',
        'Risks previously addressed via a s42 enquiry but for which the need for on-going risk management and monitoring has been identified.',
      ],
      ['toxicTrio', "'Toxic Trio' of domestic violence, mental health and substance misuse."],
    ]),
    outcomes: appendixC(
      highRiskArea,
      'Outcomes',
    )([
      ['criticalFew', 'Active case load focuses on the “critical few”.'],
      ['managedEffectively', 'Complex, high risk cases are managed effectively.'],
    ]),
  },
  refusalOrDisengagement: {
    area: refusalArea,
    actions: appendixC(
      refusalArea,
      'Actions',
    )([
      ['agreeProcess', 'Agree process for responding to non delivery of support e.g.:'],
      [
        'agreeThresholds',
        'Agree thresholds at which the provider must inform the lead coordinating professional of undelivered 1 to 1 support and a trigger point for a review.',
      ],
      [
        'agreeReviewFrequency',
        "Agree a standard regarding frequency of the provider's review of individual support plans (to be included in contracts) – monthly.",
      ],
      ['referToFramework', 'Refer to Multi-Agency Risk Management Framework if concerns escalate.'],
      ['s42Criteria', 'Agree criteria for referring the case for a s42 enquiry.'],
    ]),
    processExamples: appendixC(
      refusalArea,
      'Actions, examples of a process for responding to non delivery of support',
    )([
      ['allocation', 'Allocation'],
      ['reviewSupportNeeds', 'Review of support needs'],
      ['capacityAssessment', 'Capacity assessment on specific areas of decision-making'],
      ['monitorDelivery', 'Monitor delivery of support'],
      ['reportingProtocol', 'Agree a reporting and escalation protocol with care provider.'],
    ]),
    outcomes: appendixC(
      refusalArea,
      'Outcomes',
    )([
      ['prevention', 'Prevention and early involvement re service users who have disengaged from support.'],
      ['improvedRiskManagement', 'Improved risk management of these clients.'],
      ['timelyReviews', 'Timely reviews of support needs and adjustments as necessary to support plans.'],
    ]),
  },
};

/** One of Appendix C's key actions for high risk cases, in the appendix's words. */
function registerAction(id: string): string {
  const action = highRiskProcess.highRiskCases.keyActions.find((item) => item.id === id);
  if (!action) throw new Error(`Appendix C has no key action "${id}"`);
  return action.label;
}

// ---------------------------------------------------------------------------------------------------
// Journey content: applicability, stage 1, stage 2, stage 3, recording. Ids are prefixed "rm.".

const yesNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const yesNoNotSure: Option[] = [...yesNo, { value: 'notSure', label: "I'm not sure" }];

const goOnOrFinish = (id: string, title: string, hint: string, source: Source): ContentItem => ({
  id,
  kind: 'question',
  title,
  hint,
  options: [
    { value: goOnValue, label: 'Yes, go on with the framework’s stages' },
    { value: finishValue, label: 'No, finish here: record the decision and check your answers' },
  ],
  errorMessage: 'Select whether to go on with the framework or finish here',
  source,
});

const stageChecklistHint =
  'For each key action, record whether it is done, planned or not appropriate, who is doing it, by when, and a note.';

/** The status of each action when the plan is reviewed (the app's wording: the framework names none). */
export const actionStatusOptions: Option[] = [
  { value: 'open', label: 'Not done yet' },
  { value: 'done', label: 'Done' },
  { value: 'notNeeded', label: 'No longer needed' },
];

export const riskManagementContent: ContentItem[] = [
  // Applicability
  {
    id: 'rm.about',
    kind: 'information',
    title: 'Multi-Agency Risk Management Framework',
    paragraphs: [frameworkPurpose.text, introductionPassages[0].text],
    source: frameworkPurpose.source,
    alsoFrom: [rm('§1.2')],
  },
  {
    id: 'rm.situations',
    kind: 'multiSelect',
    title: 'Circumstances which create the risk of harm',
    hint: `${frameworkSituationsIntro} Select all that apply. The list gives examples; it is not a closed list.`,
    options: [...frameworkSituations, { value: noneValue, label: 'None of these' }],
    errorMessage: 'Select the circumstances that apply, or "None of these"',
    source: rm('§1.4'),
  },
  {
    id: 'rm.atRisk.careForSelf',
    kind: 'question',
    title: 'Is the adult unable or unwilling to provide adequate care for him/herself?',
    hint: atRiskTests.intro,
    options: yesNoNotSure,
    errorMessage: 'Select yes, no or not sure',
    source: rm('§3.1'),
  },
  {
    id: 'rm.atRisk.tests',
    kind: 'multiSelect',
    title: "When is an adult 'at risk' under this framework?",
    hint: `${atRiskTests.intro} Select all that apply.`,
    options: [
      ...atRiskTests.oneOrMoreOf.map((item) => ({ value: item.id, label: item.label, source: item.source })),
      { value: noneValue, label: 'None of these' },
    ],
    errorMessage: 'Select the statements that apply, or "None of these"',
    source: rm('§3.1'),
  },
  {
    id: 'rm.outcome.notAtRisk',
    kind: 'outcome',
    title:
      "None of the circumstances in 1.4 was selected, and the description of an adult 'at risk' in 3.1 is not met",
    paragraphs: [
      'Whether the framework applies is decided by who it is for (1.4); its description of an adult at risk (3.1) informs the decision. Neither fits the answers given, as far as they go.',
      frameworkSituationsIntro,
      atRiskTests.intro,
      introductionPassages[0].text,
      riskAssessmentPassages[0].text,
      'It is important that decisions (either by the adult or the agency) are kept under constant review and re-evaluated as circumstances change or new information becomes available.',
    ],
    bullets: [atRiskTests.required.label, ...atRiskTests.oneOrMoreOf.map((item) => item.label)],
    reconstructed: {
      note: 'The title and the first paragraph are the app’s wording. The framework says it "is likely to be useful" for the circumstances in 1.4, which are examples ("such as"), and describes in 3.1 when an adult "will be considered to be \'at risk\' under this framework"; it does not make 3.1 a condition of using it.',
    },
    source: rm('§1.4'),
    alsoFrom: [rm('§3.1'), rm('§1.2'), rm('§4.1'), rm('§3.5')],
  },
  goOnOrFinish(
    'rm.next.notAtRisk',
    'Do you want to go on with the framework?',
    `The circumstances listed in 1.4 are examples ("such as"). ${underpinningPrinciples.find((item) => item.id === 'recordDecisions')!.label}`,
    rm('§3.1; §1.4; §2.1'),
  ),
  {
    id: 'rm.unmanageable',
    kind: 'question',
    title: 'Has the level of risk reached an unmanageable level for the organisation?',
    hint: 'Professional judgement will determine whether or not the level of risk has reached an unmanageable level for the organisation.',
    options: yesNoNotSure,
    errorMessage: 'Select yes, no or not sure',
    source: rm('§4.2'),
  },
  {
    id: 'rm.outcome.singleAgency',
    kind: 'outcome',
    title: 'Single agency risk management',
    paragraphs: [riskAssessmentPassages[0].text, introductionPassages[0].text],
    source: rm('§4.1'),
    alsoFrom: [rm('§1.2')],
  },
  goOnOrFinish(
    'rm.next.singleAgency',
    'Do you want to go on with the multi-agency process although the risk has not reached an unmanageable level for the organisation?',
    'Any agency or professional can initiate a multi-agency risk management meeting. However, a responsible manager from that organisation should be involved in the decision making process.',
    rm('§4.2; §2.1'),
  ),
  {
    id: 'rm.otherProcess',
    kind: 'multiSelect',
    title: 'Would referral to another process be more appropriate?',
    hint: `${otherProcessesIntro} Select all that apply.`,
    options: [...otherProcesses, { value: noneValue, label: 'None of these' }],
    errorMessage: 'Select the processes that would be more appropriate, or "None of these"',
    source: rm(
      '§4.5; §6.1 a) Stage 1: "Consider whether referral to another process would be more appropriate."',
    ),
  },
  {
    id: 'rm.outcome.otherProcess',
    kind: 'outcome',
    title: 'Another process may be more appropriate',
    paragraphs: [otherProcessesIntro, 'The processes you selected are listed below.'],
    source: rm('§4.5'),
    alsoFrom: [rm('§6.1 a) Stage 1')],
  },
  goOnOrFinish(
    'rm.next.otherProcess',
    'Do you want to go on with this framework as well as considering the other process?',
    'Professionals must also refer to relevant statutory frameworks and operational policies (such as the Care Programme Approach) which they are required to follow.',
    rm('§1.2; §4.5'),
  ),
  {
    id: 'rm.s42',
    kind: 'question',
    title: 'Do the circumstances of the case engage the s42 enquiry duty?',
    hint: "Consider whether the circumstances of the case engage the s42 enquiry duty. In cases of self neglect, it is important to note that this does not necessarily prompt a s42 enquiry and decisions should be made on a case by case basis and will depend on the adult's ability to protect themselves by controlling their own behaviour.",
    options: yesNoNotSure,
    errorMessage: 'Select yes, no or not sure',
    source: rm("§6.1 a) Stage 1; the hint's second sentence is §5.5"),
  },
  {
    id: 'rm.outcome.s42',
    kind: 'outcome',
    title: 'A s42 enquiry under adult safeguarding arrangements',
    paragraphs: [
      otherProcessesIntro,
      'Care Act 2014, Section 42 – Safeguarding enquiry (neglect, abuse and self-neglect)',
    ],
    source: rm('§4.5'),
    alsoFrom: [rm('§6.1 a) Stage 1'), appendixB('a) Care Act 2014')],
  },
  goOnOrFinish(
    'rm.next.s42',
    'Do you want to go on with this framework as well as the s42 enquiry?',
    `The framework is also likely to be useful for "${frameworkSituations[7].label}" (1.4 h).`,
    rm('§1.4 h)'),
  ),
  {
    id: 'rm.outcome.convene',
    kind: 'outcome',
    title: 'The responsible manager should convene a multi-agency meeting',
    paragraphs: [
      'If no to the above, the responsible manager should convene a multi-agency meeting.',
      'Any agency or professional can initiate a multi-agency risk management meeting. However, a responsible manager from that organisation should be involved in the decision making process.',
      riskAssessmentPassages[1].text,
      "Meeting to be chaired by a manager from the 'initiating organisation'.",
    ],
    source: rm('§6.1 a) Stage 1'),
    alsoFrom: [rm('§2.1'), rm('§4.2')],
  },
  // Stage 1
  {
    id: 'rm.stage1',
    kind: 'checklist',
    title: 'Stage 1 - concern raised: key actions',
    hint: stageChecklistHint,
    items: stageActions.stage1,
    tracksOwnerAndDate: true,
    source: rm('§6.1 a) (and Appendix A)'),
  },
  // Appendix C's team risk register, asked in stage 1 after its key actions (the body of the framework
  // does not place Appendix C in a stage: see transcriptionNotes).
  {
    id: 'rm.highRiskCase',
    kind: 'multiSelect',
    title: 'Which of the criteria for high risk cases apply?',
    hint: `${highRiskProcess.title}. The framework gives this as an example of good practice: follow your own team’s process where it has one. ${highRiskProcess.highRiskCases.criteriaIntro} Select all that apply.`,
    options: [
      ...highRiskProcess.highRiskCases.criteria.map((item) => ({
        value: item.id,
        label: item.label,
        source: item.source,
      })),
      { value: noneValue, label: 'None of these' },
    ],
    reconstructed: {
      note: 'The question and the sentence "The framework gives this as an example of good practice: follow your own team’s process where it has one." are the app’s wording: Appendix C is headed "Example of a process for managing high risk cases", and the contents page calls it "Example of good practice".',
    },
    errorMessage: 'Select the criteria that apply, or "None of these"',
    source: rm('Appendix C a) High risk cases, criteria for high risk cases'),
  },
  {
    id: 'rm.register.onRegister',
    kind: 'question',
    title: 'Is the case on the team ‘risk register’?',
    hint: registerAction('produceRegister'),
    options: yesNoNotSure,
    errorMessage: 'Select yes, no or not sure',
    source: rm('Appendix C a) High risk cases, Key actions'),
  },
  {
    id: 'rm.register.namedProfessional',
    kind: 'text',
    title: 'Which named professional is the case allocated to?',
    hint: registerAction('namedProfessional'),
    errorMessage: 'Enter the named professional the case is allocated to',
    source: rm('Appendix C a) High risk cases, Key actions'),
  },
  {
    id: 'rm.register.alert',
    kind: 'question',
    title: 'Has an Alert been added on to the client record system file to reflect high risk status?',
    hint: registerAction('alertOnRecord'),
    options: yesNo,
    errorMessage: 'Select yes or no',
    source: rm('Appendix C a) High risk cases, Key actions'),
  },
  {
    id: 'rm.register.weeklyReview',
    kind: 'question',
    title: 'Is the Register reviewed and updated on a weekly basis?',
    hint: registerAction('weeklyReview'),
    options: yesNo,
    errorMessage: 'Select yes or no',
    source: rm('Appendix C a) High risk cases, Key actions'),
  },
  {
    id: 'rm.register.activeProcess',
    kind: 'question',
    title:
      'Has the Register been revised to indicate that there is an active multi-agency risk management process?',
    hint: registerAction('activeProcess'),
    options: yesNo,
    errorMessage: 'Select yes or no',
    source: rm('Appendix C a) High risk cases, Key actions'),
  },
  {
    id: 'rm.highRiskRegister',
    kind: 'checklist',
    title: 'High risk cases: the team risk register',
    hint: `${highRiskProcess.highRiskCases.outcomes.map((item) => item.label).join(' ')} For each key action, record whether it is done, planned or not appropriate, with a note.`,
    items: highRiskProcess.highRiskCases.keyActions.filter((item) => item.id !== 'criteria'),
    source: rm('Appendix C a) High risk cases, Key actions'),
  },
  {
    id: 'rm.capacityDecisions',
    kind: 'information',
    title: 'Capacity, refusal and best interests',
    paragraphs: [
      capacityConsiderations.passages[0].text,
      capacityConsiderations.passages[4].text,
      capacityConsiderations.passages[3].text,
    ],
    source: rm('§3.2'),
    alsoFrom: [rm('§5.3'), rm('§5.2')],
  },
  {
    id: 'rm.lacksCapacity',
    kind: 'question',
    title: 'Is the adult believed to be lacking mental capacity to make the decision?',
    hint: 'Consider the mental capacity of the person (decisional and executive). If appropriate, carry out a capacity assessment on the specific issue.',
    options: yesNoNotSure,
    errorMessage: 'Select yes, no or not sure',
    source: rm('§3 Mental Capacity Act and Best Interests; the hint is §6.1 a) Stage 1'),
  },
  {
    id: 'rm.capacity',
    kind: 'information',
    title: 'Mental Capacity Act and Best Interests',
    paragraphs: [capacityConsiderations.passages[1].text, capacityConsiderations.intro],
    bullets: capacityConsiderations.considerations.map((item) => item.label),
    source: rm('§3 Mental Capacity Act and Best Interests'),
    alsoFrom: [rm('§3.4')],
  },
  {
    id: 'rm.refusesAll',
    kind: 'question',
    title:
      'Does the adult continue to refuse all assistance, having been assessed as having the mental capacity to understand the consequences of this decision?',
    hint: 'If the adult lacks capacity for this decision, or has not been assessed, answer no.',
    options: yesNo,
    errorMessage: 'Select yes if the adult, with capacity, continues to refuse all assistance',
    source: rm('§5.2'),
  },
  {
    id: 'rm.refusal',
    kind: 'information',
    title: 'If the adult refuses support',
    paragraphs: refusalPassages.map((passage) => passage.text),
    source: rm('§4.1'),
    alsoFrom: [rm('§3.5'), rm('§5.2'), rm('§3.3')],
  },
  {
    id: 'rm.refusalRecord',
    kind: 'text',
    title: 'Record the adult’s refusal of all assistance',
    hint: 'Where the adult continues to refuse all assistance and they have been assessed as having the mental capacity to understand the consequences of this decision, this should be fully recorded. Use the case reference, not the adult’s name.',
    errorMessage: 'Record the adult’s refusal of all assistance',
    source: rm('§5.2'),
  },
  {
    id: 'rm.refusalEfforts',
    kind: 'text',
    title: 'What efforts and actions have all agencies involved taken to provide support?',
    hint: 'This should also include a record of the efforts and actions taken by all agencies involved to provide support.',
    errorMessage: 'Record the efforts and actions taken by all agencies involved to provide support',
    source: rm('§5.2'),
  },
  {
    id: 'rm.refusalInformation',
    kind: 'text',
    title:
      'What information and advice has the adult been given about how to minimise risk and how to access reassessment?',
    hint: 'Information and advice about how to minimise risk should be given to the individual who, with capacity, has refused to accept support together with information about how they can access reassessment in the future should they change their minds.',
    errorMessage: 'Record the information and advice given to the adult',
    source: rm('§3.5'),
  },
  {
    id: 'rm.refusalProcess',
    kind: 'checklist',
    title: 'Managing refusal or disengagement from support',
    hint: `Appendix C’s example: "${highRiskProcess.refusalOrDisengagement.actions[0].label}" ${highRiskProcess.refusalOrDisengagement.processExamples.map((item) => item.label.replace(/\.$/, '')).join('; ')}. For each action, record whether it is done, planned or not appropriate, with a note.`,
    items: highRiskProcess.refusalOrDisengagement.actions,
    source: rm('Appendix C Managing refusal or disengagement from support, Actions'),
  },
  {
    id: 'rm.adultInvolvement',
    kind: 'information',
    title: 'Building trust and a positive relationship with the adult',
    paragraphs: [supportPassages[0].text],
    source: rm('§5.1'),
  },
  // Stage 2
  {
    id: 'rm.stage2',
    kind: 'checklist',
    title: 'Stage 2 - multi-agency risk management planning meeting: key actions',
    hint: `${stages[1].purpose}. ${stageChecklistHint}`,
    items: stageActions.stage2,
    tracksOwnerAndDate: true,
    source: rm('§6.1 b) (and Appendix A)'),
  },
  {
    id: 'rm.riskAssessment',
    kind: 'notes',
    title: 'Risk Assessment',
    hint: `${riskAssessmentAspectsIntro} Write a short note against each aspect you can.`,
    items: riskAssessmentAspects,
    source: rm('§4.4'),
  },
  {
    id: 'rm.effectiveRiskAssessment',
    kind: 'checklist',
    title: effectiveRiskAssessmentIntro,
    hint: 'For each, record whether it is done, planned or not appropriate, with a note.',
    items: effectiveRiskAssessmentBasis,
    source: rm('§5.6'),
  },
  {
    id: 'rm.actionPlan',
    kind: 'entries',
    title: 'Agree a SMART action plan, with timescales a named lead against each action.',
    hint: 'Add each action with its named lead and its timescale.',
    entryName: 'action',
    fields: actionPlanFields.map((field) => ({
      id: field.id,
      label: field.label,
      ...(field.id === 'timescale' ? { inputType: 'date' as const } : {}),
    })),
    minEntries: 1,
    errorMessage: 'Add at least one action, with its named lead and its timescale',
    source: rm('§6.1 b) Stage 2'),
  },
  {
    id: 'rm.reviewDate',
    kind: 'text',
    title: 'Set date for a review meeting.',
    hint: 'Appendix A: "Set date for the review meeting."',
    inputType: 'date',
    errorMessage: 'Enter the date set for the review meeting',
    source: rm('§6.1 b) Stage 2; Appendix A: "Set date for the review meeting."'),
  },
  // Stage 3
  {
    id: 'rm.stage3',
    kind: 'checklist',
    title: 'Stage 3 – review meetings: key actions',
    hint: stageChecklistHint,
    items: stageActions.stage3,
    tracksOwnerAndDate: true,
    source: rm('§6.1 c) (and Appendix A)'),
  },
  // Stage 3: each review meeting, recorded as a round of the review task
  {
    id: 'rm.review.date',
    kind: 'text',
    title: 'When did the review meeting take place?',
    hint: 'Stage 3 – review meetings. The multi-agency monitoring and review process will continue until the identified risks are either resolved or managed to an acceptable level.',
    inputType: 'date',
    errorMessage: 'Enter the date of the review meeting',
    source: rm('§6.1 c) Stage 3; the hint is §6.2'),
  },
  {
    id: 'rm.review.attendees',
    kind: 'entries',
    title: 'Who attended the review meeting?',
    hint: 'Involve the adult (and others such as their advocate or members of their social/carer network). Add each person who attended, with their role and agency.',
    entryName: 'attendee',
    fields: [
      { id: 'name', label: 'Name' },
      { id: 'roleAgency', label: 'Role and agency' },
    ],
    minEntries: 1,
    errorMessage: 'Add at least one person who attended, with their role and agency',
    source: rm('§6.1 c) Stage 3'),
  },
  {
    id: 'rm.review.actionPlan',
    kind: 'entries',
    title: 'Review multi-agency action plan.',
    hint: 'The action plan as it stood after the last meeting is filled in below. Revise action plan: update each action’s status, change its named lead or timescale, remove actions no longer needed and add new ones.',
    entryName: 'action',
    fields: [
      ...actionPlanFields.map((field) => ({
        id: field.id,
        label: field.label,
        ...(field.id === 'timescale' ? { inputType: 'date' as const } : {}),
      })),
      { id: 'status', label: 'Status', options: actionStatusOptions },
    ],
    minEntries: 1,
    errorMessage: 'Add at least one action, with its named lead, its timescale and its status',
    source: rm('§6.1 c) Stage 3; the fields are §6.1 b) Stage 2'),
  },
  {
    id: 'rm.review.newInformation',
    kind: 'text',
    title: 'What new information have agencies shared?',
    hint: 'Agencies share any new information. Decisions should be kept under constant review and re-evaluated as circumstances change or new information becomes available.',
    errorMessage: 'Enter the new information agencies shared, or that there was none',
    source: rm('§6.1 c) Stage 3; the hint is also §3.5'),
  },
  {
    id: 'rm.review.riskChanges',
    kind: 'text',
    title: 'How have the risks changed?',
    hint: 'Update the risk assessment. Update the escalation and contingency plan.',
    errorMessage: 'Enter how the risks have changed, or that they have not',
    source: rm('§6.1 c) Stage 3'),
  },
  {
    id: 'rm.review.decisions',
    kind: 'text',
    title: 'What did the meeting decide, and why?',
    hint: 'All decisions and actions taken throughout the process must be accurately recorded, and a note made of the rationale.',
    errorMessage: 'Enter the decisions made and the reasons for them',
    source: rm('§2.1'),
  },
  {
    id: 'rm.review.nextDate',
    kind: 'text',
    title: 'Set date for a review meeting.',
    hint: 'Agree on-going monitoring and review arrangements.',
    inputType: 'date',
    errorMessage: 'Enter the date set for the next review meeting',
    source: rm('§6.1 c) Stage 3; the title is §6.1 b) Stage 2'),
  },
  {
    id: 'rm.review.ongoingSupport',
    kind: 'text',
    title:
      'What on-going support has been identified and agreed, and which case management process is the case referred back into?',
    hint: 'It is important that consideration is given to the support needed by the adult to ensure their well-being and safety is maintained. Any on-going support should be clearly identified and agreed by relevant agencies before being referred back into the relevant case management process for on-going work.',
    errorMessage:
      'Enter the on-going support agreed and the case management process the case is referred back into',
    source: rm('§6.2'),
  },
  {
    id: 'rm.progress',
    kind: 'question',
    title: 'Has sufficient progress been made?',
    hint: 'Review multi-agency action plan. If insufficient progress has been made, consider an alternative approach.',
    options: yesNoNotSure,
    errorMessage: 'Select yes, no or not sure',
    source: rm('§6.1 c) Stage 3'),
  },
  {
    id: 'rm.outcome.alternativeApproach',
    kind: 'outcome',
    title: 'If insufficient progress has been made, consider an alternative approach',
    paragraphs: [
      'If insufficient progress has been made, consider an alternative approach.',
      'Other flexible, creative solutions may need to be explored.',
      'Revise action plan.',
      supportPassages[1].text,
    ],
    source: rm('§6.1 c) Stage 3'),
    alsoFrom: [rm('§5.4')],
  },
  {
    id: 'rm.risksResolved',
    kind: 'question',
    title: 'Are the identified risks either resolved or managed to an acceptable level?',
    hint: 'The multi-agency monitoring and review process will continue until the identified risks are either resolved or managed to an acceptable level.',
    options: yesNoNotSure,
    errorMessage: 'Select yes, no or not sure',
    source: rm('§6.2'),
  },
  {
    id: 'rm.outcome.continueReview',
    kind: 'outcome',
    title: 'The multi-agency monitoring and review process continues',
    paragraphs: [
      'The multi-agency monitoring and review process will continue until the identified risks are either resolved or managed to an acceptable level.',
      'Agree on-going monitoring and review arrangements.',
      'Set date for a review meeting.',
    ],
    source: rm('§6.2'),
    alsoFrom: [rm('§6.1 c) Stage 3'), rm('§6.1 b) Stage 2')],
  },
  {
    id: 'rm.outcome.risksManaged',
    kind: 'outcome',
    title: 'The identified risks are resolved or managed to an acceptable level',
    paragraphs: [monitoringPassage.text],
    source: rm('§6.2'),
  },
  // Recording
  {
    id: 'rm.defensible',
    kind: 'checklist',
    title: 'A defensible decision is one where:',
    hint: defensibleDecisionChecks.intro,
    items: [...defensibleDecisionChecks.defensibleWhere, ...defensibleDecisionChecks.andRecords],
    source: rm('§6.3'),
  },
  {
    id: 'rm.legislation',
    kind: 'multiSelect',
    title: 'Relevant legislation and policy',
    hint: 'Decisions are defensible if they include references to relevant legislation and guidance. Select each that the decisions in this case refer to.',
    options: legislation.map((entry) => ({
      value: entry.id,
      label: entry.title,
      ...(entry.summary ? { hint: entry.summary } : {}),
      source: entry.source,
    })),
    source: rm(
      'Appendix B: Relevant legislation and policy; §6.3 "Include references to relevant legislation and guidance."',
    ),
  },
];
// ---------------------------------------------------------------------------------------------------

/** Where the copy is damaged or odd, what was done. Shown to reviewers, not to workers. */
export const transcriptionNotes: string[] = [
  'Section numbers: the contents page numbers the sections differently from the body (contents: "4) Mental capacity and best interests", "5) Identification and assessment of risk", "7) Stages of the process", "8) Recording", "9) Appendix A"). Sources cite the body\'s numbers (§3 capacity, §4 risk, §6 stages, §6.3 recording); the body has no separate "Recording" section.',
  'The introduction\'s paragraphs are printed "I.1" to "I.4" (a capital I for the digit 1); read as 1.1 to 1.4. The 1.4 list letters a) to h) are intact.',
  'Appendix B has no "Appendix B" heading in this copy (the body heading is "Legislation"); the title "Appendix B: Relevant legislation and policy" is taken from the contents page. Its links ("[Mental Health Act 1983 (revised 2007)](#)" and the guidance and policy titles) have no addresses in the copy and are given as titles only.',
  'Appendix B f): the Mental Capacity Act 2005 entry is split across two list markers "f)" and "g)" mid-sentence ("the presumption of" / "capacity unless proven otherwise"); repaired as one entry, f). There is no separate g) entry.',
  'Appendix B a): "self- neglect" repaired to "self-neglect".',
  'Appendix B: the Care Act 2014 sections are listed with titles only ("Section 1 – Wellbeing and prevention" etc.); each section\'s title is used as its summary.',
  '§4.2 and §5.1 are broken by page breaks mid-sentence ("by doing" / "so, becomes"; "likely to experience" / "substantial difficulty"); rejoined.',
  "§6.1 b) Stage 2 is split by a page break after its second key action; the 14 actions are read across the break and match Appendix A's 14.",
  '§6.1 and Appendix A differ in wording for 11 key actions (stage 1: 8 — care and support received, children at risk, another process, s42, "If no to the above", chronology, contact agencies, "Attendees should be able to"; stage 2: 1 — "Set date for a review meeting" / "the review meeting"; stage 3: 2, which differ only by a full stop). §6.1 wording is used; each such item\'s source quotes Appendix A. Counts agree: 17, 14 and 10.',
  'Source wording kept as printed although it reads oddly: "Agree a SMART action plan, with timescales a named lead against each action" (both §6.1 and Appendix A; an "and" seems to be missing); §2.1 "Professionals should seek legal advice from within their own at various stages throughout process from within their organisation as appropriate"; §4.1 "in so doing so"; §5.6 "others people"; §5.4 "the care Act 2014".',
  '§3 "Mental Capacity Act and Best Interests" is an unnumbered sub-heading between §3.4 and §3.5; cited as "§3 Mental Capacity Act and Best Interests".',
  'Appendix C (Example of a process for managing high risk cases; the contents page calls it "Example of good practice") is a flattened HTML table in this copy (Area, Key actions, Outcomes), split over three table heads; its markup and bullet marks are removed and its rows read in order as highRiskProcess. Its area "a) High risk cases" has no b): the second area is headed "Managing refusal or disengagement from support". Its list of high-risk criteria repeats 1.4 a)–h) without their letters and in a different order (h before g), ending "…cause harm to others and"; the joining "and" is left off. Its "e.g." list of a process for responding to non delivery of support is printed in italics; kept as processExamples.',
  'Journey questions (rm.atRisk.careForSelf, rm.unmanageable, rm.s42, rm.progress, rm.risksResolved, rm.otherProcess, rm.lacksCapacity, rm.refusesAll) turn a statement of the framework into a question using the framework\'s own words; the statement itself is in the hint or the source. rm.lacksCapacity is built from "When someone is believed to be lacking mental capacity to make decisions for him/herself" (§3) and asks about "the decision" because §3 and §5.3 speak of specific decisions.',
  'App wording, not the framework\'s (procedural only): the hints "Select all that apply", "Write a short note against each aspect you can", the stage checklists\' hint ("For each key action, record whether it is done, planned or not appropriate, who is doing it, by when, and a note"), the action plan hint ("Add each action with its named lead and its timescale"), the field labels Action / Named lead / Timescale (taken from "with timescales a named lead against each action"), the review meeting questions\' titles (rm.review.date, rm.review.attendees, rm.review.newInformation, rm.review.riskChanges, rm.review.decisions, rm.review.ongoingSupport: questions built from §6.1 c) Stage 3, §2.1 and §6.2, whose words are in their hints), the instructions in the hints of rm.review.attendees ("Add each person who attended, with their role and agency") and rm.review.actionPlan (its first and last sentences apart from "Revise action plan"), the field labels Name, Role and agency and Status, the action statuses Not done yet / Done / No longer needed (the framework names none), the task list\'s titles "Does the framework apply?", "Record a review meeting", "Review meeting" and "Close the process and record the decisions", rm.outcome.otherProcess\'s second sentence, rm.refusalRecord\'s title and the last sentence of its hint ("Use the case reference, not the adult’s name"), rm.refusesAll\'s hint ("If the adult lacks capacity for this decision, or has not been assessed, answer no."), rm.refusalEfforts\'s and rm.refusalInformation\'s titles (questions built from §5.2 and §3.5), rm.legislation\'s hint (built from §6.3 "Include references to relevant legislation and guidance").',
  'App wording, not the framework\'s: the title of rm.highRiskRegister (its area is Appendix C "a) High risk cases"), the questions rm.highRiskCase, rm.register.onRegister, rm.register.namedProfessional, rm.register.alert, rm.register.weeklyReview and rm.register.activeProcess (each turns a key action of Appendix C a) into a question in the appendix\'s words, and quotes that key action as its hint), the second sentence of rm.highRiskCase\'s hint (Appendix C is headed "Example of a process for managing high risk cases" and the contents page calls it "Example of good practice"), the checklist instructions in the hints of rm.highRiskRegister and rm.refusalProcess, and "Appendix C’s example:" in rm.refusalProcess\'s hint. rm.highRiskRegister leaves out the last key action ("The following criteria will be used to determine high risk cases:"), whose list is rm.highRiskCase\'s options, in the appendix\'s order.',
  'Where the register is asked: the body of the framework never refers to Appendix C, a risk register or high risk cases (§6.1 and Appendix A name no register); the only other mention of the appendix is the contents page ("11) Appendix C: Example of good practice 15"). The app asks the register in stage 1, after its key actions ("Allocate the case to a lead professional.", "Lead professional compiles a chronology of risk and support offered/in place to date."), because Appendix C allocates each case on the Register to a named professional and revises the Register to show an active multi-agency risk management process; that placement is the app\'s, not the framework\'s. The register\'s questions after "Is the case on the team ‘risk register’?" are asked only when the answer is yes, since they are about a case on the Register.',
  'The four rm.next.* questions ("Do you want to go on with ...") are app wording: the framework does not say what a worker does after deciding it does not apply or that another process is more appropriate. Their options let the worker go on or finish; finishing still records the decision (§2.1: "All decisions and actions taken throughout the process must be accurately recorded, and a note made of ... the rationale"), so it passes through the defensible decision checks (§6.3) and the legislation (Appendix B). Their hints quote §1.2, §1.4 h) and §2.1; the frames around the quotations ("The circumstances listed in 1.4 are examples", "The framework is also likely to be useful for") are app wording.',
  'rm.riskAssessment (§4.4) is a notes item (a note against each aspect); rm.effectiveRiskAssessment (§5.6) and rm.defensible (§6.3) are checklists (status and note); the three stage checklists also record who and by when. The title of rm.effectiveRiskAssessment is §5.6\'s lead-in "Effective risk assessment will be based on:".',
];
