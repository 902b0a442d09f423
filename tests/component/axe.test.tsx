// @vitest-environment jsdom
// Every named example of every screen and component (the `.examples.tsx` file beside each), checked with
// axe-core against WCAG 2.0, 2.1 and 2.2 A and AA, as first rendered and again after Continue (which, on
// an empty required form, shows the error summary and error messages).
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Example } from '../../src/components/example';

/** Each screen's and component's examples, by file name: `QuestionScreen.examples.tsx` → `QuestionScreen`. */
const exampleFiles = import.meta.glob<{ examples: Example[] }>(
  '../../src/{components,screens}/**/*.examples.tsx',
  {
    eager: true,
  },
);
const screenExamples = Object.fromEntries(
  Object.entries(exampleFiles).map(([path, module]) => [
    path.replace(/^.*\/|\.examples\.tsx$/g, ''),
    module.examples,
  ]),
);

/** Every screen and component: a PascalCase .tsx file in components/ or screens/ (examples files aside). */
const componentFiles = Object.keys(import.meta.glob('../../src/{components,screens}/**/[A-Z]*.tsx')).filter(
  (path) => !path.endsWith('.examples.tsx'),
);

const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: {
    // jsdom does no layout or CSS cascade, so axe cannot compute colour contrast here (it reports every
    // text node as "incomplete"). Contrast is checked in the browser by the Playwright axe run instead.
    'color-contrast': { enabled: false },
  },
};

/** Lets storage reads (fake-indexeddb) and effects settle, so axe sees the screen as a worker would. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 30)));

async function violationsIn(container: Element): Promise<string[]> {
  const results = await axe.run(container, axeOptions);
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
}

afterEach(cleanup);

/** The screens whose error state (error summary and error messages) axe has checked. */
const checkedWithErrors = new Set<string>();

for (const [screenName, examples] of Object.entries(screenExamples)) {
  describe(`${screenName} examples are accessible`, () => {
    for (const example of examples) {
      it(example.name, async () => {
        const { container } = render(example.render());
        await settle();
        expect(await violationsIn(container), 'axe violations as first rendered').toEqual([]);

        // A live filter (role="search", as on the examples browser) submits nothing; every other form does.
        const form = container.querySelector('form:not([role="search"])');
        if (!form) return;
        const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
        expect(submit, 'every form has a submit button').not.toBeNull();
        fireEvent.click(submit!);
        await settle();
        if (container.querySelector('.error-summary')) checkedWithErrors.add(screenName);
        expect(await violationsIn(container), 'axe violations after Continue').toEqual([]);
      });
    }
  });
}

it('has examples for every generic screen', () => {
  expect(Object.keys(screenExamples)).toEqual(
    expect.arrayContaining([
      'QuestionScreen',
      'MultiSelectScreen',
      'TextScreen',
      'ChecklistScreen',
      'GuidanceScreen',
      'CheckAnswersScreen',
      'CompleteScreen',
      'ReferenceForm',
    ]),
  );
  for (const examples of Object.values(screenExamples)) expect(examples.length).toBeGreaterThan(0);
});

it('has an examples file, with at least one example, beside every screen and component', () => {
  const withoutExamples = componentFiles.filter(
    (path) => !exampleFiles[path.replace(/\.tsx$/, '.examples.tsx')],
  );
  expect(withoutExamples).toEqual([]);
  expect(componentFiles.length).toBeGreaterThan(30);
  for (const [name, examples] of Object.entries(screenExamples))
    expect(examples.length, name).toBeGreaterThan(0);
});

it('checks the error state of every screen that can show one', () => {
  expect([...checkedWithErrors].sort()).toEqual(
    expect.arrayContaining(['MultiSelectScreen', 'QuestionScreen', 'ReferenceForm', 'TextScreen']),
  );
  expect([...checkedWithErrors].sort()).toEqual([
    'EntriesScreen',
    'MultiSelectScreen',
    'QuestionScreen',
    'RecordForm',
    'ReferenceForm',
    'SetUpProtectionScreen',
    'StartScreen',
    'TextScreen',
    'UnlockScreen',
  ]);
});
