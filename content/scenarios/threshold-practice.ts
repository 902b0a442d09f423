import type { Source } from '../schema';
import {
  abuseTypes,
  doingNothing,
  ifInDoubt,
  otherProcesses,
  otherProcessesLead,
  professionalJudgement,
  ratingLevels,
  thresholdExamples,
  thresholdOutcomes,
  thresholdQuestions,
  type AbuseTypeValue,
  type ThresholdBand,
  type ThresholdExample,
  type ThresholdLevel,
} from '../thresholds';

// Training mode: short threshold scenarios, each written from one example in the examples table of
// Solihull Local Practice Guidance No 15, Thresholds (§15.3), so that a trainee can walk the threshold
// journey and compare their answers with what the guidance says. Each scenario keeps its example's facts
// (isolated or recurring, harm or no harm, one person or many) and adds only the everyday detail needed
// to make a situation a worker might meet; nothing added moves the example out of its column.
//
// The expected ratings are the matrix's four questions (§15.3) in the journey's order: seriousness (q1),
// frequency (q2), exposure (q3), recurrence (q4). The expected band is the band the matrix's outcome rules
// give for those ratings (machines/rules/threshold.ts computes the same, and the tests check it). The
// feedback is composed from the example's own words, the matrix wording for each rating, and the outcome
// wording, so a trainee sees exactly what the guidance says and where.
//
// No people are named: situations use roles ("her son", "the care provider").

/** The four threshold questions, in the journey's order (machines/rules/threshold-findings.ts). */
export type RatingStep = 'seriousness' | 'frequency' | 'exposure' | 'recurrence';

export const ratingStepOrder: readonly RatingStep[] = ['seriousness', 'frequency', 'exposure', 'recurrence'];

/**
 * What the trainee records at the journey's decision step: an alert; no alert; either, as professional
 * judgement; or (all green) an alert, or no alert with other processes used and reasons recorded.
 */
export type ExpectedDecision = 'made' | 'notMade' | 'professionalJudgement' | 'alertOrOtherProcesses';

/** The expected answer to the journey's crime question (th.crime), where the example itself settles it. */
export type ExpectedCrime = 'yes' | 'no' | 'notSure';

export interface ThresholdScenario {
  id: string;
  title: string;
  /** The example's type first; further types only where the situation plainly presents them too. */
  abuseTypes: AbuseTypeValue[];
  /** Two to four sentences, as a worker might meet the concern. */
  situation: string;
  /** The example from the examples table (thresholdExamples) the scenario is written from. */
  basedOn: { exampleId: string; level: ThresholdLevel };
  expectedRatings: Record<RatingStep, ThresholdLevel>;
  /** Why each rating, in terms of the situation. */
  ratingReasons: Record<RatingStep, string>;
  /** Present where the example names a crime (theft, assault) or plainly raises the question. */
  expectedCrime?: ExpectedCrime;
  /** The band the matrix's outcome rules give for expectedRatings. */
  expectedBand: ThresholdBand;
  expectedDecision: ExpectedDecision;
  /** Why: the example quoted, the matrix wording for each rating, and what the outcome says. */
  feedback: string;
  /** The same feedback, paragraph by paragraph, for display. */
  feedbackParagraphs: string[];
  /** The example's cell in the examples table. */
  source: Source;
  /** The matrix questions and outcome rules (and §15.2 where the feedback quotes it). */
  alsoFrom: Source[];
}

/** A type of abuse and level with no readable example in this copy, so no scenario can be written. */
export interface ThresholdPracticeGap {
  abuseType: AbuseTypeValue;
  level: ThresholdLevel;
  note: string;
}

/**
 * The levels the examples table has no readable example for. The scenarios cover every other type and
 * level. (See examplesOmitted in ../thresholds for the damaged cells.)
 */
export const thresholdPracticeGaps: ThresholdPracticeGap[] = [
  {
    abuseType: 'sexual',
    level: 'amber',
    note: 'The Possibly SAFEGUARDING cell for Sexual is unreadable in this copy of the guidance (it reads only "- Control of the Cont"), so there is no amber sexual-abuse scenario. Check your local original.',
  },
];

/**
 * The decision the guidance points to for each band. For all green the guidance says two things: the
 * matrix's outcome wording ("NOT SAFEGUARDING BUT RAISE AN ALERT") and the examples table's "Not
 * SAFEGUARDING" column, with §15.2's "poor practice which is not safeguarding but does require action
 * e.g. a single medication error requiring training"; so an alert is accepted, and so is no alert when
 * other processes are used and the reasons recorded (§15.2: "If the decision is not to make a
 * Safeguarding Adults alert then other processes must be used").
 */
export const expectedDecisionForBand: Record<ThresholdBand, ExpectedDecision> = {
  red: 'made',
  amberMany: 'made',
  allGreen: 'alertOrOtherProcesses',
  undecided: 'professionalJudgement',
};

// ---------------------------------------------------------------------------------------------------
// Composing the feedback from the guidance's own words
// ---------------------------------------------------------------------------------------------------

const levelNames: Record<ThresholdLevel, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

const typeLabel = (type: AbuseTypeValue) => abuseTypes.find((option) => option.value === type)?.label ?? type;

const headingOf = (level: ThresholdLevel) =>
  ratingLevels.find((entry) => entry.value === level)?.examplesHeading ?? level;

const matrixLabelOf = (level: ThresholdLevel) =>
  ratingLevels.find((entry) => entry.value === level)?.label ?? level;

const exampleOf = (id: string): ThresholdExample | undefined =>
  thresholdExamples.find((example) => example.id === id);

function ratingParagraph(step: RatingStep, level: ThresholdLevel, reason: string): string {
  const index = ratingStepOrder.indexOf(step);
  const question = thresholdQuestions[index];
  const answer = question.levels[level];
  const supplied = answer.reconstructed
    ? ' (this wording is supplied by the app because the cell is damaged or empty in this copy of the guidance; check your local original)'
    : '';
  return `This scenario’s reading, question ${question.number}, "${question.title}": ${levelNames[level]}, "${answer.text}"${supplied}. ${reason}`;
}

function bandParagraphs(band: ThresholdBand): string[] {
  const outcome = thresholdOutcomes[band];
  switch (band) {
    case 'red':
      return [
        `One or more red: the matrix says "${outcome.matrixWording}" (§15.3). The examples table heads its SAFEGUARDING columns "${headingOf('red')}".`,
        'Expected decision: make a Safeguarding Adults alert.',
      ];
    case 'amberMany':
      return [
        `More than two amber and no red: the matrix says "${outcome.matrixWording}" (§15.3). The examples table heads the example's column "${headingOf('amber')}"; it is the four answers together that give the outcome.`,
        'Expected decision: make a Safeguarding Adults alert.',
      ];
    case 'allGreen':
      return [
        `All four answers are green. The guidance says two things here, and both are shown rather than one being chosen: the examples table heads this column "${headingOf('green')}" (§15.3 examples), and the matrix's outcome for all green is "${outcome.matrixWording}" (§15.3 outcome rules).`,
        "Expected decision, in this practice (the app's reading of the two): either. The matrix's outcome wording says raise an alert. If your decision is not to make an alert, the guidance says (§15.2): \"" +
          otherProcessesLead.text +
          ' ' +
          otherProcesses.map((process) => process.label).join('; ') +
          '." So no alert is accepted when you select the other processes used and record your reasons. Discuss it with your line manager or the Safeguarding Adult Team.',
        `${doingNothing.text} (§15.2).`,
      ];
    case 'undecided':
      return [
        `One or two amber and no red: the matrix does not decide this. It states outcomes only for all green ("${thresholdOutcomes.allGreen.matrixWording}"), more than two amber ("${thresholdOutcomes.amberMany.matrixWording}") and one or more red ("${thresholdOutcomes.red.matrixWording}"). This is not a "not safeguarding" outcome.`,
        `Expected decision: a professional-judgement decision. The guidance says: "${professionalJudgement.text}" and "${ifInDoubt.title}: ${ifInDoubt.steps.join('; ')}" (§15.2).`,
        `${doingNothing.text} (§15.2).`,
      ];
  }
}

/**
 * The guidance places each example in a column of its table; it does not answer the matrix's four
 * questions for it. The ratings in the feedback are the scenario's reading of its situation (the app's),
 * and the feedback says so before giving them.
 */
const readingParagraph =
  'The guidance does not rate its examples question by question. The ratings below are this scenario’s reading of the situation, written for this app, not the guidance’s own: the guidance gives only the example’s column, and the matrix’s wording for each answer.';

// ---------------------------------------------------------------------------------------------------
// The scenarios
// ---------------------------------------------------------------------------------------------------

type Rated = [ThresholdLevel, string];

interface ScenarioDefinition {
  id: string;
  title: string;
  abuseTypes: AbuseTypeValue[];
  situation: string;
  exampleId: string;
  level: ThresholdLevel;
  ratings: Record<RatingStep, Rated>;
  band: ThresholdBand;
  decision: ExpectedDecision;
  crime?: ExpectedCrime;
  /** A further point for this scenario, added to the feedback after the ratings. */
  note?: string;
}

const definitions: ScenarioDefinition[] = [
  // ---- Physical -----------------------------------------------------------------------------------
  {
    id: 'tp.physical.green.hoistSling',
    title: 'A friction mark from a hoist sling',
    abuseTypes: ['physical'],
    situation:
      "A senior carer in a residential home notices a small friction mark on a resident's thigh after a hoist transfer. The sling used was the wrong size for her. The mark caused her no harm, it was reported the same day, and a correctly fitted sling has been used since.",
    exampleId: 'th.ex.physical.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'The mark caused no harm: this is the example\'s "Staff causing no harm".'],
      frequency: ['green', 'It happened once.'],
      exposure: ['green', 'One resident, whose sling was the wrong size.'],
      recurrence: ['green', 'The cause has been put right: the correct sling is now used.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.physical.green.dispute',
    title: 'Two tenants argue over the television',
    abuseTypes: ['physical'],
    situation:
      'Two tenants of a supported living house argue over the television remote, and one snatches it from the other. Neither is hurt and staff calm things within minutes. A risk assessment for the shared lounge is already in place and staff review it the same day.',
    exampleId: 'th.ex.physical.green.3',
    level: 'green',
    ratings: {
      seriousness: ['green', 'No one was harmed.'],
      frequency: ['green', 'A single dispute.'],
      exposure: ['green', 'Two tenants: very small numbers.'],
      recurrence: ['green', 'It was quickly resolved and a risk assessment is in place.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.physical.amber.unexplainedMarking',
    title: 'A small bruise no one can explain',
    abuseTypes: ['physical'],
    situation:
      "During personal care, a home care worker notices a small bruise on the back of a man's hand. He lives alone with a daily care visit, he cannot say how it happened, and nothing in the care notes explains it.",
    exampleId: 'th.ex.physical.amber.1',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'A minor mark is some harm.'],
      frequency: ['green', 'It has been found once.'],
      exposure: ['green', 'One man.'],
      recurrence: [
        'amber',
        'With no explanation of how it happened, it cannot be said to be unlikely to happen again: possible.',
      ],
    },
    band: 'undecided',
    decision: 'professionalJudgement',
    note: 'Compare the red example "Inexplicable injuries" (Physical, SAFEGUARDING): the table separates minor marking from injury. If the mark were an injury, or found again, the answers would change.',
  },
  {
    id: 'tp.physical.amber.serviceUserPush',
    title: 'A push in the lunch queue',
    abuseTypes: ['physical'],
    situation:
      'At a day service, one man pushes another in the queue for lunch. Staff separate them at once and neither is hurt. It is the first time anything has happened between them, and both attend on the same days.',
    exampleId: 'th.ex.physical.amber.2',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'No one was hurt, but a push can cause a fall: potential harm.'],
      frequency: ['green', 'The first and only incident between them.'],
      exposure: ['green', 'One man was pushed.'],
      recurrence: ['amber', 'Possible: they will meet again on the same days.'],
    },
    band: 'undecided',
    decision: 'professionalJudgement',
  },
  {
    id: 'tp.physical.amber.informalCarer',
    title: 'A friend who helps at home grabs her arm',
    abuseTypes: ['physical'],
    situation:
      'A woman who goes to a day centre tells staff that a friend who helps her at home grabbed her arm to hurry her out of the door. There is no mark and she was not hurt. She says the friend apologised straight away, and the friend still helps her every day.',
    exampleId: 'th.ex.physical.amber.3',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'Unwanted physical contact: potential harm, though none occurred.'],
      frequency: ['green', 'Once, as far as is known.'],
      exposure: ['green', 'One woman.'],
      recurrence: ['amber', 'Possible: the friend still helps her every day.'],
    },
    band: 'undecided',
    decision: 'professionalJudgement',
  },
  {
    id: 'tp.physical.red.assault',
    title: 'A visitor slaps a patient',
    abuseTypes: ['physical'],
    situation:
      'A nurse on a hospital ward sees a visiting relative slap an older man across the face, leaving a red mark and a small cut to his lip. He is frightened and asks staff not to let the visitor back.',
    exampleId: 'th.ex.physical.red.4',
    level: 'red',
    ratings: {
      seriousness: ['red', 'A physical assault causing injury is serious harm and a criminal act.'],
      frequency: ['green', 'Seen once.'],
      exposure: ['green', 'One man.'],
      recurrence: ['amber', 'Possible: the relative may visit again.'],
    },
    band: 'red',
    decision: 'made',
    crime: 'yes',
  },
  {
    id: 'tp.physical.red.criminalAct',
    title: 'Pushed against a wall and his phone taken',
    abuseTypes: ['physical', 'financial'],
    situation:
      'A young man with a learning disability tells his support worker that a man on his estate pushed him against a wall and took his phone. He has no visible injury but is now scared to go out.',
    exampleId: 'th.ex.physical.red.6',
    level: 'red',
    ratings: {
      seriousness: [
        'red',
        'Being pushed and having his phone taken is a potential criminal act (the matrix rates "a criminal act" red), whatever the injury.',
      ],
      frequency: ['green', 'Once, as far as is known.'],
      exposure: ['green', 'One man.'],
      recurrence: ['amber', 'Possible: the man lives on the same estate.'],
    },
    band: 'red',
    decision: 'made',
    crime: 'yes',
    note: 'Theft is also an example in the Financial row\'s SAFEGUARDING column ("Theft."), so both types are selected.',
  },
  {
    id: 'tp.physical.red.restraint',
    title: 'Held down for personal care',
    abuseTypes: ['physical'],
    situation:
      "Staff at a care home hold a resident's arms down to give her personal care whenever she resists. Her care plan says nothing about holding her, and no one has assessed whether it is needed or proportionate to any risk.",
    exampleId: 'th.ex.physical.red.1',
    level: 'red',
    ratings: {
      seriousness: [
        'red',
        'Restraint outside the care plan and not assessed as proportionate carries potential serious harm, and may be a criminal act.',
      ],
      frequency: ['red', 'It happens whenever she resists: it has occurred regularly.'],
      exposure: ['green', 'One resident.'],
      recurrence: ['red', 'Probable: nothing has changed in how staff give her care.'],
    },
    band: 'red',
    decision: 'made',
  },

  // ---- Medication ---------------------------------------------------------------------------------
  {
    id: 'tp.medication.green.missedDose',
    title: 'One missed evening tablet',
    abuseTypes: ['medication'],
    situation:
      "A home care worker finds that an older man's evening tablet from the previous visit is still in its blister pack. The pharmacist advises that missing the single dose has caused no harm. The care worker who missed it is booked on medication training.",
    exampleId: 'th.ex.medication.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'The missed dose caused no harm.'],
      frequency: ['green', 'A single missed dose.'],
      exposure: ['green', 'One man.'],
      recurrence: ['green', 'Unlikely: the care worker is being trained on medication procedure.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
    note: 'The guidance gives this very case as its example of another process (§15.2): "An example of may be poor practice which is not safeguarding but does require action e.g. a single medication error requiring training on medication procedure."',
  },
  {
    id: 'tp.medication.amber.recurringErrors',
    title: 'An inhaler missed twice this month',
    abuseTypes: ['medication'],
    situation:
      "A care home's medication records show that one resident's morning inhaler has been missed twice this month, on different shifts. She has had no ill effects. No other resident's medicines are affected, and the cause has not yet been found.",
    exampleId: 'th.ex.medication.amber.1',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'No harm occurred, but repeatedly missed medication carries potential harm.'],
      frequency: ['amber', 'It has happened more than once (twice this month).'],
      exposure: ['green', 'One resident.'],
      recurrence: ['amber', 'Possible: the cause has not been found.'],
    },
    band: 'amberMany',
    decision: 'made',
  },
  {
    id: 'tp.medication.red.sedation',
    title: 'An "as required" sedative given to keep her settled',
    abuseTypes: ['medication'],
    situation:
      'Night staff at a nursing home give a resident her "as required" sedative at bedtime most nights, recording the reason as "to keep her settled". Her records show no agitation on those nights, and the prescriber has not been asked.',
    exampleId: 'th.ex.medication.red.1',
    level: 'red',
    ratings: {
      seriousness: [
        'red',
        'Deliberate maladministration of a sedative without a clinical reason carries potential serious harm.',
      ],
      frequency: ['red', 'Most nights: it has occurred regularly.'],
      exposure: ['green', 'One resident.'],
      recurrence: ['red', 'Probable: it is the routine on nights.'],
    },
    band: 'red',
    decision: 'made',
    note: 'The guidance also says medication errors "could be an indicator of institutional abuse" (§15.2); consider whether other residents are affected.',
  },

  // ---- Sexual -------------------------------------------------------------------------------------
  {
    id: 'tp.sexual.green.remark',
    title: 'A sexualised remark from a volunteer',
    abuseTypes: ['sexual'],
    situation:
      'At a day centre, a volunteer makes an inappropriate sexualised remark to a woman who attends. She has capacity to understand what was said, says it did not upset her, and it is the only time anything like it has been said. The centre manager has spoken to the volunteer about conduct.',
    exampleId: 'th.ex.sexual.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'No distress and no harm was caused.'],
      frequency: ['green', 'An isolated incident.'],
      exposure: ['green', 'One woman.'],
      recurrence: ['green', 'Unlikely: it is the only time, and the manager has dealt with it.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
    note: 'The example depends on two facts: the adult has capacity, and no distress is caused. If either is different, the example no longer fits.',
  },
  {
    id: 'tp.sexual.red.lacksCapacity',
    title: 'Sexualised attention towards a resident who lacks capacity',
    abuseTypes: ['sexual'],
    situation:
      'In a care home, staff twice see a male resident touching and trying to kiss a female resident who has advanced dementia. She has been assessed as lacking capacity to consent to sexual relations. Staff move him away, but the two share a lounge every day.',
    exampleId: 'th.ex.sexual.red.2',
    level: 'red',
    ratings: {
      seriousness: [
        'red',
        'Sexualised attention towards someone who lacks capacity to consent carries potential serious harm.',
      ],
      frequency: ['amber', 'It has happened more than once (twice).'],
      exposure: ['green', 'One woman.'],
      recurrence: ['amber', 'Possible: they share a lounge every day.'],
    },
    band: 'red',
    decision: 'made',
    note: 'In this copy of the guidance the Possibly SAFEGUARDING cell for Sexual is unreadable, so this example is placed under SAFEGUARDING by its position in the table alone.',
  },
  {
    id: 'tp.sexual.red.teasing',
    title: 'Sexual jokes and gestures from a care assistant',
    abuseTypes: ['sexual'],
    situation:
      'A resident of a care home tells her key worker that a care assistant makes sexual gestures and jokes about her body when he helps her to dress. She finds it upsetting. He helps her to dress most mornings.',
    exampleId: 'th.ex.sexual.red.1',
    level: 'red',
    ratings: {
      seriousness: ['amber', 'She is upset by it: some harm.'],
      frequency: ['red', 'It happens when he helps her dress, most mornings: regularly.'],
      exposure: ['green', 'One resident, as far as is known.'],
      recurrence: ['red', 'Probable: he still helps her to dress.'],
    },
    band: 'red',
    decision: 'made',
    note: 'In this copy of the guidance the Possibly SAFEGUARDING cell for Sexual is unreadable, so "Verbal and gestured sexualised teasing" is placed under SAFEGUARDING by its position in the table alone. Here the teasing also happens regularly.',
  },

  // ---- Psychological ------------------------------------------------------------------------------
  {
    id: 'tp.psychological.green.rude',
    title: 'A rude receptionist',
    abuseTypes: ['psychological'],
    situation:
      'A receptionist at a GP surgery is short and rude to a man with a learning disability who arrives late for his appointment. He says afterwards that it did not bother him. The practice manager apologises to him and speaks to the receptionist.',
    exampleId: 'th.ex.psychological.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'Respect was undermined, but no distress was caused.'],
      frequency: ['green', 'An isolated incident.'],
      exposure: ['green', 'One man.'],
      recurrence: ['green', 'Unlikely: the practice manager has dealt with it.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.psychological.amber.withholdingInformation',
    title: 'Letters about her benefits not passed on',
    abuseTypes: ['psychological'],
    situation:
      'A woman in supported accommodation tells her advocate that staff have twice kept back letters about her benefits review, so that she had to ask what was happening. A member of staff says it is "easier if we deal with it" without her.',
    exampleId: 'th.ex.psychological.amber.1',
    level: 'amber',
    ratings: {
      seriousness: [
        'amber',
        'Being kept from information about her own affairs, to disempower her, is some harm.',
      ],
      frequency: ['amber', 'Occasional: it has happened more than once (twice).'],
      exposure: ['green', 'One woman.'],
      recurrence: ['amber', 'Possible: staff see nothing wrong with it.'],
    },
    band: 'amberMany',
    decision: 'made',
  },
  {
    id: 'tp.psychological.red.emotionalBlackmail',
    title: 'Threatened with being left to fend for herself',
    abuseTypes: ['psychological'],
    situation:
      'An older woman tells her district nurse that her husband, who is her main carer, has said more than once that he will leave her to fend for herself if she tells anyone he shouts at her. She is frightened and has stopped mentioning him to visitors.',
    exampleId: 'th.ex.psychological.red.6',
    level: 'red',
    ratings: {
      seriousness: ['red', 'Emotional blackmail by threats of abandonment, causing fear: serious harm.'],
      frequency: ['amber', 'It has happened more than once.'],
      exposure: ['green', 'One woman.'],
      recurrence: ['amber', 'Possible: he is still her main carer.'],
    },
    band: 'red',
    decision: 'made',
  },

  // ---- Financial ----------------------------------------------------------------------------------
  {
    id: 'tp.financial.green.records',
    title: "Gaps in a resident's spending record",
    abuseTypes: ['financial'],
    situation:
      "An audit at a care home finds that one resident's personal spending record has not been filled in for two weeks. Every receipt is found in the office and all of her money is accounted for. The manager reminds staff how the record must be kept.",
    exampleId: 'th.ex.financial.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'All of her money is accounted for: no harm.'],
      frequency: ['green', 'One gap in the record.'],
      exposure: ['green', 'One resident.'],
      recurrence: ['green', 'Unlikely: staff have been reminded how to keep the record.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.financial.green.loyaltyPointsAgreed',
    title: 'Loyalty points, with his agreement',
    abuseTypes: ['financial'],
    situation:
      'A support worker doing the weekly shop with a man asks whether she can put her own store loyalty card through. He has capacity to understand what she is asking, and agrees. She has not done it before, and her manager has now told staff not to.',
    exampleId: 'th.ex.financial.green.2',
    level: 'green',
    ratings: {
      seriousness: ['green', 'It does not involve the actual abuse of money, and he understood and agreed.'],
      frequency: ['green', 'An isolated incident.'],
      exposure: ['green', 'One man.'],
      recurrence: ['green', 'Unlikely: the manager has told staff not to.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
    note: 'Compare the amber example "Staff personally benefit from the support they offer service users. E.g. accrue \'reward points\' on their own store loyalty cards when shopping – adult lacks capacity." The table turns on capacity, agreement and whether it is isolated.',
  },
  {
    id: 'tp.financial.amber.loyaltyPointsLacksCapacity',
    title: 'Loyalty points, when he cannot understand',
    abuseTypes: ['financial'],
    situation:
      'A support worker has been collecting reward points on her own store loyalty card on a few of the weekly shopping trips she does for a man who lacks capacity to understand this. No money has been taken from him.',
    exampleId: 'th.ex.financial.amber.2',
    level: 'amber',
    ratings: {
      seriousness: [
        'amber',
        'Staff personally benefiting from the support they give to someone who lacks capacity: some harm, though no money has been taken.',
      ],
      frequency: ['amber', 'It has happened more than once.'],
      exposure: ['green', 'One man.'],
      recurrence: ['amber', 'Possible: nothing has yet been done to stop it.'],
    },
    band: 'amberMany',
    decision: 'made',
  },
  {
    id: 'tp.financial.amber.careFees',
    title: 'Care fees unpaid, allowance still paid',
    abuseTypes: ['financial'],
    situation:
      "A care home tells the local authority that a resident's son, who manages her money, has not paid her care fees for the last two months. She still receives her personal allowance each week and has not been affected, and there is no threat to her placement.",
    exampleId: 'th.ex.financial.amber.3',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'No harm has occurred yet, but unpaid fees carry potential harm.'],
      frequency: ['amber', 'It has happened more than once (two months).'],
      exposure: ['green', 'One resident.'],
      recurrence: ['amber', 'Possible: the reason for non-payment is not known.'],
    },
    band: 'amberMany',
    decision: 'made',
    note: 'Compare the red example: "Failure by relative to pay care fees/charges and adult at risk experiences distress or harm through having no personal allowance or risk of eviction/ termination of service."',
  },
  {
    id: 'tp.financial.red.theft',
    title: 'Money missing after care visits',
    abuseTypes: ['financial'],
    situation:
      "A woman who has home care twice a day tells her daughter that money has gone from her purse after some of the visits. The agency looks into it and one of its care workers admits taking it. The care worker also visits other people on the agency's rounds.",
    exampleId: 'th.ex.financial.red.7',
    level: 'red',
    ratings: {
      seriousness: ['red', 'Theft is a criminal act.'],
      frequency: ['amber', 'It has happened more than once (after some of the visits).'],
      exposure: ['amber', 'The care worker visits other people too: the number exposed causes concern.'],
      recurrence: ['amber', 'Possible, until the agency acts.'],
    },
    band: 'red',
    decision: 'made',
    crime: 'yes',
  },

  // ---- Direct payments ----------------------------------------------------------------------------
  {
    id: 'tp.directPayments.green.oneOffMistake',
    title: 'One payment not on the support plan',
    abuseTypes: ['directPayments'],
    situation:
      "An audit of a man's direct payment financial returns shows one payment for something not on his support plan. His wife, who helps him manage the account, says she used the wrong bank card by mistake, and the money has been paid back.",
    exampleId: 'th.ex.directPayments.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'The payment has been returned: no harm.'],
      frequency: ['green', 'A one-off mistake.'],
      exposure: ['green', 'One man.'],
      recurrence: ['green', 'Unlikely: it was a mistake and it has been put right.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
    note: 'In this copy the direct payments examples have no row label or column headings; the app reads this block as the Not SAFEGUARDING column.',
  },
  {
    id: 'tp.directPayments.amber.largeExcess',
    title: 'A large balance building up',
    abuseTypes: ['directPayments'],
    situation:
      "A woman's direct payment account has built up a large balance over several months, which suggests that some of the care on her support plan is not being provided. Her day centre has reported more than once that she arrives unwashed.",
    exampleId: 'th.ex.directPayments.amber.1',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'Some reports of inadequate care: some harm or potential harm.'],
      frequency: ['amber', 'Reported more than once.'],
      exposure: ['green', 'One woman.'],
      recurrence: ['amber', 'Possible: nothing has changed yet.'],
    },
    band: 'amberMany',
    decision: 'made',
  },
  {
    id: 'tp.directPayments.red.neglect',
    title: 'Direct payment not spent on his care',
    abuseTypes: ['directPayments', 'neglect'],
    situation:
      "A man's direct payment is meant to pay for a personal assistant each morning, but the suitable person managing it has not been paying for most of that care. His district nurse finds him in soiled clothes, losing weight, with an empty fridge.",
    exampleId: 'th.ex.directPayments.red.5',
    level: 'red',
    ratings: {
      seriousness: ['red', 'The care not provided has led to neglect: serious harm.'],
      frequency: ['red', 'Most of the care is not being paid for: it occurs regularly.'],
      exposure: ['green', 'One man.'],
      recurrence: ['red', 'Probable: it is continuing.'],
    },
    band: 'red',
    decision: 'made',
  },

  // ---- Neglect ------------------------------------------------------------------------------------
  {
    id: 'tp.neglect.green.missedVisit',
    title: 'A missed lunchtime visit',
    abuseTypes: ['neglect'],
    situation:
      "A home care agency misses a woman's lunchtime visit because of a rota error. She makes herself a sandwich, takes her tablets as usual and comes to no harm. The agency corrects the rota and apologises.",
    exampleId: 'th.ex.neglect.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'No harm occurred.'],
      frequency: ['green', 'An isolated missed visit.'],
      exposure: ['green', 'One woman.'],
      recurrence: ['green', 'Unlikely: the rota error has been corrected.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.neglect.amber.leftWet',
    title: 'Sometimes left wet at night',
    abuseTypes: ['neglect'],
    situation:
      'A man in a nursing home tells his daughter that he is sometimes left wet for a while at night before staff come to change him. His skin is intact and there is no sign of harm, but he finds it uncomfortable.',
    exampleId: 'th.ex.neglect.amber.1',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'Discomfort with no significant harm: some harm.'],
      frequency: ['amber', 'Occasionally: it has happened more than once.'],
      exposure: ['green', 'One man has raised it.'],
      recurrence: ['amber', 'Possible: nothing has changed yet.'],
    },
    band: 'amberMany',
    decision: 'made',
  },
  {
    id: 'tp.neglect.amber.temporaryRestriction',
    title: 'A broken stairlift',
    abuseTypes: ['neglect'],
    situation:
      "The stairlift in a woman's home has broken, so she cannot get downstairs. The engineer is booked for two days' time, and her care workers bring her meals upstairs until then.",
    exampleId: 'th.ex.neglect.amber.4',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'A temporary restriction on her own home: some harm.'],
      frequency: ['green', 'A single breakdown.'],
      exposure: ['green', 'One woman.'],
      recurrence: ['green', 'Unlikely: action to resolve it is in place.'],
    },
    band: 'undecided',
    decision: 'professionalJudgement',
    note: 'With only one amber answer, the matrix still gives no outcome; this is not a "not safeguarding" result.',
  },
  {
    id: 'tp.neglect.red.missedVisitHarm',
    title: 'A missed morning visit and a fall',
    abuseTypes: ['neglect'],
    situation:
      "A home care agency misses a man's morning visit. When the lunchtime care worker arrives she finds him on the floor, where he fell trying to get to the toilet; he is cold, has a cut to his head, and goes to hospital.",
    exampleId: 'th.ex.neglect.red.1',
    level: 'red',
    ratings: {
      seriousness: ['red', 'Harm occurred: a fall, a head injury and a hospital admission.'],
      frequency: ['green', 'One missed visit.'],
      exposure: ['green', 'One man.'],
      recurrence: ['amber', 'Possible, until the agency knows why the visit was missed.'],
    },
    band: 'red',
    decision: 'made',
    note: 'The example covers "one missed visit where harm occurs": a single incident is enough when harm occurs, and one red answer is enough for the outcome.',
  },

  // ---- Pressure ulcers ----------------------------------------------------------------------------
  {
    id: 'tp.pressureUlcers.green.oneLowGrade',
    title: 'One grade 2 pressure ulcer',
    abuseTypes: ['pressureUlcers'],
    situation:
      'A district nurse finds a grade 2 pressure ulcer on the heel of one resident of a care home. It has been reported, a repositioning plan and a pressure-relieving boot are in place, and no other resident has a pressure ulcer.',
    exampleId: 'th.ex.pressureUlcers.green.1',
    level: 'green',
    ratings: {
      seriousness: [
        'green',
        'The examples table places one person with one low-grade pressure ulcer in its "No harm – low risk" column.',
      ],
      frequency: ['green', 'One pressure ulcer.'],
      exposure: ['green', 'One person.'],
      recurrence: ['green', 'Unlikely: measures to minimise the risk are in place.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.pressureUlcers.amber.multipleGrade2',
    title: 'Three grade 2 pressure ulcers',
    abuseTypes: ['pressureUlcers'],
    situation:
      'A community nurse finds that a man cared for at home by an agency has developed three grade 2 pressure ulcers, on his lower back and both heels. None is grade 3 or 4.',
    exampleId: 'th.ex.pressureUlcers.amber.1',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'Several grade 2 ulcers: some harm.'],
      frequency: ['amber', 'More than one ulcer has developed.'],
      exposure: ['green', 'One man.'],
      recurrence: ['amber', 'Possible: how the ulcers developed is not yet known.'],
    },
    band: 'amberMany',
    decision: 'made',
    note: 'The example ("Pressure ulcers multiple grade 2s") does not say whether the ulcers are on one person or several; this scenario has one person. Several people with ulcers in one service would change the exposure answer.',
  },
  {
    id: 'tp.pressureUlcers.red.grade4',
    title: 'Admitted to hospital with a grade 4 pressure ulcer',
    abuseTypes: ['pressureUlcers'],
    situation:
      "A woman is admitted to hospital from her nursing home with a grade 4 pressure ulcer on her lower back. The nursing home's records do not show when it was first found or how it was managed.",
    exampleId: 'th.ex.pressureUlcers.red.1',
    level: 'red',
    ratings: {
      seriousness: ['red', 'A grade 4 pressure ulcer is serious harm.'],
      frequency: ['green', 'One pressure ulcer.'],
      exposure: ['green', 'One woman, as far as is known.'],
      recurrence: ['amber', 'Possible: the records do not show how it was managed.'],
    },
    band: 'red',
    decision: 'made',
  },

  // ---- Institutional ------------------------------------------------------------------------------
  {
    id: 'tp.institutional.green.stimulation',
    title: 'Activities on hold for a fortnight',
    abuseTypes: ['institutional'],
    situation:
      'In a small care home for four people, the activities worker is off sick for two weeks and the residents have fewer outings and activities than usual. No one has been harmed. She returns next week, and the manager has arranged cover for any future absence.',
    exampleId: 'th.ex.institutional.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'Short term, and no harm has occurred.'],
      frequency: ['green', 'A single short period.'],
      exposure: ['green', 'Four residents: very small numbers.'],
      recurrence: ['green', 'Unlikely: cover is arranged for future absence.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.institutional.amber.advocacy',
    title: 'A request for an advocate not passed on',
    abuseTypes: ['institutional'],
    situation:
      'A resident of a care home asks staff to arrange an advocate to help her raise concerns about moving rooms. Three weeks later the request has not been passed on, and the manager says she "does not really need one".',
    exampleId: 'th.ex.institutional.amber.3',
    level: 'amber',
    ratings: {
      seriousness: [
        'amber',
        'Being denied access to advocacy: some harm to her voice in decisions about her.',
      ],
      frequency: ['green', 'One request.'],
      exposure: ['green', 'One resident.'],
      recurrence: [
        'amber',
        "Possible: the manager's view suggests later requests could be treated the same way.",
      ],
    },
    band: 'undecided',
    decision: 'professionalJudgement',
  },
  {
    id: 'tp.institutional.amber.carePlans',
    title: 'Care plans copied from a template',
    abuseTypes: ['institutional'],
    situation:
      "A review of a thirty-bed care home's care plans finds they are copied from a template, with the same wording for every resident and little about what each person likes or wants. No harm has been found.",
    exampleId: 'th.ex.institutional.amber.2',
    level: 'amber',
    ratings: {
      seriousness: ['amber', "No harm found, but care may not meet each person's needs: potential harm."],
      frequency: ['green', 'Found at one review.'],
      exposure: ['amber', "Every resident's plan: the number of people exposed causes concern."],
      recurrence: ['amber', 'Possible, until the plans are rewritten.'],
    },
    band: 'amberMany',
    decision: 'made',
  },
  {
    id: 'tp.institutional.red.failureToRefer',
    title: 'A disclosure not passed on',
    abuseTypes: ['institutional', 'physical'],
    situation:
      'A resident tells a care assistant that a night worker slapped her. The care assistant tells the senior on duty, who decides not to pass it on because the resident "gets confused at night". It comes to light a week later when the resident tells her son; the night worker still works with other residents.',
    exampleId: 'th.ex.institutional.red.4',
    level: 'red',
    ratings: {
      seriousness: [
        'red',
        'A disclosure of physical abuse, a potential criminal act, was not referred: potential serious harm.',
      ],
      frequency: ['green', 'One disclosure.'],
      exposure: [
        'amber',
        'The night worker still works with other residents: the number exposed causes concern.',
      ],
      recurrence: ['amber', 'Possible: nothing has been done.'],
    },
    band: 'red',
    decision: 'made',
    crime: 'notSure',
  },

  // ---- Staffing -----------------------------------------------------------------------------------
  {
    id: 'tp.staffing.green.oneOff',
    title: 'One short-staffed morning',
    abuseTypes: ['staffing'],
    situation:
      'In a small residential home for five people, two staff call in sick on the same morning. The manager tries two agencies and comes in herself, and the shift runs one person short for three hours. No one is harmed.',
    exampleId: 'th.ex.staffing.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'No harm was caused.'],
      frequency: ['green', 'A one-off incident.'],
      exposure: ['green', 'Five residents: very small numbers.'],
      recurrence: [
        'green',
        'Unlikely: it was due to unpredictable circumstances, and management tried to address it.',
      ],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.staffing.amber.repeated',
    title: 'Short-staffed nights with no cover plan',
    abuseTypes: ['staffing'],
    situation:
      'A care home for forty residents has run below its planned staffing on two night shifts this month, and has no plan for covering gaps. No resident has come to harm.',
    exampleId: 'th.ex.staffing.amber.1',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'No harm caused, but low staffing carries potential harm.'],
      frequency: ['amber', 'More than one incident.'],
      exposure: ['amber', 'Every resident on those shifts: the number exposed causes concern.'],
      recurrence: ['amber', 'Possible: no contingencies are in place.'],
    },
    band: 'amberMany',
    decision: 'made',
  },
  {
    id: 'tp.staffing.red.singleIncidentHarm',
    title: 'One night shift, one member of staff',
    abuseTypes: ['staffing'],
    situation:
      'On one night shift at a nursing home, only one of the three planned staff is on duty. During the night two residents fall and are hurt trying to reach the toilet unaided, and a third is left in wet bedding until morning.',
    exampleId: 'th.ex.staffing.red.1',
    level: 'red',
    ratings: {
      seriousness: ['amber', 'Residents were hurt: some harm.'],
      frequency: ['green', 'A single incident of low staffing.'],
      exposure: [
        'red',
        'Every resident in the home was at risk that night and more than one was harmed: a significant number of people at risk.',
      ],
      recurrence: ['amber', 'Possible, until the reason is known.'],
    },
    band: 'red',
    decision: 'made',
  },

  // ---- Discriminatory -----------------------------------------------------------------------------
  {
    id: 'tp.discriminatory.green.remark',
    title: 'A thoughtless remark about his religion',
    abuseTypes: ['discriminatory'],
    situation:
      "A care worker makes a thoughtless remark about a resident's religion while helping him at lunch. He says he was not upset. It is the first time, and the manager speaks to the care worker about it.",
    exampleId: 'th.ex.discriminatory.green.1',
    level: 'green',
    ratings: {
      seriousness: ['green', 'No distress was caused.'],
      frequency: ['green', 'An isolated incident.'],
      exposure: ['green', 'One resident.'],
      recurrence: ['green', 'Unlikely: the manager has dealt with it.'],
    },
    band: 'allGreen',
    decision: 'alertOrOtherProcesses',
  },
  {
    id: 'tp.discriminatory.amber.teasing',
    title: 'Teasing about his accent',
    abuseTypes: ['discriminatory'],
    situation:
      'During a card game at a day centre, one man teases another about his accent and where his family comes from. Staff step in. It is the first time anything like this has happened between them, and they attend on the same days.',
    exampleId: 'th.ex.discriminatory.amber.1',
    level: 'amber',
    ratings: {
      seriousness: ['amber', 'Teasing motivated by prejudice: some harm.'],
      frequency: ['green', 'An isolated incident.'],
      exposure: ['green', 'One man.'],
      recurrence: ['amber', 'Possible: they attend on the same days.'],
    },
    band: 'undecided',
    decision: 'professionalJudgement',
  },
  {
    id: 'tp.discriminatory.red.recurringTaunts',
    title: 'Insults every time she goes out',
    abuseTypes: ['discriminatory', 'psychological'],
    situation:
      'A woman who uses a wheelchair tells her housing officer that a group of young men on her street shout insults about her disability whenever she goes out. It has been going on for months, and she has stopped going to the shops.',
    exampleId: 'th.ex.discriminatory.red.1',
    level: 'red',
    ratings: {
      seriousness: ['amber', 'She is distressed and has stopped going out: some harm.'],
      frequency: ['red', 'Recurring for months: a pattern.'],
      exposure: ['green', 'One woman, as far as is known.'],
      recurrence: ['red', 'Probable: it happens whenever she goes out.'],
    },
    band: 'red',
    decision: 'made',
    crime: 'notSure',
  },
];

function buildScenario(definition: ScenarioDefinition): ThresholdScenario {
  const example = exampleOf(definition.exampleId);
  const expectedRatings = {} as Record<RatingStep, ThresholdLevel>;
  const ratingReasons = {} as Record<RatingStep, string>;
  for (const step of ratingStepOrder) {
    [expectedRatings[step], ratingReasons[step]] = definition.ratings[step];
  }
  const column = headingOf(definition.level);
  const exampleParagraph = example
    ? `Written from the guidance's example for ${typeLabel(example.abuseType)}: "${example.text}". The guidance places this example in the column "${column}" of its examples table (matrix: "${matrixLabelOf(definition.level)}").`
    : `Written from example ${definition.exampleId}, which is not in the examples table.`;
  const feedbackParagraphs = [
    exampleParagraph,
    readingParagraph,
    ...ratingStepOrder.map((step) => ratingParagraph(step, expectedRatings[step], ratingReasons[step])),
    ...(definition.note ? [definition.note] : []),
    ...bandParagraphs(definition.band),
  ];
  const outcome = thresholdOutcomes[definition.band];
  const alsoFrom: Source[] = [
    ...thresholdQuestions.map((question) => question.source),
    outcome.source,
    ...(outcome.alsoFrom ?? []),
  ];
  const scenario: ThresholdScenario = {
    id: definition.id,
    title: definition.title,
    abuseTypes: definition.abuseTypes,
    situation: definition.situation,
    basedOn: { exampleId: definition.exampleId, level: definition.level },
    expectedRatings,
    ratingReasons,
    expectedBand: definition.band,
    expectedDecision: definition.decision,
    feedback: feedbackParagraphs.join('\n\n'),
    feedbackParagraphs,
    source: example?.source ?? { doc: 'thresholds', section: '§15.3 examples' },
    alsoFrom,
  };
  if (definition.crime) scenario.expectedCrime = definition.crime;
  return scenario;
}

/** The threshold practice scenarios, in the examples table's order of types, green to red. */
export const thresholdScenarios: ThresholdScenario[] = definitions.map(buildScenario);
