import type { ContentItem, Option, Source } from '../schema';

// Training mode: the case of Peter as a guided case study, from "Learning from a single agency review:
// the case of Peter" (../shared/guidance/single-agency-review-peter.txt). The review is anonymised as
// "Peter"; that is its own name for him and is kept. No other person is named.
//
// The case is told in the review's own words, a stage for each of its eight learning points in its own
// order. Every line of a stage's narrative is quoted from the review (from its account of Peter, or the
// factual part of a finding that does not give the answer away). Each stage then asks the trainee a
// question; the options the review supports are in `expected`, and the feedback quotes the review's
// finding and the action taken for that learning point. Quotes keep the review's wording, including its
// own slips ("an review", "the a further discussion"); only spacing before punctuation is tidied and,
// where two sentences of a table cell run together, a full stop is restored (noted where it happens).
//
// The question wording and the option labels are the app's, not the review's: they frame the decision
// the learning point is about. Where an option is supported by inference rather than by the review's
// plain words, the stage's `interpretation` says so.

const review = (section: string): Source => ({ doc: 'peter-review', section });

const caseAccount = review('Peter');

const learningPoint = (n: number, title: string): Source =>
  review(`Learning Point ${n}: ${title} (Author Findings - Peter; Actions)`);

export interface PeterQuestion {
  id: string;
  title: string;
  hint?: string;
  options: Option[];
  /** When true, the trainee may choose more than one option (checkboxes). */
  multiple?: boolean;
}

export interface PeterStage {
  id: string;
  /** The learning point of the review this stage is about, as the review titles it. */
  learningPoint: string;
  /** The case as the review tells it, quoted. */
  narrative: string[];
  /** Where the narrative is quoted from. */
  narrativeSource: Source;
  question: PeterQuestion;
  /** The option value(s) the review supports. */
  expected: string[];
  feedback: {
    /** The review's finding for this learning point, quoted. */
    finding: string;
    /** The action the review records, quoted. */
    actionTaken?: string;
    source: Source;
    /** How this copy of the review was read, where that needed a decision. */
    note?: string;
  };
  /** Where an expected option rests on inference from the review rather than its plain words. */
  interpretation?: string;
}

export interface PeterCaseStudy {
  id: string;
  title: string;
  introduction: string[];
  stages: PeterStage[];
  source: Source;
}

// The review's account of Peter, quoted paragraph by paragraph (sentences split where a stage uses them).
const account = {
  whoPeterIs:
    'Peter a man in his early fifties has been known to Adult Social Care for 15 years. He lives alone in commissioned services, commissioned jointly by the Local Authority (LA) and the Clinical Commissioning Group (CCG). Peter is subject to Section 117 aftercare and has in place a comprehensive package of care and a community DoLs in place.',
  socialWorkers:
    "Peter has had a number of social workers since 2006 but there has been continuity and consistency from a senior social worker who has had oversight and direct involvement for a significant period of Peter's involvement with the Mental Health Team and was familiar with Peter's case.",
  placement:
    'The commissioning care arrangements were a challenge in that the type of placement required for Peter was not available within the area which he strongly wished to reside and sourcing a suitable alternative was a contributing factor in this situation.',
  multipleConcerns:
    'There were multiple safeguarding concerns raised over a four year period and what appeared at times to be a delay in addressing some of these safeguarding concerns.',
  blurred:
    'The role of care coordination and safeguarding communication to the Social Worker became blurred and the strategy meetings had multiple changes in management.',
  reviewAgreed:
    'It was agreed that an review of these safeguarding concerns would be undertaken by the LA as professionals were not aware of the outcome of the safeguarding concerns and the involvement of the team that monitors quality of service provision.',
  natureOfConcerns:
    'To provide some context the nature of the safeguarding concern raised about care provision included: care and medication management, allegations from Peter and from staff, concerns about the living environment, risk of potential harm due to repeated property damage to floors windows and fittings.',
  unclear: 'Professionals were concerned but were often unclear of the requirements of them in this case.',
  stuck:
    'The commissioning and sourcing of a placement to meet a high level of needs added a complexity to the case that left some professional feeling a sense of being "stuck".',
};

export const peterCaseStudy: PeterCaseStudy = {
  id: 'peter',
  title: 'The case of Peter: learning from a single agency review',
  introduction: [
    'This case study follows "Learning from a single agency review: the case of Peter". The review is anonymised: Peter is the name the review itself uses.',
    "The case is told in stages, in the review's own words. At each stage you make a decision, then see what the review found (its learning point) and the action that was taken.",
    account.whoPeterIs,
    account.socialWorkers,
  ],
  source: review('Learning from a single agency review: Peter; Author Findings - Peter; Actions'),
  stages: [
    {
      id: 'peter.levels',
      learningPoint: 'Learning Point 1: Levels of safeguarding concerns',
      narrative: [
        account.multipleConcerns,
        account.natureOfConcerns,
        "TVP were a feature for a significant time period in Peter's life and taking up a great deal of their time and they felt that they needed to see some action regarding the management of his behaviour.",
      ],
      narrativeSource: review('Peter; Learning Point 1 (Author Findings - Peter)'),
      question: {
        id: 'peter.levels.q',
        title:
          "Another concern about Peter's behaviour arrives from Thames Valley Police (TVP). How should you decide whether it is a safeguarding concern that goes forward?",
        hint: 'Choose one.',
        options: [
          {
            value: 'threshold',
            label:
              'Use a threshold matrix, as the review found professionals needed, to decide whether it meets the safeguarding threshold, and record the decision',
          },
          {
            value: 'allProgress',
            label: 'Every safeguarding concern raised progresses to a section 42 enquiry',
          },
          {
            value: 'numberOfConcerns',
            label: 'It goes forward because of the number of concerns already raised about Peter',
          },
          {
            value: 'referrerNeedsAction',
            label: 'It goes forward because the referrer needs to see some action taken',
          },
        ],
      },
      expected: ['threshold'],
      feedback: {
        finding:
          "There were a high level of safeguarding concerns in respect of Peter but this would not be unusual on the basis of his complex needs, behaviours and professional concern. The level of safeguarding concerns would not always progress to a section 42 enquiry. There were several safeguarding concerns that did not meet the threshold and many of them were from Thames Valley Police (TVP). It was identified through reviewing the level of concerns from TVP that they were wanting to evidence the involvement of their officers on a regular basis and what appeared to be little change for Peter. TVP were a feature for a significant time period in Peter's life and taking up a great deal of their time and they felt that they needed to see some action regarding the management of his behaviour. It was clear from the level of concerns raised that there was a sense of professional clarity needed as to what constituted a safeguarding concern. At the time of completing this review there was not a threshold matrix in place which professionals could use on a regular basis so the LA would continue to experience receiving safeguarding concerns which do not meet the safeguarding threshold",
        actionTaken: "LA's have developed and published a safeguarding threshold document.",
        source: learningPoint(1, 'Levels of safeguarding concerns'),
        note: 'The review goes on "Which can be found here.": the link is not in this copy. The threshold document the review refers to is its own local authority\'s, not necessarily the thresholds guidance in this app. The options are the app\'s wording: the expected one is built from the review\'s own words ("a threshold matrix in place which professionals could use on a regular basis", concerns that "do not meet the safeguarding threshold"). It does not ask you to weigh the concern on its own: the thresholds guidance asks "Whether the incident is one of a pattern or trend" (§15.2).',
      },
    },
    {
      id: 'peter.referrers',
      learningPoint: 'Learning Point 2: Response to referrers',
      narrative: [account.reviewAgreed],
      narrativeSource: caseAccount,
      question: {
        id: 'peter.referrers.q',
        title: 'A professional raised a safeguarding concern about Peter. What should they hear back?',
        hint: 'Choose one.',
        options: [
          {
            value: 'feedback',
            label: 'They are contacted with feedback on the concern, including its outcome',
          },
          { value: 'nothing', label: "Nothing: once the concern is raised, the referrer's part is over" },
          { value: 'onlyIfAsked', label: 'Feedback only if they ask for it' },
        ],
      },
      expected: ['feedback'],
      feedback: {
        finding:
          'From the Safeguarding Concerns read in LA case management system the majority of referrers were contacted with feedback, many of them were involved in professionals meeting.',
        actionTaken: 'Partnership development of a performance indicator to monitor feedback to referrer.',
        source: learningPoint(2, 'Response to referrers'),
      },
      interpretation:
        'The finding here is mostly positive. The expected answer rests on the review as a whole: it was undertaken because "professionals were not aware of the outcome of the safeguarding concerns", and the action taken is a performance indicator "to monitor feedback to referrer".',
    },
    {
      id: 'peter.screening',
      learningPoint: 'Learning Point 3: Screening safeguarding concerns',
      narrative: [account.multipleConcerns, account.natureOfConcerns],
      narrativeSource: caseAccount,
      question: {
        id: 'peter.screening.q',
        title:
          "Screening a concern about Peter's care shows that enquiries are needed, and you have begun them. How should the concern be recorded and progressed?",
        hint: 'Choose one.',
        options: [
          {
            value: 'progressS42',
            label:
              'Progress it to a section 42 enquiry on the system, so that everyone knows which process it is in and the legislation being used',
          },
          {
            value: 'finishAtScreening',
            label: 'Complete all of the enquiry work at the screening phase, without progressing it',
          },
          { value: 'closeOnEmail', label: 'Close it at screening once the provider has replied by e-mail' },
        ],
      },
      expected: ['progressS42'],
      feedback: {
        finding:
          'This took place for all of the concerns viewed. It was noted that there were a few that should have progressed to a section 42 enquiry. It was noted that staff often complete all of their safeguarding enquiry work at the screening phase and do not progress to a section 42 on the system despite the enquiry being undertaken. This can result in confusion with professionals and the provider in terms of what process they were in e.g. concern or section 42 enquiry and the legislation being used.',
        actionTaken: 'LA case management system safeguarding module is being updated.',
        source: learningPoint(3, 'Screening safeguarding concerns'),
      },
    },
    {
      id: 'peter.strategy',
      learningPoint: 'Learning Point 4: Strategy meetings',
      narrative: [account.blurred, account.unclear],
      narrativeSource: caseAccount,
      question: {
        id: 'peter.strategy.q',
        title:
          'Is a strategy meeting/discussion needed about the concerns for Peter, and if so what should it do?',
        hint: 'Select all that apply.',
        multiple: true,
        options: [
          { value: 'agenda', label: 'Set the agenda for the work to take place' },
          {
            value: 'responsibility',
            label: 'Enable all professionals to take responsibility for their actions',
          },
          { value: 'timeframe', label: 'Lead everyone to a conclusion within an agreed timeframe' },
          {
            value: 'notNeeded',
            label:
              'No strategy meeting/discussion is needed: the concerns can be dealt with one by one at screening',
          },
          { value: 'openEnded', label: 'Keep the work open-ended until a suitable placement is found' },
        ],
      },
      expected: ['agenda', 'responsibility', 'timeframe'],
      feedback: {
        finding:
          "There has been lack of clarity for all staff regarding when to call a strategy meeting/discussion and within the LA case management system. It was noted that there was no strategy document embedded within the system which would support best practice. As staff have been undertaking enquiries at the screening phase this has added to the confusion. Strategy meetings/discussions set the agenda for the work to take place and enable all professionals to take responsibility for their actions. It leads everyone to a conclusion within an agreed timeframe. This was missing in Peter's case.",
        actionTaken: 'LA case management system safeguarding module is being updated.',
        source: learningPoint(4, 'Strategy meetings'),
      },
    },
    {
      id: 'peter.provider',
      learningPoint: 'Learning Point 5: Provider involvement',
      narrative: [account.placement, account.natureOfConcerns],
      narrativeSource: caseAccount,
      question: {
        id: 'peter.provider.q',
        title:
          "Many of the concerns are about the care given by Peter's provider, and the LA asks the provider to undertake an enquiry on its behalf. What should happen?",
        hint: 'Select all that apply.',
        multiple: true,
        options: [
          {
            value: 'enquiryReport',
            label: 'The provider sends the LA a written report of the enquiry it undertook',
          },
          { value: 'emailEnough', label: 'Feedback from the provider by e-mail is enough' },
          {
            value: 'providerRaises',
            label: 'The provider itself raises concerns about the care it gives as safeguarding concerns',
          },
          {
            value: 'alertCommissioning',
            label:
              'Commissioning colleagues are alerted to the safeguarding concerns and involved in strategy meetings/discussions about the provider',
          },
          {
            value: 'providerAtFault',
            label: 'Alerting commissioning means the provider has been found to be at fault',
          },
        ],
      },
      expected: ['enquiryReport', 'providerRaises', 'alertCommissioning'],
      feedback: {
        finding:
          'It was noted that many of the safeguarding concerns were in relation to the care given by the provider and not all were raised by the provider as a safeguarding concern which was a concern. What was not always evident was the enquiry report that the LA would have asked the provider to undertake on their behalf. This is not unusual practice and both staff and providers have become confused by what we are asking of them as the LA have not been undertaking their work within the agreed legislation, e.g. working in the screening phase. What was evident was the provider feedback in e-mail form which was not sufficient. There was little involvement with commissioning colleagues who should be alerted to all safeguarding concerns and be involved in strategy meetings/discussions about the provider. This would not necessarily mean that the provider was at fault but they have a duty to ensure that providers are adhering with Safeguarding legislation and the LA commissioning framework that is in place and if necessary work alongside them to address any shortfalls. It was noted that there was not a systematic process established within the LA case management system that would alert commissioning of provider safeguarding concerns.',
        actionTaken:
          'LA case management system to be updated to add a template for providers to complete. Work is planned to raise awareness around the links between commissioning and safeguarding. IT client file System is being implemented in the system to alert the commissioning team at the screening phase.',
        source: learningPoint(5, 'Provider involvement'),
        note: 'In this copy the action runs two sentences together ("… between commissioning and safeguarding IT client file System …"); a full stop is restored after "safeguarding".',
      },
      interpretation:
        '"A written report" is the app\'s wording for the review\'s "the enquiry report that the LA would have asked the provider to undertake", set against "provider feedback in e-mail form which was not sufficient" and the action "a template for providers to complete".',
    },
    {
      id: 'peter.family',
      learningPoint: 'Learning Point 6: Strategy meetings family involvement',
      narrative: [account.whoPeterIs, 'Family were present at strategy meetings'],
      narrativeSource: review('Peter; Learning Point 6 (Author Findings - Peter)'),
      question: {
        id: 'peter.family.q',
        title:
          "Peter's family want to attend the next strategy meeting. How should their involvement be handled?",
        hint: 'Select all that apply.',
        multiple: true,
        options: [
          { value: 'peterPermission', label: 'Ask Peter for his permission for his family to be involved' },
          { value: 'boundaries', label: "Agree boundaries around the family's involvement" },
          {
            value: 'twoParts',
            label:
              'Consider holding the meeting in two parts: the professionals first, to air any differences, then a further discussion with the family',
          },
          {
            value: 'throughout',
            label: 'The family attend the whole meeting, as before, with nothing further agreed',
          },
        ],
      },
      expected: ['peterPermission', 'boundaries', 'twoParts'],
      feedback: {
        finding:
          'Family were present at strategy meetings however boundaries around their involvement, including permission from Peter were lacking. Consideration needed to be given to holding the meeting in two parts in order for the professionals to air any differences before involving the family in the a further discussion.',
        actionTaken: 'LA to explore with managers.',
        source: learningPoint(6, 'Strategy meetings family involvement'),
      },
    },
    {
      id: 'peter.multiDisciplinary',
      learningPoint: 'Learning Point 7: Multi-Disciplinary approach',
      narrative: [account.socialWorkers, account.blurred, account.natureOfConcerns],
      narrativeSource: caseAccount,
      question: {
        id: 'peter.multiDisciplinary.q',
        title: "Given how complex Peter's case is, when should the professionals involved meet together?",
        hint: 'Choose one.',
        options: [
          {
            value: 'ongoing',
            label:
              'Ongoing multi-disciplinary meetings, held regularly and not only in response to escalating situations',
          },
          { value: 'whenEscalating', label: 'Multi-disciplinary meetings when the situation escalates' },
          {
            value: 'separately',
            label: 'Each agency manages its own part; there is no need to meet together',
          },
        ],
      },
      expected: ['ongoing'],
      feedback: {
        finding:
          'Due to the complexity of this case I would have considered that ongoing multi-disciplinary meetings would have been beneficial and not in response to escalating situations.',
        actionTaken: 'LA will implement with complex cases.',
        source: learningPoint(7, 'Multi-Disciplinary approach'),
      },
    },
    {
      id: 'peter.escalation',
      learningPoint: 'Learning Point 8: Escalation policy',
      narrative: [account.unclear, account.stuck],
      narrativeSource: caseAccount,
      question: {
        id: 'peter.escalation.q',
        title:
          "You work for a partner agency and you are concerned about the way Peter's case is being managed by the LA. What do you do?",
        hint: 'Choose one.',
        options: [
          {
            value: 'challengeEscalate',
            label: 'Challenge the LA in a respectful way and, if necessary, escalate your concerns',
          },
          { value: 'wait', label: "Wait: the case is the LA's responsibility" },
          { value: 'anotherConcern', label: 'Raise another safeguarding concern so that the LA has to act' },
          { value: 'keepToSelf', label: 'Keep your concerns to yourself to avoid conflict between agencies' },
        ],
      },
      expected: ['challengeEscalate'],
      feedback: {
        finding:
          'There was a level of concern regarding the way in which this case was managed by the LA. All professionals need an opportunity to challenge each other in a respectful way and if necessary escalate their concerns.',
        actionTaken: 'The partnership are in the process of creating a safeguarding escalation protocol.',
        source: learningPoint(8, 'Escalation policy'),
      },
      interpretation:
        '"Raise another safeguarding concern so that the LA has to act" is not supported because of Learning Point 1: many concerns that did not meet the threshold came from professionals wanting to see action.',
    },
  ],
};

/** The content ids of a stage's two feedback pages: its question's is `question.id`. */
export const peterFeedbackIds = (stage: PeterStage) => ({
  matches: `${stage.id}.matches`,
  differs: `${stage.id}.differs`,
});

export const peterIntroductionId = 'peter.introduction';
export const peterFinishedId = 'peter.finished';

/** The headings of a stage's feedback, whichever way the trainee's decision went (the app's wording). */
export const peterVerdicts = {
  matches: 'Your decision matches what the review supports',
  differs: 'The review supports a different decision',
};

/**
 * The case study as the journey's pages show it: the introduction, then for each stage its question
 * (the review's account above it) and its two feedback pages, then the end. The feedback itself (the
 * review's finding, the action and how it was read, beside the trainee's choice) is shown with each
 * feedback page from `stages`, so nothing here repeats it.
 */
export const peterContent: ContentItem[] = [
  {
    id: peterIntroductionId,
    kind: 'information',
    title: peterCaseStudy.title,
    paragraphs: peterCaseStudy.introduction,
    source: peterCaseStudy.source,
  },
  ...peterCaseStudy.stages.flatMap((stage, index): ContentItem[] => {
    const count = peterCaseStudy.stages.length;
    const framing = {
      caption: `The case of Peter: stage ${index + 1} of ${count}, ${stage.learningPoint}`,
      situation: { paragraphs: stage.narrative, source: stage.narrativeSource },
    };
    const { id, title, hint, options } = stage.question;
    const asked = { id, title, hint, options, source: stage.feedback.source, ...framing };
    const feedback = (pageId: string, verdict: string): ContentItem => ({
      id: pageId,
      kind: 'outcome',
      title: verdict,
      paragraphs: [],
      source: stage.feedback.source,
      continueLabel: index === count - 1 ? 'See how you did' : 'Next stage',
      ...framing,
    });
    const ids = peterFeedbackIds(stage);
    return [
      stage.question.multiple
        ? { kind: 'multiSelect', errorMessage: 'Select all the options that apply', ...asked }
        : { kind: 'question', errorMessage: 'Select an option', ...asked },
      feedback(ids.matches, peterVerdicts.matches),
      feedback(ids.differs, peterVerdicts.differs),
    ];
  }),
  {
    id: peterFinishedId,
    kind: 'outcome',
    caption: 'The case of Peter',
    title: 'The case of Peter: finished',
    paragraphs: [],
    source: peterCaseStudy.source,
  },
];
