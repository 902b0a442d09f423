// @vitest-environment jsdom
// What a worker would notice on each generic screen: errors that say what to do and take focus, answers
// that reach the journey as given, free text that is never read as markup, Change links that name what
// they change, and the guidance's warnings, findings and sources on the page.
import { journeyFrom } from '../../machines';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { concernPointers } from '../../content/non-engagement';
import { collusionJourney as collusionJourneyDefinition } from '../../machines/collusion';
import type { Answer, Finding } from '../../machines/journey';
import { nonEngagementJourney } from '../../machines/non-engagement';
import { summarise } from '../../machines/summary';
import { citation } from '../../src/guidance/citation';
import { CheckAnswersScreen } from '../../src/screens/CheckAnswersScreen';
import { ChecklistScreen } from '../../src/screens/ChecklistScreen';
import { CompleteScreen } from '../../src/screens/CompleteScreen';
import {
  collusionExampleContext,
  contentOfStep,
  exampleCaseReference,
  exampleContent,
  exampleEvidenceText,
  exampleStrategies,
  flaggedCollusionAnswers,
  nonEngagementExampleContext,
  stepProps,
} from '../../src/screens/exampleFixtures';
import { GuidanceScreen } from '../../src/screens/GuidanceScreen';
import { MultiSelectScreen } from '../../src/screens/MultiSelectScreen';
import { QuestionScreen } from '../../src/screens/QuestionScreen';
import { ReferenceForm } from '../../src/screens/ReferenceForm';
import { TextScreen } from '../../src/screens/TextScreen';
import { TrainingJourneyPanel } from '../../src/screens/training/TrainingJourneyPanel';
import { peterCaseStudy } from '../../content/scenarios';

const collusionJourney = journeyFrom('collusion', collusionJourneyDefinition);

afterEach(cleanup);

/** The props of a step screen with spies for every callback. */
function spiedProps<C extends Parameters<typeof stepProps>[1]>(
  step: string,
  content: C,
  fields: { initial?: Answer; findings?: Finding[]; answers?: Record<string, Answer> } = {},
) {
  return {
    ...stepProps(step, content, fields),
    onAnswer: vi.fn<(answer: Answer) => void>(),
    onInput: vi.fn<(answer: Answer) => void>(),
    onContinue: vi.fn<() => void>(),
  };
}

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

/** The GOV.UK error summary: its title, its links, and that focus has moved to it. */
async function expectErrorSummary(container: Element, message: string) {
  const summary = container.querySelector<HTMLElement>('.error-summary');
  expect(summary).not.toBeNull();
  expect(within(summary!).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
  expect(within(summary!).getByRole('link', { name: message })).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(summary));
  // The same message beside the field, with GOV.UK's hidden "Error:" prefix.
  const fieldError = container.querySelector('.error-message');
  expect(fieldError?.textContent).toBe(`Error: ${message}`);
  expect(fieldError?.querySelector('.visually-hidden')?.textContent).toBe('Error:');
}

describe('QuestionScreen', () => {
  const age = exampleContent('ne.age', 'question');

  it('Continue with nothing chosen shows the error summary, moves focus to it, and does not answer', async () => {
    const props = spiedProps('age', age);
    const { container } = render(<QuestionScreen {...props} />);
    fireEvent.click(continueButton());
    await expectErrorSummary(container, age.errorMessage);
    expect(container.querySelector('.form-group--error')).not.toBeNull();
    expect(props.onAnswer).not.toHaveBeenCalled();
  });

  it('the error summary link takes the worker to the first option', async () => {
    // jsdom does no layout and has no scrollIntoView, so stand one in for this test.
    const original = Element.prototype.scrollIntoView;
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    try {
      const { container } = render(<QuestionScreen {...spiedProps('age', age)} />);
      fireEvent.click(continueButton());
      fireEvent.click(screen.getByRole('link', { name: age.errorMessage }));
      expect(document.activeElement).toBe(container.querySelector('#age-0'));
      expect(scrollIntoView).toHaveBeenCalled();
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('choosing an option records the input at once, and Continue answers with it', () => {
    const props = spiedProps('age', age);
    render(<QuestionScreen {...props} />);
    fireEvent.click(screen.getByLabelText('Yes'));
    expect(props.onInput).toHaveBeenLastCalledWith({ kind: 'choice', choice: 'yes' });
    expect(props.onAnswer).not.toHaveBeenCalled();
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledTimes(1);
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'choice', choice: 'yes' });
  });

  it('an answer after an error is accepted', () => {
    const props = spiedProps('age', age);
    render(<QuestionScreen {...props} />);
    fireEvent.click(continueButton());
    fireEvent.click(screen.getByLabelText('No'));
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'choice', choice: 'no' });
  });

  it('answers with the option value, not the label, for worded options', () => {
    const content = exampleContent('collusion.keepingToMyself', 'question');
    const props = spiedProps('keepingToMyself', content);
    render(<QuestionScreen {...props} />);
    fireEvent.click(screen.getByLabelText('I am keeping my concerns to myself'));
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'choice', choice: 'yes' });
  });

  it('preselects a saved answer, and Continue keeps it', () => {
    const props = spiedProps('age', age, { initial: { kind: 'choice', choice: 'no' } });
    render(<QuestionScreen {...props} />);
    expect((screen.getByLabelText('No') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Yes') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'choice', choice: 'no' });
  });

  it('the question is the h1, inside the fieldset legend, and names the group of options', () => {
    render(<QuestionScreen {...spiedProps('age', age)} />);
    const heading = screen.getByRole('heading', { level: 1, name: age.title });
    const legend = heading.closest('legend');
    expect(legend).not.toBeNull();
    expect(legend!.parentElement!.tagName).toBe('FIELDSET');
    const group = screen.getByRole('group', { name: age.title });
    expect(within(group).getAllByRole('radio')).toHaveLength(age.options.length);
    // The hint is read with the question.
    expect(group.getAttribute('aria-describedby')).toContain('age-hint');
    expect(document.getElementById('age-hint')?.textContent).toBe(age.hint);
  });
});

describe('MultiSelectScreen', () => {
  const concerns = exampleContent('ne.concerns', 'multiSelect');
  const isChecked = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).checked;

  it('choosing "None of these" clears the other choices', () => {
    const props = spiedProps('concerns', concerns);
    render(<MultiSelectScreen {...props} />);
    fireEvent.click(screen.getByLabelText('MCA'));
    fireEvent.click(screen.getByLabelText('Duress?'));
    expect(props.onInput).toHaveBeenLastCalledWith({ kind: 'choices', choices: ['mca', 'duress'] });
    fireEvent.click(screen.getByLabelText('None of these'));
    expect(isChecked('None of these')).toBe(true);
    expect(isChecked('MCA')).toBe(false);
    expect(isChecked('Duress?')).toBe(false);
    expect(props.onInput).toHaveBeenLastCalledWith({ kind: 'choices', choices: ['none'] });
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'choices', choices: ['none'] });
  });

  it('choosing a concern clears "None of these"', () => {
    const props = spiedProps('concerns', concerns, { initial: { kind: 'choices', choices: ['none'] } });
    render(<MultiSelectScreen {...props} />);
    expect(isChecked('None of these')).toBe(true);
    fireEvent.click(screen.getByLabelText('Mental Health'));
    expect(isChecked('None of these')).toBe(false);
    expect(isChecked('Mental Health')).toBe(true);
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'choices', choices: ['mentalHealth'] });
  });

  it('unchoosing a concern removes only that one', () => {
    const props = spiedProps('concerns', concerns, {
      initial: { kind: 'choices', choices: ['mca', 'duress'] },
    });
    render(<MultiSelectScreen {...props} />);
    fireEvent.click(screen.getByLabelText('MCA'));
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'choices', choices: ['duress'] });
  });

  it('Continue with nothing chosen on a required question shows the error and does not answer', async () => {
    const props = spiedProps('concerns', concerns);
    const { container } = render(<MultiSelectScreen {...props} />);
    fireEvent.click(continueButton());
    await expectErrorSummary(container, concerns.errorMessage!);
    expect(props.onAnswer).not.toHaveBeenCalled();
  });

  it('the question is the h1 inside the legend, and option hints are read with their option', () => {
    render(<MultiSelectScreen {...spiedProps('concerns', concerns)} />);
    const heading = screen.getByRole('heading', { level: 1, name: concerns.title });
    expect(heading.closest('legend')).not.toBeNull();
    const mca = screen.getByLabelText('MCA');
    const hint = document.getElementById(mca.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Mental Capacity Act');
  });
});

describe('TextScreen', () => {
  const evidence = exampleContent('ne.evidenceDetail', 'text');
  const markup = '<b>x</b><script>alert(1)</script>';

  it('a required answer of only spaces and new lines shows the error and does not answer', async () => {
    const props = spiedProps('evidenceDetail', evidence);
    const { container } = render(<TextScreen {...props} />);
    fireEvent.input(screen.getByLabelText(evidence.title), { target: { value: '  \n\t ' } });
    fireEvent.click(continueButton());
    await expectErrorSummary(container, evidence.errorMessage!);
    expect(props.onAnswer).not.toHaveBeenCalled();
  });

  it('the question is the h1 and labels the text box', () => {
    render(<TextScreen {...spiedProps('evidenceDetail', evidence)} />);
    const heading = screen.getByRole('heading', { level: 1, name: evidence.title });
    expect(heading.querySelector('label')?.getAttribute('for')).toBe('evidenceDetail-text');
    expect(screen.getByLabelText(evidence.title).getAttribute('aria-describedby')).toContain(
      'evidenceDetail-text-hint',
    );
  });

  it('text that looks like markup is kept exactly as typed, and never rendered as markup', () => {
    const props = spiedProps('evidenceDetail', evidence);
    const { container } = render(<TextScreen {...props} />);
    const box = screen.getByLabelText(evidence.title) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: markup } });
    expect(props.onInput).toHaveBeenLastCalledWith({ kind: 'text', text: markup });
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'text', text: markup });
    expect(box.value).toBe(markup);
    expect(container.querySelector('b, script')).toBeNull();
  });

  it('a saved answer with markup is shown as text in the box', () => {
    const { container } = render(
      <TextScreen {...spiedProps('evidenceDetail', evidence, { initial: { kind: 'text', text: markup } })} />,
    );
    expect((screen.getByLabelText(evidence.title) as HTMLTextAreaElement).value).toBe(markup);
    expect(container.querySelector('b, script')).toBeNull();
  });

  it('an optional answer can be left empty', () => {
    const reflection = exampleContent('collusion.reflection', 'text');
    const props = spiedProps('reflection', reflection);
    const { container } = render(<TextScreen {...props} />);
    fireEvent.click(continueButton());
    expect(container.querySelector('.error-summary')).toBeNull();
    expect(props.onAnswer).toHaveBeenCalledWith({ kind: 'text', text: '' });
  });
});

describe('ChecklistScreen', () => {
  const strategies = exampleContent('ne.strategies', 'checklist');

  it('a status and a note set for an item reach the answer', () => {
    const props = spiedProps('strategies', strategies);
    render(<ChecklistScreen {...props} />);
    const calls = screen.getByRole('group', { name: 'Calls' });
    fireEvent.click(within(calls).getByLabelText('Planned'));
    fireEvent.input(within(calls).getByLabelText('Note on “Calls” (optional)'), {
      target: { value: 'Ring on Monday morning' },
    });
    expect(props.onInput).toHaveBeenLastCalledWith({
      kind: 'checklist',
      items: { calls: { status: 'planned', note: 'Ring on Monday morning' } },
    });
    fireEvent.click(continueButton());
    expect(props.onAnswer).toHaveBeenCalledWith({
      kind: 'checklist',
      items: { calls: { status: 'planned', note: 'Ring on Monday morning' } },
    });
  });

  it('shows saved statuses and notes, and keeps them when another item changes', () => {
    const props = spiedProps('strategies', strategies, { initial: exampleStrategies });
    render(<ChecklistScreen {...props} />);
    const homeVisits = screen.getByRole('group', { name: 'Home Visits / Joint Visit' });
    expect((within(homeVisits).getByLabelText('Planned') as HTMLInputElement).checked).toBe(true);
    expect((within(homeVisits).getByRole('textbox') as HTMLTextAreaElement).value).toBe(
      'Joint visit with district nurse booked',
    );
    fireEvent.click(within(homeVisits).getByLabelText('Done'));
    fireEvent.click(continueButton());
    const expected = exampleStrategies.kind === 'checklist' ? exampleStrategies.items : {};
    expect(props.onAnswer).toHaveBeenCalledWith({
      kind: 'checklist',
      items: { ...expected, homeVisits: { status: 'done', note: 'Joint visit with district nurse booked' } },
    });
  });

  it('every item has its own group of statuses and its own note', () => {
    render(<ChecklistScreen {...spiedProps('strategies', strategies)} />);
    for (const item of strategies.items) {
      const group = screen.getByRole('group', { name: item.label });
      expect(
        within(group)
          .getAllByRole('radio')
          .map((radio) => radio.nextElementSibling?.textContent),
      ).toEqual(['Done', 'Planned', 'Not appropriate']);
      expect(within(group).getByLabelText(`Note on “${item.label}” (optional)`)).toBeTruthy();
    }
  });

  it('"DO NOT CLOSE CASE" is GOV.UK warning text with a hidden "Warning" prefix', () => {
    const { container } = render(<ChecklistScreen {...spiedProps('strategies', strategies)} />);
    const warning = container.querySelector('.warning-text');
    expect(warning).not.toBeNull();
    expect(warning!.querySelector('.warning-text__icon')?.getAttribute('aria-hidden')).toBe('true');
    const text = warning!.querySelector('strong.warning-text__text');
    expect(text?.querySelector('.visually-hidden')?.textContent?.trim()).toBe('Warning:');
    expect(text?.textContent).toBe('Warning: DO NOT CLOSE CASE');
  });
});

describe('GuidanceScreen', () => {
  it('answer findings list each flagged question with the answer given, in its label', () => {
    const discuss = exampleContent('collusion.outcome.discuss', 'outcome');
    const findings = collusionJourney.findings.collusionFlags(flaggedCollusionAnswers);
    const { container } = render(
      <GuidanceScreen
        {...spiedProps('discuss', discuss, { findings, answers: flaggedCollusionAnswers })}
        contentOf={contentOfStep(collusionJourney)}
      />,
    );
    expect(screen.getByText('Outcome')).toBeTruthy();
    const items = [...container.querySelectorAll('.findings li')];
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      "I'm not sure",
      'I am keeping my concerns to myself',
    ]);
    expect(items[0].textContent).toContain(exampleContent('collusion.minimising', 'question').title);
    expect(items[1].textContent).toContain(exampleContent('collusion.keepingToMyself', 'question').title);
  });

  it('pointer findings show each pointer’s title, text and source', () => {
    const pointersPage = exampleContent('ne.concernPointers', 'information');
    const answers = nonEngagementExampleContext.answers;
    const findings = nonEngagementJourney.findings.concernPointers(answers);
    const { container } = render(
      <GuidanceScreen
        {...spiedProps('concernPointers', pointersPage, { findings, answers })}
        contentOf={contentOfStep(nonEngagementJourney)}
      />,
    );
    const sections = [...container.querySelectorAll('section.pointer')] as HTMLElement[];
    const expected = [concernPointers.mca, concernPointers.gatekeeper, concernPointers.duress];
    expect(sections).toHaveLength(expected.length);
    expected.forEach((pointer, index) => {
      const section = within(sections[index]);
      expect(section.getByRole('heading', { level: 2, name: pointer.title })).toBeTruthy();
      expect(section.getByText(pointer.paragraphs[0])).toBeTruthy();
      for (const bullet of pointer.bullets ?? []) expect(section.getByText(bullet)).toBeTruthy();
      // The citation is a link that opens that section of the guidance.
      const cited = section.getByRole('link', { name: citation(pointer.source) });
      expect(cited.closest('.source')?.textContent).toBe(`Source: ${citation(pointer.source)}`);
      expect(cited.getAttribute('href')).toMatch(new RegExp(`^#/guidance/${pointer.source.doc}\\?cite=`));
    });
  });

  it('a reconstructed page says it is not the guidance’s own words, with the note and its warning', () => {
    const atRisk = exampleContent('ne.atRisk', 'information');
    const props = spiedProps('atRisk', atRisk);
    const { container } = render(<GuidanceScreen {...props} contentOf={() => undefined} />);
    const note = container.querySelector('.inset--reconstructed');
    expect(note?.textContent).toContain('Not the guidance’s own words');
    expect(note?.textContent).toContain(atRisk.reconstructed!.note);
    expect(container.querySelector('.warning-text__text')?.textContent).toBe(`Warning: ${atRisk.warning}`);
    expect(screen.queryByText('Outcome')).toBeNull();
    fireEvent.click(continueButton());
    expect(props.onContinue).toHaveBeenCalledTimes(1);
  });

  it('cites every source the page draws on', () => {
    const under18 = exampleContent('ne.outcome.under18', 'outcome');
    render(<GuidanceScreen {...spiedProps('under18', under18)} contentOf={() => undefined} />);
    const cited = [under18.source, ...(under18.alsoFrom ?? [])];
    expect(document.querySelector('.source')?.textContent).toBe(`Source: ${cited.map(citation).join('; ')}`);
    // Each source is its own link to the section it names.
    for (const source of cited) {
      const link = screen.getByRole('link', { name: citation(source) });
      expect(new URLSearchParams(link.getAttribute('href')!.split('?')[1]).get('cite')).toBe(source.section);
    }
  });
});

describe('the case of Peter on the generic screens', () => {
  const [first] = peterCaseStudy.stages;
  const cites = (link: HTMLElement) =>
    new URLSearchParams(link.getAttribute('href')!.split('?')[1]).get('cite');

  it("a stage's question has its caption and the review's account, cited, above the question as the h1", () => {
    render(<QuestionScreen {...spiedProps('levels', exampleContent(first.question.id, 'question'))} />);
    expect(document.querySelector('.caption-l')?.textContent).toBe(
      `The case of Peter: stage 1 of ${peterCaseStudy.stages.length}, ${first.learningPoint}`,
    );
    expect([...document.querySelectorAll('p.narrative')].map((paragraph) => paragraph.textContent)).toEqual(
      first.narrative,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(first.question.title);
    expect(cites(screen.getByRole('link', { name: citation(first.narrativeSource) }))).toBe(
      first.narrativeSource.section,
    );
  });

  it("a stage's feedback sets the trainee's choice beside the review's, in the review's words, each cited", () => {
    const other = first.question.options.find((option) => !first.expected.includes(option.value))!;
    render(
      <TrainingJourneyPanel
        part="feedback"
        training={{ kind: 'peter', scenarioId: peterCaseStudy.id }}
        step="levelsDiffers"
        answers={{ levels: { kind: 'choice', choice: other.value } }}
      />,
    );
    const rows = Object.fromEntries(
      [...document.querySelectorAll('.summary-list__row')].map((row) => [
        row.querySelector('.summary-list__key')!.textContent,
        [...row.querySelectorAll('.summary-list__line')].map((line) => line.textContent),
      ]),
    );
    expect(rows).toEqual({
      [first.question.title]: [`You chose: ${other.label}`],
      'What the review supports': first.expected.map(
        (value) => first.question.options.find((option) => option.value === value)!.label,
      ),
      'The review found': [first.feedback.finding],
      'Action taken': [first.feedback.actionTaken],
    });
    const links = screen.getAllByRole('link', { name: citation(first.feedback.source) });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(cites(link)).toBe(first.feedback.source.section);
  });
});

/**
 * The Change button whose text (visible "Change" plus hidden words) reads `Change <what>`. Matched on
 * text content rather than getByRole's name: dom-accessibility-api 0.5 (under @testing-library/dom 8)
 * trims the hidden span's leading space and computes "ChangeIs the adult…"; browsers keep the space.
 */
function changeButton(what: string): HTMLElement {
  const matches = screen
    .getAllByRole('button')
    .filter((button) => button.textContent?.replace(/\s+/g, ' ').trim() === `Change ${what}`);
  expect(matches, `one Change button for "${what}"`).toHaveLength(1);
  expect(matches[0].querySelector('.visually-hidden')?.textContent?.trim()).toBe(what);
  return matches[0];
}

describe('CheckAnswersScreen', () => {
  const rows = summarise(nonEngagementJourney, nonEngagementExampleContext);
  const answerRows = rows.filter((row) => row.kind === 'answer');
  const renderCheck = () => {
    const callbacks = { onChange: vi.fn(), onChangeReference: vi.fn(), onFinish: vi.fn() };
    const view = render(
      <CheckAnswersScreen caseReference={exampleCaseReference} rows={rows} {...callbacks} />,
    );
    return { ...view, ...callbacks };
  };

  it('has a Change link per answer, named with its question, that changes that step', () => {
    const { onChange } = renderCheck();
    expect(answerRows.length).toBeGreaterThan(10);
    for (const row of answerRows) {
      if (row.kind !== 'answer') continue;
      fireEvent.click(changeButton(row.question));
      expect(onChange).toHaveBeenLastCalledWith(row.step);
    }
    expect(onChange).toHaveBeenCalledTimes(answerRows.length);
  });

  it('the case reference can be changed, and Confirm and finish finishes', () => {
    const { onChangeReference, onFinish, onChange } = renderCheck();
    fireEvent.click(changeButton('case reference'));
    expect(onChangeReference).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and finish' }));
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('outcome rows show the outcome and have no Change link', () => {
    const { container } = renderCheck();
    const outcomeRows = [...container.querySelectorAll('.summary-list__row')].filter(
      (row) => row.querySelector('dt')?.textContent === 'Outcome',
    );
    expect(outcomeRows.map((row) => row.querySelector('.summary-list__value')?.textContent)).toEqual([
      'Talk this through with your line manager',
      'The case should not be closed',
    ]);
    // No Change link; the only links are the outcome's sources, which open the guidance library.
    for (const row of outcomeRows) {
      expect(row.querySelector('button, .summary-list__actions')).toBeNull();
      const links = [...row.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(/^#\/guidance\//);
    }
  });

  it('free text is shown as text, never as markup', () => {
    const { container } = renderCheck();
    const line = screen.getByText(exampleEvidenceText);
    expect(line.tagName).toBe('P');
    expect(line.textContent).toBe(exampleEvidenceText);
    expect(container.querySelector('b, script')).toBeNull();
  });

  it('answers read with the labels the worker chose', () => {
    const { container } = renderCheck();
    const rowFor = (key: string) =>
      [...container.querySelectorAll('.summary-list__row')].find(
        (row) => row.querySelector('dt')?.textContent === key,
      )!;
    const concerns = rowFor('Concerns/Issues Raised');
    expect([...concerns.querySelectorAll('.summary-list__line')].map((line) => line.textContent)).toEqual([
      'MCA',
      'Family acting as a gatekeeper?',
      'Duress?',
    ]);
    const strategies = rowFor('Strategies to consider');
    expect(strategies.textContent).toContain(
      'Calls: Done (note: Three calls, no answer, voicemail left each time)',
    );
  });
});

describe('CompleteScreen', () => {
  it('shows the case reference and answers with no Change links', () => {
    const onHome = vi.fn();
    const { container } = render(
      <CompleteScreen
        journeyTitle={collusionJourney.title}
        caseReference={exampleCaseReference}
        rows={summarise(collusionJourney, collusionExampleContext)}
        completedAt="22 November 2026 at 10:32 GMT"
        onHome={onHome}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Journey complete' })).toBeTruthy();
    expect(container.querySelector('.panel')?.textContent).toContain(exampleCaseReference);
    expect(screen.queryByRole('button', { name: /^Change/ })).toBeNull();
    // The empty optional reflection reads as "Not given", not as a blank.
    expect(screen.getByText('Not given')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Return to the home screen' }));
    expect(onHome).toHaveBeenCalledTimes(1);
  });
});

describe('ReferenceForm', () => {
  const field = () => screen.getByLabelText('What is the case reference?') as HTMLInputElement;
  const renderForm = (onSubmit = vi.fn(async (_reference: string) => {})) => {
    const view = render(<ReferenceForm submitLabel="Start" onSubmit={onSubmit} />);
    return { ...view, onSubmit };
  };

  it('an empty reference shows "Enter a case reference" and does not submit', async () => {
    const { container, onSubmit } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await expectErrorSummary(container, 'Enter a case reference');
    expect(field().getAttribute('aria-describedby')).toContain('case-reference-error');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a reference of only spaces counts as empty', async () => {
    const { container, onSubmit } = renderForm();
    fireEvent.input(field(), { target: { value: '    ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await expectErrorSummary(container, 'Enter a case reference');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a reference of 61 characters or more shows the length error; 60 is accepted', async () => {
    const { container, onSubmit } = renderForm();
    fireEvent.input(field(), { target: { value: 'R'.repeat(61) } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await expectErrorSummary(container, 'Case reference must be 60 characters or fewer');
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.input(field(), { target: { value: 'R'.repeat(60) } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onSubmit).toHaveBeenCalledWith('R'.repeat(60));
  });

  it('a valid reference is submitted trimmed', () => {
    const { onSubmit } = renderForm();
    fireEvent.input(field(), { target: { value: '  ASC-2026-00417 \t' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('ASC-2026-00417');
  });

  it('a failure to save is shown as an error', async () => {
    const { container } = renderForm(
      vi.fn(async () => {
        throw new Error('This device’s storage is full.');
      }),
    );
    fireEvent.input(field(), { target: { value: 'ASC-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(container.querySelector('.error-summary')).not.toBeNull());
    await expectErrorSummary(container, 'This device’s storage is full.');
  });

  it('the hint, read with the field, says to use the reference and not the adult’s name', () => {
    renderForm();
    expect(screen.getByRole('heading', { level: 1, name: 'What is the case reference?' })).toBeTruthy();
    const describedBy = field().getAttribute('aria-describedby')?.split(' ') ?? [];
    const hint = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(hint).toMatch(/not the adult’s name/);
    expect(field().getAttribute('autocomplete')).toBe('off');
  });

  it('shows a saved reference for changing', () => {
    render(
      <ReferenceForm initial={exampleCaseReference} submitLabel="Save reference" onSubmit={async () => {}} />,
    );
    expect(field().value).toBe(exampleCaseReference);
  });
});

describe('correcting an error and submitting once', () => {
  it('ErrorSummary: focus stays in the text box while the worker types after an error', async () => {
    const evidence = exampleContent('ne.evidenceDetail', 'text');
    render(<TextScreen {...spiedProps('evidenceDetail', evidence)} />);
    fireEvent.click(continueButton());
    const box = screen.getByLabelText(evidence.title) as HTMLTextAreaElement;
    box.focus();
    fireEvent.input(box, { target: { value: 'T' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(box);
  });

  it('ErrorSummary: focus stays on the option the worker chooses after an error', async () => {
    const age = exampleContent('ne.age', 'question');
    render(<QuestionScreen {...spiedProps('age', age)} />);
    fireEvent.click(continueButton());
    const yes = screen.getByLabelText('Yes');
    yes.focus();
    fireEvent.click(yes);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(yes);
  });

  it('ReferenceForm: a second press while saving does not submit again', async () => {
    const onSubmit = vi.fn(() => new Promise<void>(() => {}));
    render(<ReferenceForm submitLabel="Start" onSubmit={onSubmit} />);
    fireEvent.input(field(), { target: { value: 'ASC-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Saving…' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

function field() {
  return screen.getByLabelText('What is the case reference?') as HTMLInputElement;
}
