// Drives the built app in Debian's Chromium as a worker would: a fresh device, protection set up with a
// passphrase, journeys answered screen by screen. Shared by the benchmark's measurements.
import { chromium } from '@playwright/test';

export const passphrase = 'kettle orchard lantern';
export const databaseName = 'safeguarding-adults-decision-aid';

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}

/** A fresh page (its own profile) with the CPU slowed `rate` times through CDP when asked. */
export async function newPage(browser, { viewport = { width: 412, height: 823 } } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return {
    page,
    context,
    throttle: (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }),
    close: () => context.close(),
  };
}

export const heading = (page) => page.locator('h1').first().textContent();

/**
 * The page as it is shown now, as HTML with every script and module preload removed and the
 * stylesheets kept: what the browser alone costs to show it, with none of the app's code.
 */
export function pageWithoutScripts(page) {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    copy
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]')
      .forEach((node) => node.remove());
    return `<!doctype html>\n${copy.outerHTML}`;
  });
}

async function waitForHeading(page, text) {
  await page.locator('h1', { hasText: text }).first().waitFor({ timeout: 30_000 });
}

/** On a fresh device: sets protection up with the passphrase and keeps the recovery code. */
export async function setUpProtection(page) {
  await waitForHeading(page, 'Protect the information on this device');
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Enter the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await waitForHeading(page, 'Your recovery code');
  await page.getByRole('button', { name: 'I have kept the recovery code' }).click();
  await page.getByRole('heading', { name: 'Drafts in progress' }).waitFor({ timeout: 30_000 });
}

/**
 * From the home screen: opens the journey and types the case reference at a worker's pace (the app
 * fetches the journey's code meanwhile), without submitting it.
 */
export async function openJourney(page, title, caseReference) {
  await page.getByRole('link', { name: title, exact: true }).click();
  await waitForHeading(page, 'What is the case reference?');
  await page.getByLabel('What is the case reference?').pressSequentially(caseReference, { delay: 150 });
}

/** What the timing of a step watches in the page for the new heading (and the save status). */
const watchedChanges = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['data-save-state'],
};

/**
 * In the page: answers the screen as shown (the first option of a question, the last box of a
 * checklist, a short note in any empty text field), presses its Continue (or "Start", "Confirm and finish"), and
 * times what the worker sees. `stepMs`: from the press until the next screen's heading is painted;
 * `savedMs`: until "Saved on this device" follows a "Saving…" begun after the press. Resolves null when
 * the screen does not move on within 15 seconds (a validation message, or the journey's end). `Start`
 * writes the new draft before its first question opens, so no save follows it: with `save: false` the
 * timing ends with the step rather than waiting out the 15 seconds for one.
 */
export function answerAndTime(page, { save = true } = {}) {
  return page.evaluate(
    async ({ awaitSave, watched }) => {
      const main = document.querySelector('main');
      const radios = [...main.querySelectorAll('input[type=radio]')];
      if (radios.length && !radios.some((radio) => radio.checked)) radios[0].click();
      const boxes = [...main.querySelectorAll('input[type=checkbox]')];
      if (boxes.length && !boxes.some((box) => box.checked)) boxes[boxes.length - 1].click();
      for (const field of main.querySelectorAll('textarea, input[type=text], input:not([type])')) {
        if (field.value) continue;
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set;
        setter.call(field, 'Door not answered on 3 visits; GP says prescriptions not collected since May.');
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const button = [...main.querySelectorAll('button')].find((candidate) =>
        /^(Continue|Confirm and finish|Start)$/.test(candidate.textContent.trim()),
      );
      if (!button) return null;
      const before = document.querySelector('h1')?.textContent;
      const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      let stepMs;
      let savedMs;
      let sawSaving = false;
      const start = performance.now();
      const settled = new Promise((resolve) => {
        const check = async () => {
          const status = document.querySelector('[data-save-state]');
          if (status?.dataset.saveState === 'saving') sawSaving = true;
          if (sawSaving && savedMs === undefined && status?.dataset.saveState === 'saved')
            savedMs = performance.now() - start;
          const now = document.querySelector('h1')?.textContent;
          if (stepMs === undefined && now && now !== before) {
            stepMs = -1;
            await paint();
            stepMs = performance.now() - start;
          }
          if (stepMs > 0 && (savedMs !== undefined || !awaitSave)) {
            observer.disconnect();
            resolve();
          }
        };
        const observer = new MutationObserver(() => void check());
        observer.observe(document.body, watched);
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, 15_000);
      });
      button.click();
      await settled;
      if (!(stepMs > 0)) return null;
      return {
        from: before,
        to: document.querySelector('h1')?.textContent,
        stepMs,
        savedMs: savedMs ?? null,
      };
    },
    { awaitSave: save, watched: watchedChanges },
  );
}

/**
 * In the page: puts `html` in main, as the app would draw a step's screen but with none of its code,
 * and times it as `answerAndTime` times a step: until the new heading is painted, with the same observer
 * watching the page. The heading takes focus and the page starts at the top, as each step's does.
 */
export function showStaticAndTime(page, html) {
  return page.evaluate(
    async ({ html, watched }) => {
      const main = document.querySelector('main');
      const before = document.querySelector('h1')?.textContent;
      const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      let start;
      const painted = new Promise((resolve) => {
        const observer = new MutationObserver(async () => {
          const now = document.querySelector('h1')?.textContent;
          if (!now || now === before) return;
          observer.disconnect();
          await paint();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, watched);
      });
      start = performance.now();
      main.innerHTML = html;
      window.scrollTo(0, 0);
      main.querySelector('h1')?.focus();
      return painted;
    },
    { html, watched: watchedChanges },
  );
}

/**
 * Why the screen did not move on, for the run's error: its heading and what its error summary says, if
 * any.
 */
export function stuckScreen(page) {
  return page.evaluate(() => {
    const heading = document.querySelector('h1')?.textContent?.trim() || '(no heading)';
    const errors = document.querySelector('.error-summary__list')?.textContent?.trim();
    return errors ? `"${heading}" (${errors})` : `"${heading}"`;
  });
}

/**
 * In the page: times a bare put of a copy of the newest stored draft (exactly as the app stored it,
 * sealed) into a database of its own, with the strict durability the app's writes use.
 */
export function barePutMs(page) {
  return page.evaluate(async (name) => {
    const done = (request) =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const app = await done(indexedDB.open(name));
    const drafts = await done(app.transaction('drafts').objectStore('drafts').getAll());
    app.close();
    const newest = drafts.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))[0];
    const open = indexedDB.open('benchmark-bare-put', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
    const bare = await done(open);
    const start = performance.now();
    const tx = bare.transaction('drafts', 'readwrite', { durability: 'strict' });
    tx.objectStore('drafts').put({ ...newest, id: `bare-${Math.random()}` });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - start;
    bare.close();
    return elapsed;
  }, databaseName);
}
