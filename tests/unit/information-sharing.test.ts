import { describe, it, expect } from 'vitest';
import { informationSharingDecision } from '../../machines/rules/information-sharing';

// §3.3 of the Solihull Structured Partnership Approach guidance, as a decision table written out by hand.
//
//   consent asked | consent given | any ground | outcome               | manager advice
//   no            | (ignored)     | no         | askForConsent         | no
//   no            | (ignored)     | yes        | askForConsent         | yes ("If you are not sure if information
//                 |               |            |                       |  could be legitimately shared ... without
//                 |               |            |                       |  the consent of the individual")
//   yes           | yes           | either     | shareWithConsent      | no
//   yes           | no            | no         | respectWishes         | yes
//   yes           | no            | yes        | shareWithoutConsent   | no
//
// Sharing may go ahead only on a share outcome with all six qualities of information confirmed and,
// without consent, a rationale recorded.

const TABLE: Array<{ asked: boolean; given: boolean; anyGround: boolean; outcome: string; advice: boolean }> =
  [
    { asked: false, given: false, anyGround: false, outcome: 'askForConsent', advice: false },
    { asked: false, given: false, anyGround: true, outcome: 'askForConsent', advice: true },
    { asked: false, given: true, anyGround: false, outcome: 'askForConsent', advice: false },
    { asked: false, given: true, anyGround: true, outcome: 'askForConsent', advice: true },
    { asked: true, given: true, anyGround: false, outcome: 'shareWithConsent', advice: false },
    { asked: true, given: true, anyGround: true, outcome: 'shareWithConsent', advice: false },
    { asked: true, given: false, anyGround: false, outcome: 'respectWishes', advice: true },
    { asked: true, given: false, anyGround: true, outcome: 'shareWithoutConsent', advice: false },
  ];

const GROUNDS = [
  'lacksCapacityBestInterests',
  'riskToOthers',
  'preventionOrDetectionOfCrime',
  'publicInterest',
];
const QUALITIES = ['accurate', 'valid', 'reliable', 'timely', 'relevant', 'complete'];
const RATIONALES = [
  '',
  '   \n ',
  'The adult lacks capacity about the concerns; sharing with the GP is in their best interests.',
];

function subsets<T>(items: readonly T[]): T[][] {
  const result: T[][] = [[]];
  for (const item of items) {
    const count = result.length;
    for (let index = 0; index < count; index += 1) result.push([...result[index], item]);
  }
  return result;
}

const booleans = [false, true];

describe('informationSharingDecision: every combination of consent asked, consent given and grounds', () => {
  const groundSets = subsets(GROUNDS);
  const qualitySets = subsets(QUALITIES);

  it('covers 2 × 2 × 16 ground sets (each with 3 rationales and 64 quality sets)', () => {
    expect(groundSets).toHaveLength(16);
    expect(qualitySets).toHaveLength(64);
  });

  for (const asked of booleans)
    for (const given of booleans)
      for (const grounds of groundSets) {
        const row = TABLE.find(
          (entry) => entry.asked === asked && entry.given === given && entry.anyGround === grounds.length > 0,
        )!;
        it(`asked=${asked} given=${given} grounds=[${grounds.join(', ')}] → ${row.outcome}`, () => {
          for (const rationale of RATIONALES)
            for (const qualitiesConfirmed of qualitySets) {
              const result = informationSharingDecision({
                consentAsked: asked,
                consentGiven: given,
                grounds,
                rationale,
                qualitiesConfirmed,
              });
              const share = row.outcome === 'shareWithConsent' || row.outcome === 'shareWithoutConsent';
              const withoutConsent = row.outcome === 'shareWithoutConsent';
              const rationaleMissing = withoutConsent && rationale.trim() === '';
              const qualitiesMissing = share ? QUALITIES.filter((q) => !qualitiesConfirmed.includes(q)) : [];
              expect(result).toEqual({
                outcome: row.outcome,
                grounds: withoutConsent ? grounds : [],
                rationaleRequired: withoutConsent,
                rationaleMissing,
                qualitiesMissing,
                mayShare: share && !rationaleMissing && qualitiesMissing.length === 0,
                seekManagerAdvice: row.advice,
              });
            }
        });
      }
});

describe('informationSharingDecision: named cases', () => {
  const allQualities = [...QUALITIES];

  it('consent given and all six qualities confirmed: share', () => {
    expect(
      informationSharingDecision({
        consentAsked: true,
        consentGiven: true,
        grounds: [],
        rationale: '',
        qualitiesConfirmed: allQualities,
      }),
    ).toMatchObject({ outcome: 'shareWithConsent', mayShare: true });
  });

  it('refused, risk to others, rationale recorded, all six qualities: share without consent', () => {
    expect(
      informationSharingDecision({
        consentAsked: true,
        consentGiven: false,
        grounds: ['riskToOthers'],
        rationale: 'Threats made to a neighbour.',
        qualitiesConfirmed: allQualities,
      }),
    ).toEqual({
      outcome: 'shareWithoutConsent',
      grounds: ['riskToOthers'],
      rationaleRequired: true,
      rationaleMissing: false,
      qualitiesMissing: [],
      mayShare: true,
      seekManagerAdvice: false,
    });
  });

  it('refused, a ground applies but no rationale: not yet', () => {
    expect(
      informationSharingDecision({
        consentAsked: true,
        consentGiven: false,
        grounds: ['publicInterest'],
        rationale: ' ',
        qualitiesConfirmed: allQualities,
      }),
    ).toMatchObject({ outcome: 'shareWithoutConsent', rationaleMissing: true, mayShare: false });
  });

  it('refused, a ground applies, "Complete" not confirmed: not yet, and says which quality', () => {
    expect(
      informationSharingDecision({
        consentAsked: true,
        consentGiven: false,
        grounds: ['preventionOrDetectionOfCrime'],
        rationale: 'Reported theft.',
        qualitiesConfirmed: QUALITIES.slice(0, 5),
      }),
    ).toMatchObject({ outcome: 'shareWithoutConsent', qualitiesMissing: ['complete'], mayShare: false });
  });

  it('refused and no ground: wishes respected, advice from a Manager', () => {
    expect(
      informationSharingDecision({
        consentAsked: true,
        consentGiven: false,
        grounds: [],
        rationale: 'Would like to tell the GP.',
        qualitiesConfirmed: allQualities,
      }),
    ).toEqual({
      outcome: 'respectWishes',
      grounds: [],
      rationaleRequired: false,
      rationaleMissing: false,
      qualitiesMissing: [],
      mayShare: false,
      seekManagerAdvice: true,
    });
  });

  it('not asked, believes the person lacks capacity: ask for consent first, and seek advice from a Manager', () => {
    expect(
      informationSharingDecision({
        consentAsked: false,
        consentGiven: false,
        grounds: ['lacksCapacityBestInterests'],
        rationale: 'x',
        qualitiesConfirmed: allQualities,
      }),
    ).toMatchObject({ outcome: 'askForConsent', mayShare: false, seekManagerAdvice: true, grounds: [] });
  });

  it('grounds are reported in the guidance order and unknown values are ignored', () => {
    const result = informationSharingDecision({
      consentAsked: true,
      consentGiven: false,
      grounds: ['publicInterest', 'none', 'riskToOthers', 'Risk to others'],
      rationale: 'r',
      qualitiesConfirmed: [...allQualities, 'honest'],
    });
    expect(result.grounds).toEqual(['riskToOthers', 'publicInterest']);
    expect(result.mayShare).toBe(true);
  });

  it('only unknown grounds count as no ground', () => {
    expect(
      informationSharingDecision({
        consentAsked: true,
        consentGiven: false,
        grounds: ['none'],
        rationale: '',
        qualitiesConfirmed: [],
      }).outcome,
    ).toBe('respectWishes');
  });
});
