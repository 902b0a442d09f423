import { describe, it, expect } from 'vitest';
import {
  partnershipEligibility,
  type PartnershipEligibilityAnswers,
} from '../../machines/rules/partnership-eligibility';

// Section 2 of the Solihull Structured Partnership Approach guidance, read plainly:
//
//   Conditions route: an adult WITH care and support needs, or an adult with NO care and support needs
//   but with HIGH vulnerabilities; AND at risk / well known / no plan; AND capacity but refused; AND
//   management has not mitigated; AND concerns about the ability to manage (any of seven areas); AND one
//   or more partners concerned.
//   Family-dynamics route: an adult with care and support needs AND at risk of significant harm due to
//   the behaviours or dynamics of their family.
//
// The expectations below are written as literal data (patterns over the eight conditions, hand-counted
// totals and named cases), not by calling the rule's own logic.

// Every condition, in the guidance's order. A row of the truth table is a string of eight characters,
// '1' for holds and '0' for does not, in this order.
const ORDER = [
  'careAndSupportNeeds',
  'highVulnerabilities',
  'atRiskWellKnownNoPlan',
  'capacityRefusedServices',
  'managementNotMitigated',
  'manageDailyLife',
  'partnersConcerned',
  'familyDynamics',
] as const;

const AREAS = [
  'personalCareAndHygiene',
  'homeEnvironment',
  'activitiesOfDailyLiving',
  'healthConditions',
  'finances',
  'safety',
  'protectionFromAbuseAndNeglect',
] as const;

// The eligible rows of the truth table, as patterns ('?' = either). Written from the guidance's text.
const CONDITIONS_ROUTE_PATTERNS = [
  '1?11111?', // an adult WITH care and support needs, and all five statements
  '0111111?', // an adult with NO care and support needs but with HIGH vulnerabilities, and all five
];
const FAMILY_ROUTE_PATTERNS = [
  '1??????1', // an adult with care and support needs, at risk due to family behaviours or dynamics
];

const matches = (row: string, pattern: string) =>
  [...pattern].every((char, index) => char === '?' || char === row[index]);

// What met/notMet list for an eligible row, by route(s): literal lists.
const CONDITIONS_WITH_NEEDS = [
  'careAndSupportNeeds',
  'atRiskWellKnownNoPlan',
  'capacityRefusedServices',
  'managementNotMitigated',
  'manageDailyLife',
  'partnersConcerned',
];
const CONDITIONS_WITH_VULNERABILITIES = [
  'highVulnerabilities',
  'atRiskWellKnownNoPlan',
  'capacityRefusedServices',
  'managementNotMitigated',
  'manageDailyLife',
  'partnersConcerned',
];
const BOTH_ROUTES = [...CONDITIONS_WITH_NEEDS, 'familyDynamics'];
const FAMILY_ONLY = ['careAndSupportNeeds', 'familyDynamics'];

function subsets<T>(items: readonly T[]): T[][] {
  const result: T[][] = [[]];
  for (const item of items) {
    const count = result.length;
    for (let index = 0; index < count; index += 1) result.push([...result[index], item]);
  }
  return result;
}

const booleans = [false, true];

interface Case {
  answers: PartnershipEligibilityAnswers;
  row: string;
}

function allCases(): Case[] {
  const cases: Case[] = [];
  for (const careAndSupportNeeds of booleans)
    for (const highVulnerabilities of booleans)
      for (const atRiskWellKnownNoPlan of booleans)
        for (const capacityRefusedServices of booleans)
          for (const managementNotMitigated of booleans)
            for (const areas of subsets(AREAS))
              for (const partnersConcerned of booleans)
                for (const familyDynamics of booleans) {
                  const bits = [
                    careAndSupportNeeds,
                    highVulnerabilities,
                    atRiskWellKnownNoPlan,
                    capacityRefusedServices,
                    managementNotMitigated,
                    areas.length > 0,
                    partnersConcerned,
                    familyDynamics,
                  ];
                  cases.push({
                    answers: {
                      careAndSupportNeeds,
                      highVulnerabilities,
                      atRiskWellKnownNoPlan,
                      capacityRefusedServices,
                      managementNotMitigated,
                      manageDailyLifeAreas: areas,
                      partnersConcerned,
                      familyDynamics,
                    },
                    row: bits.map((bit) => (bit ? '1' : '0')).join(''),
                  });
                }
  return cases;
}

function expectedFor(row: string) {
  const conditions = CONDITIONS_ROUTE_PATTERNS.some((pattern) => matches(row, pattern));
  const family = FAMILY_ROUTE_PATTERNS.some((pattern) => matches(row, pattern));
  if (conditions && family) return { eligible: true, route: 'conditions', met: BOTH_ROUTES, notMet: [] };
  if (conditions)
    return {
      eligible: true,
      route: 'conditions',
      met: row[0] === '1' ? CONDITIONS_WITH_NEEDS : CONDITIONS_WITH_VULNERABILITIES,
      notMet: [],
    };
  if (family) return { eligible: true, route: 'familyDynamics', met: FAMILY_ONLY, notMet: [] };
  // Not eligible: each condition as it stands; "HIGH vulnerabilities" is asked only of an adult with NO
  // care and support needs, so it is in neither list when the adult has them.
  const applicable = ORDER.filter((id) => !(id === 'highVulnerabilities' && row[0] === '1'));
  return {
    eligible: false,
    route: null,
    met: applicable.filter((id) => row[ORDER.indexOf(id)] === '1'),
    notMet: applicable.filter((id) => row[ORDER.indexOf(id)] === '0'),
  };
}

describe('partnershipEligibility: every combination', () => {
  const cases = allCases();

  it('enumerates 2 × 2 × 2 × 2 × 2 × 128 × 2 × 2 = 16384 combinations', () => {
    expect(cases).toHaveLength(16384);
  });

  it('matches the plain reading of section 2 for every combination', () => {
    const failures: string[] = [];
    for (const { answers, row } of cases) {
      const actual = partnershipEligibility(answers);
      const expected = expectedFor(row);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        failures.push(`${row} areas=${answers.manageDailyLifeAreas.join(',')}: ${JSON.stringify(actual)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('finds the hand-counted number of eligible combinations on each route', () => {
    // Conditions route: (care needs: 2 values of high vulnerabilities, or no care needs with high
    // vulnerabilities: 1) × 127 non-empty sets of areas × 2 values of family dynamics = (2 + 1) × 127 × 2.
    // Family route alone: care needs × family dynamics × everything else (2 × 16 × 128 = 4096), less the
    // 2 × 127 = 254 combinations where the conditions route also holds (reported as 'conditions').
    const counts = { conditions: 0, familyDynamics: 0, none: 0 };
    for (const { answers } of cases) {
      const { route } = partnershipEligibility(answers);
      counts[route ?? 'none'] += 1;
    }
    expect(counts).toEqual({ conditions: 762, familyDynamics: 3842, none: 16384 - 762 - 3842 });
  });

  it('is eligible exactly when met holds every requirement and notMet is empty', () => {
    for (const { answers } of cases) {
      const result = partnershipEligibility(answers);
      expect(result.eligible).toBe(result.route !== null);
      if (result.eligible) expect(result.notMet).toEqual([]);
      else expect(result.notMet.length).toBeGreaterThan(0);
    }
  });
});

const none: PartnershipEligibilityAnswers = {
  careAndSupportNeeds: false,
  highVulnerabilities: false,
  atRiskWellKnownNoPlan: false,
  capacityRefusedServices: false,
  managementNotMitigated: false,
  manageDailyLifeAreas: [],
  partnersConcerned: false,
  familyDynamics: false,
};

const allStatements = {
  atRiskWellKnownNoPlan: true,
  capacityRefusedServices: true,
  managementNotMitigated: true,
  manageDailyLifeAreas: ['finances'],
  partnersConcerned: true,
};

describe('partnershipEligibility: named cases from the guidance', () => {
  it('adult with care and support needs, all five statements, concerns about finances only: may be required', () => {
    expect(partnershipEligibility({ ...none, careAndSupportNeeds: true, ...allStatements })).toEqual({
      eligible: true,
      route: 'conditions',
      met: CONDITIONS_WITH_NEEDS,
      notMet: [],
    });
  });

  it('adult with NO care and support needs but HIGH vulnerabilities, all five statements: may be required', () => {
    expect(partnershipEligibility({ ...none, highVulnerabilities: true, ...allStatements })).toEqual({
      eligible: true,
      route: 'conditions',
      met: CONDITIONS_WITH_VULNERABILITIES,
      notMet: [],
    });
  });

  it('neither care and support needs nor high vulnerabilities: not on either route, whatever else holds', () => {
    expect(partnershipEligibility({ ...none, ...allStatements, familyDynamics: true })).toEqual({
      eligible: false,
      route: null,
      met: [...CONDITIONS_WITH_NEEDS.slice(1), 'familyDynamics'],
      notMet: ['careAndSupportNeeds', 'highVulnerabilities'],
    });
  });

  it('each "And" statement is required: leaving out any one makes the conditions route fail', () => {
    for (const missing of [
      'atRiskWellKnownNoPlan',
      'capacityRefusedServices',
      'managementNotMitigated',
      'partnersConcerned',
    ] as const) {
      const result = partnershipEligibility({
        ...none,
        careAndSupportNeeds: true,
        ...allStatements,
        [missing]: false,
      });
      expect(result.eligible, missing).toBe(false);
      expect(result.notMet).toEqual([missing, 'familyDynamics']);
    }
    const noAreas = partnershipEligibility({
      ...none,
      careAndSupportNeeds: true,
      ...allStatements,
      manageDailyLifeAreas: [],
    });
    expect(noAreas.eligible).toBe(false);
    expect(noAreas.notMet).toEqual(['manageDailyLife', 'familyDynamics']);
  });

  it('a concern about any one of the seven areas meets the "ability to manage" condition', () => {
    for (const area of AREAS) {
      const result = partnershipEligibility({
        ...none,
        careAndSupportNeeds: true,
        ...allStatements,
        manageDailyLifeAreas: [area],
      });
      expect(result.route, area).toBe('conditions');
    }
  });

  it('ignores values that are not one of the seven areas', () => {
    const result = partnershipEligibility({
      ...none,
      careAndSupportNeeds: true,
      ...allStatements,
      manageDailyLifeAreas: ['none', 'Finances', ''],
    });
    expect(result.eligible).toBe(false);
    expect(result.notMet).toEqual(['manageDailyLife', 'familyDynamics']);
  });

  it('family route: an adult with care and support needs at risk due to family behaviours or dynamics, nothing else', () => {
    expect(partnershipEligibility({ ...none, careAndSupportNeeds: true, familyDynamics: true })).toEqual({
      eligible: true,
      route: 'familyDynamics',
      met: FAMILY_ONLY,
      notMet: [],
    });
  });

  it('family route does not extend to an adult with NO care and support needs, even with HIGH vulnerabilities', () => {
    expect(partnershipEligibility({ ...none, highVulnerabilities: true, familyDynamics: true })).toEqual({
      eligible: false,
      route: null,
      met: ['highVulnerabilities', 'familyDynamics'],
      notMet: [
        'careAndSupportNeeds',
        'atRiskWellKnownNoPlan',
        'capacityRefusedServices',
        'managementNotMitigated',
        'manageDailyLife',
        'partnersConcerned',
      ],
    });
  });

  it('both routes: reports the conditions route and every condition relied on', () => {
    expect(
      partnershipEligibility({ ...none, careAndSupportNeeds: true, ...allStatements, familyDynamics: true }),
    ).toEqual({ eligible: true, route: 'conditions', met: BOTH_ROUTES, notMet: [] });
  });

  it('nothing holds: every condition is not met', () => {
    expect(partnershipEligibility(none)).toEqual({
      eligible: false,
      route: null,
      met: [],
      notMet: [...ORDER],
    });
  });

  it('care and support needs alone: high vulnerabilities is not asked, so it is in neither list', () => {
    expect(partnershipEligibility({ ...none, careAndSupportNeeds: true, highVulnerabilities: true })).toEqual(
      {
        eligible: false,
        route: null,
        met: ['careAndSupportNeeds'],
        notMet: [
          'atRiskWellKnownNoPlan',
          'capacityRefusedServices',
          'managementNotMitigated',
          'manageDailyLife',
          'partnersConcerned',
          'familyDynamics',
        ],
      },
    );
  });
});
