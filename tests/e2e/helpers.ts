// Shared helpers for the end-to-end tests: a worker's keyboard, the axe check, and the save status.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

export const origin = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

export const journeys = {
  nonEngagement: 'Adult not engaging with services',
  collusion: 'Am I colluding? A self-check',
} as const;

export const databaseName = 'safeguarding-adults-decision-aid';

/**
 * Counts every committed save the page shows: each time the status goes from "Saving…" to "Saved on
 * this device at …". Installed before the app's own scripts on every page of the context, so a test
 * can wait for the save that follows an action rather than the "Saved" left over from the one before.
 */
function countSaves() {
  const w = window as unknown as { __e2eSaves: number };
  w.__e2eSaves = 0;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.oldValue === 'saving') w.__e2eSaves += 1;
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-save-state'],
    attributeOldValue: true,
  });
}

/** The passphrase every browser test protects the app with. */
export const testPassphrase = 'kettle orchard lantern';

/**
 * Sets protection up with the test passphrase on the setup screen, and keeps the recovery code shown
 * once; resolves with that code. The app must be on the setup screen.
 */
export async function setUpProtection(page: Page, passphrase = testPassphrase): Promise<string> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Enter the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible({ timeout: 20_000 });
  const recoveryCode = (await page.locator('.recovery-code code').textContent()) ?? '';
  await page.getByRole('button', { name: 'I have kept the recovery code' }).click();
  return recoveryCode;
}

/** Unlocks the app with the passphrase from the unlock screen. */
export async function unlockWithPassphrase(page: Page, passphrase = testPassphrase): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeHidden({ timeout: 20_000 });
}

/**
 * Whenever the setup or unlock screen stands in the way of a test's next step (a fresh device, a
 * reload, a new tab), it is passed with the test passphrase, as a worker would. Tests of the lock
 * itself turn this off with `test.use({ passThroughLock: false })`.
 *
 * Set-up is answered once its form is there, not at its heading: a page the network answers (before
 * the service worker is active) opens with the set-up screen's heading prerendered, and on a device
 * already protected the app then draws the unlock screen in its place.
 */
export async function passThroughLock(page: Page): Promise<void> {
  await page.addLocatorHandler(page.getByLabel('Enter the passphrase again'), () =>
    setUpProtection(page).then(() => undefined),
  );
  await page.addLocatorHandler(page.getByRole('heading', { name: 'The app is locked' }), () =>
    unlockWithPassphrase(page),
  );
}

/**
 * Playwright's test with the save counter in every page, and the app's lock passed through with the
 * test passphrase. Each test still gets a fresh context.
 */
export const test = base.extend<{ passThroughLock: boolean }>({
  passThroughLock: [true, { option: true }],
  context: async ({ context, passThroughLock: passThrough }, use) => {
    await context.addInitScript(countSaves);
    const ready: Promise<void>[] = [];
    if (passThrough) context.on('page', (page) => ready.push(passThroughLock(page)));
    await use(context);
    await Promise.allSettled(ready);
  },
});

/** How many saves the page has shown as committed so far. */
export function saveCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __e2eSaves: number }).__e2eSaves ?? 0);
}

/** The journey's save status ("Saving…" / "Saved on this device at …"). */
export const saveStatus = (page: Page): Locator => page.locator('.journey-bar [role="status"]');

/**
 * Waits until the worker's answers are committed: the status says "Saved on this device at" and its
 * element is marked saved. With `after`, waits for a save later than that count (see saveCount), for
 * saves that are not tied to a new screen, such as typed text saved after a pause.
 */
export async function waitForSaved(page: Page, options: { after?: number } = {}): Promise<void> {
  if (options.after !== undefined) {
    const after = options.after;
    await expect.poll(() => saveCount(page), { message: 'a new save is committed' }).toBeGreaterThan(after);
  }
  await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved');
  await expect(saveStatus(page)).toContainText('Saved on this device at');
}

/** Fails on any WCAG 2.0/2.1/2.2 A or AA violation axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page, where = ''): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`).join('\n'),
  );
  expect(summary, `axe violations${where ? ` on "${where}"` : ''}`).toEqual([]);
}

/** Whether the focused element is `locator` (or inside it). */
async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) => element === document.activeElement || element.contains(document.activeElement),
  );
}

/** A short description of the focused element, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const id = element.id ? `#${element.id}` : '';
    const text = (element.textContent ?? '').trim().slice(0, 60);
    return `<${element.tagName.toLowerCase()}${id}> ${text}`;
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  const max = options.max ?? 80;
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `Could not reach ${target} with ${max} presses of Tab; focus is on ${await describeFocus(page)}`,
  );
}

/** Tabs to a link or button and activates it with Enter. */
export async function activate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** The page's h1 has focus (it, or something inside it such as the question's label). */
export async function expectHeadingFocused(page: Page, heading: string | RegExp): Promise<void> {
  const h1 = page.locator('h1');
  await expect(h1).toHaveText(heading);
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('h1'))), {
      message: `focus is on the h1 "${heading}"`,
    })
    .toBe(true);
}

/** The home screen, waiting until its drafts have loaded. */
export async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
  await expect(page.getByRole('heading', { name: 'Drafts in progress' })).toBeVisible();
}

/**
 * From the home screen, by keyboard: Tab to the journey's link, Enter, type the case reference, Enter.
 * Returns when the journey's first screen has its heading.
 */
export async function startJourney(
  page: Page,
  journeyTitle: string,
  caseReference: string,
  options: { onReferenceScreen?: () => Promise<void> } = {},
): Promise<void> {
  await activate(page, page.getByRole('link', { name: journeyTitle, exact: true }));
  const reference = page.getByLabel('What is the case reference?');
  await expectHeadingFocused(page, 'What is the case reference?');
  await options.onReferenceScreen?.();
  await tabTo(page, reference);
  await page.keyboard.type(caseReference);
  await page.keyboard.press('Enter');
  await expect(page.locator('.journey-bar__reference')).toContainText(caseReference);
}

/** The id of the draft open in the page, from its address. */
export function draftIdOf(page: Page): string {
  const match = /#\/draft\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`Not on a draft: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/**
 * Answers a radio question by keyboard: Tab into the group, arrow keys to the option (Space if it is
 * still unchecked), then Enter to submit the form (unless `submit: false`).
 */
export async function chooseRadio(
  page: Page,
  label: string,
  options: { submit?: boolean } = {},
): Promise<void> {
  const target = page.getByRole('radio', { name: label, exact: true });
  await expect(target).toBeVisible();
  const name = await target.getAttribute('name');
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  // Tab into the group: focus lands on its checked radio, or its first one when none is checked.
  const focusedIndex = async () =>
    group.evaluateAll((radios) => radios.indexOf(document.activeElement as HTMLInputElement));
  for (let presses = 0; (await focusedIndex()) < 0; presses += 1) {
    if (presses > 80)
      throw new Error(`Could not Tab into the radios "${name}"; focus is on ${await describeFocus(page)}`);
    await page.keyboard.press('Tab');
  }
  const wanted = await group.evaluateAll(
    (radios, wantedId) => radios.findIndex((radio) => radio.id === wantedId),
    await target.getAttribute('id'),
  );
  let current = await focusedIndex();
  while (current !== wanted) {
    await page.keyboard.press(current < wanted ? 'ArrowDown' : 'ArrowUp');
    current = await focusedIndex();
  }
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
  if (options.submit !== false) await page.keyboard.press('Enter');
}

/** Tabs to the checkbox and ticks (or unticks) it with Space. */
export async function toggleCheckbox(page: Page, label: string): Promise<void> {
  const box = page.getByRole('checkbox', { name: label, exact: true });
  const was = await box.isChecked();
  await tabTo(page, box);
  await page.keyboard.press('Space');
  if (was) await expect(box).not.toBeChecked();
  else await expect(box).toBeChecked();
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tabs to the Continue button and presses Enter. */
export async function continueByKeyboard(page: Page): Promise<void> {
  await activate(page, page.getByRole('button', { name: 'Continue', exact: true }));
}

/**
 * Sets the status of a checklist item ("Done", "Planned", "Not appropriate") by keyboard: Tab into its
 * radio group, arrow keys to the status, Space if still unchecked.
 */
export async function setChecklistStatus(
  page: Page,
  item: string,
  status: 'Done' | 'Planned' | 'Not appropriate',
): Promise<void> {
  const group = page.getByRole('group', { name: item, exact: true });
  await chooseRadioIn(page, group, status);
}

async function chooseRadioIn(page: Page, scope: Locator, label: string): Promise<void> {
  const radios = scope.getByRole('radio');
  const target = scope.getByRole('radio', { name: label, exact: true });
  const focusedIndex = () =>
    radios.evaluateAll((all) => all.indexOf(document.activeElement as HTMLInputElement));
  for (let presses = 0; (await focusedIndex()) < 0; presses += 1) {
    if (presses > 80)
      throw new Error(`Could not Tab into ${scope}; focus is on ${await describeFocus(page)}`);
    await page.keyboard.press('Tab');
  }
  const labels = await radios.evaluateAll((all) =>
    all.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent ?? ''),
  );
  const wanted = labels.indexOf(label);
  let current = await focusedIndex();
  while (current !== wanted) {
    await page.keyboard.press(current < wanted ? 'ArrowRight' : 'ArrowLeft');
    current = await focusedIndex();
  }
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** The check-answers summary list as [question, answer] pairs of visible text. */
export async function summaryRows(page: Page): Promise<Array<[string, string]>> {
  return page.locator('.summary-list__row').evaluateAll((rows) =>
    rows.map((row) => [
      row.querySelector('.summary-list__key')?.textContent?.trim() ?? '',
      Array.from(row.querySelectorAll('.summary-list__line'))
        .map((line) => line.textContent ?? '')
        .join('\n'),
    ]),
  );
}

/** The value shown for a question on check answers (or the complete screen). */
export function summaryValue(page: Page, question: string): Locator {
  return page
    .locator('.summary-list__row')
    .filter({ has: page.locator('.summary-list__key', { hasText: question }) })
    .locator('.summary-list__value');
}

// ---- Mouse-free but quicker steps for tests that are not about the keyboard itself ----

/** Chooses a radio (by its label) and continues, waiting for the next heading. */
export async function answer(page: Page, label: string, next?: string | RegExp): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  if (next) await expect(page.locator('h1')).toHaveText(next);
}

/** Presses Continue and waits for the next heading. */
export async function proceed(page: Page, next?: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  if (next) await expect(page.locator('h1')).toHaveText(next);
}

/** Titles of the non-engagement journey's screens, as shown. */
export const ne = {
  age: 'Is the adult aged 18 or over?',
  under18: 'This guidance does not cover a person under 18',
  evidence:
    'Am I concerned just because they are not engaging or do I have evidence that non-engagement increases risk?',
  evidenceDetail: 'What is your evidence that non-engagement increases risk?',
  consider: 'Consider',
  feelAtRisk: 'Do I feel at risk?',
  atRisk: 'If you feel at risk',
  strategies: 'Strategies to consider',
  concerns: 'Concerns/Issues Raised',
  concernPointers: 'What the guidance says about the concerns raised',
  nextSteps: 'Next Steps',
  inaction: 'Inaction could lead to',
  closing: 'Are you considering closing this case?',
  closingRiskAssessment: 'Has a risk assessment been completed?',
  closingAgencyCheck: 'Have you actively checked with other agencies known to be in contact with the person?',
  doNotClose: 'The case should not be closed',
  closingChecksDone: 'The checks required before closing are recorded',
  dataProtection: 'Data Protection reminder',
  checkAnswers: 'Check your answers',
  complete: 'Journey complete',
} as const;

/** The six "Am I colluding?" questions, in order. */
export const collusionQuestions = [
  'Am I colluding to avoid conflict i.e. taking the word of a family member rather than speaking to the vulnerable adult themselves?',
  'Am I minimising negative information in order to avoid provoking a reaction?',
  'Am I hesitant to share my concerns in order to avoid confrontation?',
  'Am I keeping my concerns to myself or am I sharing them with my line manager?',
  'Am I relieved when there is no answer at the door?',
  'Am I focussing on the family needs not the needs of the adult at risk?',
] as const;

/** The "no" option of each collusion question (the fourth question words its options differently). */
export const collusionNo = ['No', 'No', 'No', 'I am sharing them with my line manager', 'No', 'No'] as const;

export const discussOutcome = 'Talk this through with your line manager';
export const noSignsOutcome = 'Your answers show none of the signs in the self-check';

/**
 * The quickest route from the evidence question to check answers, with no flags raised: answers the
 * evidence question with `evidenceChoice` (which must not be the "I have evidence" option), then "No"
 * throughout and "None of these" for concerns.
 */
export async function finishWithoutConcerns(
  page: Page,
  evidenceChoice = 'I am concerned just because they are not engaging',
): Promise<void> {
  await expect(page.locator('h1')).toHaveText(ne.evidence);
  await answer(page, evidenceChoice, ne.consider);
  await continueToCheckAnswersFromConsider(page);
}

/** From the Consider page to check answers, raising nothing. */
export async function continueToCheckAnswersFromConsider(page: Page): Promise<void> {
  await proceed(page, collusionQuestions[0]);
  for (let index = 0; index < collusionQuestions.length; index += 1) {
    await answer(page, collusionNo[index], collusionQuestions[index + 1] ?? noSignsOutcome);
  }
  await proceed(page, ne.feelAtRisk);
  await answer(page, 'No', ne.strategies);
  await proceed(page, ne.concerns);
  await page.getByRole('checkbox', { name: 'None of these' }).check();
  await proceed(page, ne.nextSteps);
  await proceed(page, ne.inaction);
  await proceed(page, ne.closing);
  await answer(page, 'No', ne.dataProtection);
  await proceed(page, ne.checkAnswers);
}

/**
 * The "Am I colluding?" self-check from its first question to check answers: `choices` are the option
 * labels for the six questions, `reflection` the optional text, and `onScreen` runs on every screen.
 */
export async function walkCollusion(
  page: Page,
  choices: readonly string[],
  reflection: string,
  onScreen: (heading: string) => Promise<void> = async () => {},
): Promise<void> {
  for (let index = 0; index < collusionQuestions.length; index += 1) {
    await expectHeadingFocused(page, collusionQuestions[index]);
    await onScreen(collusionQuestions[index]);
    await chooseRadio(page, choices[index]);
  }
  await expectHeadingFocused(page, 'Your reflection (optional)');
  await onScreen('Your reflection (optional)');
  if (reflection) await typeInto(page, page.getByLabel('Your reflection (optional)'), reflection);
  await continueByKeyboard(page);
  const flagged = choices.some((choice, index) => choice !== collusionNo[index]);
  const outcome = flagged ? discussOutcome : noSignsOutcome;
  await expectHeadingFocused(page, outcome);
  await onScreen(outcome);
  await continueByKeyboard(page);
  await expectHeadingFocused(page, ne.checkAnswers);
  await onScreen(ne.checkAnswers);
}

/** The answers to the four rated questions, by level, as the radios are labelled. */
export const ratingLabels = {
  seriousness: {
    green: 'No harm or potential harm',
    amber: 'Some harm or potential harm',
    red: 'Serious harm or potential harm and or a criminal act',
  },
  frequency: {
    green: 'Isolated incident',
    amber: 'Has occurred more than once',
    red: 'Occurred regularly OR many times indicating a pattern/trend OR risk is considered probable',
  },
  exposure: {
    green: 'One or very small numbers',
    amber: 'The number of people exposed causes concern',
    red: 'Significant number of people at risk',
  },
  recurrence: { green: 'Unlikely', amber: 'Possible', red: 'Probable' },
} as const;

/**
 * Everything of one object store, read straight from IndexedDB: each value as JSON (bytes as Latin-1
 * text, so text stored as bytes would show), and the keys.
 */
export interface RawStore {
  keys: unknown[];
  values: string[];
}

/**
 * Every database of the app's origin and every object store in it, read raw as the browser holds it,
 * without opening (and so creating) a database that is not there.
 */
export function readDevice(page: Page): Promise<Record<string, Record<string, RawStore>>> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const bytesAsText = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return String.fromCharCode(...new Uint8Array(value));
      if (ArrayBuffer.isView(value))
        return String.fromCharCode(...new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (Array.isArray(value)) return value.map(bytesAsText);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, bytesAsText(inner)]));
      return value;
    };
    const device: Record<string, Record<string, RawStore>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await done(indexedDB.open(name));
      device[name] = {};
      for (const store of Array.from(db.objectStoreNames)) {
        const objects = db.transaction(store, 'readonly').objectStore(store);
        const [keys, values] = await Promise.all([done(objects.getAllKeys()), done(objects.getAll())]);
        device[name][store] = { keys, values: values.map((value) => JSON.stringify(bytesAsText(value))) };
      }
      db.close();
    }
    return device;
  });
}

/**
 * Waits until the app has started and opened its database. The set-up screen's heading is in the page
 * before any script has run, and the app starts once the page is painted, so the heading alone does not
 * say the database is there. Waits without a locator, so the lock is not passed through meanwhile.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        async (name) => (await indexedDB.databases()).some((database) => database.name === name),
        databaseName,
      ),
    )
    .toBe(true);
}

/**
 * Puts a draft into the drafts store as a version before protection left it: plain, to be sealed when
 * protection is set up. The app must not have set protection up yet.
 */
export async function putPlainDraft(page: Page, draft: Record<string, unknown>): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(
    ({ name, draft }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(draft);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: databaseName, draft },
  );
}

// ---- Signing a record, for tests that need one on the device ----

export const reflectionLabel = 'Your reflection (optional)';
export const signer = {
  name: 'Sam Patel',
  role: 'Social worker',
  agency: 'Solihull Council Adult Social Care',
};
export const confirmLabel = 'This is my accurate record. I am signing it as the person making it.';

/**
 * The collusion self-check from the home screen to "Journey complete" with the sign form showing.
 * `choices` are the option labels for the six questions.
 */
export async function completeCollusion(
  page: Page,
  caseReference: string,
  options: { choices?: readonly string[]; reflection?: string } = {},
): Promise<void> {
  const choices = options.choices ?? collusionNo;
  await openHome(page);
  await startJourney(page, journeys.collusion, caseReference);
  for (let index = 0; index < collusionQuestions.length; index += 1) {
    await expect(page.locator('h1')).toHaveText(collusionQuestions[index]);
    await answer(page, choices[index], collusionQuestions[index + 1] ?? reflectionLabel);
  }
  if (options.reflection) await page.getByLabel(reflectionLabel).fill(options.reflection);
  const flagged = choices.some((choice, index) => choice !== collusionNo[index]);
  await proceed(page, flagged ? discussOutcome : noSignsOutcome);
  await proceed(page, ne.checkAnswers);
  await page.getByRole('button', { name: 'Confirm and finish' }).click();
  await expect(page.locator('h1')).toHaveText(ne.complete);
  await expect(page.getByRole('heading', { name: 'Sign the decision record' })).toBeVisible();
  await expect(signButton(page)).toBeEnabled();
}

export const signButton = (page: Page) => page.getByRole('button', { name: 'Sign the record', exact: true });

export async function fillSigner(page: Page, who = signer): Promise<void> {
  await page.getByLabel('Full name', { exact: true }).fill(who.name);
  await page.getByLabel('Role', { exact: true }).fill(who.role);
  await page.getByLabel('Agency', { exact: true }).fill(who.agency);
  await page.getByRole('checkbox', { name: confirmLabel }).check();
}

/** Presses "Sign the record" and waits for the record screen; returns the record's id. */
export async function sign(page: Page): Promise<string> {
  await signButton(page).click();
  await page.waitForURL(/#\/record\/[^/]+$/);
  await expect(page.locator('h1')).toHaveText('Decision record');
  await expect(page.locator('.record-document').first()).toBeVisible();
  return decodeURIComponent(/#\/record\/([^/]+)$/.exec(page.url())![1]);
}

/** Waits until the service worker has finished installing (so everything is precached) and is active. */
export async function waitForActivatedServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return registration.active?.state;
        }),
      { message: 'the service worker is activated', timeout: 30_000 },
    )
    .toBe('activated');
}

/**
 * Chromium's virtual platform authenticator with user verification, as a phone's fingerprint or face lock;
 * with `prf`, one that also offers the PRF extension, as protection with a passkey needs.
 */
export async function addPlatformAuthenticator(
  page: Page,
  { prf = false }: { prf?: boolean } = {},
): Promise<{ credentials: () => Promise<{ signCount: number }[]> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: prf,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}
