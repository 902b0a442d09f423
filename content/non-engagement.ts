import type { ChecklistItem, ContentItem, Option, PointerContent, Source } from './schema';
import { noneValue } from './option-values';

// The non-engagement flowchart (../shared/guidance/non-engagement-flowchart.txt), in its own order.
// Wording is the flowchart's; where a screen needs a question the flowchart states as a heading, the
// heading's words are kept and the source section says which heading it is.

const flowchart = (section: string): Source => ({ doc: 'non-engagement', section });

// The flowchart is one page: it is cited by its boxes' headings, by its opening line, and by its two
// footnotes (the one marked * under Next Steps, and the one on closing a case, which cites A2 SCR 2012).
const ageLine = 'This guidance applies to adults aged 18 or over.';
const closingFootnote = flowchart('Footnote (A2 SCR 2012)');
const strategyMeetingFootnote =
  'Workers from different agencies need the opportunity to share information and discuss the best way forward with families/individuals who do not engage';
const framework = (section: string): Source => ({ doc: 'risk-management', section });

const yesNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const strategies: Array<[string, string]> = [
  ['calls', 'Calls'],
  ['homeVisits', 'Home Visits / Joint Visit'],
  ['letters', 'Letters'],
  ['appointments', 'Appointments'],
  ['otherAgencies', 'Other agencies'],
  ['gpContact', 'GP Contact'],
  ['trustedFamilyMember', 'Trusted Family Member'],
  ['carersAssessment', "Carer's assessment"],
  ['lineManagerDiscussion', 'Line Manager Discussion'],
  ['safeguardingLink', 'Safeguarding Link'],
  ['takeAction', 'Take action'],
];

const nextSteps: Array<[string, string, string?]> = [
  ['doNotClose', 'Do not close the case'],
  ['discussLineManager', 'Discuss with Line manager'],
  ['riskAssessment', 'Risk Assessment'],
  ['mentalHealthAssessment', 'Consider Mental Health Assessment'],
  ['mentalCapacityAssessment', 'Consider Mental Capacity assessment'],
  [
    'strategyMeeting',
    'Seriously consider a face to face Multi-Agency Strategy or Risk Assessment Meeting* and communicate the outcomes to other relevant agencies',
    'Next Steps; Footnote * to Next Steps',
  ],
  ['communicate', 'Do not assume that someone else is doing something - communicate'],
  ['legalAdvice', 'Legal advice'],
  ['partnerAdvice', 'Seek Advice from partner agencies'],
  ['safeguardingAlert', 'Safeguarding Alert?'],
];

const checklistItems = (entries: Array<[string, string, string?]>, section: string): ChecklistItem[] =>
  entries.map(([id, label, ownSection]) => ({ id, label, source: flowchart(ownSection ?? section) }));

/** The eight concerns or issues, each with the passage of the guidance it points to. */
export const concernOptions: Option[] = [
  { value: 'mca', label: 'MCA', hint: 'Mental Capacity Act' },
  { value: 'mentalHealth', label: 'Mental Health' },
  { value: 'safeguardingAlert', label: 'Safeguarding Alert' },
  { value: 'familyPressure', label: 'Family Pressure' },
  { value: 'gatekeeper', label: 'Family acting as a gatekeeper?' },
  { value: 'capacityButVulnerable', label: 'Capacity but still Vulnerable?' },
  { value: 'situationalCapacity', label: 'Situational Capacity' },
  { value: 'duress', label: 'Duress?' },
].map((option) => ({ ...option, source: flowchart('Concerns/Issues Raised') }));

export const concernPointers: Record<string, PointerContent> = {
  mca: {
    id: 'ne.pointer.mca',
    kind: 'pointer',
    title: 'MCA: Mental Capacity Act and Best Interests',
    paragraphs: [
      'When someone is believed to be lacking mental capacity to make decisions for him/herself staff should always consider:',
    ],
    bullets: [
      'Is there a need to formally assess and record that the person who is believed to be lacking mental capacity - to make a specific decision - is in fact mentally incapable of making that decision?',
      'Is it likely that the person may regain mental capacity in the future and therefore should be involved and can make that decision for him/herself in the future?',
      'The wishes, feelings, values and beliefs of the person who has been assessed as lacking mental capacity.',
      'The views of family members, parents, carers and other people interested in the welfare, if this is practical and appropriate, of the person who has been assessed as lacking mental capacity.',
      'The views of any person who holds a valid Enduring Power of Attorney or a Lasting Power of Attorney (finance and/or welfare) made by the adult now lacking capacity (the Office of the Public Guardian can advise if a power of attorney is valid.)',
      "The views of any deputy appointed by the Court of Protection to make decisions on the person's behalf.",
      'Whether any decisions that need to be made have in fact already been made based merely on the appearance, age, medical condition or behaviour of the person who has been assessed as lacking mental capacity.',
      'Whether people are being motivated by a desire to bring about the death of the person who has been assessed as lacking mental capacity, or are making assumptions about the quality of that person’s life.',
      'Any other information that may be relevant.',
    ],
    source: framework('§3 Mental Capacity Act and Best Interests'),
  },
  mentalHealth: {
    id: 'ne.pointer.mentalHealth',
    kind: 'pointer',
    title: 'Mental Health',
    paragraphs: ['The flowchart’s next steps include: Consider Mental Health Assessment.'],
    source: flowchart('Next Steps'),
  },
  safeguardingAlert: {
    id: 'ne.pointer.safeguardingAlert',
    kind: 'pointer',
    title: 'Safeguarding Alert',
    paragraphs: [
      'The flowchart’s next steps include: Safeguarding Alert?',
      'Whether a concern goes through safeguarding adults procedures is a threshold decision, made with Solihull Local Practice Guidance No 15, Thresholds (15.3 Safeguarding Adults Threshold).',
    ],
    source: { doc: 'thresholds', section: '§15.1 and §15.3' },
    startsJourney: {
      journeyId: 'thresholds',
      label: 'Start the threshold decision for this case (this journey stays saved)',
    },
  },
  familyPressure: {
    id: 'ne.pointer.familyPressure',
    kind: 'pointer',
    title: 'Family Pressure',
    paragraphs: ['The "Am I colluding?" self-check asks:'],
    bullets: [
      'Am I colluding to avoid conflict i.e. taking the word of a family member rather than speaking to the vulnerable adult themselves?',
      'Am I focussing on the family needs not the needs of the adult at risk?',
    ],
    source: flowchart('Am I colluding? (overleaf)'),
  },
  gatekeeper: {
    id: 'ne.pointer.gatekeeper',
    kind: 'pointer',
    title: 'Family acting as a gatekeeper',
    paragraphs: [
      "Involvement and the offer of support does not hinge on a request by the adult or anybody else and is not negated by a third party's refusal to grant access to the adult, or by the adult's refusal to participate.",
    ],
    source: framework('§3.3'),
  },
  capacityButVulnerable: {
    id: 'ne.pointer.capacityButVulnerable',
    kind: 'pointer',
    title: 'Capacity but still vulnerable',
    paragraphs: [
      "It is important that the rights of the adult to make apparently unwise lifestyle choices and to refuse support are respected. However, consideration of the person's mental capacity (decisional and executive) to make a decision must be taken into account as well as their ability to understand and to manage in practice any risks and safety implications of the choice or decision being made. (§3.4)",
      'Information and advice about how to minimise risk should be given to the individual who, with capacity, has refused to accept support together with information about how they can access reassessment in the future should they change their minds. (§3.5)',
    ],
    source: framework('§3.4 and §3.5'),
  },
  situationalCapacity: {
    id: 'ne.pointer.situationalCapacity',
    kind: 'pointer',
    title: 'Situational capacity',
    paragraphs: [
      "Consideration of the person's mental capacity (decisional and executive) to make a decision must be taken into account as well as their ability to understand and to manage in practice any risks and safety implications of the choice or decision being made. (§3.4)",
      'An assessment of mental capacity should be carried out if appropriate, to determine if the person has the capacity to make specific decisions. (§5.3)',
    ],
    source: framework('§3.4 and §5.3'),
  },
  duress: {
    id: 'ne.pointer.duress',
    kind: 'pointer',
    title: 'Duress',
    paragraphs: [
      'Identifying whether duress or coercion is an influence will assist the threshold decision.',
    ],
    source: { doc: 'thresholds', section: '§15.2' },
  },
};

export const nonEngagementContent: ContentItem[] = [
  {
    id: 'ne.age',
    kind: 'question',
    title: 'Is the adult aged 18 or over?',
    hint: ageLine,
    options: yesNo,
    errorMessage: 'Select yes if the adult is aged 18 or over',
    source: flowchart(ageLine),
  },
  {
    id: 'ne.outcome.under18',
    kind: 'outcome',
    title: 'This guidance does not cover a person under 18',
    paragraphs: ['The flowchart says:', ageLine, 'This guidance does not cover a person under 18.'],
    reconstructed: {
      note: 'The title and the sentence "This guidance does not cover a person under 18." are the app’s wording: the flowchart says only "This guidance applies to adults aged 18 or over." and nothing about what to do for a younger person.',
    },
    source: flowchart(ageLine),
  },
  {
    id: 'ne.evidence',
    kind: 'question',
    title:
      'Am I concerned just because they are not engaging or do I have evidence that non-engagement increases risk?',
    options: [
      { value: 'evidence', label: 'I have evidence that non-engagement increases risk' },
      { value: 'notEngagingOnly', label: 'I am concerned just because they are not engaging' },
      { value: 'notSure', label: "I'm not sure" },
    ],
    errorMessage: 'Select whether you have evidence that non-engagement increases risk',
    source: flowchart('Individual/Family is not engaging with services'),
  },
  {
    id: 'ne.evidenceDetail',
    kind: 'text',
    title: 'What is your evidence that non-engagement increases risk?',
    hint: 'Write down what you know and how you know it. Use the case reference, not the adult’s name.',
    errorMessage: 'Write down your evidence that non-engagement increases risk',
    source: flowchart('Individual/Family is not engaging with services'),
  },
  {
    id: 'ne.consider',
    kind: 'information',
    title: 'Consider',
    paragraphs: ['The flowchart asks you to consider two questions before choosing strategies:'],
    bullets: ['Am I colluding?', 'Do I feel at risk?'],
    source: flowchart('Consider'),
  },
  {
    id: 'ne.feelAtRisk',
    kind: 'question',
    title: 'Do I feel at risk?',
    hint: 'The flowchart says "See overleaf for explanation", but that explanation is missing from the copy this app is built from.',
    options: [...yesNo, { value: 'notSure', label: "I'm not sure" }],
    errorMessage: 'Select yes, no or not sure',
    source: flowchart('Consider'),
  },
  {
    id: 'ne.atRisk',
    kind: 'information',
    title: 'If you feel at risk',
    paragraphs: ['What the flowchart says elsewhere that applies when you feel at risk:'],
    bullets: [
      'Home Visits / Joint Visit (Strategies to consider)',
      'Line Manager Discussion (Strategies to consider)',
      'Discuss with Line manager (Next Steps)',
      'Do not assume that someone else is doing something - communicate (Next Steps)',
    ],
    warning: 'Follow your own organisation’s lone-working policy.',
    reconstructed: {
      note: 'The flowchart’s own explanation of "Do I feel at risk?" is printed overleaf and is missing from this copy. This page lists only what the flowchart says elsewhere. Check your local original.',
    },
    source: flowchart('Consider; Strategies to consider; Next Steps'),
  },
  {
    id: 'ne.strategies',
    kind: 'checklist',
    title: 'Strategies to consider',
    hint: 'For each strategy, record whether it is done, planned or not appropriate, with a note.',
    items: checklistItems(strategies, 'Strategies to consider'),
    warning: 'DO NOT CLOSE CASE',
    source: flowchart('Strategies to consider'),
  },
  {
    id: 'ne.concerns',
    kind: 'multiSelect',
    title: 'Concerns/Issues Raised',
    hint: 'Select all that apply. The guidance each concern points to is shown next.',
    options: [...concernOptions, { value: noneValue, label: 'None of these' }],
    errorMessage: 'Select the concerns or issues raised, or "None of these"',
    source: flowchart('Concerns/Issues Raised'),
  },
  {
    id: 'ne.concernPointers',
    kind: 'information',
    title: 'What the guidance says about the concerns raised',
    paragraphs: [],
    source: flowchart('Concerns/Issues Raised'),
  },
  ...Object.values(concernPointers),
  {
    id: 'ne.nextSteps',
    kind: 'checklist',
    title: 'Next Steps',
    hint: `* ${strategyMeetingFootnote} (the flowchart’s footnote to the strategy meeting).`,
    items: checklistItems(nextSteps, 'Next Steps'),
    source: flowchart('Next Steps'),
  },
  {
    id: 'ne.inaction',
    kind: 'information',
    title: 'Inaction could lead to',
    paragraphs: [],
    bullets: [
      'Risk to Service User: Abuse, Neglect, Injury, Death',
      'Risk to Organisation: Serious Case Review, Organisational reputation issues, Negative Media Coverage, Compensation / Damages',
      'Risk to Worker: Dismissal, Disciplinary action',
    ],
    source: flowchart('Inaction could lead to'),
  },
  {
    id: 'ne.closing',
    kind: 'question',
    title: 'Are you considering closing this case?',
    hint: 'Risk assessments should be routinely completed when a case is to be closed because of a failure to co-operate/engage or keep clinical appointments.',
    options: yesNo,
    errorMessage: 'Select yes if you are considering closing this case',
    source: closingFootnote,
  },
  {
    id: 'ne.closingRiskAssessment',
    kind: 'question',
    title: 'Has a risk assessment been completed?',
    hint: 'Risk assessments should be routinely completed when a case is to be closed because of a failure to co-operate/engage or keep clinical appointments.',
    options: yesNo,
    errorMessage: 'Select yes if a risk assessment has been completed',
    source: closingFootnote,
  },
  {
    id: 'ne.closingAgencyCheck',
    kind: 'question',
    title: 'Have you actively checked with other agencies known to be in contact with the person?',
    hint: 'As part of the risk assessment there is a requirement to actively check with other agencies known to be in contact with the person (A2 SCR 2012).',
    options: yesNo,
    errorMessage: 'Select yes if you have checked with the other agencies',
    source: closingFootnote,
  },
  {
    id: 'ne.outcome.doNotClose',
    kind: 'outcome',
    title: 'The case should not be closed',
    paragraphs: [
      'Risk assessments should be routinely completed when a case is to be closed because of a failure to co-operate/engage or keep clinical appointments. As part of this there is a requirement to actively check with other agencies known to be in contact with the person (A2 SCR 2012).',
      'Not yet done:',
    ],
    warning: 'Do not close the case',
    source: closingFootnote,
  },
  {
    id: 'ne.outcome.closingChecksDone',
    kind: 'outcome',
    title: 'The checks required before closing are recorded',
    paragraphs: [
      'You have recorded that a risk assessment has been completed and that you have actively checked with other agencies known to be in contact with the person, as the flowchart requires when a case is to be closed because of a failure to co-operate/engage (A2 SCR 2012).',
      'The flowchart still says, with no condition: DO NOT CLOSE CASE (Strategies to consider) and Do not close the case (Next Steps).',
    ],
    warning: 'DO NOT CLOSE CASE',
    source: closingFootnote,
    alsoFrom: [flowchart('Strategies to consider'), flowchart('Next Steps')],
  },
  {
    id: 'ne.dataProtection',
    kind: 'information',
    title: 'Data Protection reminder',
    paragraphs: [
      'You are allowed to share information about clients in a safeguarding situation. Please check the Information Sharing protocol and/or ask advice if you have any queries.',
    ],
    source: flowchart('Data Protection reminder'),
  },
];
