import type { GuidanceDocument } from './schema';

// ../shared/guidance/structured-partnership-approach.txt: Solihull Safeguarding Adults Board, Structured
// Partnership Approach guidance, section by section in its own words.
export const partnershipDocument: GuidanceDocument = {
  doc: 'partnership',
  file: 'structured-partnership-approach.txt',
  sections: [
    {
      id: 'title',
      title: 'Structured Partnership Approach - Guidance',
      blocks: [],
    },
    {
      id: 's1',
      number: '1',
      title: 'Introduction',
      blocks: [
        {
          kind: 'paragraph',
          text: 'This guidance has been developed by Solihull Safeguarding Adults Board to help those working with adults who have complex needs and unmanaged risks, and they may not be engaging with services so it is felt a structured partnership approach is needed in order to safeguard and promote their wellbeing. It sets out how partners should work together in a structured partnership approach – sometimes referred to as complex discharge meetings, professionals meetings or multi agency meetings.',
        },
      ],
    },
    {
      id: 's2',
      number: '2',
      title: 'Circumstances in which there is a need for a structured partnership approach',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A structured partnership approach may be required when an adult WITH care and support needs or an adult with NO care and support needs but with HIGH vulnerabilities:',
        },
        {
          kind: 'list',
          items: [
            'has been identified as being at risk of significant harm, is well known to one or more agencies with repeated concerns or presentation, but there is no established plan to manage ongoing needs;',
          ],
        },
        { kind: 'paragraph', text: 'And' },
        {
          kind: 'list',
          items: [
            'has the mental capacity to make relevant decisions but has refused essential services or interventions, which could result in significant harm;',
          ],
        },
        { kind: 'paragraph', text: 'And' },
        {
          kind: 'list',
          items: [
            'current management approaches have not been able to mitigate the risk of this significant harm;',
          ],
        },
        { kind: 'paragraph', text: 'And' },
        {
          kind: 'list',
          items: [
            {
              item: "there are concerns about the individual's ability to manage their;",
              items: [
                'Personal care and hygiene',
                'Home environment',
                'Activities of daily living such as shopping',
                'Health conditions',
                'Finances',
                'Safety',
                'Protection from abuse and neglect.',
              ],
            },
          ],
        },
        { kind: 'paragraph', text: 'And' },
        {
          kind: 'list',
          items: [
            'one or more of the partners have concerns about the individual and believe a multi-agency discussion would be of benefit.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'A structured partnership approach may also be required when an adult with care and support needs:',
        },
        {
          kind: 'list',
          items: [
            'has been identified as being at risk of significant harm due to the behaviours or dynamics of their family.',
          ],
        },
      ],
    },
    {
      id: 's3',
      number: '3',
      title: 'What is involved in a structured partnership approach',
      blocks: [
        { kind: 'paragraph', text: 'A structured partnership approach means:' },
        {
          kind: 'list',
          items: [
            'Identifying a lead professional',
            'Holding multi-agency meetings',
            'Sharing information',
            'Clarifying of roles and responsibilities',
            'Using a risk enablement approach and',
            'Ensuring effective record keeping.',
          ],
        },
      ],
      sections: [
        {
          id: 's3-1',
          number: '3.1',
          title: 'Identifying a lead professional',
          blocks: [
            {
              kind: 'paragraph',
              text: "The lead professional should be a professional from the agency with the most significant involvement with the individual and the person's primary needs and concerns.",
            },
            {
              kind: 'paragraph',
              text: 'The role of the lead professional is to coordinate a structured partnership approach with effective multi-agency working.',
            },
            {
              kind: 'paragraph',
              text: 'If there is no identified lead professional, the concerned practitioner will need to take responsibility for co-ordinating a multi-agency meeting. A decision about who will take on the lead professional role ongoing, can be agreed at the meeting.',
            },
          ],
        },
        {
          id: 's3-2',
          number: '3.2',
          title: 'Multi-agency meetings',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Multi-agency meetings should be convened at the soonest opportunity to aid effective partnership working. There does not need to be an open safeguarding adult enquiry to organise these multi-agency meetings.',
            },
            {
              kind: 'paragraph',
              text: 'The lead professional would usually organise them but any agency can at any time to ensure good partnership working. Multi-agency meetings called under this guidance should be prioritised.',
            },
            {
              kind: 'paragraph',
              text: 'These meeting should be chaired by a manager from the agency of the lead professional and the meeting should have minutes, and actions with timescales for implementation and review.',
            },
            {
              kind: 'paragraph',
              text: "The individual must be at the centre of such meetings either in person or the person's views and wishes or those of their family/loved ones should be available at the meeting.",
            },
            {
              kind: 'paragraph',
              text: 'These meeting should involve agencies with current involvement or who have or could have a role in providing information and or support.',
            },
          ],
        },
        {
          id: 's3-3',
          number: '3.3',
          title: 'Sharing information',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Adults have a general right to independence, choice and self-determination including control over information about themselves.',
            },
            {
              kind: 'paragraph',
              text: 'Therefore individuals should know when, why and with whom information about them is being shared and their consent should be obtained.',
            },
            {
              kind: 'paragraph',
              text: 'If a person refuses intervention to support them or requests that information about them is not shared with other partners, their wishes should be respected. However, there are a number of circumstances where the practitioner can reasonably override such a decision. Practitioners can share information:',
            },
            {
              kind: 'list',
              items: [
                "If they believe the person lacks capacity with regard to the concerns and they believe it would be in the person's best interests to share.",
                'if they believe there is a risk to others or',
                "for the 'prevention or detection of crime'.",
                "if they believe sharing information is in the 'public interest' which may include if they believe the person is being controlled or coerced.",
              ],
            },
            {
              kind: 'paragraph',
              text: 'You must be able to evidence what your rationale was for sharing information in order to make their decision to share defensible.',
            },
            {
              kind: 'paragraph',
              text: 'When sharing information practitioners must ensure the 6 elements to Information Quality are adhered to in that the information must be:',
            },
            {
              kind: 'list',
              ordered: true,
              items: ['Accurate', 'Valid', 'Reliable', 'Timely', 'Relevant and', 'Complete.'],
            },
            {
              kind: 'paragraph',
              text: 'For more information please see the SSAB Information Sharing Agreement and SCIE Safeguarding Adults: sharing information guidance.',
            },
            {
              kind: 'paragraph',
              text: 'If you are not sure if information could be legitimately shared or action taken without the consent of the individual, further advice should be sought from a Manager who may seek legal advice.',
            },
          ],
        },
        {
          id: 's3-4',
          number: '3.4',
          title: 'Clarifying of roles and responsibilities',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Unclear roles and responsibilities can lead to confusion of duties and responsibilities resulting in duplication or conflict or inaction.',
            },
            {
              kind: 'paragraph',
              text: "It is therefore important at the soonest opportunity to clarify who can/will do what, when, why and with whom. This will be based on individual's job roles, originations and the legislation.",
            },
          ],
        },
        {
          id: 's3-5',
          number: '3.5',
          title: 'Using a risk enablement approach',
          blocks: [
            {
              kind: 'paragraph',
              text: 'A risk enablement approach is supporting people to make their own decisions about the level of risk that they are comfortable with.',
            },
            { kind: 'paragraph', text: 'A risk enablement approach will involve:' },
            {
              kind: 'list',
              items: [
                "The adult to identify what is important to them, what is working well, what do they think about the risks. If may be necessary to assess an individual's mental capacity and where appropriate and the provision of advocacy is required.",
                'The network around the adult – to the degree that the adult wishes. The network may involve families, friends or the community.',
                'Multi-agency working to involve and work collaboratively with other agencies around the adult to gain a full picture of the risk and plan any strategy to address it.',
                'Assessing risk including the risks to other but using the strengths of the adult',
                "Identifying the actions that's could mitigate the risks always keeping in mind the outcomes the adults wants and the impact on their wellbeing.",
              ],
            },
          ],
        },
        {
          id: 's3-6',
          number: '3.6',
          title: 'Ensuring effective record keeping',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Assessments, judgements and defensible decisions should be clearly recorded. The names of those involved in decision making and those responsible for actions should be documented; this is especially important where situations are complex, high risk, or controversial.',
            },
            { kind: 'paragraph', text: 'Recording should show:' },
            {
              kind: 'list',
              items: [
                'Reasons for the decisions',
                'That decisions are balanced',
                'That the adult has been appropriately supported with decision making, including being supported to weigh the potential negative consequences of the options they consider',
                'That decisions are regularly reviewed',
                'Reference to relevant legislation.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 's4',
      number: '4',
      title: 'Supporting Forums/Processes',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A Structured Partnership Approach may result in a referral to the following forums or process:',
        },
        {
          kind: 'paragraph',
          text: 'Safeguarding Adults Procedures if the safeguarding duty as detailed in s42 of The Care Act 2014 is met.',
        },
        {
          kind: 'paragraph',
          text: 'Harm Reduction Forum if a multi-agency response to vulnerable individuals who may be victims of hate crime, anti-social behaviour and repeat callers to emergency services and partner agencies is required - "An individual will be considered VULNERABLE if the conduct in question causes an adverse impact on their quality of life, including personal safety. Adverse impact includes the risk of harm; deterioration of their health, physical, mental and or emotional wellbeing; or an inability to carry out normal day to day routine through fear and intimidation".',
        },
        {
          kind: 'paragraph',
          text: "MARAC if the Safe Lives Dash Risk Assessment identifies the safety of individuals of domestic abuse, stalking or 'honour' based violence is of serious concern or there is a high risk of serious harm or homicide.",
        },
        {
          kind: 'paragraph',
          text: 'Solihull Exploitation Panel (ShEP) if a multi-agency response is required to map exploitation in order to lead on disruption – specifically in relation to perpetrators and locations',
        },
      ],
    },
  ],
  omissions: [
    {
      reads:
        'pushing bullying pinching withholding food & drink coercion intimidation hitting isolating restraint emotional abuse misusing medication shaking scalding teasing sexual abuse leaving on own blaming stealing money or benefits neglect leaving on own ignoring needs',
      reason:
        'Words from the picture on the front page (a cloud of words naming kinds of abuse), extracted as text. They are not part of the guidance’s text.',
    },
  ],
};
