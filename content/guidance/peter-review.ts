import type { GuidanceDocument } from './schema';

// ../shared/guidance/single-agency-review-peter.txt: learning from a single agency review, the case of
// Peter: its eight learning points, the case, and the author's findings with the actions taken.
export const peterReviewDocument: GuidanceDocument = {
  doc: 'peter-review',
  file: 'single-agency-review-peter.txt',
  sections: [
    {
      id: 'learning-points',
      title: 'Learning from a single agency review',
      citedAs: ['Learning from a single agency review'],
      blocks: [
        {
          kind: 'list',
          items: [
            'Learning Point 1: Levels of safeguarding concerns',
            'Learning Point 2: Response to referrers',
            'Learning Point 3: Screening safeguarding concerns',
            'Learning Point 4: Strategy meetings',
            'Learning Point 5: Provider involvement',
            'Learning Point 6: Strategy meetings family involvement',
            'Learning Point 7: Multi-Disciplinary approach',
            'Learning Point 8: Escalation policy',
          ],
        },
      ],
    },
    {
      id: 'peter',
      title: 'Peter',
      blocks: [
        {
          kind: 'paragraph',
          text: "Peter a man in his early fifties has been known to Adult Social Care for 15 years. He lives alone in commissioned services, commissioned jointly by the Local Authority (LA) and the Clinical Commissioning Group (CCG). Peter is subject to Section 117 aftercare and has in place a comprehensive package of care and a community DoLs in place. Peter has had a number of social workers since 2006 but there has been continuity and consistency from a senior social worker who has had oversight and direct involvement for a significant period of Peter's involvement with the Mental Health Team and was familiar with Peter's case.",
        },
        {
          kind: 'paragraph',
          text: 'The commissioning care arrangements were a challenge in that the type of placement required for Peter was not available within the area which he strongly wished to reside and sourcing a suitable alternative was a contributing factor in this situation.',
        },
        {
          kind: 'paragraph',
          text: 'There were multiple safeguarding concerns raised over a four year period and what appeared at times to be a delay in addressing some of these safeguarding concerns. The role of care coordination and safeguarding communication to the Social Worker became blurred and the strategy meetings had multiple changes in management. It was agreed that an review of these safeguarding concerns would be undertaken by the LA as professionals were not aware of the outcome of the safeguarding concerns and the involvement of the team that monitors quality of service provision.',
        },
        {
          kind: 'paragraph',
          text: 'To provide some context the nature of the safeguarding concern raised about care provision included: care and medication management, allegations from Peter and from staff, concerns about the living environment, risk of potential harm due to repeated property damage to floors windows and fittings. Professionals were concerned but were often unclear of the requirements of them in this case. The commissioning and sourcing of a placement to meet a high level of needs added a complexity to the case that left some professional feeling a sense of being "stuck".',
        },
      ],
    },
    {
      id: 'findings',
      title: 'Author Findings - Peter',
      citedAs: ['Learning Point', 'Peter; Learning Point', 'Peter; Author Findings'],
      blocks: [
        {
          kind: 'table',
          caption: 'Learning points: the author’s findings and the actions taken',
          head: ['Learning point', 'Author Findings - Peter', 'Actions'],
          rows: [
            [
              '1. Levels of safeguarding concerns',
              "There were a high level of safeguarding concerns in respect of Peter but this would not be unusual on the basis of his complex needs , behaviours and professional concern . The level of safeguarding concerns would not always progress to a section 42 enquiry. There were several safeguarding concerns that did not meet the threshold and many of them were from Thames Valley Police (TVP). It was identified through reviewing the level of concerns from TVP that they were wanting to evidence the involvement of their officers on a regular basis and what appeared to be little change for Peter. TVP were a feature for a significant time period in Peter's life and taking up a great deal of their time and they felt that they needed to see some action regarding the management of his behaviour. It was clear from the level of concerns raised that there was a sense of professional clarity needed as to what constituted a safeguarding concern. At the time of completing this review there was not a threshold matrix in place which professionals could use on a regular basis so the LA would continue to experience receiving safeguarding concerns which do not meet the safeguarding threshold",
              "LA's have developed and published a safeguarding threshold document. Which can be found here.",
            ],
            [
              { text: '2. Response to referrers', reads: '2.Response to referrers' },
              'From the Safeguarding Concerns read in LA case management system the majority of referrers were contacted with feedback, many of them were involved in professionals meeting.',
              'Partnership development of a performance indicator to monitor feedback to referrer.',
            ],
            [
              '3. Screening safeguarding concerns',
              'This took place for all of the concerns viewed. It was noted that there were a few that should have progressed to a section 42 enquiry. It was noted that staff often complete all of their safeguarding enquiry work at the screening phase and do not progress to a section 42 on the system despite the enquiry being undertaken . This can result in confusion with professionals and the provider in terms of what process they were in e.g. concern or section 42 enquiry and the legislation being used.',
              'LA case management system safeguarding module is being updated.',
            ],
            [
              '4. Strategy meetings',
              "There has been lack of clarity for all staff regarding when to call a strategy meeting/discussion and within the LA case management system. It was noted that there was no strategy document embedded within the system which would support best practice. As staff have been undertaking enquiries at the screening phase this has added to the confusion. Strategy meetings/discussions set the agenda for the work to take place and enable all professionals to take responsibility for their actions. It leads everyone to a conclusion within an agreed timeframe. This was missing in Peter's case.",
              'LA case management system safeguarding module is being updated.',
            ],
            [
              '5. Provider involvement',
              'It was noted that many of the safeguarding concerns were in relation to the care given by the provider and not all were raised by the provider as a safeguarding concern which was a concern. What was not always evident was the enquiry report that the LA would have asked the provider to undertake on their behalf. This is not unusual practice and both staff and providers have become confused by what we are asking of them as the LA have not been undertaking their work within the agreed legislation , e.g. working in the screening phase. What was evident was the provider feedback in e-mail form which was not sufficient.  There was little involvement with commissioning colleagues who should be alerted to all safeguarding concerns and be involved in strategy meetings/discussions about the provider. This would not necessarily mean that the provider was at fault but they have a duty to ensure that providers are adhering with Safeguarding legislation and the LA commissioning framework that is in place and if necessary work alongside them to address any shortfalls. It was noted that there was not a systematic process established within the LA case management system that would alert commissioning of provider safeguarding concerns.',
              'LA case management system to be updated to add a template for providers to complete. Work is planned to raise awareness around the links between commissioning and safeguarding IT client file System is being implemented in the system to alert the commissioning team at the screening phase.',
            ],
            [
              '6. Strategy meetings family involvement',
              'Family were present at strategy meetings however boundaries around their involvement, including permission from Peter were lacking. Consideration needed to be given to holding the meeting in two parts in order for the professionals to air any differences before involving the family in the a further discussion .',
              'LA to explore with managers.',
            ],
            [
              { text: '7. Multi-Disciplinary approach', reads: '7. Multi- Disciplinary approach' },
              'Due to the complexity of this case I would have considered that ongoing multi-disciplinary meetings would have been beneficial and not in response to escalating situations.',
              'LA will implement with complex cases.',
            ],
            [
              '8. Escalation policy',
              'There was a level of concern regarding the way in which this case was managed by the LA. All professionals need an opportunity to challenge each other in a respectful way and if necessary escalate their concerns.',
              'The partnership are in the process of creating a safeguarding escalation protocol.',
            ],
          ],
        },
      ],
    },
  ],
  omissions: [],
};
