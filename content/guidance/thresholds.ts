import type { GuidanceDocument } from './schema';

// ../shared/guidance/safeguarding-thresholds.txt: Solihull Local Practice Guidance No 15, Thresholds.
// The examples table is not repeated here: the library shows it as content/thresholds.ts transcribes it
// (with its repairs, the cells left out and the notes on how the table was read).
export const thresholdsDocument: GuidanceDocument = {
  doc: 'thresholds',
  file: 'safeguarding-thresholds.txt',
  sections: [
    {
      id: 'front',
      title: 'SOLIHULL LOCAL PRACTICE GUIDANCE No 15',
      blocks: [
        { kind: 'paragraph', text: 'Working Together to safeguard adults in Solihull' },
        { kind: 'paragraph', text: 'Thresholds', style: 'strong' },
        {
          kind: 'paragraph',
          text: 'Date Issue: April 2013 Responsibility for Review: Safeguarding Adults Manager Ratified by: Safeguarding Adults Board Review Date: April 2015',
        },
      ],
    },
    {
      id: 's15-1',
      number: '15.1',
      title: 'Introduction',
      blocks: [
        {
          kind: 'paragraph',
          text: 'This guidance is for practitioners and partners and explains the processes involved in making a decision about whether an "alert", regarding an adult who appears to be at risk of harm or is being harmed, is progressed through the safeguarding adults\' procedures. Such "threshold decisions" are crucial in ensuring that members of the population who meet the definition of "vulnerable adult / Adult at Risk" (No Secrets 2000) are able to receive the assistance they need. Once an alert has been accepted and further information is gathered there may be situations where the threshold needs to be reconsidered.',
        },
      ],
    },
    {
      id: 's15-2',
      number: '15.2',
      title: 'Identifying the following will assist the decision making process:',
      blocks: [
        {
          kind: 'list',
          items: [
            "The harm always take account of the individual's perception. What impact has it had on the person?",
            "The individual's capacity to understand what has happened and to make decisions in relation to the Safeguarding Adults concerns.",
            'Whether duress or coercion is an influence.',
            'Whether the incident is one of a pattern or trend in respect of the adult at risk, the person causing the harm, the location of the abuse or the nature of the abuse. Consider whether it is indicating a systemic abuse issue.',
            'The relationship between the adult at risk and the person causing the harm. Does it involve a person in a position of trust?',
            'What the risk factors are and the principles of positive risk taking.',
            'Whether any measures or actions have been put in place to minimise risk and protect the individual or other adults at risk.',
            'How likely is it that the abuse may reoccur?',
            'Is there a likelihood others were exposed or could be exposed to the harm or abuse?',
            'What evidence and information you have to inform you decisions.',
            'Ensure everything is fully recorded.',
            'Has a crime been committed against the adult at risk?',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Threshold decision making can be complex. Often the presenting abuse type on further investigation is one of a number of abuses which should be factored into decision making. Or the incident may constitute several abuse types for example medication errors could be an indicator of institutional abuse but could also fall within the physical, psychological abuse or neglect. Also forced marriages are likely to encompass more than type of abuse.',
        },
        {
          kind: 'paragraph',
          text: 'You should always use your professional judgement, bearing in mind the circumstances presented, and seek advice from your line manager or the Safeguarding Adult Team.',
        },
        { kind: 'paragraph', text: 'DOING NOTHING IS NOT AN OPTION', style: 'strong' },
      ],
      sections: [
        {
          id: 'if-in-doubt',
          title: 'IF IN DOUBT',
          citedAs: ['§15.2 IF IN DOUBT'],
          blocks: [
            {
              kind: 'list',
              items: [
                'Initiate Safeguarding Adults Procedures with a Safeguarding Adults Alert',
                'Discuss with senior manager',
                'Record decision and reasons for the decision',
              ],
            },
            {
              kind: 'paragraph',
              text: 'You should always use your professional judgement, bearing in mind the circumstances presented, and seek advice from your line manager or the Safeguarding Adult Team.',
            },
          ],
        },
        {
          id: 'other-processes',
          title: 'Other processes and options',
          titleSupplied: true,
          citedAs: ['§15.2 Other processes and options'],
          blocks: [
            {
              kind: 'paragraph',
              text: 'If the decision is not to make a Safeguarding Adults alert then other processes must be used to address the concern. An example of may be poor practice which is not safeguarding but does require action e.g. a single medication error requiring training on medication procedure. Other processes and options could be:',
            },
            {
              kind: 'list',
              items: [
                {
                  item: 'Employers actions including:',
                  items: ['Staff disciplinary procedures', 'Training', 'Reviewing practices or procedures'],
                },
                'Care Management',
                'Referral to the regulator Care Quality Commission',
                'Care Contracts monitoring',
                'Incident or Serious Incident procedures',
                'Complaints procedures',
                'Referral to another agency such as DWP, Trading Standards, Health and Safety etc.',
                'Referral for Advocacy support.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 's15-3',
      number: '15.3',
      title: 'Safeguarding Adults Threshold',
      blocks: [
        {
          kind: 'table',
          caption: 'Safeguarding Adults Threshold',
          head: [
            'Questions',
            'Possible NOT safeguarding at this stage',
            'Possibly Safeguarding',
            'Definitely Safeguarding',
          ],
          rows: [
            [
              {
                text: '1. How serious was the harm or abuse/risk of harm or abuse or what was the potential consequence?',
                reads: 'what was the potential … consequence?',
                note: 'The last word of the question is on a line of its own in the copy.',
              },
              'No harm or potential harm',
              'Some harm or potential harm',
              'Serious harm or potential harm and or a criminal act',
            ],
            [
              '2. How often has the actual/risk of abuse or harm occurred?',
              {
                missing:
                  'This cell is damaged in the copy: only the fragment "tual/risk of abuse" can be read. (The decision journey shows "Isolated incident" here, supplied by the app from the examples table’s first column and marked as not the guidance’s own words.) Check your local original.',
              },
              {
                missing:
                  'This cell is empty in the copy. (The decision journey shows "Has occurred more than once" here, supplied by the app and marked as not the guidance’s own words.) Check your local original.',
              },
              'Occurred regularly OR many times indicating a pattern/trend OR risk is considered probable',
            ],
            [
              {
                text: '3. How many were exposed or could have been exposed to the harm or abuse?',
                reads: 'How many were … 3. … exposed or could have been exposed to the harm or abuse?',
                note: 'The first words of the question sit on the line above its number in the copy.',
              },
              'One or very small numbers',
              'The number of people exposed causes concern',
              'Significant number of people at risk',
            ],
            ['4. Likelihood of the abuse or harm from recurring?', 'Unlikely', 'Possible', 'Probable'],
            [
              'Outcome',
              'ALL GREEN NOT SAFEGUARDING BUT RAISE AN ALERT',
              'MORE THAN TWO AMBER SAFEGUARDING MAKE AN ALERT/ REFERRAL',
              'ONE OR MORE RED SAFEGUARDING MAKE A REFERRAL',
            ],
          ],
        },
      ],
      sections: [
        {
          id: 'examples',
          title: 'Examples for each type of abuse',
          titleSupplied: true,
          citedAs: ['§15.3 examples'],
          blocks: [
            {
              kind: 'paragraph',
              text: 'The following examples should be used to help to make decisions. Please note these are examples and they are not a definitive list.',
            },
            {
              kind: 'thresholdExamples',
              head: [
                'Type of abuse',
                'Isolated incident Not SAFEGUARDING No harm – low risk',
                {
                  text: 'Possibly SAFEGUARDING Possible harm – some risks',
                  reads: 'Poss i ble',
                  repairedAs: 'Possible',
                },
                'SAFEGUARDING Harm caused - medium to high risk A Safeguarding Adults Alert MUST be made',
              ],
            },
          ],
        },
      ],
    },
  ],
  omissions: [
    {
      reads: 'Harm caused- medium to high risk',
      reason:
        'A repeat of the examples table’s column headings at the top of a later page, worded slightly differently; the headings are shown once, as on the first page.',
    },
    {
      reads: 'Harm caused -medium to high risk',
      reason:
        'A repeat of the examples table’s column headings at the top of a later page, worded slightly differently; the headings are shown once, as on the first page.',
    },
    {
      reads: 'SAFEGUARDING Harm - medium to high risk',
      reason:
        'A repeat of the examples table’s column headings at the top of a later page, worded slightly differently; the headings are shown once, as on the first page.',
    },
    {
      reads:
        'Type Isolated incident Possibly SAFEGUARDING i ypc isolated inclucint i Ossibiy OAI LOOARDINO of Not SAFEGUARDING SAFEGUARDING Harm caused - modium to high rick ot NOL SAFEGUARDING SAFEGUARDING Harm caused - medium to high risk',
      reason:
        'The column headings repeated at the top of a page, printed twice over and misread; the headings are shown once, as on the first page.',
    },
    {
      reads: 'abuse No harm – low risk Possible harm – some risks A Safeguarding Adu its Alert MUST be made',
      reason:
        'The rest of the repeated column headings on the same page, cut across two cells; the headings are shown once, as on the first page.',
    },
    {
      reads: 'un a s no ris no ris dri inc',
      reason:
        'Letters cut from the starts of the lines of the next cell (Physical, SAFEGUARDING), which is shown repaired.',
    },
    {
      reads:
        'maximum medication errors medication errors expenses with the medication or administration errors expenses with the medication errors expenses expe',
      reason:
        'Repeated, garbled fragments in the first SAFEGUARDING cell for Medication. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'Sexual h unwelcon advance sexual fa other ver',
      reason:
        'Examples cut off at the cell edge in the first SAFEGUARDING cell for Sexual; only word fragments remain. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'Control of the Cont',
      reason:
        'All that can be read of the Possibly SAFEGUARDING cell for Sexual. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'or the sexualised or any means of the sexualised or any means',
      reason:
        'The garbled second SAFEGUARDING cell for Sexual (only its last example can be read, and is shown). It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'Ongoing lack of extent that heal wellbeing deter significantly e.g dehydration, ma',
      reason:
        'An example for Neglect split across two columns with words lost. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'Ith and access to life saving services or medical care alnutrition,',
      reason:
        'Fragments of two Neglect examples run together across two columns. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'loss of independence.',
      reason:
        'The end of the Neglect example split across two columns (see above). It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'Mismanagement pressure ulcer of',
      reason:
        'An example for Pressure ulcers whose word order across two columns cannot be recovered. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: '4 by profession carers.',
      reason:
        'The rest of the Pressure ulcers example above. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'grade 3 or as a result of',
      reason:
        'The rest of the Pressure ulcers example above, in the next column. It is left out rather than guessed: see the notes with the examples table.',
    },
    {
      reads: 'MODE THAN TWO',
      reason:
        'A misprinted repeat of "MORE THAN TWO" above the amber outcome of the threshold matrix; the outcome itself is shown in full.',
    },
    {
      reads: 'Responsibility for Review: Safeguarding Adults Manager Review Date: April 2015',
      reason:
        'A page footer without its first part; the full footer is shown once at the top of the document.',
    },
    {
      reads: 'Date Issue: April 2013 Resi',
      reason: 'A page footer cut off in the copy; the full footer is shown once at the top of the document.',
    },
    {
      reads: 'Issue: April 2013 ed by: Safeguarding Adults Board',
      reason: 'A page footer cut off in the copy; the full footer is shown once at the top of the document.',
    },
  ],
  repairsElsewhere: [
    {
      text: 'Bruising caused by family carer due to poor lifting and handling technique. No harm intended. Immediately resolved when given correct advice/equipment',
      reads: 'No harm intended Immediately resolved',
      repairedAs: 'No harm intended. Immediately resolved',
    },
    {
      text: 'Physical restraint undertaken outside of specific care plan or not proportionate to the risk.',
      reads: 'hysical restraint ndertaken outside of specific care plan or ot proportionate to the sk.',
    },
    {
      text: 'Withholding of food, drinks or aids to independence.',
      reads: 'Vithholding of food, rinks or aids to adependence.',
    },
    { text: 'Inexplicable injuries', reads: 'hexplicable injuries' },
    {
      text: 'Deliberate maladministration of medicines (e.g. sedation).',
      reads: 'reliberate raladministration of redicines (e.g. redation).',
    },
    {
      text: 'Low staffing levels which result in serious injury or death to more than one person (corporate manslaughter)',
      reads: 'Description: Low staffing levels',
      repairedAs: 'Low staffing levels',
    },
  ],
};
