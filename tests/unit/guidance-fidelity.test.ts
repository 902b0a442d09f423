// Fidelity to the guidance, fix by fix, from a line-by-line review against the source documents in
// ../shared/guidance: nothing the documents do not say is presented as theirs, every citation names a
// place the document actually has, and what the app supplies is marked as the app's wording.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allContent, contentById } from '../../content';
import type { Source } from '../../content/schema';
import * as risk from '../../content/risk-management';
import { peterCaseStudy, thresholdScenarios, nonEngagementScenarios } from '../../content/scenarios';
import { crimeAddition, examplesUncertain } from '../../content/thresholds';
import { examplesForSelectedTypes } from '../../machines/rules/threshold-findings';
import { choices } from '../support/drive';

const guidanceDir = resolve(__dirname, '../../../shared/guidance');
const read = (file: string) => readFileSync(resolve(guidanceDir, file), 'utf8');
const normalise = (value: string) =>
  value
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

const flowchartText = read('non-engagement-flowchart.txt');
const thresholdsText = normalise(read('safeguarding-thresholds.txt'));
const riskText = normalise(read('multi-agency-risk-management-framework.txt'));
const peterText = normalise(read('single-agency-review-peter.txt'));

/** Every Source object anywhere inside a value (content items, scenarios, the case study). */
function sourcesIn(value: unknown, found: Source[] = []): Source[] {
  if (Array.isArray(value)) for (const item of value) sourcesIn(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.doc === 'string' && typeof record.section === 'string')
      found.push(record as unknown as Source);
    for (const child of Object.values(record)) sourcesIn(child, found);
  }
  return found;
}

/** The quoted passages ("…") of a text. */
const quotations = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]);

describe('fix 3: a possible crime, without an instruction the guidance does not give', () => {
  const text = [crimeAddition.title, ...crimeAddition.paragraphs, ...(crimeAddition.bullets ?? [])].join(' ');

  it('does not tell the worker to inform the police', () => {
    expect(text).not.toMatch(/inform the police/i);
    expect(crimeAddition.title).not.toMatch(/police/i);
  });

  it('keeps what the guidance says, word for word: the crime factor, the red answer, the examples table', () => {
    expect(text).toContain('Has a crime been committed against the adult at risk?');
    expect(text).toContain('Serious harm or potential harm and or a criminal act');
    expect(text).toContain('Any potential criminal act against an adult at risk');
    for (const quote of quotations(text)) expect(thresholdsText, quote).toContain(normalise(quote));
  });

  it('points to the worker’s own organisation’s procedure, marked as the app’s wording', () => {
    expect(text).toMatch(/your own organisation’s procedure/);
    expect(crimeAddition.reconstructed?.note).toMatch(/app’s wording/);
    expect(crimeAddition.reconstructed?.note).not.toMatch(/inform the police/i);
  });
});

describe('fix 4: a person under 18', () => {
  const under18 = contentById.get('ne.outcome.under18')!;
  const text = JSON.stringify(under18);

  it('shows the flowchart’s own line and says plainly that this guidance does not cover the person', () => {
    expect(under18.kind).toBe('outcome');
    if (under18.kind !== 'outcome') return;
    expect(under18.paragraphs).toContain('This guidance applies to adults aged 18 or over.');
    expect(flowchartText).toContain('This guidance applies to adults aged 18 or over.');
    expect(under18.title).toBe('This guidance does not cover a person under 18');
  });

  it('gives no instruction the flowchart does not have, and does not cite the framework’s §4.5', () => {
    expect(text).not.toMatch(/children.s safeguarding/i);
    expect(sourcesIn(under18).filter((source) => source.doc !== 'non-engagement')).toEqual([]);
  });

  it('marks its own sentence as the app’s wording', () => {
    expect(under18.reconstructed?.note).toMatch(/app’s wording/);
    expect(under18.reconstructed?.note).toContain('This guidance does not cover a person under 18.');
  });
});

describe('fix 8: closing a case', () => {
  it('keeps the flowchart’s unconditional "DO NOT CLOSE CASE" after the closing checks are recorded', () => {
    const done = contentById.get('ne.outcome.closingChecksDone')!;
    expect(done.kind).toBe('outcome');
    if (done.kind !== 'outcome') return;
    expect(done.warning).toBe('DO NOT CLOSE CASE');
    expect(flowchartText).toContain('- DO NOT CLOSE CASE');
    expect(done.alsoFrom).toContainEqual({ doc: 'non-engagement', section: 'Strategies to consider' });
    expect(done.paragraphs.join(' ')).toContain('Do not close the case');
  });
});

describe('fix 9: every citation of the flowchart names a box, line or footnote it actually has', () => {
  const lines = flowchartText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const headings = new Set(lines.map(normalise));
  // The flowchart's two footnotes, by the mark or reference that identifies them on the page.
  const footnotes: Record<string, string> = {
    'Footnote (A2 SCR 2012)': 'Risk assessments should be routinely completed when a case is to be closed',
    'Footnote * to Next Steps': '*Workers from different agencies need the opportunity',
  };
  const citedParts = [...allContent, ...thresholdScenarios, ...nonEngagementScenarios, peterCaseStudy]
    .flatMap((value) => sourcesIn(value))
    .filter((source) => source.doc === 'non-engagement')
    .flatMap((source) => source.section.split('; '));

  it('cites no section name the flowchart does not have', () => {
    expect(citedParts.length).toBeGreaterThan(20);
    const unknown = [...new Set(citedParts)].filter((part) => {
      if (part in footnotes) return !lines.some((line) => line.startsWith(footnotes[part]));
      return !headings.has(normalise(part.replace(/ \(overleaf\)$/, '')));
    });
    expect(unknown).toEqual([]);
  });

  it('cites the closing rule as the footnote it is, and the age line as printed', () => {
    for (const id of [
      'ne.closing',
      'ne.closingRiskAssessment',
      'ne.closingAgencyCheck',
      'ne.outcome.doNotClose',
    ]) {
      expect(contentById.get(id)!.source.section, id).toBe('Footnote (A2 SCR 2012)');
    }
    expect(contentById.get('ne.age')!.source.section).toBe(
      'This guidance applies to adults aged 18 or over.',
    );
  });

  it('shows the strategy-meeting footnote as the footnote to its next step, not as a next step', () => {
    const nextSteps = contentById.get('ne.nextSteps')!;
    if (nextSteps.kind !== 'checklist') throw new Error('ne.nextSteps is a checklist');
    const meeting = nextSteps.items.find((item) => item.id === 'strategyMeeting')!;
    expect(meeting.label).toContain('Risk Assessment Meeting*');
    expect(meeting.source.section).toBe('Next Steps; Footnote * to Next Steps');
    expect(nextSteps.hint).toMatch(/^\* Workers from different agencies/);
  });
});

describe('fix 11: how an example cell was placed is shown where the example is shown', () => {
  it('lists every note on how the table was read with the examples of that type in the journey', () => {
    for (const uncertainty of examplesUncertain) {
      const findings = examplesForSelectedTypes({ abuseTypes: choices(uncertainty.abuseType) });
      const notes = findings.flatMap((finding) =>
        finding.kind === 'quote' && finding.note ? [finding.note] : [],
      );
      expect(notes.join(' '), `${uncertainty.abuseType} ${uncertainty.level ?? ''}`).toContain(
        uncertainty.note,
      );
    }
  });

  it('shows a level’s note in that level’s group: sexual red examples placed by position alone', () => {
    const findings = examplesForSelectedTypes({ abuseTypes: choices('sexual') });
    const sexualRed = examplesUncertain.find((note) => note.abuseType === 'sexual' && note.level === 'red')!;
    const withNote = findings.filter(
      (finding) => finding.kind === 'quote' && finding.note?.includes(sexualRed.note),
    );
    expect(withNote.length).toBeGreaterThan(0);
    for (const finding of withNote) expect(finding.kind === 'quote' && finding.group).toMatch(/^Red:/);
  });
});

describe('fix 6: Appendix C, example of a process for managing high risk cases, as content', () => {
  const appendixC = riskText.slice(
    riskText.indexOf('appendix c example of a process for managing high risk cases'),
  );

  it('has the high risk register’s key actions, the criteria, and the outcomes, word for word', () => {
    const { highRiskCases } = risk.highRiskProcess;
    expect(highRiskCases.keyActions).toHaveLength(10);
    expect(highRiskCases.criteria).toHaveLength(8);
    expect(highRiskCases.outcomes).toHaveLength(2);
    for (const item of [...highRiskCases.keyActions, ...highRiskCases.criteria, ...highRiskCases.outcomes]) {
      expect(appendixC, item.id).toContain(normalise(item.label).replace(/ and$/, ''));
      expect(item.source.doc).toBe('risk-management');
      expect(item.source.section).toMatch(/^Appendix C a\) High risk cases/);
    }
  });

  it('has the process for managing refusal or disengagement from support, word for word', () => {
    const { refusalOrDisengagement } = risk.highRiskProcess;
    expect(refusalOrDisengagement.actions).toHaveLength(5);
    expect(refusalOrDisengagement.processExamples).toHaveLength(5);
    expect(refusalOrDisengagement.outcomes).toHaveLength(3);
    const items = [
      ...refusalOrDisengagement.actions,
      ...refusalOrDisengagement.processExamples,
      ...refusalOrDisengagement.outcomes,
    ];
    for (const item of items) {
      expect(appendixC, item.id).toContain(normalise(item.label));
      expect(item.source.section).toMatch(/^Appendix C Managing refusal or disengagement from support/);
    }
  });

  it('says it is an example of good practice, as the framework heads it', () => {
    expect(risk.highRiskProcess.title).toBe('Appendix C: Example of a process for managing high risk cases');
    expect(riskText).toContain(normalise(risk.highRiskProcess.title));
    expect(risk.transcriptionNotes.join(' ')).not.toMatch(/Appendix C .* is not transcribed/);
  });
});

describe('fix 10: training feedback says whose reading the ratings are', () => {
  it('says the guidance places the example in a column and the ratings are the scenario’s reading', () => {
    for (const scenario of thresholdScenarios) {
      const feedback = scenario.feedback;
      expect(feedback, scenario.id).toMatch(/The guidance places this example in the column/);
      expect(feedback, scenario.id).toMatch(/does not rate its examples question by question/);
      const ratingLines = scenario.feedbackParagraphs.filter((paragraph) =>
        /^This scenario’s reading, question \d/.test(paragraph),
      );
      expect(ratingLines, scenario.id).toHaveLength(4);
    }
  });

  it('words the Peter case’s first learning point from the review, not "on its own facts"', () => {
    const stage = peterCaseStudy.stages.find((entry) => entry.id === 'peter.levels')!;
    const expected = stage.question.options.find((option) => stage.expected.includes(option.value))!;
    expect(expected.label).not.toMatch(/own facts/);
    // The review's own words: a threshold matrix professionals could use, and whether a concern meets the threshold.
    expect(expected.label).toContain('threshold matrix');
    expect(peterText).toContain(
      normalise('a threshold matrix in place which professionals could use on a regular basis'),
    );
    expect(peterText).toContain(normalise('do not meet the safeguarding threshold'));
    expect(expected.label).toContain('meets the safeguarding threshold');
  });
});
