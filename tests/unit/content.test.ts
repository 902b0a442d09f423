// The content layer: well formed, every item cited and used, and the wording traceable to the guidance.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allContent, contentById } from '../../content';
import { collusionQuestions } from '../../content/collusion';
import { editions } from '../../content/editions';
import { concernOptions, concernPointers, nonEngagementContent } from '../../content/non-engagement';
import { loadAllJourneys } from '../../machines';
import { stepMetas } from '../../machines/journey';
import type { Answer } from '../../machines/journey';

const allJourneys = await loadAllJourneys();

const guidanceDir = resolve(__dirname, '../../../shared/guidance');
const normalise = (value: string) =>
  value
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
const guidance = (file: string) => normalise(readFileSync(resolve(guidanceDir, file), 'utf8'));

describe('content', () => {
  it('has unique ids', () => {
    const ids = allContent.map((item) => item.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('cites a known document and a section for every item, option and checklist item', () => {
    for (const item of allContent) {
      expect(editions[item.source.doc], item.id).toBeDefined();
      expect(item.source.section.trim(), item.id).not.toBe('');
      if (item.kind === 'checklist')
        for (const entry of item.items) expect(entry.source.section, entry.id).not.toBe('');
    }
  });

  it('gives every question distinct option values and an error message', () => {
    for (const item of allContent) {
      if (item.kind !== 'question' && item.kind !== 'multiSelect') continue;
      const values = item.options.map((option) => option.value);
      expect(new Set(values).size, item.id).toBe(values.length);
      if (item.kind === 'question') expect(item.errorMessage, item.id).toBeTruthy();
    }
  });

  it('uses every item in some journey, and names no item that does not exist', () => {
    const used = new Set<string>();
    for (const journey of allJourneys) {
      for (const meta of stepMetas(journey).values()) if (meta.contentId) used.add(meta.contentId);
    }
    // Pointers are shown through findings rules: answer every question "yes" (or its first option) and
    // select every option, then collect what each rule points to.
    for (const journey of allJourneys) {
      const answers: Record<string, Answer> = {};
      for (const [step, meta] of stepMetas(journey)) {
        const content = contentById.get(meta.contentId ?? '');
        if (content?.kind === 'question') {
          const yes = content.options.find((option) => option.value === 'yes') ?? content.options[0];
          answers[step] = { kind: 'choice', choice: yes.value };
        } else if (content?.kind === 'multiSelect') {
          answers[step] = { kind: 'choices', choices: content.options.map((option) => option.value) };
        }
      }
      for (const rule of Object.values(journey.findings)) {
        for (const finding of rule(answers)) if (finding.kind === 'pointer') used.add(finding.contentId);
      }
    }
    expect([...used].filter((id) => !contentById.has(id))).toEqual([]);
    expect(allContent.map((item) => item.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('has a pointer for each of the eight concerns', () => {
    expect(concernOptions).toHaveLength(8);
    for (const option of concernOptions) expect(concernPointers[option.value], option.value).toBeDefined();
  });

  it('marks wording supplied for a silent source as not the guidance’s own', () => {
    expect(contentById.get('ne.atRisk')?.reconstructed?.note).toMatch(/missing from this copy/);
  });
});

describe('wording traceable to the guidance', () => {
  const flowchart = guidance('non-engagement-flowchart.txt');
  const framework = guidance('multi-agency-risk-management-framework.txt');

  it('keeps the six self-check questions word for word', () => {
    expect(collusionQuestions).toHaveLength(6);
    for (const question of collusionQuestions) expect(flowchart).toContain(normalise(question.title));
  });

  it('keeps every strategy, next step and concern as the flowchart prints it', () => {
    const items = nonEngagementContent.flatMap((item) =>
      item.kind === 'checklist' ? item.items.map((entry) => entry.label) : [],
    );
    expect(items).toHaveLength(21);
    for (const label of [...items, ...concernOptions.map((option) => option.label)]) {
      expect(flowchart, label).toContain(normalise(label));
    }
  });

  it('quotes the framework’s passages in its own words', () => {
    for (const pointer of [concernPointers.mca, concernPointers.gatekeeper]) {
      for (const line of [...pointer.paragraphs, ...(pointer.bullets ?? [])]) {
        expect(framework, line).toContain(normalise(line));
      }
    }
  });
});
