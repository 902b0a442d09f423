// Training mode: the case of Peter and the non-engagement practice scenarios. The Peter stages quote the
// review and expect options they offer; the non-engagement scenarios point to content that exists and
// quote the flowchart word for word.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentById } from '../../content';
import { collusionQuestions } from '../../content/collusion';
import {
  nonEngagementScenarios,
  peterCaseStudy,
  scenarioEdition,
  thresholdScenarios,
} from '../../content/scenarios';

const guidanceDir = resolve(__dirname, '../../../shared/guidance');
const normalise = (value: string) =>
  value
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
const guidance = (file: string) => normalise(readFileSync(resolve(guidanceDir, file), 'utf8'));

const files: Record<string, string> = {
  'peter-review': 'single-agency-review-peter.txt',
  'non-engagement': 'non-engagement-flowchart.txt',
  'risk-management': 'multi-agency-risk-management-framework.txt',
};

describe('the case of Peter', () => {
  const reviewText = guidance(files['peter-review']);
  const { stages } = peterCaseStudy;

  it('has an introduction, a title, a source in the review, and a stage for each of the eight learning points', () => {
    expect(peterCaseStudy.title.trim()).not.toBe('');
    expect(peterCaseStudy.introduction.length).toBeGreaterThan(0);
    expect(peterCaseStudy.source.doc).toBe('peter-review');
    expect(stages).toHaveLength(8);
    stages.forEach((stage, index) =>
      expect(stage.learningPoint).toMatch(new RegExp(`^Learning Point ${index + 1}: `)),
    );
  });

  it('has unique stage, question and option ids', () => {
    const ids = [...stages.map((stage) => stage.id), ...stages.map((stage) => stage.question.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const stage of stages) {
      const values = stage.question.options.map((option) => option.value);
      expect(new Set(values).size, stage.id).toBe(values.length);
    }
  });

  it.each(stages.map((stage) => [stage.id, stage] as const))(
    "%s: expects options it offers, and gives the review's finding and a peter-review source",
    (_id, stage) => {
      const values = stage.question.options.map((option) => option.value);
      expect(stage.expected.length).toBeGreaterThan(0);
      for (const value of stage.expected) expect(values).toContain(value);
      expect(stage.expected.length < values.length, 'at least one option is not supported').toBe(true);
      if (!stage.question.multiple) expect(stage.expected).toHaveLength(1);
      expect(stage.narrative.length).toBeGreaterThan(0);
      expect(stage.question.title.trim()).not.toBe('');
      expect(stage.feedback.finding.trim()).not.toBe('');
      expect(stage.feedback.source.doc).toBe('peter-review');
      expect(stage.feedback.source.section.trim()).not.toBe('');
      expect(stage.narrativeSource.doc).toBe('peter-review');
    },
  );

  it('quotes the review word for word in its narrative, findings and actions', () => {
    for (const stage of stages) {
      for (const line of stage.narrative)
        expect(reviewText, `${stage.id} narrative`).toContain(normalise(line));
      expect(reviewText, `${stage.id} finding`).toContain(normalise(stage.feedback.finding));
      if (stage.feedback.actionTaken)
        expect(reviewText, `${stage.id} action`).toContain(normalise(stage.feedback.actionTaken));
    }
  });

  it('gives each learning point the finding and action printed against it in the review', () => {
    const raw = readFileSync(resolve(guidanceDir, files['peter-review']), 'utf8');
    stages.forEach((stage, index) => {
      const row = raw
        .split('\n')
        .find((line) => line.startsWith(`${index + 1}.`) || line.startsWith(`${index + 1} .`));
      expect(row, `row for learning point ${index + 1}`).toBeDefined();
      const text = normalise(row!);
      expect(text, stage.id).toContain(normalise(stage.feedback.finding));
      if (stage.feedback.actionTaken) expect(text, stage.id).toContain(normalise(stage.feedback.actionTaken));
    });
  });

  it('names no one but Peter', () => {
    const allText = JSON.stringify(peterCaseStudy);
    expect(allText).not.toMatch(/\b(Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]/);
  });
});

describe('non-engagement practice scenarios', () => {
  const collusionIds = collusionQuestions.map((question) => question.id);

  it('are at least six, with unique ids', () => {
    expect(nonEngagementScenarios.length).toBeGreaterThanOrEqual(6);
    const ids = nonEngagementScenarios.map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(nonEngagementScenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: points to self-check questions and flowchart steps that exist, and flags only self-check questions',
    (_id, scenario) => {
      expect(scenario.selfCheck.length).toBeGreaterThan(0);
      expect(scenario.flowchartSteps.length).toBeGreaterThan(0);
      for (const id of [...scenario.selfCheck, ...scenario.flowchartSteps])
        expect(contentById.has(id), id).toBe(true);
      for (const id of scenario.selfCheck) expect(collusionIds, id).toContain(id);
      for (const id of scenario.flowchartSteps) expect(id.startsWith('ne.'), id).toBe(true);
      expect(scenario.expectedFlags.length).toBeGreaterThan(0);
      for (const id of scenario.expectedFlags) {
        expect(collusionIds, id).toContain(id);
        expect(scenario.selfCheck, id).toContain(id);
        const question = contentById.get(id);
        expect(
          question?.kind === 'question' && question.options.some((option) => option.value === 'yes'),
          id,
        ).toBe(true);
      }
    },
  );

  it('between them, cover the signs the brief names', () => {
    const flags = new Set(nonEngagementScenarios.flatMap((scenario) => scenario.expectedFlags));
    for (const id of [
      'collusion.avoidConflict',
      'collusion.relievedNoAnswer',
      'collusion.minimising',
      'collusion.keepingToMyself',
      'collusion.familyNeeds',
    ]) {
      expect(flags, id).toContain(id);
    }
    const steps = new Set(nonEngagementScenarios.flatMap((scenario) => scenario.flowchartSteps));
    for (const id of ['ne.closingAgencyCheck', 'ne.pointer.gatekeeper']) expect(steps, id).toContain(id);
  });

  it('quote the flowchart (and the framework) word for word, in feedback with a source', () => {
    for (const scenario of nonEngagementScenarios) {
      expect(scenario.source.doc).toBe('non-engagement');
      expect(
        scenario.quotes.some((quote) => quote.source.doc === 'non-engagement'),
        scenario.id,
      ).toBe(true);
      for (const quote of scenario.quotes) {
        expect(guidance(files[quote.source.doc]), `${scenario.id}: ${quote.text}`).toContain(
          normalise(quote.text),
        );
        expect(scenario.feedback, scenario.id).toContain(`"${quote.text}"`);
      }
      for (const source of scenario.alsoFrom) expect(Object.keys(files)).toContain(source.doc);
    }
  });

  it('quote each flagged self-check question in the feedback', () => {
    for (const scenario of nonEngagementScenarios) {
      for (const id of scenario.expectedFlags) {
        const question = collusionQuestions.find((entry) => entry.id === id)!;
        expect(scenario.feedback, `${scenario.id} ${id}`).toContain(question.title);
      }
    }
  });

  it('name no one', () => {
    for (const scenario of nonEngagementScenarios)
      expect(scenario.situation).not.toMatch(/\b(Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]/);
  });
});

describe('scenario edition', () => {
  it('counts what it describes and carries notes', () => {
    expect(scenarioEdition.counts).toEqual({
      threshold: thresholdScenarios.length,
      peterStages: peterCaseStudy.stages.length,
      nonEngagement: nonEngagementScenarios.length,
    });
    expect(scenarioEdition.notes.length).toBeGreaterThan(0);
    expect(scenarioEdition.writtenFrom.map((entry) => entry.doc)).toEqual(
      expect.arrayContaining(['thresholds', 'peter-review', 'non-engagement']),
    );
  });
});
