// When the Solihull Structured Partnership Approach may be required: section 2 of the guidance
// (../shared/guidance/structured-partnership-approach.txt). Pure: no imports.
//
// Section 2 gives two routes.
//
// The conditions route. "A structured partnership approach may be required when an adult WITH care and
// support needs or an adult with NO care and support needs but with HIGH vulnerabilities:"
//   ✓ has been identified as being at risk of significant harm, is well known to one or more agencies
//     with repeated concerns or presentation, but there is no established plan to manage ongoing needs;
//   And
//   ✓ has the mental capacity to make relevant decisions but has refused essential services or
//     interventions, which could result in significant harm;
//   And
//   ✓ current management approaches have not been able to mitigate the risk of this significant harm;
//   And
//   ✓ there are concerns about the individual's ability to manage their: Personal care and hygiene, Home
//     environment, Activities of daily living such as shopping, Health conditions, Finances, Safety,
//     Protection from abuse and neglect.
//   And
//   ✓ one or more of the partners have concerns about the individual and believe a multi-agency
//     discussion would be of benefit.
//
// Read as: (care and support needs OR (no care and support needs AND high vulnerabilities))
//   AND atRiskWellKnownNoPlan AND capacityRefusedServices AND managementNotMitigated
//   AND (concerns about the ability to manage at least one of the seven areas) AND partnersConcerned.
// Each ticked statement is one condition, met only when all of it holds. The opening "or" makes the
// adult either one with care and support needs, or one without them but with high vulnerabilities. The
// seven areas are printed as a list with no "and" or "or" between them: they name what the concerns may
// be about, so a concern about any one of them meets the condition (the guidance's "one or more of"
// belongs to "the partners" in the fifth statement and "agencies" in the first, not to the areas).
//
// The family-dynamics route. "A structured partnership approach may also be required when an adult with
// care and support needs: ✓ has been identified as being at risk of significant harm due to the
// behaviours or dynamics of their family." Read as: care and support needs AND familyDynamics. It stands
// on its own ("also"); none of the conditions route's statements are needed, and an adult without care
// and support needs (even with high vulnerabilities) is not covered by it.

/** Section 2's conditions, in the guidance's order. */
export const partnershipConditionIds = [
  'careAndSupportNeeds',
  'highVulnerabilities',
  'atRiskWellKnownNoPlan',
  'capacityRefusedServices',
  'managementNotMitigated',
  'manageDailyLife',
  'partnersConcerned',
  'familyDynamics',
] as const;

export type PartnershipConditionId = (typeof partnershipConditionIds)[number];

/** The seven areas of "the individual's ability to manage their", in the guidance's order. */
export const dailyLifeAreaIds = [
  'personalCareAndHygiene',
  'homeEnvironment',
  'activitiesOfDailyLiving',
  'healthConditions',
  'finances',
  'safety',
  'protectionFromAbuseAndNeglect',
] as const;

export type DailyLifeAreaId = (typeof dailyLifeAreaIds)[number];

export interface PartnershipEligibilityAnswers {
  /** "an adult WITH care and support needs" */
  careAndSupportNeeds: boolean;
  /** "HIGH vulnerabilities". Counts only for an adult with NO care and support needs. */
  highVulnerabilities: boolean;
  atRiskWellKnownNoPlan: boolean;
  capacityRefusedServices: boolean;
  managementNotMitigated: boolean;
  /** The areas there are concerns about the individual's ability to manage. Unknown values are ignored. */
  manageDailyLifeAreas: readonly string[];
  partnersConcerned: boolean;
  familyDynamics: boolean;
}

export type PartnershipRoute = 'conditions' | 'familyDynamics';

export interface PartnershipEligibility {
  eligible: boolean;
  /** The route that applies; 'conditions' when both do (it is the one the guidance states first). */
  route: PartnershipRoute | null;
  /**
   * Eligible: the conditions the decision rests on (of every route that applies), in the guidance's
   * order. Not eligible: every condition that holds.
   */
  met: PartnershipConditionId[];
  /**
   * Eligible: empty. Not eligible: every condition that does not hold, in the guidance's order, leaving
   * out highVulnerabilities when the adult has care and support needs (it is asked only of an adult with
   * NO care and support needs).
   */
  notMet: PartnershipConditionId[];
}

const routeConditions: Record<PartnershipRoute, readonly PartnershipConditionId[]> = {
  conditions: [
    'atRiskWellKnownNoPlan',
    'capacityRefusedServices',
    'managementNotMitigated',
    'manageDailyLife',
    'partnersConcerned',
  ],
  familyDynamics: ['careAndSupportNeeds', 'familyDynamics'],
};

const isDailyLifeArea = (value: string): value is DailyLifeAreaId =>
  (dailyLifeAreaIds as readonly string[]).includes(value);

export function partnershipEligibility(answers: PartnershipEligibilityAnswers): PartnershipEligibility {
  const needsHighVulnerabilities = !answers.careAndSupportNeeds;
  const holds: Record<PartnershipConditionId, boolean> = {
    careAndSupportNeeds: answers.careAndSupportNeeds,
    // "an adult with NO care and support needs but with HIGH vulnerabilities"
    highVulnerabilities: needsHighVulnerabilities && answers.highVulnerabilities,
    atRiskWellKnownNoPlan: answers.atRiskWellKnownNoPlan,
    capacityRefusedServices: answers.capacityRefusedServices,
    managementNotMitigated: answers.managementNotMitigated,
    manageDailyLife: answers.manageDailyLifeAreas.some(isDailyLifeArea),
    partnersConcerned: answers.partnersConcerned,
    familyDynamics: answers.familyDynamics,
  };

  const adult: PartnershipConditionId = answers.careAndSupportNeeds
    ? 'careAndSupportNeeds'
    : 'highVulnerabilities';
  const required: Record<PartnershipRoute, PartnershipConditionId[]> = {
    conditions: [adult, ...routeConditions.conditions],
    familyDynamics: [...routeConditions.familyDynamics],
  };
  const applies = (route: PartnershipRoute) => required[route].every((id) => holds[id]);
  const routes = (['conditions', 'familyDynamics'] as const).filter(applies);

  if (routes.length > 0) {
    const relied = new Set(routes.flatMap((route) => required[route]));
    return {
      eligible: true,
      route: routes[0],
      met: partnershipConditionIds.filter((id) => relied.has(id)),
      notMet: [],
    };
  }

  return {
    eligible: false,
    route: null,
    met: partnershipConditionIds.filter((id) => holds[id]),
    notMet: partnershipConditionIds.filter(
      (id) => !holds[id] && !(id === 'highVulnerabilities' && !needsHighVulnerabilities),
    ),
  };
}
