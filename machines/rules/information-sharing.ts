// Sharing information in a structured partnership approach: §3.3 of the Solihull guidance
// (../shared/guidance/structured-partnership-approach.txt). Pure: no imports.
//
// What §3.3 says, in order:
//   "individuals should know when, why and with whom information about them is being shared and their
//    consent should be obtained."
//   "If a person refuses intervention to support them or requests that information about them is not
//    shared with other partners, their wishes should be respected. However, there are a number of
//    circumstances where the practitioner can reasonably override such a decision. Practitioners can
//    share information:" [the four grounds below]
//   "You must be able to evidence what your rationale was for sharing information in order to make their
//    decision to share defensible."
//   "When sharing information practitioners must ensure the 6 elements to Information Quality are adhered
//    to in that the information must be: Accurate, Valid, Reliable, Timely, Relevant and Complete."
//   "If you are not sure if information could be legitimately shared or action taken without the consent
//    of the individual, further advice should be sought from a Manager who may seek legal advice."
//
// The decision:
// - Consent not yet asked: the journey asks about the grounds first, because the first ground (the
//   person may lack capacity and sharing may be in their best interests) may apply before anyone asks.
//   The guidance says consent "should be obtained", and its grounds are
//   circumstances in which the practitioner can "override such a decision", that is, a refusal already
//   made. It gives no route to sharing without first asking. So the outcome is to ask for consent. If the
//   practitioner believes a ground applies (for example the person lacks capacity with regard to the
//   concerns), whether the information can be shared without asking is a question the guidance does not
//   answer, which is the case its last sentence covers: seek advice from a Manager, who may seek legal
//   advice. "Consent given" is ignored when consent has not been asked.
// - Consent asked and given: share. The six qualities apply ("When sharing information"). The rationale
//   sentence follows the grounds for overriding a refusal and is read as applying to sharing without
//   consent, so it is not required here.
// - Consent asked and refused, one or more grounds apply: share without consent on those grounds. A
//   rationale must be recorded and the six qualities confirmed before sharing.
// - Consent asked and refused, no ground applies: the person's wishes are respected; advice is sought
//   from a Manager who may seek legal advice if the practitioner is not sure.

/** The four grounds in §3.3 on which practitioners can share information without consent, in order. */
export const informationSharingGroundIds = [
  'lacksCapacityBestInterests',
  'riskToOthers',
  'preventionOrDetectionOfCrime',
  'publicInterest',
] as const;

export type InformationSharingGroundId = (typeof informationSharingGroundIds)[number];

/** "the 6 elements to Information Quality", in order. */
export const informationQualityIds = [
  'accurate',
  'valid',
  'reliable',
  'timely',
  'relevant',
  'complete',
] as const;

export type InformationQualityId = (typeof informationQualityIds)[number];

export interface InformationSharingAnswers {
  consentAsked: boolean;
  /** Ignored when consent has not been asked. */
  consentGiven: boolean;
  /** Grounds the practitioner believes apply. Unknown values are ignored. */
  grounds: readonly string[];
  rationale: string;
  /** Qualities the practitioner confirms. Unknown values are ignored. */
  qualitiesConfirmed: readonly string[];
}

export type InformationSharingOutcome =
  'askForConsent' | 'shareWithConsent' | 'shareWithoutConsent' | 'respectWishes';

export interface InformationSharingDecision {
  outcome: InformationSharingOutcome;
  /** The grounds relied on, in the guidance's order: only for shareWithoutConsent, empty otherwise. */
  grounds: InformationSharingGroundId[];
  /** A rationale must be evidenced (shareWithoutConsent). */
  rationaleRequired: boolean;
  /** A rationale is required and none (or only blank text) is recorded. */
  rationaleMissing: boolean;
  /** For the two share outcomes, the qualities not yet confirmed, in order; empty otherwise. */
  qualitiesMissing: InformationQualityId[];
  /** A share outcome with nothing missing: the information may be shared now. */
  mayShare: boolean;
  /** Seek advice from a Manager, who may seek legal advice. */
  seekManagerAdvice: boolean;
}

const known = <T extends string>(ids: readonly T[], values: readonly string[]): T[] =>
  ids.filter((id) => values.includes(id));

export function informationSharingDecision(answers: InformationSharingAnswers): InformationSharingDecision {
  const grounds = known(informationSharingGroundIds, answers.grounds);
  const qualitiesMissing = informationQualityIds.filter((id) => !answers.qualitiesConfirmed.includes(id));
  const none = {
    grounds: [],
    rationaleRequired: false,
    rationaleMissing: false,
    qualitiesMissing: [],
    mayShare: false,
  };

  if (!answers.consentAsked) {
    return { outcome: 'askForConsent', ...none, seekManagerAdvice: grounds.length > 0 };
  }
  if (answers.consentGiven) {
    return {
      outcome: 'shareWithConsent',
      grounds: [],
      rationaleRequired: false,
      rationaleMissing: false,
      qualitiesMissing,
      mayShare: qualitiesMissing.length === 0,
      seekManagerAdvice: false,
    };
  }
  if (grounds.length === 0) {
    return { outcome: 'respectWishes', ...none, seekManagerAdvice: true };
  }
  const rationaleMissing = answers.rationale.trim() === '';
  return {
    outcome: 'shareWithoutConsent',
    grounds,
    rationaleRequired: true,
    rationaleMissing,
    qualitiesMissing,
    mayShare: !rationaleMissing && qualitiesMissing.length === 0,
    seekManagerAdvice: false,
  };
}
