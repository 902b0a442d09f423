import type { ContentItem, Option, QuestionContent, Source } from './schema';

// "Am I colluding?" — the self-check printed overleaf on the non-engagement flowchart. Used on its own
// as a journey and inline in the non-engagement journey.

const selfCheck: Source = { doc: 'non-engagement', section: 'Am I colluding? (overleaf)' };

const yesNoNotSure: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'notSure', label: "I'm not sure" },
];

function selfCheckQuestion(id: string, title: string, options: Option[] = yesNoNotSure): QuestionContent {
  return {
    id,
    kind: 'question',
    title,
    options,
    source: selfCheck,
    errorMessage: 'Select yes, no or not sure',
  };
}

/** The six questions, in the order the flowchart prints them. */
export const collusionQuestions: QuestionContent[] = [
  selfCheckQuestion(
    'collusion.avoidConflict',
    'Am I colluding to avoid conflict i.e. taking the word of a family member rather than speaking to the vulnerable adult themselves?',
  ),
  selfCheckQuestion(
    'collusion.minimising',
    'Am I minimising negative information in order to avoid provoking a reaction?',
  ),
  selfCheckQuestion(
    'collusion.hesitantToShare',
    'Am I hesitant to share my concerns in order to avoid confrontation?',
  ),
  // The printed question offers two alternatives, so a bare "yes" would not say which. The labels keep
  // the guidance's words and make "yes" mean the sign the self-check is looking for.
  selfCheckQuestion(
    'collusion.keepingToMyself',
    'Am I keeping my concerns to myself or am I sharing them with my line manager?',
    [
      { value: 'yes', label: 'I am keeping my concerns to myself' },
      { value: 'no', label: 'I am sharing them with my line manager' },
      { value: 'notSure', label: "I'm not sure" },
    ],
  ),
  selfCheckQuestion('collusion.relievedNoAnswer', 'Am I relieved when there is no answer at the door?'),
  selfCheckQuestion(
    'collusion.familyNeeds',
    'Am I focussing on the family needs not the needs of the adult at risk?',
  ),
];

export const collusionContent: ContentItem[] = [
  ...collusionQuestions,
  {
    id: 'collusion.reflection',
    kind: 'text',
    title: 'Your reflection (optional)',
    hint: 'Anything you want to note about your answers, for yourself or for supervision. Do not write the adult’s name.',
    source: selfCheck,
  },
  {
    id: 'collusion.outcome.discuss',
    kind: 'outcome',
    title: 'Talk this through with your line manager',
    paragraphs: [
      'You answered yes or not sure to at least one of the "Am I colluding?" questions. The flowchart’s next steps include: Discuss with Line manager.',
      'The questions that raised it:',
    ],
    source: selfCheck,
    alsoFrom: [{ doc: 'non-engagement', section: 'Next Steps' }],
  },
  {
    id: 'collusion.outcome.noSigns',
    kind: 'outcome',
    title: 'Your answers show none of the signs in the self-check',
    paragraphs: ['You answered no to all six "Am I colluding?" questions.'],
    source: selfCheck,
  },
];
