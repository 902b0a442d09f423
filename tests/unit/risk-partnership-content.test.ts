import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import * as partnership from '../../content/partnership';
import * as risk from '../../content/risk-management';
import type { ContentItem, DocumentId, Source } from '../../content/schema';
import { informationQualityIds, informationSharingGroundIds } from '../../machines/rules/information-sharing';
import { dailyLifeAreaIds, partnershipConditionIds } from '../../machines/rules/partnership-eligibility';

interface Sourced {
  source?: Source;
}

const idsOf = (items: Array<{ id: string } | { value: string }>) =>
  items.map((item) => ('id' in item ? item.id : item.value));

function expectUniqueIds(name: string, items: Array<{ id: string } | { value: string }>) {
  const ids = idsOf(items);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  expect(duplicates, `${name} has duplicate ids`).toEqual([]);
}

function expectSourced(name: string, items: Sourced[], doc: DocumentId) {
  items.forEach((item, index) => {
    expect(item.source, `${name}[${index}] has no source`).toBeDefined();
    expect(item.source!.doc, `${name}[${index}]`).toBe(doc);
    expect(item.source!.section.trim().length, `${name}[${index}] section`).toBeGreaterThan(0);
  });
}

// Every list, with the number of entries the document has.
const riskLists: Array<[string, Array<Sourced & ({ id: string } | { value: string })>, number]> = [
  ['frameworkSituations (§1.4 a–h)', risk.frameworkSituations, 8],
  ['frameworkAims (§1.5)', risk.frameworkAims, 6],
  ['underpinningPrinciples (§2.1)', risk.underpinningPrinciples, 22],
  ['atRiskTests.oneOrMoreOf (§3.1)', risk.atRiskTests.oneOrMoreOf, 4],
  [
    'capacityConsiderations.considerations (§3 MCA and Best Interests)',
    risk.capacityConsiderations.considerations,
    9,
  ],
  ['capacityConsiderations.passages (§3.2, 3.4, 3.5, 5.2, 5.3)', risk.capacityConsiderations.passages, 5],
  ['refusalPassages', risk.refusalPassages, 4],
  ['riskAssessmentPassages (§4.1–4.3)', risk.riskAssessmentPassages, 3],
  ['riskAssessmentAspects (§4.4)', risk.riskAssessmentAspects, 14],
  ['otherProcesses (§4.5)', risk.otherProcesses, 6],
  ['supportPassages (§5.1, 5.4, 5.5)', risk.supportPassages, 3],
  ['effectiveRiskAssessmentBasis (§5.6)', risk.effectiveRiskAssessmentBasis, 10],
  ['stages', risk.stages, 3],
  ['stageActions.stage1 (§6.1 a)', risk.stageActions.stage1, 17],
  ['stageActions.stage2 (§6.1 b)', risk.stageActions.stage2, 14],
  ['stageActions.stage3 (§6.1 c)', risk.stageActions.stage3, 10],
  ['actionPlanFields', risk.actionPlanFields, 3],
  ['defensibleDecisionChecks.defensibleWhere (§6.3)', risk.defensibleDecisionChecks.defensibleWhere, 6],
  ['defensibleDecisionChecks.andRecords (§6.3)', risk.defensibleDecisionChecks.andRecords, 5],
  ['legislation (Appendix B)', risk.legislation, 14],
];

const partnershipLists: Array<[string, Array<Sourced & ({ id: string } | { value: string })>, number]> = [
  ['eligibilityConditions (§2)', partnership.eligibilityConditions, 8],
  ['dailyLifeAreas (§2)', partnership.dailyLifeAreas, 7],
  ['involves (§3)', partnership.involves, 6],
  ['multiAgencyMeetings (§3.2)', partnership.multiAgencyMeetings, 5],
  ['informationSharing.principles (§3.3)', partnership.informationSharing.principles, 2],
  ['informationSharing.grounds (§3.3)', partnership.informationSharing.grounds, 4],
  ['informationSharing.qualities (§3.3)', partnership.informationSharing.qualities, 6],
  ['rolesAndResponsibilities (§3.4)', partnership.rolesAndResponsibilities, 2],
  ['riskEnablement.items (§3.5)', partnership.riskEnablement.items, 5],
  ['recordKeeping.shouldShow (§3.6)', partnership.recordKeeping.shouldShow, 5],
  ['forums (§4)', partnership.forums, 4],
  ...partnership.forums.map((forum): [string, Array<Sourced & { id: string }>, number] => [
    `forums.${forum.id}.criteria`,
    forum.criteria,
    { s42Procedures: 1, harmReductionForum: 3, marac: 2, exploitationPanel: 1 }[forum.id],
  ]),
];

describe('risk management framework content', () => {
  for (const [name, items, count] of riskLists) {
    it(`${name}: ${count} entries, unique ids, each citing the framework`, () => {
      expect(items).toHaveLength(count);
      expectUniqueIds(name, items);
      expectSourced(name, items, 'risk-management');
    });
  }

  it('1.4 situations are a) to h) in order', () => {
    expect(risk.frameworkSituations.map((option) => option.source!.section)).toEqual(
      ['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)'].map((letter) => `§1.4 ${letter}`),
    );
  });

  it('3.1: one required test and four joined by and/or', () => {
    expect(risk.atRiskTests.required.label).toBe(
      'is unable or unwilling to provide adequate care for him/herself',
    );
    expect(risk.atRiskTests.source.doc).toBe('risk-management');
  });

  it('stage items cite §6.1 and Appendix A; Appendix A wording differs for 8, 1 and 2 items', () => {
    const differing = (items: typeof risk.stageActions.stage1) =>
      items.filter((item) => item.source.section.includes('Appendix A words this')).length;
    for (const items of Object.values(risk.stageActions)) {
      for (const item of items) {
        expect(item.source.section).toMatch(/^§6\.1 [abc]\) Stage [123]/);
        expect(item.source.section).toMatch(/Appendix A/);
      }
    }
    expect(differing(risk.stageActions.stage1)).toBe(8);
    expect(differing(risk.stageActions.stage2)).toBe(1);
    expect(differing(risk.stageActions.stage3)).toBe(2);
  });

  it('stage 2 includes the SMART action plan and the review date; stage 3 the alternative approach', () => {
    expect(idsOf(risk.stageActions.stage2)).toEqual(expect.arrayContaining(['smartPlan', 'reviewDate']));
    expect(risk.stageActions.stage3.map((item) => item.label)).toContain(
      'If insufficient progress has been made, consider an alternative approach.',
    );
    expect(risk.actionPlanFields.map((field) => field.id)).toEqual(['action', 'namedLead', 'timescale']);
  });

  it('Appendix B: Care Act sections 1, 6, 9 and 42, the five other Acts, two statutory guidance, three local policies', () => {
    const byGroup = (group: string) =>
      risk.legislation.filter((entry) => entry.group === group).map((e) => e.id);
    expect(byGroup('legislation')).toEqual([
      'careAct2014s1',
      'careAct2014s6',
      'careAct2014s9',
      'careAct2014s42',
      'publicHealthAct1936',
      'healthServicesPublicHealthAct1968',
      'healthAndSocialCareAct2008',
      'mentalHealthAct1983',
      'mentalCapacityAct2005',
    ]);
    expect(byGroup('statutoryGuidance')).toHaveLength(2);
    expect(byGroup('localPolicy')).toHaveLength(3);
    for (const entry of risk.legislation) {
      if (entry.group === 'legislation') expect(entry.summary, entry.id).toBeTruthy();
    }
    expect(risk.legislation.find((entry) => entry.id === 'mentalHealthAct1983')!.summary).toMatch(/S\.135/);
  });

  it('transcription notes are present', () => {
    expect(risk.transcriptionNotes.length).toBeGreaterThan(0);
  });
});

describe('structured partnership approach content', () => {
  for (const [name, items, count] of partnershipLists) {
    it(`${name}: ${count} entries, unique ids, each citing the partnership guidance`, () => {
      expect(items).toHaveLength(count);
      expectUniqueIds(name, items);
      expectSourced(name, items, 'partnership');
    });
  }

  it('eligibility: two ways of describing the adult, five "And" statements, and the family-dynamics route', () => {
    const conditions = partnership.eligibilityConditions;
    expect(conditions.filter((c) => c.part === 'adult').map((c) => c.id)).toEqual([
      'careAndSupportNeeds',
      'highVulnerabilities',
    ]);
    expect(conditions.filter((c) => c.part === 'statement' && c.routes.includes('conditions'))).toHaveLength(
      5,
    );
    expect(conditions.filter((c) => c.routes.includes('familyDynamics')).map((c) => c.id)).toEqual([
      'careAndSupportNeeds',
      'familyDynamics',
    ]);
    expect(conditions.find((c) => c.id === 'manageDailyLife')!.areas).toBe(partnership.dailyLifeAreas);
  });

  it('the content ids are the ones the rules use', () => {
    expect(idsOf(partnership.eligibilityConditions)).toEqual([...partnershipConditionIds]);
    expect(idsOf(partnership.dailyLifeAreas)).toEqual([...dailyLifeAreaIds]);
    expect(idsOf(partnership.informationSharing.grounds)).toEqual([...informationSharingGroundIds]);
    expect(idsOf(partnership.informationSharing.qualities)).toEqual([...informationQualityIds]);
  });

  it('each forum and the harm reduction forum definition cite section 4', () => {
    for (const forum of partnership.forums) expect(forum.source.section).toMatch(/^§4/);
    const definition = partnership.forums.find((forum) => forum.id === 'harmReductionForum')!.definition!;
    expect(definition.includes).toHaveLength(3);
    expectSourced('harmReductionForum.definition.includes', definition.includes, 'partnership');
    const marac = partnership.forums.find((forum) => forum.id === 'marac')!;
    expect(marac.criteriaJoin).toBe('or');
    expect(marac.prerequisite).toBe('the Safe Lives Dash Risk Assessment identifies');
  });

  it('lead professional: the rule when there is none', () => {
    expect(partnership.leadProfessional.ifNone).toMatch(
      /^If there is no identified lead professional, the concerned practitioner/,
    );
    expect(partnership.leadProfessional.source.doc).toBe('partnership');
  });

  it('transcription notes are present', () => {
    expect(partnership.transcriptionNotes.length).toBeGreaterThan(0);
  });
});

describe('journey content items', () => {
  const journeys: Array<[string, ContentItem[], DocumentId, string]> = [
    ['riskManagementContent', risk.riskManagementContent, 'risk-management', 'rm.'],
    ['partnershipContent', partnership.partnershipContent, 'partnership', 'sp.'],
  ];

  for (const [name, items, doc, prefix] of journeys) {
    it(`${name}: prefixed, unique ids, sourced from ${doc}`, () => {
      expectUniqueIds(name, items);
      for (const item of items) {
        expect(item.id.startsWith(prefix), item.id).toBe(true);
        expect(item.source.doc, item.id).toBe(doc);
        if ('alsoFrom' in item && item.alsoFrom) {
          expectSourced(
            `${item.id}.alsoFrom`,
            item.alsoFrom.map((source) => ({ source })),
            doc,
          );
        }
        if ('options' in item)
          expectSourced(
            `${item.id}.options`,
            item.options.filter((o) => o.source),
            doc,
          );
        if (item.kind === 'checklist') {
          expectUniqueIds(`${item.id}.items`, item.items);
          expectSourced(`${item.id}.items`, item.items, doc);
        }
        if (item.kind === 'question' || item.kind === 'multiSelect') {
          expectUniqueIds(`${item.id}.options`, item.options);
        }
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// Wording: each transcribed text is found in the guidance, apart from the listed repairs. Skipped when
// the guidance files are not beside the project.

const guidanceDir = fileURLToPath(new URL('../../../shared/guidance/', import.meta.url));
const riskFile = `${guidanceDir}multi-agency-risk-management-framework.txt`;
const partnershipFile = `${guidanceDir}structured-partnership-approach.txt`;
const haveGuidance = existsSync(riskFile) && existsSync(partnershipFile);

const normalise = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/<\/?b>|[*\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Compared without the trailing full stop, colon or semicolon, which list items gain or lose. */
const needle = (text: string) => normalise(text).replace(/[.:;]$/, '');

describe.skipIf(!haveGuidance)('wording matches the guidance', () => {
  const riskText = haveGuidance ? normalise(readFileSync(riskFile, 'utf8')) : '';
  const partnershipText = haveGuidance ? normalise(readFileSync(partnershipFile, 'utf8')) : '';
  const appendixA = riskText.slice(riskText.indexOf('## appendix a'));
  const body = riskText.slice(0, riskText.indexOf('## appendix a'));

  const missing = (texts: string[], haystack: string) =>
    texts.filter((text) => !haystack.includes(needle(text)));

  it('risk management framework lists and passages', () => {
    const labels = [
      ...risk.frameworkSituations,
      ...risk.otherProcesses,
      ...risk.frameworkAims,
      ...risk.underpinningPrinciples,
      ...risk.atRiskTests.oneOrMoreOf,
      risk.atRiskTests.required,
      ...risk.capacityConsiderations.considerations,
      ...risk.riskAssessmentAspects,
      ...risk.effectiveRiskAssessmentBasis,
      ...risk.defensibleDecisionChecks.defensibleWhere,
      ...risk.defensibleDecisionChecks.andRecords,
    ].map((item) => item.label);
    const passages = [
      risk.frameworkPurpose,
      ...risk.introductionPassages,
      risk.atRiskPreamble,
      risk.involvementPassage,
      ...risk.capacityConsiderations.passages,
      ...risk.refusalPassages,
      ...risk.riskAssessmentPassages,
      ...risk.supportPassages,
      risk.monitoringPassage,
    ].map((passage) => passage.text);
    const intros = [
      risk.frameworkSituationsIntro,
      risk.atRiskTests.intro,
      risk.capacityConsiderations.intro,
      risk.riskAssessmentAspectsIntro,
      risk.otherProcessesIntro,
      risk.effectiveRiskAssessmentIntro,
      risk.defensibleDecisionChecks.intro,
      ...risk.stages.map((stage) => stage.purpose ?? stage.title),
    ];
    expect(missing([...labels, ...passages, ...intros], riskText)).toEqual([]);
  });

  it('stage actions: §6.1 wording in the body, quoted Appendix A wording in Appendix A', () => {
    const stageItems = Object.values(risk.stageActions).flat();
    expect(
      missing(
        stageItems.map((item) => item.label),
        body,
      ),
    ).toEqual([]);
    const quoted = stageItems
      .map((item) => /Appendix A words this: "(.*)"$/.exec(item.source.section)?.[1])
      .filter((text): text is string => text !== undefined);
    expect(quoted).toHaveLength(11);
    expect(missing(quoted, appendixA)).toEqual([]);
    // Items without a quote are worded the same in Appendix A.
    const same = stageItems.filter((item) => !item.source.section.includes('Appendix A words this'));
    expect(
      missing(
        same.map((item) => item.label),
        appendixA,
      ),
    ).toEqual([]);
  });

  it('Appendix B, apart from the two repairs noted', () => {
    const repaired = new Set(['careAct2014s42', 'mentalCapacityAct2005']);
    const texts = risk.legislation.flatMap((entry) =>
      repaired.has(entry.id) ? [] : [entry.summary ?? entry.title],
    );
    expect(missing(texts, riskText)).toEqual([]);
    const mca = risk.legislation.find((entry) => entry.id === 'mentalCapacityAct2005')!.summary!;
    const [before, after] = mca.split('the presumption of ');
    expect(missing([`${before}the presumption of`, after], riskText)).toEqual([]);
    expect(riskText).toContain('self- neglect');
  });

  it('structured partnership approach lists and passages', () => {
    const labels = [
      ...partnership.eligibilityConditions,
      ...partnership.dailyLifeAreas,
      ...partnership.involves,
      ...partnership.informationSharing.grounds,
      ...partnership.informationSharing.qualities,
      ...partnership.riskEnablement.items,
      ...partnership.recordKeeping.shouldShow,
      ...partnership.forums.flatMap((forum) => [...forum.criteria, ...(forum.definition?.includes ?? [])]),
    ].map((item) => item.label);
    const passages = [
      partnership.introduction,
      ...partnership.multiAgencyMeetings,
      ...partnership.informationSharing.principles,
      partnership.informationSharing.refusal,
      partnership.informationSharing.rationale,
      partnership.informationSharing.furtherInformation,
      partnership.informationSharing.managerAdvice,
      ...partnership.rolesAndResponsibilities,
    ].map((passage) => passage.text);
    const others = [
      ...Object.values(partnership.eligibilityIntro),
      partnership.involvesIntro,
      partnership.leadProfessional.who,
      partnership.leadProfessional.role,
      partnership.leadProfessional.ifNone,
      partnership.informationSharing.groundsIntro,
      partnership.informationSharing.qualitiesIntro,
      partnership.riskEnablement.definition,
      partnership.riskEnablement.intro,
      ...partnership.recordKeeping.paragraphs,
      partnership.recordKeeping.intro,
      partnership.forumsIntro,
      ...partnership.forums.flatMap((forum) => [
        `${forum.name} ${forum.when}`,
        forum.definition?.text ?? '',
        forum.prerequisite ?? '',
      ]),
    ].filter((text) => text !== '');
    expect(missing([...labels, ...passages, ...others], partnershipText)).toEqual([]);
  });
});
