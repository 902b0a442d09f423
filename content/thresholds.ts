import type { DecisionBasis, OutcomeContent, Option, PointerContent, Reconstruction, Source } from './schema';

// Solihull Local Practice Guidance No 15, Thresholds (../shared/guidance/safeguarding-thresholds.txt),
// in its own order: 15.1 introduction, 15.2 the factors to identify, "Doing nothing is not an option",
// "If in doubt" and the other processes, 15.3 the threshold matrix and its outcome rules, then the
// examples table. Wording is the guidance's own, including its own slips of spelling and grammar; only
// extraction damage is repaired (words split across cells or cut at a cell edge, bullet marks, markup).
// Where the copy is damaged or silent, the text supplied is marked `reconstructed` with a note, and
// example cells that cannot be recovered are left out and listed in `examplesOmitted`.

const lpg15 = (section: string): Source => ({ doc: 'thresholds', section });

// ---------------------------------------------------------------------------------------------------
// Types used only by this document's content
// ---------------------------------------------------------------------------------------------------

/** The three ratings of the threshold matrix, named by their colour. */
export type ThresholdLevel = 'green' | 'amber' | 'red';

/** The eleven types of abuse in the examples table, in the table's order. */
export type AbuseTypeValue =
  | 'physical'
  | 'medication'
  | 'sexual'
  | 'psychological'
  | 'financial'
  | 'directPayments'
  | 'neglect'
  | 'pressureUlcers'
  | 'institutional'
  | 'staffing'
  | 'discriminatory';

export interface AbuseTypeOption extends Option {
  value: AbuseTypeValue;
  source: Source;
}

export interface ThresholdFactor {
  id: string;
  label: string;
  source: Source;
}

export interface RatingLevelContent extends Option {
  value: ThresholdLevel;
  /** The matrix column heading (15.3). */
  label: string;
  /** The examples table's column heading for the same level. */
  examplesHeading: string;
  source: Source;
}

export interface ThresholdLevelText {
  text: string;
  /** Present when the source cell is damaged or empty and the text was supplied by the app. */
  reconstructed?: Reconstruction;
}

export interface ThresholdQuestion {
  id: string;
  /** The matrix row number, 1 to 4. */
  number: 1 | 2 | 3 | 4;
  title: string;
  levels: Record<ThresholdLevel, ThresholdLevelText>;
  source: Source;
}

/** The outcome bands; the names match machines/rules/threshold.ts. */
export type ThresholdBand = 'red' | 'amberMany' | 'allGreen' | 'undecided';

export interface ThresholdOutcomeContent extends OutcomeContent {
  band: ThresholdBand;
  /** The matrix's own words for this band, as printed; absent where the matrix is silent. */
  matrixWording?: string;
  /**
   * 'matrix' when the guidance's matrix decides the band; 'professionalJudgement' when the matrix is
   * silent and the record must say the decision was the worker's professional judgement.
   */
  decisionBasis: DecisionBasis;
}

export interface OtherProcess {
  id: string;
  label: string;
  /** Sub-items the guidance lists under this process. */
  includes?: string[];
  source: Source;
}

export interface ThresholdExample {
  id: string;
  abuseType: AbuseTypeValue;
  level: ThresholdLevel;
  text: string;
  source: Source;
  /**
   * Present when the text needed more than joining a word split across cells: quotes what the copy
   * reads, so a reviewer can check the repair.
   */
  repair?: { note: string };
}

export interface ExampleOmission {
  abuseType: AbuseTypeValue;
  level: ThresholdLevel;
  note: string;
}

export interface ExampleUncertainty {
  abuseType: AbuseTypeValue;
  /** Absent when the uncertainty is about the whole row. */
  level?: ThresholdLevel;
  note: string;
}

// ---------------------------------------------------------------------------------------------------
// 15.1 Introduction and framing text
// ---------------------------------------------------------------------------------------------------

export const thresholdsIntro = {
  purpose: {
    text: 'This guidance is for practitioners and partners and explains the processes involved in making a decision about whether an "alert", regarding an adult who appears to be at risk of harm or is being harmed, is progressed through the safeguarding adults\' procedures. Such "threshold decisions" are crucial in ensuring that members of the population who meet the definition of "vulnerable adult / Adult at Risk" (No Secrets 2000) are able to receive the assistance they need. Once an alert has been accepted and further information is gathered there may be situations where the threshold needs to be reconsidered.',
    source: lpg15('§15.1 Introduction'),
  },
  factorsLead: {
    text: 'Identifying the following will assist the decision making process:',
    source: lpg15('§15.2'),
  },
  complexity: {
    text: 'Threshold decision making can be complex. Often the presenting abuse type on further investigation is one of a number of abuses which should be factored into decision making. Or the incident may constitute several abuse types for example medication errors could be an indicator of institutional abuse but could also fall within the physical, psychological abuse or neglect. Also forced marriages are likely to encompass more than type of abuse.',
    source: lpg15('§15.2'),
  },
  examplesLead: {
    text: 'The following examples should be used to help to make decisions. Please note these are examples and they are not a definitive list.',
    source: lpg15('§15.3 examples'),
  },
} as const;

// ---------------------------------------------------------------------------------------------------
// 15.2 The factors to identify
// ---------------------------------------------------------------------------------------------------

const factors: Array<[string, string]> = [
  [
    'harm',
    "The harm always take account of the individual's perception. What impact has it had on the person?",
  ],
  [
    'capacity',
    "The individual's capacity to understand what has happened and to make decisions in relation to the Safeguarding Adults concerns.",
  ],
  ['duressCoercion', 'Whether duress or coercion is an influence.'],
  [
    'patternTrend',
    'Whether the incident is one of a pattern or trend in respect of the adult at risk, the person causing the harm, the location of the abuse or the nature of the abuse. Consider whether it is indicating a systemic abuse issue.',
  ],
  [
    'relationship',
    'The relationship between the adult at risk and the person causing the harm. Does it involve a person in a position of trust?',
  ],
  ['riskFactors', 'What the risk factors are and the principles of positive risk taking.'],
  [
    'measuresInPlace',
    'Whether any measures or actions have been put in place to minimise risk and protect the individual or other adults at risk.',
  ],
  ['recurrence', 'How likely is it that the abuse may reoccur?'],
  ['othersExposed', 'Is there a likelihood others were exposed or could be exposed to the harm or abuse?'],
  ['evidence', 'What evidence and information you have to inform you decisions.'],
  ['crime', 'Has a crime been committed against the adult at risk?'],
];

/** The factors 15.2 asks the worker to identify, in the guidance's order. */
export const thresholdFactors: ThresholdFactor[] = factors.map(([id, label]) => ({
  id: `th.factor.${id}`,
  label,
  source: lpg15('§15.2'),
}));

/** Listed among the factors in 15.2, but an instruction rather than a factor. */
export const recordingInstruction = {
  text: 'Ensure everything is fully recorded.',
  source: lpg15('§15.2'),
} as const;

// ---------------------------------------------------------------------------------------------------
// 15.2 Doing nothing, if in doubt, professional judgement, other processes
// ---------------------------------------------------------------------------------------------------

export const doingNothing = {
  text: 'DOING NOTHING IS NOT AN OPTION',
  source: lpg15('§15.2'),
} as const;

export const ifInDoubt = {
  title: 'IF IN DOUBT',
  steps: [
    'Initiate Safeguarding Adults Procedures with a Safeguarding Adults Alert',
    'Discuss with senior manager',
    'Record decision and reasons for the decision',
  ],
  source: lpg15('§15.2'),
} as const;

export const professionalJudgement = {
  text: 'You should always use your professional judgement, bearing in mind the circumstances presented, and seek advice from your line manager or the Safeguarding Adult Team.',
  source: lpg15('§15.2'),
} as const;

export const otherProcessesLead = {
  text: 'If the decision is not to make a Safeguarding Adults alert then other processes must be used to address the concern. An example of may be poor practice which is not safeguarding but does require action e.g. a single medication error requiring training on medication procedure. Other processes and options could be:',
  source: lpg15('§15.2'),
} as const;

const employersActions = ['Staff disciplinary procedures', 'Training', 'Reviewing practices or procedures'];

/** The processes to use when the decision is not to make a Safeguarding Adults alert. */
export const otherProcesses: OtherProcess[] = [
  {
    id: 'employersActions',
    label: `Employers actions including: ${employersActions.join('; ')}`,
    includes: employersActions,
  },
  { id: 'careManagement', label: 'Care Management' },
  { id: 'cqcReferral', label: 'Referral to the regulator Care Quality Commission' },
  { id: 'contractsMonitoring', label: 'Care Contracts monitoring' },
  { id: 'incidentProcedures', label: 'Incident or Serious Incident procedures' },
  { id: 'complaints', label: 'Complaints procedures' },
  {
    id: 'otherAgencyReferral',
    label: 'Referral to another agency such as DWP, Trading Standards, Health and Safety etc.',
  },
  { id: 'advocacyReferral', label: 'Referral for Advocacy support' },
].map((process) => ({
  ...process,
  id: `th.other.${process.id}`,
  source: lpg15('§15.2 Other processes and options'),
}));

// ---------------------------------------------------------------------------------------------------
// 15.3 The threshold matrix
// ---------------------------------------------------------------------------------------------------

export const ratingLevels: RatingLevelContent[] = [
  {
    value: 'green',
    label: 'Possible NOT safeguarding at this stage',
    examplesHeading: 'Isolated incident – Not SAFEGUARDING – No harm – low risk',
    source: lpg15('§15.3 Safeguarding Adults Threshold'),
  },
  {
    value: 'amber',
    label: 'Possibly Safeguarding',
    examplesHeading: 'Possibly SAFEGUARDING – Possible harm – some risks',
    source: lpg15('§15.3 Safeguarding Adults Threshold'),
  },
  {
    value: 'red',
    label: 'Definitely Safeguarding',
    examplesHeading:
      'SAFEGUARDING – Harm caused - medium to high risk – A Safeguarding Adults Alert MUST be made',
    source: lpg15('§15.3 Safeguarding Adults Threshold'),
  },
];

const checkLocalOriginal = 'Check the wording against your local original of the guidance.';

export const thresholdQuestions: ThresholdQuestion[] = [
  {
    id: 'th.q1',
    number: 1,
    title: 'How serious was the harm or abuse/risk of harm or abuse or what was the potential consequence?',
    levels: {
      green: { text: 'No harm or potential harm' },
      amber: { text: 'Some harm or potential harm' },
      red: { text: 'Serious harm or potential harm and or a criminal act' },
    },
    source: lpg15('§15.3 Safeguarding Adults Threshold, question 1'),
  },
  {
    id: 'th.q2',
    number: 2,
    title: 'How often has the actual/risk of abuse or harm occurred?',
    levels: {
      green: {
        text: 'Isolated incident',
        reconstructed: {
          note: `The green answer to this question is damaged in the copy this app is built from (only the fragment "tual/risk of abuse" survives). "Isolated incident" is supplied by the app from the heading of the examples table's first column; it is not the guidance's own wording for this answer. ${checkLocalOriginal}`,
        },
      },
      amber: {
        text: 'Has occurred more than once',
        reconstructed: {
          note: `The amber answer to this question is empty in the copy this app is built from. "Has occurred more than once" is supplied by the app; it is not the guidance's own wording. ${checkLocalOriginal}`,
        },
      },
      red: {
        text: 'Occurred regularly OR many times indicating a pattern/trend OR risk is considered probable',
      },
    },
    source: lpg15('§15.3 Safeguarding Adults Threshold, question 2'),
  },
  {
    id: 'th.q3',
    number: 3,
    title: 'How many were exposed or could have been exposed to the harm or abuse?',
    levels: {
      green: { text: 'One or very small numbers' },
      amber: { text: 'The number of people exposed causes concern' },
      red: { text: 'Significant number of people at risk' },
    },
    source: lpg15('§15.3 Safeguarding Adults Threshold, question 3'),
  },
  {
    id: 'th.q4',
    number: 4,
    title: 'Likelihood of the abuse or harm from recurring?',
    levels: {
      green: { text: 'Unlikely' },
      amber: { text: 'Possible' },
      red: { text: 'Probable' },
    },
    source: lpg15('§15.3 Safeguarding Adults Threshold, question 4'),
  },
];

// ---------------------------------------------------------------------------------------------------
// 15.3 Outcome bands
// ---------------------------------------------------------------------------------------------------

const matrixOutcomes = lpg15('§15.3 Safeguarding Adults Threshold, outcome rules');

export const thresholdOutcomes: Record<ThresholdBand, ThresholdOutcomeContent> = {
  red: {
    id: 'th.outcome.red',
    kind: 'outcome',
    band: 'red',
    decisionBasis: 'matrix',
    matrixWording: 'ONE OR MORE RED SAFEGUARDING MAKE A REFERRAL',
    title: 'ONE OR MORE RED: SAFEGUARDING MAKE A REFERRAL',
    paragraphs: ['One or more of your answers to the threshold questions is red.'],
    warning: doingNothing.text,
    source: matrixOutcomes,
    alsoFrom: [doingNothing.source],
  },
  amberMany: {
    id: 'th.outcome.amberMany',
    kind: 'outcome',
    band: 'amberMany',
    decisionBasis: 'matrix',
    matrixWording: 'MORE THAN TWO AMBER SAFEGUARDING MAKE AN ALERT/REFERRAL',
    title: 'MORE THAN TWO AMBER: SAFEGUARDING MAKE AN ALERT/REFERRAL',
    paragraphs: ['More than two of your answers to the threshold questions are amber, and none is red.'],
    warning: doingNothing.text,
    source: matrixOutcomes,
    alsoFrom: [doingNothing.source],
  },
  allGreen: {
    id: 'th.outcome.allGreen',
    kind: 'outcome',
    band: 'allGreen',
    decisionBasis: 'matrix',
    matrixWording: 'ALL GREEN NOT SAFEGUARDING BUT RAISE AN ALERT',
    title: 'ALL GREEN: NOT SAFEGUARDING BUT RAISE AN ALERT',
    paragraphs: ['All of your answers to the threshold questions are green.', otherProcessesLead.text],
    bullets: otherProcesses.map((process) => process.label),
    warning: doingNothing.text,
    source: matrixOutcomes,
    alsoFrom: [lpg15('§15.2 Other processes and options'), doingNothing.source],
  },
  undecided: {
    id: 'th.outcome.undecided',
    kind: 'outcome',
    band: 'undecided',
    decisionBasis: 'professionalJudgement',
    title: 'The threshold matrix does not decide this: use your professional judgement',
    paragraphs: [
      'One or two of your answers to the threshold questions are amber, and none is red.',
      'The matrix in the guidance gives an outcome only for all green, for more than two amber and for one or more red. It says nothing about one or two amber with no red. This is the app noting that the matrix is silent; these are not the guidance’s words, and this is not a "not safeguarding" outcome.',
      professionalJudgement.text,
      'The guidance says: IF IN DOUBT',
    ],
    bullets: [...ifInDoubt.steps],
    warning: doingNothing.text,
    reconstructed: {
      note: 'The threshold matrix is silent on one or two amber answers with no red. The app shows the guidance’s own "If in doubt" steps (15.2) and records this as a professional-judgement decision. Record your decision and the reasons for it.',
    },
    source: matrixOutcomes,
    alsoFrom: [ifInDoubt.source, professionalJudgement.source],
  },
};

/**
 * Shown with any outcome when the worker records that a crime has been (or may have been) committed.
 * The guidance asks whether a crime has been committed and treats a criminal act as red, but sets out no
 * procedure of its own for a crime, so this quotes what it does say and points to the worker's own
 * organisation's procedure, in the app's wording, without adding an instruction.
 */
export const crimeAddition: PointerContent = {
  id: 'th.outcome.crime',
  kind: 'pointer',
  title: 'A crime may have been committed',
  paragraphs: [
    'The guidance asks you to identify: "Has a crime been committed against the adult at risk?" (15.2).',
    'The threshold matrix rates "Serious harm or potential harm and or a criminal act" as red, Definitely Safeguarding (15.3, question 1). The examples table lists "Any potential criminal act against an adult at risk" where "A Safeguarding Adults Alert MUST be made" (15.3 examples: Physical).',
    'The guidance sets out no procedure of its own for a crime: see your own organisation’s procedure.',
  ],
  reconstructed: {
    note: 'The last sentence is the app’s wording, not the guidance’s: the guidance asks whether a crime has been committed and rates a criminal act as red, but says nothing more about what to do when one may have been committed.',
  },
  source: lpg15('§15.2'),
  alsoFrom: [
    lpg15('§15.3 Safeguarding Adults Threshold, question 1'),
    lpg15('§15.3 examples: Physical, SAFEGUARDING (3rd column)'),
  ],
};

// ---------------------------------------------------------------------------------------------------
// 15.3 Examples table
// ---------------------------------------------------------------------------------------------------

const typeLabels: Array<[AbuseTypeValue, string, string]> = [
  ['physical', 'Physical', '§15.3 examples: Physical'],
  ['medication', 'Medication', '§15.3 examples: Medication (row label missing in this copy)'],
  ['sexual', 'Sexual', '§15.3 examples: Sexual'],
  ['psychological', 'Psychological', '§15.3 examples: Psychological'],
  ['financial', 'Financial', '§15.3 examples: Financial'],
  ['directPayments', 'Direct payments', '§15.3 examples: Direct payments (row label missing in this copy)'],
  ['neglect', 'Neglect', '§15.3 examples: Neglect'],
  ['pressureUlcers', 'Pressure ulcers', '§15.3 examples: Pressure ulcers (row label missing in this copy)'],
  ['institutional', 'Institutional', '§15.3 examples: Institutional'],
  ['staffing', 'Staffing', '§15.3 examples: Staffing (row label missing in this copy)'],
  ['discriminatory', 'Discriminatory', '§15.3 examples: Discriminatory'],
];

/** The eleven types of abuse in the examples table, in its order. */
export const abuseTypes: AbuseTypeOption[] = typeLabels.map(([value, label, section]) => ({
  value,
  label,
  source: lpg15(section),
}));

const typeLabel = (type: AbuseTypeValue) => typeLabels.find(([value]) => value === type)![1];

/** The column a cell sits in, as the source section names it. */
const columnNames = {
  green: 'Not SAFEGUARDING',
  amber: 'Possibly SAFEGUARDING',
  red: 'SAFEGUARDING',
  red2: 'SAFEGUARDING (2nd column)',
  red3: 'SAFEGUARDING (3rd column)',
} as const;
type Column = keyof typeof columnNames;

const levelOfColumn = (column: Column): ThresholdLevel =>
  column === 'red2' || column === 'red3' ? 'red' : column;

type Entry = string | { text: string; repair: string };

interface Cell {
  type: AbuseTypeValue;
  column: Column;
  entries: Entry[];
  /** Overrides the column name in the source section (used for the unheaded direct payments blocks). */
  columnName?: string;
}

// One entry per example, cell by cell in the table's order. A cell's bullets lost their marks in the
// extraction; examples are split where a new sentence or item clearly starts.
const cells: Cell[] = [
  // Physical
  {
    type: 'physical',
    column: 'green',
    entries: [
      'Staff causing no harm – e.g. friction mark on skin due to ill-fitting hoist sling.',
      "Minor events that still meet criteria for 'incident reporting'.",
      'Dispute between service users with no harm, quickly resolved and risk assessment in place.',
      'Bruising caused by family carer due to poor lifting and handling technique. No harm intended. Immediately resolved when given correct advice/equipment',
    ],
  },
  {
    type: 'physical',
    column: 'amber',
    entries: [
      'Inexplicable minor marking found where there is no clear explanation as to how the injury occurred.',
      'Isolated incident involving service user on service user.',
      "Unwanted physical contact from 'informal' carer with no harm and quickly resolved",
    ],
  },
  // Physical, 1st SAFEGUARDING column: beginning lost (see examplesOmitted).
  {
    type: 'physical',
    column: 'red2',
    entries: [
      {
        text: 'Physical restraint undertaken outside of specific care plan or not proportionate to the risk.',
        repair:
          'The copy reads "hysical restraint ndertaken outside of specific care plan or ot proportionate to the sk": the first letters of each line are cut off at the cell edge (the cut letters "un", "no", "ris" appear in the cell to the left).',
      },
      {
        text: 'Withholding of food, drinks or aids to independence.',
        repair:
          'The copy reads "Vithholding of food, rinks or aids to adependence": first letters cut at the cell edge (the cut letters "dri" and "inc" appear in the cell to the left).',
      },
      {
        text: 'Inexplicable injuries',
        repair:
          'The copy reads "hexplicable injuries", the last words of the cell: the first letters are cut at the cell edge, and the example may also have been cut short at its end.',
      },
    ],
  },
  {
    type: 'physical',
    column: 'red3',
    entries: [
      'Physical assaults – injury, death.',
      'Grievous bodily harm/assault with or without a weapon leading to irreversible damage or death.',
      'Any potential criminal act against an adult at risk',
    ],
  },

  // Medication
  {
    type: 'medication',
    column: 'green',
    entries: ['Adult does not receive prescribed medication (missed/wrong dose) – no harm occurs'],
  },
  {
    type: 'medication',
    column: 'amber',
    entries: [
      'Recurring missed medication or administration errors in relation to one service user that caused no harm',
    ],
  },
  // Medication, 1st SAFEGUARDING column: beginning lost, rest garbled (see examplesOmitted).
  {
    type: 'medication',
    column: 'red2',
    entries: [
      {
        text: 'Deliberate maladministration of medicines (e.g. sedation).',
        repair:
          'The copy reads "reliberate raladministration of redicines (e.g. redation)": the first letter of each line is misread. "Deliberate maladministration" is also the wording of the next cell.',
      },
    ],
  },
  {
    type: 'medication',
    column: 'red3',
    entries: [
      'Pattern of recurring administration errors or an incident of deliberate maladministration that results in ill-health or death.',
    ],
  },

  // Sexual (the Possibly SAFEGUARDING cell is unreadable: see examplesOmitted)
  {
    type: 'sexual',
    column: 'green',
    entries: [
      'Isolated incident when an inappropriate sexualised remark is made to an adult with capacity and no distress is caused.',
    ],
  },
  {
    type: 'sexual',
    column: 'red',
    entries: [
      'Verbal and gestured sexualised teasing.',
      'Sexualised attention between two service users where one lacks capacity to consent.',
    ],
  },
  {
    type: 'sexual',
    column: 'red2',
    entries: ['Trafficking an adult at risk for sexual exploitation.'],
  },

  // Psychological
  {
    type: 'psychological',
    column: 'green',
    entries: [
      'Isolated incident where adult is spoken to in a rude or other inappropriate way – respect is undermined, but no distress is caused',
    ],
  },
  {
    type: 'psychological',
    column: 'amber',
    entries: ['The occasional withholding of information to disempower'],
  },
  {
    type: 'psychological',
    column: 'red',
    entries: [
      'Occasional taunts or verbal outbursts which cause distress.',
      'Treatment that undermines dignity and damages esteem.',
      'Denying or failing to recognise an adults choice or opinion',
      'Frequent verbal outbursts to an adult at risk',
    ],
  },
  {
    type: 'psychological',
    column: 'red2',
    entries: [
      'Humiliation',
      'Emotional blackmail e.g. threats of abandonment or harm',
      'Frequent and frightening verbal outbursts to an adult at risk.',
    ],
  },
  {
    type: 'psychological',
    column: 'red3',
    entries: [
      'Denial of basic human rights or civil liberties, overriding advance directive, forced marriage',
      'Prolonged intimidation',
      'Producing and distributing inappropriate photos via any social media means.',
      'Vicious/personalised verbal attacks',
    ],
  },

  // Financial
  {
    type: 'financial',
    column: 'green',
    entries: [
      'Inadequate financial records',
      "Isolated incident of staff personally benefiting from the support they offer service users in a way that does not involve the actual abuse of money. E.g. accrue 'reward points' on their own store loyalty cards when shopping when the adult has capacity to know what has happened and has agreed.",
    ],
  },
  {
    type: 'financial',
    column: 'amber',
    entries: [
      'Adult not routinely involved in decisions about how their money is spent or kept safe – capacity in this respect is not properly considered.',
      "Staff personally benefit from the support they offer service users. E.g. accrue 'reward points' on their own store loyalty cards when shopping – adult lacks capacity.",
      'Failure by relative to pay care fees/charges where no harm occurs - but receives personal allowance or has access to other personal monies.',
    ],
  },
  {
    type: 'financial',
    column: 'red',
    entries: [
      "Adult's monies kept in a joint bank account – unclear arrangements for equitable sharing of capital and interest.",
      'Adult denied access to his/her own funds or possessions.',
      'Failure by relative to pay care fees/charges and adult at risk experiences distress or harm through having no personal allowance or risk of eviction/ termination of service.',
    ],
  },
  {
    type: 'financial',
    column: 'red2',
    entries: [
      'Misuse/misappropriation of property, possessions or benefits by a person in a position of trust or control.',
      "Personal finances removed from adult's control without legal authority.",
      'Fraud/exploitation relating to benefits, income, property or will.',
      'Theft.',
      'Doorstep crimes.',
    ],
  },

  // Direct payments: four unheaded blocks of bullets in this copy (see examplesUncertain).
  {
    type: 'directPayments',
    column: 'green',
    columnName: 'Not SAFEGUARDING (unheaded block 1 of 4)',
    entries: [
      'Direct payment financial returns show payments for unauthorised expenditure. One off mistake – payment returned.',
      'Isolated incident of direct payment recipient not sending in financial returns.',
      'Isolated incident of direct payment recipient benefitting from interest from Direct Payment account.',
      'Direct payment used flexibly to meet user needs but not as described on support plan.',
      "Direct payment not set up correctly e.g. Personal Assistant not set up with Her Majesty's Revenue and Customs (HMRC), no audit trail for payments. Corrected following advice and support no harm caused.",
      'Excess or float in direct payment account is being used for purposes other than on the support plan.',
      'Suitable person or Personal Assistant found to be illegally working in the country. No harm caused.',
    ],
  },
  {
    type: 'directPayments',
    column: 'amber',
    columnName: 'Possibly SAFEGUARDING (unheaded block 2 of 4)',
    entries: [
      'Large excess in user accounts indicating care may not being provided, some reports of inadequate care.',
      "Direct payment not set up correctly despite advice and guidance e.g. Personal Assistant not set up with Her Majesty's Revenue and Customs (HMRC), no audit trail for payments (i.e. no authorised timesheets, no wage slip or proof of invoice payment), no liability insurance.",
      'Cash payments made against advice with no evidence of payment and care not provided.',
      'Information obtained that suitable person or Personal Assistant has criminal conviction which gives rise to concerns about their role suitability.',
    ],
  },
  {
    type: 'directPayments',
    column: 'red',
    columnName: 'SAFEGUARDING (unheaded block 3 of 4)',
    entries: [
      'Pattern of unsubmitted financial returns by suitable person with inadequate explanation',
      'Payments made from direct payment account for unauthorised expenditure by suitable person, not on support plan',
      'Suitable person not able to provide evidence to demonstrate they are managing the Direct Payment',
      'Pattern of repeated non payment of bills/personal assistant wages meaning care is withdrawn.',
    ],
  },
  {
    type: 'directPayments',
    column: 'red2',
    columnName: 'SAFEGUARDING (unheaded block 4 of 4)',
    entries: [
      'Direct payment is not being spent on some or all of care on support plan leading to neglect.',
      'Irregularities on financial returns lead to requests for further evidence which are continually ignored by suitable person or evasive action is taken (including avoidance of attempts to review person on Direct Payment)',
      'Misuse/misappropriation of Direct payment by another (including: Person in a position of trust or suitable person e.g. suitable person is using some of the Personal Allowance or agency time for their own needs and person is neglected. Or creation of fictitious personal assistant where payment is actually going to suitable person)',
      'Adult at risk is Misusing/misappropriating Direct Payment by recipient but under coercion by another',
    ],
  },

  // Neglect
  {
    type: 'neglect',
    column: 'green',
    entries: [
      'Isolated missed home care visit where no harm occurs.',
      'Adult is not assisted with a meal/drink on one occasion and no harm occurs.',
    ],
  },
  {
    type: 'neglect',
    column: 'amber',
    entries: [
      'Inadequacies in care provision that lead to discomfort or inconvenience – no significant harm occurs, e.g. being left wet occasionally.',
      'Occasionally not having access to aids to independence (if regular may be restraint).',
      'Adult at risk living with family carer who is failing with caring duties.',
      'Temporary environment restrictions but action to resolve is in place.',
      'Occasional inadequacies in care from informal carers – no significant harm.',
    ],
  },
  {
    type: 'neglect',
    column: 'red',
    entries: [
      'Recurrent missed home care visits where risk of harm escalates, or one missed visit where harm occurs.',
      'Poor transfers between services for example - Hospital discharge without adequate planning and harm occurs.',
      'Inappropriate or incomplete DNAR (Do Not Attempt Resuscitation).',
    ],
  },

  // Pressure ulcers
  {
    type: 'pressureUlcers',
    column: 'green',
    entries: ['One person one pressure ulcer of low grade (grade 1 or 2).'],
  },
  {
    type: 'pressureUlcers',
    column: 'amber',
    entries: ['Pressure ulcers multiple grade 2s'],
  },
  {
    type: 'pressureUlcers',
    column: 'red',
    entries: ['Pressure ulcers grade 3 or 4.'],
  },

  // Institutional
  {
    type: 'institutional',
    column: 'green',
    entries: [
      'Short term lack of stimulation or opportunities for people to engage in meaningful social and leisure activities and where no harm occurs.',
      'Short term - service users not given sufficient voice or involved in the running of the service.',
      'Service design where groups of service users living together are inappropriate.',
    ],
  },
  {
    type: 'institutional',
    column: 'amber',
    entries: [
      'Denial of individuality and opportunities for service users to make informed choices and take responsible risks.',
      'Care planning documentation not person cantered.',
      'Denying adult at risk access to professional support and services such as advocacy.',
      'Poor, ill informed or outmoded care practice – no significant harm.',
    ],
  },
  {
    type: 'institutional',
    column: 'red',
    entries: [
      'Rigid or inflexible routines.',
      "Service user's dignity is undermined, e.g. lack of privacy during support with intimate care needs, shared clothing, underclothing, dentures etc.",
      'Failure to whistle blow on serious issues when internal procedures to highlight issues are exhausted.',
      'Failure to refer disclosure of abuse',
      'Inappropriate or incomplete DNAR (Do Not Attempt Resuscitation).',
    ],
  },
  {
    type: 'institutional',
    column: 'red2',
    entries: [
      'Ill-treatment of one or more adults as risk such as unsafe manual handling.',
      'Failure to report, monitor or improve bad care practices.',
      'Unsafe and unhygienic living environments.',
      'Failure to support an adult at risk to access health and or care treatments.',
      'Punitive responses to challenging behaviours.',
      'Staff misusing their position of power over service users.',
      'Over-medication and/or inappropriate restraint used to manage behaviour.',
      'Widespread, consistent ill treatment environments causing sensory deprivation.',
      'Deprivation of liberty not authorised by legal process',
    ],
  },

  // Staffing
  {
    type: 'staffing',
    column: 'green',
    entries: [
      'One off incident of low staffing due to unpredictable circumstances, despite management efforts to address. No harm caused',
    ],
  },
  {
    type: 'staffing',
    column: 'amber',
    entries: ['More than one incident of low staffing levels, no contingencies in place. No harm caused.'],
  },
  {
    type: 'staffing',
    column: 'red',
    entries: ['Single incident of low staffing resulted resulting in harm to more than one person'],
  },
  {
    type: 'staffing',
    column: 'red2',
    entries: [
      'Repeated incidents of low staffing resulting in harm to more than one person',
      {
        text: 'Low staffing levels which result in serious injury or death to more than one person (corporate manslaughter)',
        repair:
          'The copy reads "Description: Low staffing levels which …". "Description:" looks like an extraction label rather than part of the example and is left out.',
      },
    ],
  },

  // Discriminatory
  {
    type: 'discriminatory',
    column: 'green',
    entries: [
      'Isolated incident when an inappropriate prejudicial remark is made to an adult and no distress is caused.',
      "Care planning fails to address an adult's diversity associated needs for a short period",
    ],
  },
  {
    type: 'discriminatory',
    column: 'amber',
    entries: [
      'Isolated incident of teasing motivated by prejudicial attitudes — service user to service user.',
    ],
  },
  {
    type: 'discriminatory',
    column: 'red',
    entries: [
      'Recurring taunts.',
      'Recurring failure to meet specific needs associated with diversity.',
      'Teasing by person in position of trust.',
    ],
  },
  {
    type: 'discriminatory',
    column: 'red2',
    entries: [
      'Denial of civil liberties, e.g. voting, making a complaint.',
      'Humiliation or threats.',
      "Denial of an individual's appropriate diet, access to take part in activities related to their faith or beliefs or not using the individual's chosen name.",
      'Making an adult at risk partake in activities inappropriate to their faith or beliefs.',
    ],
  },
  {
    type: 'discriminatory',
    column: 'red3',
    entries: [
      'Hate crime resulting in injury/emergency medical treatment/fear for life.',
      'Hate crime resulting in serious injury or attempted murder/honour based violence.',
      'Exploitation of at adult at risk for recruitment or radicalization into terrorist related activity',
      'Female genital mutilation of an adult risk',
    ],
  },
];

function buildExamples(): ThresholdExample[] {
  const counters = new Map<string, number>();
  const examples: ThresholdExample[] = [];
  for (const cell of cells) {
    const level = levelOfColumn(cell.column);
    const section = `§15.3 examples: ${typeLabel(cell.type)}, ${cell.columnName ?? columnNames[cell.column]}`;
    for (const entry of cell.entries) {
      const key = `${cell.type}.${level}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const example: ThresholdExample = {
        id: `th.ex.${key}.${n}`,
        abuseType: cell.type,
        level,
        text: typeof entry === 'string' ? entry : entry.text,
        source: lpg15(section),
      };
      if (typeof entry !== 'string') example.repair = { note: entry.repair };
      examples.push(example);
    }
  }
  return examples;
}

/** Every example that can be read in the examples table, in the table's order. */
export const thresholdExamples: ThresholdExample[] = buildExamples();

const leftOut = 'It is left out rather than guessed. Check your local original.';

/** Example cells, or examples within a cell, that cannot be recovered from this copy. */
export const examplesOmitted: ExampleOmission[] = [
  {
    abuseType: 'physical',
    level: 'red',
    note: `The first SAFEGUARDING cell for Physical is cut at its start and runs into the next cell. Only "… lesions, cuts or grip marks on more than one occasion or to more than one individual." can be read; the beginning of the example is lost. ${leftOut}`,
  },
  {
    abuseType: 'medication',
    level: 'red',
    note: `The first SAFEGUARDING cell for Medication is cut at its start and the rest of it is garbled (repeated fragments such as "medication errors expenses with the medication"). Only "… medication or administration errors that affect more than one adult and/or result in harm" can be read; the beginning of the example is lost. ${leftOut}`,
  },
  {
    abuseType: 'medication',
    level: 'red',
    note: `In the second SAFEGUARDING cell for Medication, the example after "Deliberate maladministration of medicines" is cut off at its end: it reads "rovert administration rithout proper medical rupervision or outside re Mental Capacity" (apparently "Covert administration without proper medical supervision or outside the Mental Capacity …"), and the rest is lost. ${leftOut}`,
  },
  {
    abuseType: 'sexual',
    level: 'amber',
    note: `The Possibly SAFEGUARDING cell for Sexual is unreadable in this copy (it reads only "- Control of the Cont"). No amber example for sexual abuse can be shown. ${leftOut}`,
  },
  {
    abuseType: 'sexual',
    level: 'red',
    note: `In the first SAFEGUARDING cell for Sexual, the examples after "Sexualised attention between two service users where one lacks capacity to consent" are cut off at the cell edge: only word fragments remain ("Sexual h", "unwelcon", "advance", "sexual fa", "other ver"). ${leftOut}`,
  },
  {
    abuseType: 'sexual',
    level: 'red',
    note: `The second SAFEGUARDING cell for Sexual is garbled apart from its last example ("Trafficking an adult at risk for sexual exploitation."): it reads "or the sexualised or any means of the sexualised or any means". ${leftOut}`,
  },
  {
    abuseType: 'neglect',
    level: 'red',
    note: `In the SAFEGUARDING cells for Neglect, one example is split across two columns with words lost: "Ongoing lack of … extent that health … wellbeing deter… significantly e.g dehydration, malnutrition, loss of independence." ${leftOut}`,
  },
  {
    abuseType: 'neglect',
    level: 'red',
    note: `In the second SAFEGUARDING column for Neglect, "… access to life saving services or medical care" has lost its beginning, and "Failure to intervene in …" has lost its end. ${leftOut}`,
  },
  {
    abuseType: 'pressureUlcers',
    level: 'red',
    note: `The second example in the SAFEGUARDING cells for Pressure ulcers runs across two columns and its word order cannot be recovered: the fragments are "Mismanagement pressure ulcer of … 4 by profession carers." and "grade 3 or … as a result of". ${leftOut}`,
  },
];

/**
 * How the table's columns were read, for every row: shown once with the examples. The copy's headings
 * do not say for certain which level the columns after the third belong to.
 */
export const examplesColumnsNote = {
  text: 'The examples table has three headings, but most rows have more than three columns. The heading "SAFEGUARDING – Harm caused - medium to high risk – A Safeguarding Adults Alert MUST be made" sits over the third column and the columns to its right have no heading of their own (on one page the heading runs across two of them), so the app shows every column from the third onwards as red (SAFEGUARDING), in the table’s order, from medium to high risk. Check your local original.',
  source: lpg15('§15.3 examples'),
} as const;

/**
 * How the table was read where the copy does not say for certain. None of these changes the wording of
 * an example; they concern which type or level an example is shown under.
 */
export const examplesUncertain: ExampleUncertainty[] = [
  {
    abuseType: 'medication',
    note: 'The row label is missing in this copy. The row after Physical is shown as Medication because its examples are all about medication.',
  },
  {
    abuseType: 'directPayments',
    note: 'The direct payments examples have no row label and no column headings in this copy: they are four unheaded blocks of bullets after the Financial row. The app shows them as Not SAFEGUARDING, Possibly SAFEGUARDING, SAFEGUARDING and SAFEGUARDING, in that order, matching the four columns of the Financial row above them and their content ("One off mistake", "No harm caused"; "some reports of inadequate care"; "Pattern of …"; "leading to neglect").',
  },
  {
    abuseType: 'pressureUlcers',
    note: 'The row label is missing in this copy. The row after Neglect is shown as Pressure ulcers because its examples are all about pressure ulcers.',
  },
  {
    abuseType: 'staffing',
    note: 'The row label is missing in this copy. The row after Institutional is shown as Staffing because its examples are all about low staffing.',
  },
  {
    abuseType: 'sexual',
    level: 'red',
    note: 'Because the Possibly SAFEGUARDING cell for Sexual is unreadable, "Verbal and gestured sexualised teasing" and "Sexualised attention between two service users where one lacks capacity to consent" are shown as red by their position alone (the column under the SAFEGUARDING heading).',
  },
  {
    abuseType: 'psychological',
    level: 'red',
    note: 'The examples in the Psychological cells have lost their bullet marks; where no full stop separates them, the app splits them where a new item clearly starts (for example "Denying or failing to recognise an adults choice or opinion" and "Frequent verbal outbursts to an adult at risk").',
  },
  {
    abuseType: 'institutional',
    level: 'red',
    note: '"Widespread, consistent ill treatment environments causing sensory deprivation." is shown as one example as printed; it may be two examples run together after their bullet marks were lost.',
  },
];
