import type { Source } from '../schema';

// Training mode: situations in which the signs of collusion, or of risk from non-engagement, are present,
// for practice with the non-engagement flowchart and its "Am I colluding?" self-check
// (../shared/guidance/non-engagement-flowchart.txt). Each scenario names the self-check questions it
// points to and the flowchart steps it points to, by their content ids (content/collusion.ts and
// content/non-engagement.ts), and the self-check questions a trainee should answer "yes" to.
//
// The feedback quotes the flowchart word for word (the gatekeeper scenario also quotes the framework
// passage the flowchart's "Family acting as a gatekeeper?" points to in the app). The situations and the
// short explanations before the quotes are the app's; no people are named.

const flowchart = (section: string): Source => ({ doc: 'non-engagement', section });
const framework = (section: string): Source => ({ doc: 'risk-management', section });

const selfCheck = flowchart('Am I colluding? (overleaf)');
const evidenceQuestion = flowchart('Individual/Family is not engaging with services');
const consider = flowchart('Consider');
const strategies = flowchart('Strategies to consider');
const concerns = flowchart('Concerns/Issues Raised');
const nextSteps = flowchart('Next Steps');
const inaction = flowchart('Inaction could lead to');
const closing = flowchart('Footnote (A2 SCR 2012)');
const dataProtection = flowchart('Data Protection reminder');

export interface GuidanceQuote {
  /** Word for word from the document cited. */
  text: string;
  source: Source;
}

export interface NonEngagementScenario {
  id: string;
  title: string;
  /** Two to four sentences, as a worker might meet the situation. */
  situation: string;
  /** The signs present, in the app's words. */
  signs: string[];
  /** The "Am I colluding?" questions the situation points to (content ids in content/collusion.ts). */
  selfCheck: string[];
  /** The flowchart steps the situation points to (content ids in content/non-engagement.ts). */
  flowchartSteps: string[];
  /** The self-check questions a trainee should answer "yes" to. */
  expectedFlags: string[];
  /** Why, in the app's words, before the quotes. */
  explanation: string[];
  /** What the flowchart (and, where it points there, the framework) says. */
  quotes: GuidanceQuote[];
  /** The explanation and the quotes, as one text. */
  feedback: string;
  source: Source;
  alsoFrom: Source[];
}

const q = (text: string, source: Source): GuidanceQuote => ({ text, source });

// The flowchart's own words, as printed.
const says = {
  avoidConflict: q(
    'Am I colluding to avoid conflict i.e. taking the word of a family member rather than speaking to the vulnerable adult themselves?',
    selfCheck,
  ),
  minimising: q('Am I minimising negative information in order to avoid provoking a reaction?', selfCheck),
  hesitantToShare: q('Am I hesitant to share my concerns in order to avoid confrontation?', selfCheck),
  keepingToMyself: q(
    'Am I keeping my concerns to myself or am I sharing them with my line manager?',
    selfCheck,
  ),
  relievedNoAnswer: q('Am I relieved when there is no answer at the door?', selfCheck),
  familyNeeds: q('Am I focussing on the family needs not the needs of the adult at risk?', selfCheck),
  evidence: q(
    'Am I concerned just because they are not engaging or do I have evidence that non-engagement increases risk?',
    evidenceQuestion,
  ),
  feelAtRisk: q('Do I feel at risk?', consider),
  homeVisits: q('Home Visits / Joint Visit', strategies),
  gpContact: q('GP Contact', strategies),
  lineManagerDiscussion: q('Line Manager Discussion', strategies),
  carersAssessment: q("Carer's assessment", strategies),
  doNotCloseCase: q('DO NOT CLOSE CASE', strategies),
  gatekeeper: q('Family acting as a gatekeeper?', concerns),
  familyPressure: q('Family Pressure', concerns),
  capacityButVulnerable: q('Capacity but still Vulnerable?', concerns),
  duress: q('Duress?', concerns),
  mca: q('MCA', concerns),
  doNotClose: q('Do not close the case', nextSteps),
  discussLineManager: q('Discuss with Line manager', nextSteps),
  riskAssessment: q('Risk Assessment', nextSteps),
  mentalCapacityAssessment: q('Consider Mental Capacity assessment', nextSteps),
  strategyMeeting: q(
    'Seriously consider a face to face Multi-Agency Strategy or Risk Assessment Meeting and communicate the outcomes to other relevant agencies',
    nextSteps,
  ),
  workersShare: q(
    'Workers from different agencies need the opportunity to share information and discuss the best way forward with families/individuals who do not engage',
    nextSteps,
  ),
  communicate: q('Do not assume that someone else is doing something-communicate', nextSteps),
  safeguardingAlert: q('Safeguarding Alert?', nextSteps),
  riskToServiceUser: q('Risk to Service User', inaction),
  harms: q('Abuse, Neglect, Injury, Death', inaction),
  closingCase: q(
    'Risk assessments should be routinely completed when a case is to be closed because of a failure to co-operate/engage or keep clinical appointments. As part of this there is a requirement to actively check with other agencies known to be in contact with the person (A2 SCR 2012).',
    closing,
  ),
  shareInformation: q(
    'You are allowed to share information about clients in a safeguarding situation.',
    dataProtection,
  ),
  gatekeeperFramework: q(
    "Involvement and the offer of support does not hinge on a request by the adult or anybody else and is not negated by a third party's refusal to grant access to the adult, or by the adult's refusal to participate.",
    framework('§3.3'),
  ),
};

const documentNames: Record<string, string> = {
  'non-engagement': 'Non-engagement flowchart',
  'risk-management': 'Multi-agency risk management framework',
};

interface Definition {
  id: string;
  title: string;
  situation: string;
  signs: string[];
  selfCheck: string[];
  flowchartSteps: string[];
  expectedFlags: string[];
  explanation: string[];
  quotes: GuidanceQuote[];
}

const definitions: Definition[] = [
  {
    id: 'nep.wordOfFamily',
    title: 'Talking to his son on the doorstep',
    situation:
      'You visit an older man who has missed three hospital appointments. His son answers the door, says his father is asleep and "doesn\'t want any fuss", and you leave after talking to the son on the doorstep. You have not spoken to the man himself since the referral.',
    signs: ['Speaking to a family member instead of the adult'],
    selfCheck: ['collusion.avoidConflict', 'collusion.familyNeeds'],
    flowchartSteps: ['ne.evidence', 'ne.concerns', 'ne.pointer.gatekeeper', 'ne.strategies', 'ne.nextSteps'],
    expectedFlags: ['collusion.avoidConflict'],
    explanation: [
      "Everything you know about how the man is, and what he wants, comes from his son. The self-check names exactly this: taking a family member's word rather than speaking to the adult.",
      'Missed hospital appointments are non-engagement; the flowchart asks whether you have evidence that it increases risk, which you cannot judge without seeing him.',
    ],
    quotes: [says.avoidConflict, says.evidence, says.gatekeeper, says.homeVisits, says.communicate],
  },
  {
    id: 'nep.reliefNoAnswer',
    title: 'Relieved that no one came to the door',
    situation:
      'You call at the flat of a woman who has stopped letting her home care workers in. Last time she shouted at you and you left shaken. Today there is no answer, and as you walk away you notice you feel relieved; you plan to send a letter rather than call again.',
    signs: ['Relief at no answer at the door', 'The worker may feel at risk'],
    selfCheck: ['collusion.relievedNoAnswer'],
    flowchartSteps: ['ne.consider', 'ne.feelAtRisk', 'ne.atRisk', 'ne.strategies', 'ne.nextSteps'],
    expectedFlags: ['collusion.relievedNoAnswer'],
    explanation: [
      'Feeling relieved when no one answers is one of the signs the self-check asks about. A letter instead of a visit would mean no one sees her.',
      'The flowchart also asks "Do I feel at risk?". Its explanation of that question is printed overleaf and is missing from this copy: the flowchart\'s strategies include a joint visit and a line manager discussion, and you should follow your own organisation\'s lone-working policy.',
    ],
    quotes: [
      says.relievedNoAnswer,
      says.feelAtRisk,
      says.homeVisits,
      says.lineManagerDiscussion,
      says.communicate,
    ],
  },
  {
    id: 'nep.pressureToClose',
    title: 'Pressure to close the case as "disengaged"',
    situation:
      'A man with diabetes has not answered calls or letters for six weeks and has missed two clinic appointments. At a busy team meeting your manager suggests closing the case as "disengaged". You have doubts but say nothing, because you do not want an argument, and no one has checked whether his GP or his housing officer has seen him.',
    signs: ['Pressure to close the case', 'Keeping concerns to yourself'],
    selfCheck: ['collusion.hesitantToShare', 'collusion.keepingToMyself'],
    flowchartSteps: [
      'ne.closing',
      'ne.closingRiskAssessment',
      'ne.closingAgencyCheck',
      'ne.outcome.doNotClose',
      'ne.inaction',
      'ne.strategies',
    ],
    expectedFlags: ['collusion.hesitantToShare', 'collusion.keepingToMyself'],
    explanation: [
      'The case is to be closed because of a failure to engage and to keep clinical appointments, so the flowchart requires a risk assessment and an active check with the other agencies in contact with him. Neither has been done, so the case should not be closed.',
      'Staying silent to avoid an argument is what two of the self-check questions ask about.',
    ],
    quotes: [
      says.closingCase,
      says.doNotCloseCase,
      says.hesitantToShare,
      says.keepingToMyself,
      says.riskToServiceUser,
      says.harms,
    ],
  },
  {
    id: 'nep.minimising',
    title: 'Leaving the weight loss out of the notes',
    situation:
      'At a review, a woman\'s daughter says her mother is "fine, just tired" and that the family would rather services stepped back. The district nurse has reported weight loss and a pressure sore. The daughter became angry the last time concerns were raised, so you leave the weight loss out of your notes of the meeting.',
    signs: ['Minimising', 'Family pressure'],
    selfCheck: ['collusion.minimising', 'collusion.hesitantToShare'],
    flowchartSteps: [
      'ne.evidence',
      'ne.evidenceDetail',
      'ne.concerns',
      'ne.pointer.familyPressure',
      'ne.pointer.safeguardingAlert',
      'ne.nextSteps',
    ],
    expectedFlags: ['collusion.minimising'],
    explanation: [
      'Leaving negative information out to avoid a reaction is minimising, the second self-check question. The weight loss and the pressure sore are evidence that the family stepping back from services may increase risk: record them.',
    ],
    quotes: [
      says.minimising,
      says.evidence,
      says.familyPressure,
      says.riskAssessment,
      says.safeguardingAlert,
    ],
  },
  {
    id: 'nep.gatekeeper',
    title: 'His mother takes every call',
    situation:
      'Each time you phone to arrange a visit to a young man with a learning disability, his mother says he is out or busy and that she will pass on messages; she says the family can manage without services. You have not seen him for four months. Because visits seem to upset her, you have agreed to deal only with her.',
    signs: [
      'Family acting as gatekeeper',
      'Speaking to a family member instead of the adult',
      "Focusing on the family's needs",
    ],
    selfCheck: ['collusion.avoidConflict', 'collusion.familyNeeds'],
    flowchartSteps: [
      'ne.concerns',
      'ne.pointer.gatekeeper',
      'ne.pointer.duress',
      'ne.pointer.capacityButVulnerable',
      'ne.strategies',
      'ne.nextSteps',
    ],
    expectedFlags: ['collusion.avoidConflict', 'collusion.familyNeeds'],
    explanation: [
      "His mother controls all contact with him, and you have agreed to it because visits upset her: that is taking a family member's word rather than speaking to the adult, and putting the family's needs before his.",
      'The flowchart lists the family acting as a gatekeeper among the concerns it raises; in the app it points to the framework passage quoted below.',
    ],
    quotes: [
      says.gatekeeper,
      says.duress,
      says.capacityButVulnerable,
      says.avoidConflict,
      says.familyNeeds,
      says.gatekeeperFramework,
      says.strategyMeeting,
    ],
  },
  {
    id: 'nep.keepingToSelf',
    title: 'Assuming the GP will pick it up',
    situation:
      'A community nurse has not been able to see a woman with a leg ulcer for a month; her partner answers the phone and says she does not want visits. The nurse is worried the ulcer is getting worse, but has not raised it in supervision, assuming that the GP will pick it up.',
    signs: ['Keeping concerns to yourself', 'Speaking to a family member instead of the adult'],
    selfCheck: ['collusion.keepingToMyself', 'collusion.avoidConflict'],
    flowchartSteps: ['ne.nextSteps', 'ne.strategies', 'ne.pointer.gatekeeper', 'ne.dataProtection'],
    expectedFlags: ['collusion.keepingToMyself', 'collusion.avoidConflict'],
    explanation: [
      "The nurse is keeping the concern to herself and assuming someone else is acting; the flowchart says to communicate and to discuss with a line manager. Her partner's word has also stood in for the woman's own.",
      'Sharing the concern with the GP is allowed: the flowchart reminds workers that information can be shared in a safeguarding situation.',
    ],
    quotes: [
      says.keepingToMyself,
      says.avoidConflict,
      says.communicate,
      says.discussLineManager,
      says.gpContact,
      says.workersShare,
      says.shareInformation,
    ],
  },
  {
    id: 'nep.familyNeeds',
    title: "Visits that centre on the carer's exhaustion",
    situation:
      "A man cares for his wife, who has dementia and has stopped going to her day centre. Your visits have come to centre on how exhausted he is and on arranging his carer's assessment. You have not asked her how she is, or followed up the bruising the day centre reported before she stopped going.",
    signs: ["Focusing on the family's needs", 'Minimising'],
    selfCheck: ['collusion.familyNeeds', 'collusion.minimising'],
    flowchartSteps: [
      'ne.evidence',
      'ne.strategies',
      'ne.concerns',
      'ne.pointer.mca',
      'ne.pointer.safeguardingAlert',
      'ne.nextSteps',
    ],
    expectedFlags: ['collusion.familyNeeds'],
    explanation: [
      "A carer's assessment is one of the flowchart's strategies, but here the work has come to be about the carer's needs rather than those of the adult at risk. She has stopped attending, and the bruising reported before she stopped has not been followed up.",
      'Her dementia raises the question of capacity; the bruising raises the question of a safeguarding alert.',
    ],
    quotes: [
      says.familyNeeds,
      says.carersAssessment,
      says.mca,
      says.mentalCapacityAssessment,
      says.safeguardingAlert,
    ],
  },
];

const sameSource = (a: Source, b: Source) => a.doc === b.doc && a.section === b.section;

function build(definition: Definition): NonEngagementScenario {
  const quoteLines = definition.quotes.map(
    (quote) =>
      `"${quote.text}" (${documentNames[quote.source.doc] ?? quote.source.doc}: ${quote.source.section})`,
  );
  const alsoFrom: Source[] = [];
  for (const quote of definition.quotes) {
    if (
      !sameSource(quote.source, selfCheck) &&
      !alsoFrom.some((source) => sameSource(source, quote.source))
    ) {
      alsoFrom.push(quote.source);
    }
  }
  return {
    ...definition,
    feedback: [...definition.explanation, 'The guidance says:', ...quoteLines].join('\n\n'),
    source: selfCheck,
    alsoFrom,
  };
}

/** Practice situations for the non-engagement flowchart and the "Am I colluding?" self-check. */
export const nonEngagementScenarios: NonEngagementScenario[] = definitions.map(build);
