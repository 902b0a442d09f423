import type { GuidanceDocument } from './schema';

// ../shared/guidance/multi-agency-risk-management-framework.txt: the Hampshire and Isle of Wight
// Multi-Agency Risk Management Framework (March 2016), in its own order and numbering. Numbered
// paragraphs are sections of their own so that a citation such as "§3.3" opens exactly that paragraph.
export const riskManagementDocument: GuidanceDocument = {
  doc: 'risk-management',
  file: 'multi-agency-risk-management-framework.txt',
  sections: [
    {
      id: 'front',
      title: 'Multi-Agency Risk Management Framework',
      citedAs: ['Opening statement'],
      blocks: [
        { kind: 'paragraph', text: 'March 2016' },
        {
          kind: 'paragraph',
          text: 'This document is designed to guide staff on how to manage cases relating to adults where there is a high level of risk the circumstances of which sit outside the statutory adult safeguarding framework but for which a multi agency approach is needed to manage these risks in the most effective way.',
        },
        {
          kind: 'table',
          caption: 'Contents',
          head: ['Contents', 'Page'],
          rows: [
            ['1) Introduction', '2'],
            ['2) Underpinning Principles', '3'],
            ['3) Overview of the process', '5'],
            ['4) Mental capacity and best interests', '6'],
            ['5) Identification and assessment of risk', '7'],
            ['6) Support and management', '8'],
            ['7) Stages of the process', '10'],
            ['8) Recording', '11'],
            ['9) Appendix A: Summary of key actions at each stage of the process', '12'],
            ['10) Appendix B: Relevant legislation and policy', '13'],
            ['11) Appendix C: Example of good practice', '15'],
          ],
        },
      ],
    },
    {
      id: 's1',
      number: '1)',
      title: 'Introduction',
      blocks: [],
      sections: [
        {
          id: 's1-1',
          number: { text: '1.1', reads: 'I.1' },
          blocks: [
            {
              kind: 'paragraph',
              text: 'This guidance has been developed in partnership with the four Safeguarding Adult Boards in Hampshire and Isle of Wight and respective partner organisations. It sits alongside the Hampshire 4LSAB Multi -Agency Safeguarding Policy and Guidance (2015) and designed to provide guidance on managing cases relating to adults where there is a high level of risk but the circumstances may sit outside the statutory adult safeguarding framework but for which a multi-agency approach would be beneficial.',
            },
          ],
        },
        {
          id: 's1-2',
          number: { text: '1.2', reads: 'I.2' },
          blocks: [
            {
              kind: 'paragraph',
              text: 'This guidance should be read in conjunction with the Hampshire 4LSAB Multi -Agency Safeguarding Policy and Guidance (www.hampshiresab.org.uk) and the 4LSAB related guidance Information Sharing and Prevention and Early Intervention. The guidance does not replace single agency risk management arrangements and instead seeks to build on and complement these by providing a multi-agency dimension. Professionals must also refer to relevant statutory frameworks and operational policies (such as the Care Programme Approach) which they are required to follow.',
            },
          ],
        },
        {
          id: 's1-3',
          number: { text: '1.3', reads: 'I.3' },
          blocks: [
            {
              kind: 'paragraph',
              text: 'This document is intended as an overarching framework and so it is the responsibility of respective organisations to develop more detailed work place guidance around its implementation.',
            },
          ],
        },
        {
          id: 's1-4',
          number: { text: '1.4', reads: 'I.4' },
          blocks: [
            {
              kind: 'paragraph',
              text: 'This guidance is likely to be useful to any professional who is working with adults experiencing an unmanageable level of risk as a result of circumstances which create the risk of harm but not relating to abuse or neglect by a third party such as:',
            },
            {
              kind: 'list',
              items: [
                'a) Vulnerability factors placing them at a higher risk of abuse or neglect including mate crime, network abuse, etc.;',
                'b) Self neglect including hoarding and fire safety;',
                'c) Refusal or disengagement from care and support services;',
                "d) Complex or diverse needs which either fall between, or span a number of agencies' statutory responsibilities or eligibility criteria;",
                'e) On-going needs or behaviour leading to lifestyle choices placing the adult and/or others at significant risk;',
                'f) Complex needs and behaviours leading the adult to cause harm to others;',
                "g) 'Toxic Trio' of domestic violence, mental health and substance misuse and",
                'h) Risks previously addressed via a section 42 enquiry but for which the need for on-going risk management and monitoring has been identified.',
              ],
            },
          ],
        },
        {
          id: 's1-5',
          number: '1.5',
          blocks: [
            {
              kind: 'paragraph',
              text: 'This guidance recognises that in complex cases, professionals are often dealing with long term and entrenched behaviours to which responses require a commitment to a longer term, solution-based approach which has at its core, a focus on building trust and a rapport with the adult. The guidance aims to provide an effective, coordinated and multi-agency response to these ‘critical few’ cases in order to facilitate:',
            },
            {
              kind: 'list',
              items: [
                'Timely information sharing around risk;',
                'Identification and holistic assessment of risk;',
                'Development of shared risk management plans;',
                'Shared decision making and responsibility;',
                'The adult’s involvement and engagement in the process',
                'Improved outcomes for the adult at risk.',
              ],
            },
          ],
        },
        {
          id: 's1-6',
          number: '1.6',
          blocks: [
            {
              kind: 'paragraph',
              text: 'This guidance should be viewed and applied in the context of the general provisions of the Care Act 2014 which are intended to promote and secure wellbeing. The statutory guidance to the Care Act 2014 states that agencies should implement robust risk management processes in order to prevent concerns escalating to a crisis point requiring action under local safeguarding arrangements.',
            },
          ],
        },
        {
          id: 's1-7',
          number: '1.7',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Partner organisations should ensure that they have the mechanisms in place to enable early identification and assessment of risk through timely information sharing and targeted multi-agency support. Multi-Agency Safeguarding Hubs may be one model to support this approach but they are not the only one. Individual organisations’ policies and strategies for adult safeguarding should include measures to minimise the circumstances of risk including isolation, which can make adults vulnerable to harm.',
            },
          ],
        },
      ],
    },
    {
      id: 's2',
      number: '2.',
      title: 'Underpinning Principles',
      blocks: [],
      sections: [
        {
          id: 's2-1',
          number: '2.1',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The following principles should be applied and integrated into risk management policy and practice across all organisations:',
            },
            {
              kind: 'list',
              items: [
                'All professionals and other staff have a vital role to play to make early, positive interventions with individuals and families so as to make a difference to their lives, preventing the deterioration of a situation or breakdown of a vital support network.',
                'All agencies - and the individuals employed within these - should work together to achieve the best outcome for the service user, whilst satisfying legal, professional and organisational responsibilities and duties.',
                "The support offered or provided under this Framework will form part of the organisation's 'business as usual' process.",
                'Partner organisations should ensure that they have in place mechanisms that enable early identification and assessment of risk through timely information sharing and targeted multi-agency support.',
                "Where there is risk of harm, appropriate action within an appropriate timescale must be taken. This framework adopts the principle of 'NO DELAY' so that the response is made in a timely fashion with due consideration to the level of presenting risk. In practice, this means that the pace of the process is determined by presenting circumstances and professional judgments about risk.",
                'Timescales adopted will be based on judgements about a range of factors such as risk level, complexity of the case or to work in a way that is consistent with the needs and wishes of the adult.',
                'All professionals should be aware of the rights of individuals in law and of the duties, powers and responsibilities of local authorities, health, housing, police as well as other agencies.',
                'Any agency or professional can initiate a multi-agency risk management meeting. However, a responsible manager from that organisation should be involved in the decision making process.',
                'Responses should be person centred and designed around the needs and wishes of the adult who will be actively encouraged to engage and participate in the management of the risks they are experiencing in their day to day life.',
                'Responses must reflect the five key principles of the Mental Capacity Act 2005 in which the adult is assumed to have capacity and, therefore, be able to make their own decisions (even unwise ones).',
                "Consideration of mental capacity should be made regularly throughout the process. Where a person is found to lack capacity in any area of decision-making, a best interest decision will be made and this must take into account the adult's views and wishes in accordance with the Mental Capacity Act Code of Practice.",
                'It is vital that the adult has as much control and choice as possible, and that process is guided by their needs and circumstances. Personalised information, advice, support and good advocacy are essential components to this.',
                'Having access to information and advice will assist the adult to make informed choices about support and will help him/her to weigh up the benefits and consequences of different options. Information and advice can enable the person to keep themselves safe in the first place by helping him/her understand their situation and what is needed to keep him or herself safe now and in the future.',
                "Professionals should aim to involve (with the consent of the adult) relatives and informal carers, friends, etc. as much as possible in the process as a means of building and/or strengthening the adult's support network.",
                'Professionals should adopt a flexible, innovative and solution focused approach to mitigating risk. This may involve trying out new ways of working or retrying previous ideas.',
                'Each agency involved in this process must allocate a lead worker to agree actions and make operational decisions about this case. The multi-agency forum must also identify someone to act as the lead coordinating professional for the process.',
                'Effective risk management is underpinned by clear, timely information sharing within and across organisations.',
                'The multi-agency risk management plan must be proportionate and focussed on the prevention, reduction or elimination of future risk of harm. This plan will be jointly owned by the adult and the professionals working with them.',
                'Professionals will be responsible for recognising, assessing, and recording areas of risk and actively responding to the identified risks. This includes the on-going monitoring and review of all risks.',
                'Professionals should seek legal advice from within their own at various stages throughout process from within their organisation as appropriate.',
                'All decisions and actions taken throughout the process must be accurately recorded, and a note made of all those involved in the decision making process and the rationale for the decision made. This is to support defensible decision making, a guide to which is outlined in section six.',
                'Anyone, including service users, their family or carers and professionals, who feel these principles are not being met in practice have the right to make constructive challenge about this. There should also be opportunities for professionals to escalate any concerns both within and across their organisations.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 's3',
      number: '3.',
      title: 'Overview of the Multi-Agency Risk Management Process',
      blocks: [],
      sections: [
        {
          id: 's3-1',
          number: '3.1',
          blocks: [
            {
              kind: 'paragraph',
              text: "A failure to engage with people who are not looking after themselves, whether they have mental capacity or not, can have serious implications for their health and well-being as well as for the people involved in their care and support. An adult will be considered to be 'at risk' under this framework where s/he is unable or unwilling to provide adequate care for him/herself and:",
            },
            {
              kind: 'list',
              items: [
                'Is unable to obtain necessary care to meet their needs; and/or',
                'Is unable to make reasonable or informed decisions because of their state of mental health or because they have a learning disability or an acquired brain injury; and/or',
                'Is unable to protect themselves adequately against potential exploitation or abuse; and/or',
                'Has refused essential services without which their health and safety needs cannot be met but do not have the insight to recognise this.',
              ],
            },
          ],
        },
        {
          id: 's3-2',
          number: '3.2',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The nature of any involvement centres on whether the adult concerned has the mental capacity to make decisions that have legal force. A person may have mental capacity and yet disagree with the views of the professional. This right is a right that cannot be taken away from a person who has mental capacity. It does not preclude the professional from entering into a dialogue with the person in order to explore the area of concern.',
            },
          ],
        },
        {
          id: 's3-3',
          number: '3.3',
          blocks: [
            {
              kind: 'paragraph',
              text: "Involvement and the offer of support does not hinge on a request by the adult or anybody else and is not negated by a third party's refusal to grant access to the adult, or by the adult's refusal to participate.",
            },
          ],
        },
        {
          id: 's3-4',
          number: '3.4',
          blocks: [
            {
              kind: 'paragraph',
              text: "It is important that the rights of the adult to make apparently unwise lifestyle choices and to refuse support are respected. However, consideration of the person's mental capacity (decisional and executive) to make a decision must be taken into account as well as their ability to understand and to manage in practice any risks and safety implications of the choice or decision being made.",
            },
          ],
        },
        {
          id: 'mca-best-interests',
          title: 'Mental Capacity Act and Best Interests',
          citedAs: ['§3 Mental Capacity Act and Best Interests'],
          blocks: [
            {
              kind: 'paragraph',
              style: 'italic',
              text: 'When someone is believed to be lacking mental capacity to make decisions for him/herself staff should always consider:',
            },
            {
              kind: 'list',
              items: [
                'Is there a need to formally assess and record that the person who is believed to be lacking mental capacity - to make a specific decision - is in fact mentally incapable of making that decision?',
                'Is it likely that the person may regain mental capacity in the future and therefore should be involved and can make that decision for him/herself in the future?',
                'The wishes, feelings, values and beliefs of the person who has been assessed as lacking mental capacity.',
                'The views of family members, parents, carers and other people interested in the welfare, if this is practical and appropriate, of the person who has been assessed as lacking mental capacity.',
                'The views of any person who holds a valid Enduring Power of Attorney or a Lasting Power of Attorney (finance and/or welfare) made by the adult now lacking capacity (the Office of the Public Guardian can advise if a power of attorney is valid.)',
                "The views of any deputy appointed by the Court of Protection to make decisions on the person's behalf.",
                'Whether any decisions that need to be made have in fact already been made based merely on the appearance, age, medical condition or behaviour of the person who has been assessed as lacking mental capacity.',
                "Whether people are being motivated by a desire to bring about the death of the person who has been assessed as lacking mental capacity, or are making assumptions about the quality of that person's life.",
                'Any other information that may be relevant.',
              ],
            },
          ],
        },
        {
          id: 's3-5',
          number: '3.5',
          blocks: [
            {
              kind: 'paragraph',
              text: 'This Framework promotes an active rather than a passive approach to supporting an adult whose circumstances place them at risk. However, information and advice about how to minimise risk should be given to the individual who, with capacity, has refused to accept support together with information about how they can access reassessment in the future should they change their minds. It is important that decisions (either by the adult or the agency) are kept under constant review and re-evaluated as circumstances change or new information becomes available.',
            },
          ],
        },
      ],
    },
    {
      id: 's4',
      number: '4.',
      title: 'Identification and assessment of risk',
      blocks: [
        { kind: 'paragraph', style: 'italic', text: 'Effective joint working to identify and assess risk' },
      ],
      sections: [
        {
          id: 's4-1',
          number: '4.1',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Where a person with needs of care and/or support is refusing support and in so doing so is placing him/herself or others at risk of serious harm, advice and information should be shared with the adult about the risk(s) of involvement or non involvement. Each agency involved with the adult should, as part of usual case management arrangements maintain a chronology of key events and complete and document their internal risk assessment and management plan.',
            },
          ],
        },
        {
          id: 's4-2',
          number: '4.2',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Professional judgement will determine whether or not the level of risk has reached an unmanageable level for the organisation. Where this is the case, a multi-agency risk management process should be set in motion which any agency can initiate and by doing so, becomes the lead coordinating agency with responsibility for convening and chairing the initial meeting.',
            },
          ],
        },
        {
          id: 's4-3',
          number: '4.3',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The purpose of the multi-agency risk management process is to ensure timely information sharing between agencies, to gain a holistic (multi-agency) overview of presenting risks and to develop a shared risk management plan. Decisions should be recorded and continually reviewed throughout the process.',
            },
          ],
        },
        {
          id: 's4-4',
          number: '4.4',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The multi-agency risk assessment should consider the following aspects of the situation:',
            },
            { kind: 'heading', text: 'Risk Assessment' },
            {
              kind: 'list',
              items: [
                'Observation of the home situation and environmental factors',
                'Engagement in activities of daily living',
                'Functional and cognitive abilities of the person',
                'Underlying medical conditions',
                'Underlying mental health conditions or substance misuse issues',
                "Internal or external factors hindering the adult's implementation of decisions",
                'Domiciliary care and other services offered/in place',
                'Engagement in care and support plans',
                'Family and social support networks',
                'Environmental health monitoring',
                'Neighbourhood visiting by voluntary organisations',
                'Money management and budgeting.',
                'Impact of the situation on the individual.',
                'Public safety and risks to others.',
              ],
            },
          ],
        },
        {
          id: 's4-5',
          number: '4.5',
          blocks: [
            {
              kind: 'paragraph',
              text: "This risk assessment may highlight circumstances or risks which would be more appropriately dealt with under another process such as the Care Programme Approach, Multi-Agency Risk Assessment Conference, Channel Panel, children's safeguarding, a 'Think Family' initiative or a s42 enquiry under adult safeguarding arrangements.",
            },
          ],
        },
      ],
    },
    {
      id: 's5',
      number: '5.',
      title: 'Support and management',
      blocks: [
        {
          kind: 'paragraph',
          style: 'italic',
          text: 'Building trust and a positive relationship with the adult',
        },
      ],
      sections: [
        {
          id: 's5-1',
          number: '5.1',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The adult should, as far as possible, be included and involved in the assessment process and in developing a risk management plan to reduce or eliminate identified risks. Under normal circumstances, the person should be invited to attend any meetings with them being offered any support needed to enable them to participate fully. This support may also include offering and arranging an advocate if the adult is likely to experience substantial difficulty in participating in the meetings.',
            },
          ],
        },
        {
          id: 's5-2',
          number: '5.2',
          blocks: [
            {
              kind: 'paragraph',
              text: 'Where the adult continues to refuse all assistance and they have been assessed as having the mental capacity to understand the consequences of this decision, this should be fully recorded. This should also include a record of the efforts and actions taken by all agencies involved to provide support.',
            },
          ],
        },
        {
          id: 's5-3',
          number: '5.3',
          blocks: [
            {
              kind: 'paragraph',
              text: "An assessment of mental capacity should be carried out if appropriate, to determine if the person has the capacity to make specific decisions. Where a person is unable to agree to have their needs met because they lack the mental capacity to make this decision, then the 'best interest' decision making process should be used.",
            },
          ],
        },
        {
          id: 's5-4',
          number: '5.4',
          blocks: [
            {
              kind: 'paragraph',
              text: 'If the multi-agency risk management process has not been able to mitigate the risk of any behaviour which could result in serious harm, the professionals involved should consider notifying the relevant authority with safeguarding responsibilities (the local authority) of the steps taken (assuming the multi-agency lead has received consent to share personal information or deems it is necessary due to the exemptions in the Data Protection Act 1998). The local authority should then assess the circumstances of the case as well as the steps already taken to minimise presenting risks in order to determine what if any, further steps are required in accordance with the duty under section 42 of the care Act 2014 to undertake a safeguarding enquiry. If further steps are deemed necessary then these might be undertaken in the context of a statutory safeguarding enquiry process but not necessarily.',
            },
          ],
        },
        {
          id: 's5-5',
          number: '5.5',
          blocks: [
            {
              kind: 'paragraph',
              text: "In cases of self neglect, it is important to note that this does not necessarily prompt a s42 enquiry and decisions should be made on a case by case basis and will depend on the adult's ability to protect themselves by controlling their own behaviour. There may come a point when they are no longer able to do this, without external support. This process will not affect an individual's human rights but it will ensure that respective partner agencies exercise their duty of care in a robust manner as far as is reasonable.",
            },
          ],
        },
        {
          id: 's5-6',
          number: '5.6',
          blocks: [
            { kind: 'paragraph', text: 'Effective risk assessment will be based on:' },
            {
              kind: 'list',
              items: [
                'An up to date chronology (e.g. events and other factors which have increased risks)',
                'A clear analysis of risks to the adult, others people and the wider public',
                'Analysis of the benefits and risks of both involvement and non-involvement',
                'Activity linked to care and support plans',
                'A multi-agency approach and involvement of a wide range of appropriate professionals',
                'Active participation of the adult and a focus on building their networks of support',
                'Risk taking and risk management decisions being continually reviewed throughout',
                'Clear monitoring and review arrangements and regular review of the plan',
                'Effective management oversight, support and supervision',
                'Clear and accurate recording of decisions, actions and the rationale for these',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 's6',
      number: '6.',
      title: 'Stages of the process',
      blocks: [],
      sections: [
        {
          id: 's6-1',
          number: '6.1',
          blocks: [
            {
              kind: 'paragraph',
              text: 'This section explains the various stages of the multi-agency risk management process.',
            },
          ],
          sections: [
            {
              id: 's6-1-a',
              number: '6.1 a)',
              title: 'Stage 1 - concern raised:',
              blocks: [
                { kind: 'heading', text: 'Key actions:' },
                {
                  kind: 'list',
                  items: [
                    'Discussion with the person raising the concern.',
                    'Discussion with the person about whom concerns have been raised.',
                    'Ascertain what (if any) care and support the person is receiving from what agency.',
                    'Ascertain whether any children or other vulnerable adults are at risk.',
                    'Consider the mental capacity of the person (decisional and executive)',
                    'If appropriate, carry out a capacity assessment on the specific issue.',
                    'Consider whether referral to another process would be more appropriate.',
                    'Consider whether the circumstances of the case engage the s42 enquiry duty.',
                    'If no to the above, the responsible manager should convene a multi-agency meeting.',
                    'Allocate the case to a lead professional.',
                    'Lead professional compiles a chronology of risk and support offered/in place to date.',
                    'Contact involved agencies (or agencies who may have a potential future role).',
                    'Set up a multi-agency risk planning meeting.',
                    'Attendees should be able to make decisions and commit resources for their agency.',
                    'Each agency to be asked to identify a lead professional.',
                    'Consider how the adult will be involved and if advocacy support is needed.',
                    "Meeting to be chaired by a manager from the 'initiating organisation'.",
                  ],
                },
              ],
            },
            {
              id: 's6-1-b',
              number: '6.1 b)',
              title: 'Stage 2 - multi-agency risk management planning meeting:',
              blocks: [
                {
                  kind: 'paragraph',
                  style: 'italic',
                  text: '(The purpose of the meeting will be to consider the situation and clarify whether any further action can be taken, making the necessary recommendations)',
                },
                { kind: 'heading', text: 'Key actions:' },
                {
                  kind: 'list',
                  items: [
                    'Provide a summary of any care and support offered or in place.',
                    'Outline of the nature of the concerns and risks to the adult and others.',
                    "Consideration of the adult's mental capacity.",
                    'Produce a collaborative and holistic assessment of the risks.',
                    'Identify any legal powers and remedies potentially available.',
                    'Agree who will act as lead coordinating professional for the process.',
                    'Agree information sharing arrangements.',
                    'Agree a contingency and an escalation plan.',
                    'Identify who is best placed to engage with the adult at risk.',
                    'Consider how the adult will be involved and kept up to date.',
                    'Agree who and how to engage with the adult and relationship building.',
                    'Agree a SMART action plan, with timescales a named lead against each action.',
                    'Set date for a review meeting.',
                    'Ensure the adult is given a copy of the risk assessment.',
                  ],
                },
              ],
            },
            {
              id: 's6-1-c',
              number: '6.1 c)',
              title: 'Stage 3 – review meetings',
              blocks: [
                { kind: 'heading', text: 'Key actions:' },
                {
                  kind: 'list',
                  items: [
                    'Involve the adult (and others such as their advocate or members of their social/carer network)',
                    'Update the risk assessment',
                    'Update the escalation and contingency plan.',
                    'Agencies share any new information.',
                    'Consider mental capacity.',
                    'Review multi-agency action plan.',
                    'If insufficient progress has been made, consider an alternative approach.',
                    'Other flexible, creative solutions may need to be explored.',
                    'Revise action plan.',
                    'Agree on-going monitoring and review arrangements.',
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 's6-2',
          number: '6.2',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The multi-agency monitoring and review process will continue until the identified risks are either resolved or managed to an acceptable level. It is important that consideration is given to the support needed by the adult to ensure their well-being and safety is maintained. Any on-going support should be clearly identified and agreed by relevant agencies before being referred back into the relevant case management process for on-going work.',
            },
          ],
        },
        {
          id: 's6-3',
          number: '6.3',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The following table provides guidance on recording and defensible decision making. Practitioners should ensure that their recording in individual cases not only reflects the good practice highlighted below but also relevant legal, professional and organisational requirements and standards:',
            },
            { kind: 'heading', text: 'A defensible decision is one where:' },
            {
              kind: 'list',
              items: [
                'All reasonable steps have been taken to avoid harm.',
                'Reliable assessment methods have been used.',
                'Information has been collected and thoroughly evaluated.',
                'Decisions are recorded and subsequently carried out.',
                'Policies and procedures have been followed.',
                'Practitioners and their managers adopt an investigative approach and are proactive.',
              ],
            },
            { kind: 'heading', text: 'Decisions are defensible if they address the points above, and:' },
            {
              kind: 'list',
              items: [
                'Are a contemporaneous record maintained in a legible and approved system and format.',
                'Specify the rationale behind the decision in relation to the circumstances.',
                'Include references to relevant legislation and guidance.',
                'Are retained with other records about the individual (or organisation).',
                "Are 'signed' and dated by the person making the record.",
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'appendix-a',
      title: 'Appendix A: Summary of key actions at each stage of the multi-agency risk management process',
      citedAs: ['Appendix A'],
      blocks: [
        {
          kind: 'paragraph',
          text: "This process recognises that in complex cases, professionals are often dealing with long term and entrenched behaviours to which responses require a commitment to a longer term, solution-based approach which has at its core, a focus on building trust and a rapport with the adult. The guidance aims to provide an effective, coordinated and multi-agency response to these 'critical few' cases in order to facilitate:",
        },
        {
          kind: 'list',
          items: [
            'Timely information sharing around risk;',
            'Identification and holistic assessment of risk;',
            'Development of shared risk management plans;',
            'Shared decision making and responsibility;',
            "The adult's involvement and engagement in the process",
            'Improved outcomes for the adult at risk.',
          ],
        },
        {
          kind: 'table',
          caption: 'Key actions at each stage',
          head: ['Stage', 'Key actions'],
          rows: [
            [
              'Stage 1 - concern raised:',
              {
                blocks: [
                  { kind: 'heading', text: 'Key actions:' },
                  {
                    kind: 'list',
                    items: [
                      'Discussion with the person raising the concern.',
                      'Discussion with the person about whom concerns have been raised.',
                      'Ascertain what (if any) care and support the person is in receipt of.',
                      'Ascertain if any children or other vulnerable adults are at risk.',
                      'Consider the mental capacity of the person (decisional and executive)',
                      'If appropriate, carry out a capacity assessment on the specific issue.',
                      'Consider if referral to another process would be more appropriate.',
                      'Consider if the circumstances of the case engage the s42 enquiry duty.',
                      'If no, the responsible manager should convene a multi-agency meeting.',
                      'Allocate the case to a lead professional.',
                      'Lead professional to compile a chronology of risk and support offered/ in place.',
                      'Contact involved agencies and those who may need to have a future role',
                      'Set up a multi-agency risk planning meeting.',
                      'Attendees to be able to make decisions and commit resources for their agency.',
                      'Each agency to be asked to identify a lead professional.',
                      'Consider how the adult will be involved and if advocacy support is needed.',
                      "Meeting to be chaired by a manager from the 'initiating organisation'.",
                    ],
                  },
                ],
              },
            ],
            [
              'Stage 2 - multi-agency risk management planning meeting:',
              {
                blocks: [
                  {
                    kind: 'paragraph',
                    style: 'italic',
                    text: '(The purpose of the meeting will be to consider the situation and clarify whether any further action can be taken, making the necessary recommendations)',
                  },
                  { kind: 'heading', text: 'Key actions:' },
                  {
                    kind: 'list',
                    items: [
                      'Provide a summary of any care and support offered or in place.',
                      'Outline of the nature of the concerns and risks to the adult and others.',
                      "Consideration of the adult's mental capacity.",
                      'Produce a collaborative and holistic assessment of the risks.',
                      'Identify any legal powers and remedies potentially available.',
                      'Agree who will act as lead coordinating professional for the process.',
                      'Agree information sharing arrangements.',
                      'Agree a contingency and an escalation plan.',
                      'Identify who is best placed to engage with the adult at risk.',
                      'Consider how the adult will be involved and kept up to date.',
                      'Agree who and how to engage with the adult and relationship building.',
                      'Agree a SMART action plan, with timescales a named lead against each action.',
                      'Set date for the review meeting.',
                      'Ensure the adult is given a copy of the risk assessment.',
                    ],
                  },
                ],
              },
            ],
            [
              'Stage 3 – review meetings',
              {
                blocks: [
                  { kind: 'heading', text: 'Key actions:' },
                  {
                    kind: 'list',
                    items: [
                      'Involve the adult (and others such as their advocate or members of their social/carer network).',
                      'Update the risk assessment.',
                      'Update the escalation and contingency plan.',
                      'Agencies share any new information.',
                      'Consider mental capacity.',
                      'Review multi-agency action plan.',
                      'If insufficient progress has been made, consider an alternative approach.',
                      'Other flexible, creative solutions may need to be explored.',
                      'Revise action plan.',
                      'Agree on-going monitoring and review arrangements.',
                    ],
                  },
                ],
              },
            ],
          ],
        },
      ],
    },
    {
      id: 'appendix-b',
      number: 'Appendix B',
      title: 'Legislation',
      citedAs: ['Appendix B'],
      blocks: [
        {
          kind: 'table',
          caption: 'Legislation',
          head: ['Legislation', 'What the framework says about it'],
          rows: [
            [
              'a) Care Act 2014',
              {
                blocks: [
                  {
                    kind: 'list',
                    items: [
                      'Section 1 – Wellbeing and prevention',
                      'Section 6 – Carers',
                      'Section 9 - Assessment',
                      'Section 42 – Safeguarding enquiry (neglect, abuse and self- neglect)',
                    ],
                  },
                ],
              },
            ],
            [
              'b) Public Health Act 1936',
              'allows District/Borough Councils to give notice to owners or occupiers of premises if those premises are "in such a filthy or unwholesome condition as to be prejudicial to health". The notice can require the owner or occupier to clean the premises. If they do not, the District/Borough Council can arrange to carry out the works themselves.',
            ],
            [
              'c) Health Services and Public Health Act 1968',
              '– including S.45: Duty to make arrangements for promoting the welfare of old people.',
            ],
            [
              'd) Health and Social Care Act 2008',
              'introduced a new single regulatory framework for health and social care. The registered person - usually the owner or manager - has a duty to inform the registration authority within 24 hours of any event that threatens the well-being of any resident (Regulation 18 notification). The registration authority is the Care Quality Commission.',
            ],
            [
              'e) Mental Health Act 1983',
              {
                blocks: [
                  {
                    kind: 'paragraph',
                    text: "(revised and extended in 2007) provides a comprehensive legislative framework to support the needs of both children and adults. It is based on the presumption that the right of people who have been assessed as having a 'disorder or disability of mind or brain' is safeguarded when they are being admitted to or treated within a psychiatric hospital. In addition, as much care and treatment as possible, both in hospital and outside, should be given on an informal basis – where the individual patient is able to exercise their own judgement in the matter (with certain additional safeguards in place for children and young people) - and in the least restrictive conditions possible. The Act also presumes that the main emphasis of care is care within local communities, not within hospital settings. S.135 specifically provides the authority to seek a warrant authorising a police officer to enter premises if it is believed that someone suffering from mental disorder is being ill-treated or neglected or kept otherwise than under proper control anywhere within the jurisdiction of the Court or, being unable to care for himself, is living alone in any such place.",
                  },
                  { kind: 'paragraph', text: 'Mental Health Act 1983 (revised 2007)' },
                ],
              },
            ],
            [
              'f) Mental Capacity Act 2005',
              {
                text: "became operational during 2007. Underpinning the Act are five statutory principles, the most important of which centre on the presumption of capacity unless proven otherwise, and the requirement to enable mentally capable individuals (aged 16+) to make decisions for themselves, even where those decisions may be at variance with what other people and organisations feel would be best. The MCA also provides a statutory framework to enable social care (and allied disciplines) to intervene in the lives of a person (aged 16+) where it can be demonstrated that, in relation to a specific decision that needs to be taken, the person lacks mental capacity to make that decision and therefore a decision needs to be made by a third party in the person's best interests. From April 2009, the Mental Capacity Act 2005 has made it unlawful to deprive of his/her liberty any adult person lacking mental capacity who is living in a care home or staying in a hospital. This can only be lawful if a Deprivation of Liberty Standard Authorisation is in place or a decision has been made to this effect by the Court of Protection.",
                reads: 'presumption of - g) capacity unless',
                repairedAs: 'presumption of capacity unless',
                note: 'A stray list letter "g)" splits this paragraph in the copy; the paragraph is about the Mental Capacity Act throughout.',
              },
            ],
          ],
        },
        { kind: 'heading', text: 'Statutory Guidance:' },
        {
          kind: 'list',
          items: ['Care Act 2014 - Statutory Guidance', 'Mental Capacity Act Code of Practice 2007'],
        },
        { kind: 'heading', text: 'Hampshire and Isle of Wight Policies and Guidance:' },
        {
          kind: 'list',
          items: [
            'Hampshire 4LSAB Multi-Agency Safeguarding Adults Policy and Guidance (2015)',
            'Hampshire 4LSAB Information Sharing Guidance for Adult Safeguarding (2015)',
            'Hampshire 4LSAB Guidance on Prevention and Early Intervention in Safeguarding (2015)',
          ],
        },
      ],
    },
    {
      id: 'appendix-c',
      title: 'Appendix C: Example of a process for managing high risk cases',
      citedAs: ['Appendix C'],
      blocks: [
        {
          kind: 'table',
          caption: 'Example of a process for managing high risk cases',
          head: ['Area', 'Key actions', 'Outcomes'],
          rows: [
            [
              'a) High risk cases',
              {
                blocks: [
                  {
                    kind: 'paragraph',
                    text: 'To produce a team ‘risk register’ reflecting all high risk cases.',
                  },
                  {
                    kind: 'list',
                    items: [
                      'All cases on the Register must be allocated to a named professional.',
                      'An Alert must be added on to the client record system file to reflect high risk status.',
                      'The Register will be available to duty officers to assist in triaging calls.',
                      'The duty officer will alert the named professional of any contact from or about a person on the Register.',
                      'The Register will be reviewed and updated on a weekly basis.',
                      'If a person is removed from the Register, the manager will ensure that the alert is taken off the client record system.',
                      'The Register will be revised to indicate if there is an active multi-agency risk management process or another process such as a s 42 enquiry, MARAC, Channel Panel, etc.',
                      'Supervisors will review (with the relevant lead professional) all cases which are on the register.',
                      {
                        item: 'The following criteria will be used to determine high risk cases:',
                        items: [
                          'Vulnerability factors placing them at a higher risk of abuse or neglect including mate crime, network abuse, etc.;',
                          'Self neglect including hoarding and fire safety;',
                          'Refusal or disengagement from care and support services;',
                          "Complex or diverse needs which either fall between, or span a number of agencies' statutory responsibilities or eligibility criteria;",
                          'On-going needs or behaviour leading to lifestyle choices placing the adult and/or others at significant risk;',
                          'Complex needs and behaviours leading the adult to cause harm to others and',
                          'Risks previously addressed via a s42 enquiry but for which the need for on-going risk management and monitoring has been identified.',
                          "'Toxic Trio' of domestic violence, mental health and substance misuse.",
                        ],
                      },
                    ],
                  },
                ],
              },
              {
                blocks: [
                  { kind: 'paragraph', text: 'Active case load focuses on the “critical few”.' },
                  { kind: 'paragraph', text: 'Complex, high risk cases are managed effectively.' },
                ],
              },
            ],
            [
              'Managing refusal or disengagement from support',
              {
                blocks: [
                  {
                    kind: 'paragraph',
                    text: 'Agree process for responding to non delivery of support e.g.:',
                  },
                  {
                    kind: 'list',
                    items: [
                      'Allocation',
                      'Review of support needs',
                      'Capacity assessment on specific areas of decision-making',
                      'Monitor delivery of support',
                      'Agree a reporting and escalation protocol with care provider.',
                    ],
                  },
                  {
                    kind: 'paragraph',
                    text: 'Agree thresholds at which the provider must inform the lead coordinating professional of undelivered 1 to 1 support and a trigger point for a review.',
                  },
                  {
                    kind: 'paragraph',
                    text: "Agree a standard regarding frequency of the provider's review of individual support plans (to be included in contracts) – monthly.",
                  },
                  {
                    kind: 'paragraph',
                    text: 'Refer to Multi-Agency Risk Management Framework if concerns escalate.',
                  },
                  { kind: 'paragraph', text: 'Agree criteria for referring the case for a s42 enquiry.' },
                ],
              },
              {
                blocks: [
                  {
                    kind: 'paragraph',
                    text: 'Prevention and early involvement re service users who have disengaged from support.',
                  },
                  { kind: 'paragraph', text: 'Improved risk management of these clients.' },
                  {
                    kind: 'paragraph',
                    text: 'Timely reviews of support needs and adjustments as necessary to support plans.',
                  },
                ],
              },
            ],
          ],
        },
      ],
    },
  ],
  omissions: [],
};
