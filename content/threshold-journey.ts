import {
  abuseTypes,
  crimeAddition,
  ifInDoubt,
  otherProcesses,
  otherProcessesLead,
  ratingLevels,
  recordingInstruction,
  thresholdFactors,
  thresholdOutcomes,
  thresholdQuestions,
  thresholdsIntro,
} from './thresholds';
import type { ContentItem, Option, QuestionContent, Source } from './schema';
import { noneValue } from './option-values';

// The threshold decision as journey steps, built from the transcription in ./thresholds. Titles that are
// the guidance's own words are used as they are; the decision steps ask the worker to record what 15.2
// requires ("Record decision and reasons for the decision") in the app's plain wording.

const lpg15 = (section: string): Source => ({ doc: 'thresholds', section });

/** The factors to note; the crime question is asked on its own because it changes the outcome. */
const crimeFactorId = 'th.factor.crime';

const levelOf = (value: string) => ratingLevels.find((level) => level.value === value)!;

const ratingQuestions: QuestionContent[] = thresholdQuestions.map((question) => ({
  id: question.id,
  kind: 'question',
  title: question.title,
  hint: `Question ${question.number} of 4. Choose the answer that fits best. The examples for the types of abuse you selected are below.`,
  options: (['green', 'amber', 'red'] as const).map((value): Option => ({
    value,
    label: question.levels[value].text,
    hint: `${{ green: 'Green', amber: 'Amber', red: 'Red' }[value]}: ${levelOf(value).label}`,
    reconstructed: question.levels[value].reconstructed,
  })),
  errorMessage: 'Select the answer that fits best',
  source: question.source,
}));

export const thresholdJourneyContent: ContentItem[] = [
  {
    id: 'th.abuseTypes',
    kind: 'multiSelect',
    title: 'What type or types of abuse does the concern present?',
    hint: `Select all that apply. ${thresholdsIntro.complexity.text}`,
    options: abuseTypes,
    errorMessage: 'Select the type or types of abuse',
    source: lpg15('§15.2 and §15.3 examples'),
  },
  {
    id: 'th.factors',
    kind: 'notes',
    title: thresholdsIntro.factorsLead.text,
    hint: `Write a short note against each that you can. ${recordingInstruction.text}`,
    items: thresholdFactors.filter((factor) => factor.id !== crimeFactorId),
    source: lpg15('§15.2'),
  },
  {
    id: 'th.crime',
    kind: 'question',
    title: thresholdFactors.find((factor) => factor.id === crimeFactorId)!.label,
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'notSure', label: "I'm not sure" },
    ],
    errorMessage: 'Select yes, no or not sure',
    source: lpg15('§15.2'),
  },
  ...ratingQuestions,
  {
    id: 'th.crimeSeriousness',
    kind: 'text',
    title: 'A crime may have been committed: confirm your answer to question 1',
    hint: `The threshold matrix’s red answer to question 1 is "${thresholdQuestions[0].levels.red.text}" (15.3). You answered that a crime has been or may have been committed, and rated question 1 below red. Give the reason for your rating, or go back and change it.`,
    errorMessage: 'Give the reason for your answer to question 1, or go back and change it',
    reconstructed: {
      note: 'The question and its last two sentences are the app’s wording. The guidance asks "Has a crime been committed against the adult at risk?" (15.2) and puts "a criminal act" in the red answer to question 1 (15.3); it does not say how the two answers are put together.',
    },
    source: lpg15('§15.3 Safeguarding Adults Threshold, question 1'),
  },
  ...Object.values(thresholdOutcomes),
  crimeAddition,
  {
    id: 'th.decision',
    kind: 'question',
    title: 'Are you making a Safeguarding Adults alert?',
    hint: 'Record your decision. The outcome of the threshold matrix is shown on your answers; the decision is yours, made with your professional judgement.',
    options: [
      { value: 'made', label: 'Yes, I am making a Safeguarding Adults alert' },
      { value: 'notMade', label: 'No, I am not making an alert' },
    ],
    errorMessage: 'Select whether you are making a Safeguarding Adults alert',
    source: lpg15('§15.2 IF IN DOUBT: Record decision and reasons for the decision'),
  },
  {
    id: 'th.reasons',
    kind: 'text',
    title: 'What are the reasons for your decision?',
    hint: 'Record decision and reasons for the decision. Use the case reference, not the adult’s name.',
    errorMessage: 'Enter the reasons for your decision',
    source: lpg15('§15.2 IF IN DOUBT'),
  },
  {
    id: 'th.againstReason',
    kind: 'text',
    title: 'Why is your decision different from the outcome of the threshold matrix?',
    hint: 'The matrix’s outcome says an alert should be raised. Explain why you are not making one.',
    errorMessage: 'Explain why your decision is different from the outcome of the threshold matrix',
    source: lpg15('§15.2 and §15.3'),
  },
  {
    id: 'th.ifInDoubtNoAlert',
    kind: 'text',
    title: `Why are you not following the guidance’s first "If in doubt" step: ${ifInDoubt.steps[0]}?`,
    hint: `The matrix does not decide one or two amber with no red. The guidance says: ${ifInDoubt.title}: ${ifInDoubt.steps.join('; ')}. A decision not to make an alert must give its reasons.`,
    errorMessage: 'Give the reasons for not making a Safeguarding Adults alert',
    reconstructed: {
      note: 'The question, the first sentence and the last sentence are the app’s wording; the steps are quoted from the guidance (15.2), whose third step is "Record decision and reasons for the decision".',
    },
    source: lpg15('§15.2 IF IN DOUBT'),
  },
  {
    id: 'th.discussedWith',
    kind: 'multiSelect',
    title: 'Who have you discussed this decision with?',
    hint: 'You should always seek advice from your line manager or the Safeguarding Adult Team. If in doubt, discuss with a senior manager. Select all that apply.',
    options: [
      { value: 'seniorManager', label: 'Senior manager', source: lpg15('§15.2 IF IN DOUBT') },
      { value: 'lineManager', label: 'Line manager', source: lpg15('§15.2') },
      { value: 'safeguardingTeam', label: 'Safeguarding Adult Team', source: lpg15('§15.2') },
      { value: noneValue, label: 'I have not discussed it' },
    ],
    errorMessage: 'Select who you have discussed the decision with, or that you have not discussed it',
    source: lpg15('§15.2'),
  },
  {
    id: 'th.discussionDetails',
    kind: 'text',
    title: 'When did you discuss it, and with whom?',
    hint: 'Give the date and the role (and name, if your organisation records it) of each person you discussed the decision with.',
    errorMessage: 'Enter when you discussed the decision and with whom',
    source: lpg15('§15.2'),
  },
  {
    id: 'th.seniorManagerReason',
    kind: 'text',
    title: `Why have you not followed the guidance’s "If in doubt" step: ${ifInDoubt.steps[1]}?`,
    hint: `The matrix does not decide one or two amber with no red. The guidance says: ${ifInDoubt.title}: ${ifInDoubt.steps.join('; ')}.`,
    errorMessage: 'Give the reason the decision has not been discussed with a senior manager',
    reconstructed: {
      note: 'The question and the first sentence are the app’s wording; the steps are quoted from the guidance (15.2).',
    },
    source: lpg15('§15.2 IF IN DOUBT'),
  },
  {
    id: 'th.otherProcesses',
    kind: 'multiSelect',
    title: 'Which other processes will you use to address the concern?',
    hint: `${otherProcessesLead.text} Select all that apply.`,
    options: otherProcesses.map((process) => ({
      value: process.id,
      label: process.label,
      source: process.source,
    })),
    errorMessage: 'Select at least one other process: if no alert is made, other processes must be used',
    source: lpg15('§15.2 Other processes and options'),
  },
];
