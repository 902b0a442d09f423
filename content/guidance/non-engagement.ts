import type { GuidanceDocument } from './schema';

// ../shared/guidance/non-engagement-flowchart.txt: a one-page flowchart and its overleaf. Its boxes are
// its sections, in the flowchart's order; the two notes at its foot have no heading of their own.
export const nonEngagementDocument: GuidanceDocument = {
  doc: 'non-engagement',
  file: 'non-engagement-flowchart.txt',
  sections: [
    {
      id: 'scope',
      title: 'This guidance applies to adults aged 18 or over.',
      citedAs: ['Scope (top of the flowchart)', 'Top of the flowchart'],
      blocks: [],
    },
    {
      id: 'not-engaging',
      title: 'Individual/Family is not engaging with services',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Am I concerned just because they are not engaging or do I have evidence that non-engagement increases risk?',
        },
      ],
    },
    {
      id: 'consider',
      title: 'Consider',
      blocks: [
        { kind: 'list', items: ['Am I colluding?', 'Do I feel at risk?See overleaf for explanation'] },
        {
          kind: 'missing',
          missing:
            'The overleaf explanation of "Do I feel at risk?" is not in this copy of the flowchart. Follow your own organisation’s lone-working policy.',
        },
      ],
    },
    {
      id: 'strategies',
      title: 'Strategies to consider',
      blocks: [
        {
          kind: 'list',
          items: [
            'Calls',
            'Home Visits / Joint Visit',
            'Letters',
            'Appointments',
            'Other agencies',
            'GP Contact',
            'Trusted Family Member',
            "Carer's assessment",
            'Line Manager Discussion',
            'Safeguarding Link',
            'Take action',
            'DO NOT CLOSE CASE',
          ],
        },
      ],
    },
    {
      id: 'concerns',
      title: 'Concerns/Issues Raised',
      blocks: [
        {
          kind: 'list',
          items: [
            'MCA',
            'Mental Health',
            'Safeguarding Alert',
            'Family Pressure',
            'Family acting as a gatekeeper?',
            'Capacity but still Vulnerable?',
            'Situational Capacity',
            'Duress?',
          ],
        },
      ],
    },
    {
      id: 'next-steps',
      title: 'Next Steps',
      blocks: [
        {
          kind: 'list',
          items: [
            'Do not close the case',
            'Discuss with Line manager',
            'Risk Assessment',
            'Consider Mental Health Assessment',
            'Consider Mental Capacity assessment',
            'Seriously consider a face to face Multi-Agency Strategy or Risk Assessment Meeting* and communicate the outcomes to other relevant agencies',
            'Do not assume that someone else is doing something-communicate',
            'Legal advice',
            'Seek Advice from partner agencies',
            'Safeguarding Alert?',
          ],
        },
      ],
    },
    {
      id: 'inaction',
      title: 'Inaction could lead to-',
      citedAs: ['Inaction could lead to'],
      blocks: [
        { kind: 'heading', text: 'Risk to Service User' },
        { kind: 'paragraph', text: 'Abuse, Neglect, Injury, Death' },
        { kind: 'heading', text: 'Risk to Organisation' },
        {
          kind: 'list',
          items: [
            'Serious Case Review',
            'Organisational reputation issues',
            'Negative Media Coverage',
            'Compensation / Damages',
          ],
        },
        { kind: 'heading', text: 'Risk to Worker' },
        { kind: 'paragraph', text: 'Dismissal, Disciplinary action' },
      ],
    },
    {
      id: 'footnote',
      title: 'Footnote (*) to "Multi-Agency Strategy or Risk Assessment Meeting"',
      titleSupplied: true,
      citedAs: ['Footnote', 'Next Steps footnote'],
      blocks: [
        {
          kind: 'paragraph',
          text: '*Workers from different agencies need the opportunity to share information and discuss the best way forward with families/individuals who do not engage',
        },
      ],
    },
    {
      id: 'closing',
      title: 'Note at the foot of the flowchart: closing a case (A2 SCR 2012)',
      titleSupplied: true,
      citedAs: [
        'Footnote (A2 SCR 2012)',
        'Closing a case (A2 SCR 2012)',
        'Note at the foot of the flowchart',
      ],
      blocks: [
        {
          kind: 'paragraph',
          text: 'Risk assessments should be routinely completed when a case is to be closed because of a failure to co-operate/engage or keep clinical appointments. As part of this there is a requirement to actively check with other agencies known to be in contact with the person (A2 SCR 2012).',
        },
      ],
    },
    {
      id: 'colluding',
      title: 'Am I colluding?',
      citedAs: ['Am I colluding? (overleaf)'],
      blocks: [
        {
          kind: 'list',
          items: [
            'Am I colluding to avoid conflict i.e. taking the word of a family member rather than speaking to the vulnerable adult themselves?',
            'Am I minimising negative information in order to avoid provoking a reaction?',
            'Am I hesitant to share my concerns in order to avoid confrontation?',
            'Am I keeping my concerns to myself or am I sharing them with my line manager?',
            'Am I relieved when there is no answer at the door?',
            'Am I focussing on the family needs not the needs of the adult at risk?',
          ],
        },
      ],
    },
    {
      id: 'data-protection',
      title: 'Data Protection reminder',
      blocks: [
        {
          kind: 'paragraph',
          text: 'You are allowed to share information about clients in a safeguarding situation. Please check the Information Sharing protocol and/or ask advice if you have any queries on.',
        },
      ],
    },
  ],
  omissions: [],
};
