// The signed decision record, end to end: signing at the end of a journey (with what is missing listed
// first), the record screen, JSON and PDF export, checking a file in the app and with the command-line
// verifier, late entries, amendments, free text that looks like markup, the records list with its
// export warning and delete confirmation, and the typed form surviving a reload.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Locator, Page } from '@playwright/test';
import {
  answer,
  collusionNo,
  addPlatformAuthenticator,
  completeCollusion,
  confirmLabel,
  databaseName,
  collusionQuestions,
  discussOutcome,
  draftIdOf,
  expect,
  expectNoAxeViolations,
  fillSigner,
  journeys,
  ne,
  openHome,
  passThroughLock,
  readDevice,
  reflectionLabel,
  sign,
  signButton,
  signer,
  proceed,
  ratingLabels,
  startJourney,
  test,
  waitForActivatedServiceWorker,
  waitForSaved,
} from './helpers';

test.use({ acceptDownloads: true });

const verifierScript = fileURLToPath(new URL('../../scripts/verify-record.mjs', import.meta.url));
const verifiedHeading = 'Verified: this record has not been changed since it was signed';
const alteredHeading = 'Altered: this record has been changed since it was signed';
const unreadableHeading = 'This is not a record this app can read';

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sada-records-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Whitespace collapsed, so text wrapped across lines (in the PDF) or laid out in cells compares as written. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The device fingerprint the sign form shows. */
async function shownFingerprint(page: Page): Promise<string> {
  const code = page.locator('code.fingerprint');
  await expect(code).toHaveText(/^[A-Za-z0-9_-]{43}$/);
  return (await code.textContent())!;
}

/** A version of the record on the record screen, by its number. */
const versionDocument = (page: Page, version: number) =>
  page.locator('article.record-document').filter({ has: page.locator(`#record-version-${version}`) });

/** The value of a summary-list row inside `scope`, by its exact key. */
const rowValue = (scope: Locator, key: string) =>
  scope
    .locator('.summary-list__row')
    .filter({ has: scope.page().locator('.summary-list__key').getByText(key, { exact: true }) })
    .locator('.summary-list__value');

/** One version's part of the check screen's result. */
const verifiedVersion = (result: Locator, version: number) =>
  result.locator('section').filter({ has: result.page().locator(`#verified-version-${version}`) });

/** Clicks a download button and saves the file in the test's temporary folder. */
async function download(page: Page, button: string): Promise<{ path: string; download: Download }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, download: file };
}

function runVerifier(file: string): { code: number; out: string } {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, [verifierScript, file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

const pdfText = (file: string) =>
  flat(execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

/** A PDF tool's output and exit code (qpdf exits 0 only when it finds nothing wrong). */
function pdfTool(tool: string, args: string[]): { code: number; out: string } {
  try {
    return {
      code: 0,
      out: execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, out: `${failed.stdout}${failed.stderr}` };
  }
}

/** Opens the verify screen and checks a file; returns the result region. */
async function verifyInApp(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<Locator> {
  if (!page.url().endsWith('#/verify')) {
    await page.goto('/#/verify');
    await expect(page.locator('h1')).toHaveText('Check a decision record');
  }
  const result = page.getByRole('status').filter({ has: page.locator('.verify') });
  await page.getByLabel('Exported record file').setInputFiles(file);
  await expect(result.locator('h2')).toBeVisible();
  return result;
}

/** The home screen's "Signed records" section as text: the warning, and every row of the table. */
async function signedRecordsOnHome(page: Page): Promise<string[]> {
  await openHome(page);
  await expect(page.getByRole('heading', { name: 'Signed records' })).toBeVisible();
  return page.evaluate(() => {
    const heading = Array.from(document.querySelectorAll('h2')).find(
      (h2) => h2.textContent === 'Signed records',
    )!;
    const parts: string[] = [];
    for (let node = heading.nextElementSibling; node; node = node.nextElementSibling)
      parts.push((node as HTMLElement).innerText);
    return parts;
  });
}

/** Today's date as the app writes it (en-GB, the browser's time zone), e.g. "22 November 2026". */
const todayInBrowser = (page: Page) =>
  page.evaluate(() =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
  );

test.describe('Signed decision records', () => {
  test('signing refuses until the signer is complete, then the record shows signer, date and device fingerprint', async ({
    page,
  }) => {
    await completeCollusion(page, 'REF-REC-1');
    const fingerprint = await shownFingerprint(page);
    await expectNoAxeViolations(page, 'Journey complete, with the sign form');

    await signButton(page).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link')).toHaveText([
      'Missing: Your full name',
      'Missing: Your role',
      'Missing: Your agency',
      'Missing: Your confirmation that this is your accurate record',
    ]);
    expect(page.url(), 'nothing was signed').toContain('#/draft/');
    await expectNoAxeViolations(page, 'the sign form with errors');
    // Each error takes the worker to its field.
    await summary.getByRole('link', { name: 'Missing: Your agency' }).click();
    await expect(page.getByLabel('Agency', { exact: true })).toBeFocused();

    await fillSigner(page);
    const recordId = await sign(page);
    expect(recordId).toMatch(/^[0-9a-f-]{36}$/);

    const today = await todayInBrowser(page);
    await expect(page.getByText(`Signed by ${signer.name} on ${today} at`)).toBeVisible();
    const version = versionDocument(page, 1);
    await expect(version.getByRole('heading', { name: 'Version 1 of 1' })).toBeVisible();
    await expect(rowValue(version, 'Signed by')).toHaveText(signer.name);
    await expect(rowValue(version, 'Role')).toHaveText(signer.role);
    await expect(rowValue(version, 'Agency')).toHaveText(signer.agency);
    await expect(rowValue(version, 'Signed at')).toHaveText(
      new RegExp(`^${today} at \\d{2}:\\d{2} (GMT|BST)$`),
    );
    await expect(rowValue(version, 'Device fingerprint')).toHaveText(fingerprint);
    await expect(rowValue(version, 'Case reference')).toHaveText('REF-REC-1');
    await expect(rowValue(version, 'Journey')).toHaveText(journeys.collusion);
    await expect(page.getByText('This record has not been exported yet.')).toBeVisible();
    await expectNoAxeViolations(page, 'Decision record');

    // The journey now points to its record instead of asking for a second signature.
    await page.goBack();
    await expect(page.locator('h1')).toHaveText(ne.complete);
    await expect(page.getByRole('link', { name: 'View, export or amend the record' })).toHaveAttribute(
      'href',
      `#/record/${recordId}`,
    );
    await expect(signButton(page)).toHaveCount(0);
  });

  test('exported as JSON and PDF, checked in the app and by the command-line verifier; a changed byte is caught', async ({
    page,
  }) => {
    const reflection = 'Relied on the son for updates; raise at supervision on Friday.';
    const choices: string[] = [...collusionNo];
    choices[0] = 'Yes';
    await completeCollusion(page, 'REF-REC-2', { choices, reflection });
    const fingerprint = await shownFingerprint(page);
    await page
      .getByLabel('People involved in or consulted on the decision')
      .fill('J. Okoro, team manager, adult social care');
    await page
      .getByLabel('Other legislation or guidance you relied on (optional)')
      .fill('Care Act 2014, section 42');
    await fillSigner(page);
    await sign(page);
    const signatureValue = (await rowValue(
      versionDocument(page, 1),
      'Signature value',
    ).textContent())!.trim();
    expect(signatureValue).toMatch(/^[A-Za-z0-9_-]{86}$/);

    // JSON
    const json = await download(page, 'Download the signed record (JSON)');
    expect(json.download.suggestedFilename()).toBe('decision-record-REF-REC-2-v1.json');
    await expect(
      page.getByRole('status').filter({ hasText: 'The signed record has been downloaded.' }),
    ).toBeVisible();
    await expect(page.getByText(/^Exported on .+ \(version 1\)\.$/)).toBeVisible();
    const exported = JSON.parse(readFileSync(json.path, 'utf8'));
    expect(exported).toMatchObject({ format: 'sada-record-export', formatVersion: 2 });
    expect(exported.versions).toHaveLength(1);
    expect(exported.versions[0]).toMatchObject({
      caseReference: 'REF-REC-2',
      signer,
      fingerprint,
      signature: signatureValue,
      peopleInvolved: ['J. Okoro, team manager, adult social care'],
      references: { added: ['Care Act 2014, section 42'] },
    });

    // PDF
    const pdf = await download(page, 'Download as PDF');
    expect(pdf.download.suggestedFilename()).toBe('decision-record-REF-REC-2-v1.pdf');
    expect(readFileSync(pdf.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf.path);
    for (const expected of [
      'Decision record',
      `${journeys.collusion}. Case reference REF-REC-2.`,
      `Outcome: ${discussOutcome}`,
      collusionQuestions[0],
      collusionQuestions[3],
      'I am sharing them with my line manager',
      `${reflectionLabel} ${reflection}`,
      'J. Okoro, team manager, adult social care',
      'Care Act 2014, section 42',
      'Signature',
      `Signed by ${signer.name}`,
      `Role ${signer.role}`,
      `Agency ${signer.agency}`,
      'Signed at',
      `Device fingerprint ${fingerprint}`,
      'Device key only (not confirmed with a passkey)',
      'Signature value',
      signatureValue.slice(0, 24),
    ]) {
      expect(text, `the PDF holds "${expected}"`).toContain(expected);
    }
    // Dates and times in en-GB with the time zone, as on the record screen.
    expect(text).toMatch(/Signed at \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} (GMT|BST)/);
    // The PDF is not the export: the record is still exported at version 1 from the JSON alone.
    await expect(page.getByText(/^Exported on .+ \(version 1\)\.$/)).toBeVisible();

    const before = await signedRecordsOnHome(page);

    // Checked in the app.
    const verified = await verifyInApp(page, json.path);
    await expect(verified.locator('h2')).toHaveText(verifiedHeading);
    const result = verified.locator('.summary-list');
    await expect(rowValue(result, 'Case reference')).toHaveText('REF-REC-2');
    await expect(rowValue(result, 'Signed by')).toHaveText(
      `${signer.name}, ${signer.role}, ${signer.agency}`,
    );
    await expect(rowValue(result, 'Device fingerprint')).toHaveText(fingerprint);
    await expect(verified.getByRole('heading', { name: 'Version 1', exact: true })).toBeVisible();
    await expect(rowValue(result, 'How signing was confirmed')).toHaveText(
      'Device key only (not confirmed with a passkey)',
    );
    await expect(verified.getByText('This file holds version 1 of 1.')).toBeVisible();
    await expectNoAxeViolations(page, 'Check a decision record: verified');

    // One letter of the case reference changed, nothing else.
    const original = readFileSync(json.path, 'utf8');
    const at = original.indexOf('"caseReference": "REF-REC-2"');
    expect(at).toBeGreaterThan(0);
    const letter = at + '"caseReference": "REF-'.length;
    expect(original[letter]).toBe('R');
    const altered = `${original.slice(0, letter)}S${original.slice(letter + 1)}`;
    expect(altered.length).toBe(original.length);
    const alteredPath = join(dir, 'altered.json');
    writeFileSync(alteredPath, altered);
    const alteredResult = await verifyInApp(page, alteredPath);
    await expect(alteredResult.locator('h2')).toHaveText(alteredHeading);
    await expect(alteredResult.getByRole('listitem')).toContainText([
      'The signature does not match the record (version 1): Version 1: the signature does not match the record',
    ]);
    await expectNoAxeViolations(page, 'Check a decision record: altered');

    // Not JSON at all.
    const notJson = await verifyInApp(page, {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('Visit notes, not a record {'),
    });
    await expect(notJson.locator('h2')).toHaveText(unreadableHeading);
    await expect(notJson.locator('p')).toContainText('The file is not JSON, so it is not a decision record');
    // JSON of another shape.
    const otherShape = await verifyInApp(page, {
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ caseReference: 'REF-REC-2', signature: 'abc' })),
    });
    await expect(otherShape.locator('h2')).toHaveText(unreadableHeading);
    await expect(otherShape.locator('p')).toHaveText(
      'The file is not a decision record exported by the Safeguarding Adults Decision Aid.',
    );
    // A record-shaped file with a field missing.
    const incomplete = structuredClone(exported);
    delete incomplete.versions[0].signer;
    const missingField = await verifyInApp(page, {
      name: 'incomplete.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(incomplete)),
    });
    await expect(missingField.locator('h2')).toHaveText(unreadableHeading);
    await expect(missingField.locator('p')).toContainText('The record is incomplete: the field');
    await expect(missingField.locator('p')).toContainText('signer');

    // Checking changed nothing stored.
    expect(await signedRecordsOnHome(page)).toEqual(before);

    // The command-line verifier, with Node's own crypto, agrees.
    const good = runVerifier(json.path);
    expect(good.code, good.out).toBe(0);
    expect(good.out).toContain(`Verified: signed by ${signer.name} (${signer.role}, ${signer.agency})`);
    expect(good.out).toContain(`device fingerprint ${fingerprint}; device key only`);
    const bad = runVerifier(alteredPath);
    expect(bad.code, bad.out).toBe(1);
    expect(bad.out).toContain('ALTERED: version 1: the signature does not match the record');
  });

  test('a threshold decision the matrix does not decide is marked as professional judgement on the record and in the PDF', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openHome(page);
    await startJourney(page, 'Should this concern go through safeguarding adults procedures?', 'REF-REC-PJ');
    await page.getByRole('checkbox', { name: 'Financial', exact: true }).check();
    await proceed(page, 'Identifying the following will assist the decision making process:');
    await proceed(page, 'Has a crime been committed against the adult at risk?');
    await answer(
      page,
      'No',
      'How serious was the harm or abuse/risk of harm or abuse or what was the potential consequence?',
    );
    await answer(
      page,
      ratingLabels.seriousness.green,
      'How often has the actual/risk of abuse or harm occurred?',
    );
    await answer(
      page,
      ratingLabels.frequency.amber,
      'How many were exposed or could have been exposed to the harm or abuse?',
    );
    await answer(page, ratingLabels.exposure.green, 'Likelihood of the abuse or harm from recurring?');
    const undecided = 'The threshold matrix does not decide this: use your professional judgement';
    await answer(page, ratingLabels.recurrence.green, undecided);
    await proceed(page, 'Are you making a Safeguarding Adults alert?');
    await answer(
      page,
      'Yes, I am making a Safeguarding Adults alert',
      'What are the reasons for your decision?',
    );
    await page
      .getByLabel('What are the reasons for your decision?')
      .fill('Two missed payments; raising an alert to be safe.');
    await proceed(page, 'Who have you discussed this decision with?');
    await page.getByRole('checkbox', { name: 'Senior manager', exact: true }).check();
    await proceed(page, 'When did you discuss it, and with whom?');
    await page.getByLabel('When did you discuss it, and with whom?').fill('3 March, service manager.');
    await proceed(page, 'Check your answers');
    await page.getByRole('button', { name: 'Confirm and finish' }).click();
    await expect(page.locator('h1')).toHaveText('Journey complete');
    await fillSigner(page);
    await sign(page);
    const outcome = rowValue(versionDocument(page, 1), 'Outcome');
    await expect(outcome).toContainText(undecided);
    await expect(outcome).toContainText('Professional judgement: the threshold matrix does not decide this');

    const json = await download(page, 'Download the signed record (JSON)');
    const exported = JSON.parse(readFileSync(json.path, 'utf8'));
    expect(exported.versions[0].outcomes).toEqual([
      { step: 'outcome_undecided', title: undecided, decisionBasis: 'professionalJudgement' },
    ]);

    const pdf = await download(page, 'Download as PDF');
    const text = pdfText(pdf.path);
    expect(text).toContain(`Outcome: ${undecided}`);
    expect(text).toContain(
      'Decision basis: Professional judgement: the threshold matrix does not decide this',
    );
  });

  test('a late entry needs a reason, and the record shows it', async ({ page }) => {
    await completeCollusion(page, 'REF-REC-3');
    await expect(page.getByLabel('Reason for the late entry')).toHaveCount(0);
    const yesterday = await page.evaluate(() => {
      const date = new Date();
      date.setDate(date.getDate() - 1);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:15`;
    });
    await page.getByLabel('Date and time of the visit or event').fill(yesterday);
    const reason = page.getByLabel('Reason for the late entry');
    await expect(reason).toBeVisible();
    await fillSigner(page);

    await signButton(page).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(1);
    await expect(summary.getByRole('link')).toHaveText(
      /^Missing: A reason for the late entry: the visit or event was on .+, before the day of recording/,
    );
    expect(page.url()).toContain('#/draft/');
    await expectNoAxeViolations(page, 'the sign form with a late entry');

    const because = 'Visit ended after office hours; recorded the next morning.';
    await reason.fill(because);
    await sign(page);
    const version = versionDocument(page, 1);
    await expect(rowValue(version, 'Reason for the late entry')).toHaveText(because);
    const visitDay = await page.evaluate((value) => {
      const date = new Date(value);
      return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
        date,
      );
    }, yesterday);
    await expect(rowValue(version, 'Date and time of the visit or event')).toHaveText(
      new RegExp(`^${visitDay} at 10:15 (GMT|BST)$`),
    );
  });

  test('an amendment is a new version; both versions stay verifiable in the app and by the command line', async ({
    page,
  }) => {
    await completeCollusion(page, 'REF-REC-4');
    await page.getByLabel('People involved in or consulted on the decision').fill('J. Okoro, team manager');
    await fillSigner(page);
    await sign(page);
    const firstSignature = (await rowValue(
      versionDocument(page, 1),
      'Signature value',
    ).textContent())!.trim();

    await page.getByRole('button', { name: 'Amend this record' }).click();
    await expect(page.getByRole('heading', { name: 'Amend this record' })).toBeVisible();
    const amendButton = page.getByRole('button', { name: 'Sign the amendment' });
    // The reason is required.
    await page.getByRole('checkbox', { name: confirmLabel }).check();
    await amendButton.click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
      'Missing: A reason for the amendment',
    ]);

    const reason = 'Added the safeguarding lead consulted by phone.';
    await page.getByLabel('Reason for the amendment').fill(reason);
    await page
      .getByLabel('People involved in or consulted on the decision')
      .fill('J. Okoro, team manager\nA. Shah, safeguarding lead');
    await amendButton.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The amendment has been signed as a new version.' }),
    ).toBeVisible();

    const second = versionDocument(page, 2);
    const first = versionDocument(page, 1);
    await expect(second.getByRole('heading', { name: 'Version 2 of 2' })).toBeVisible();
    await expect(first.getByRole('heading', { name: 'Version 1 of 2' })).toBeVisible();
    await expect(rowValue(second, 'Reason for this amendment')).toHaveText(reason);
    await expect(second.getByRole('listitem').filter({ hasText: 'A. Shah, safeguarding lead' })).toHaveCount(
      1,
    );
    await expect(rowValue(first, 'Reason for this amendment')).toHaveCount(0);
    await expect(first.getByRole('listitem').filter({ hasText: 'A. Shah, safeguarding lead' })).toHaveCount(
      0,
    );
    await expect(rowValue(first, 'Signature value')).toHaveText(firstSignature);
    await expect(page.getByText('This record has not been exported yet.')).toBeVisible();
    await expectNoAxeViolations(page, 'Decision record with an amendment');

    const json = await download(page, 'Download the signed record (JSON)');
    expect(json.download.suggestedFilename()).toBe('decision-record-REF-REC-4-v2.json');
    const exported = JSON.parse(readFileSync(json.path, 'utf8'));
    expect(exported.versions.map((version: { version: number }) => version.version)).toEqual([1, 2]);
    expect(exported.versions[1]).toMatchObject({ amendmentReason: reason, previous: { version: 1 } });

    const verified = await verifyInApp(page, json.path);
    await expect(verified.locator('h2')).toHaveText(verifiedHeading);
    await expect(verified.getByText('This file holds version 2 of 2.')).toBeVisible();
    for (const version of [1, 2]) {
      const section = verifiedVersion(verified, version);
      await expect(rowValue(section, 'Signed by').locator('.summary-list__line').first()).toHaveText(
        `${signer.name}, ${signer.role}, ${signer.agency}`,
      );
      await expect(rowValue(section, 'Signed at')).toHaveText(/ at \d{2}:\d{2} (GMT|BST)$/);
    }
    await expect(rowValue(verifiedVersion(verified, 2), 'Reason for the amendment')).toHaveText(reason);
    await expect(rowValue(verifiedVersion(verified, 1), 'Reason for the amendment')).toHaveCount(0);

    const cli = runVerifier(json.path);
    expect(cli.code, cli.out).toBe(0);
    expect(cli.out).toContain('Verified:');
    expect(cli.out).toContain('version 2 of 2');
    expect(cli.out).toContain(`Amended because: ${reason}`);

    // Version 1 changed under an intact version 2: the amendment's link to it is caught.
    const tampered = structuredClone(exported);
    tampered.versions[0].peopleInvolved = ['Someone else'];
    const tamperedPath = join(dir, 'tampered.json');
    writeFileSync(tamperedPath, JSON.stringify(tampered, null, 2));
    const altered = await verifyInApp(page, tamperedPath);
    await expect(altered.locator('h2')).toHaveText(alteredHeading);
    await expect(
      altered
        .getByRole('listitem')
        .filter({ hasText: 'An amendment does not follow from the version before it (version 2)' }),
    ).toHaveCount(1);
    expect(runVerifier(tamperedPath).code).toBe(1);
  });

  test('free text that looks like markup stays text: on the record screen and in the PDF, with no script run', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const scriptText = '<script>alert(1)</script>';
    const imageText = '<img src=x onerror=alert(1)>';
    await completeCollusion(page, 'REF-REC-5', { reflection: `${scriptText} and ${imageText}` });
    await page
      .getByLabel('People involved in or consulted on the decision')
      .fill(`${imageText}\n${scriptText}`);
    await fillSigner(page, { ...signer, name: `${signer.name} <b>bold</b>` });
    await sign(page);

    const version = versionDocument(page, 1);
    await expect(rowValue(version, reflectionLabel)).toContainText(`${scriptText} and ${imageText}`);
    await expect(version.getByRole('listitem').filter({ hasText: imageText })).toHaveText(imageText);
    await expect(version.getByRole('listitem').filter({ hasText: scriptText })).toHaveText(scriptText);
    await expect(rowValue(version, 'Signed by')).toHaveText(`${signer.name} <b>bold</b>`);
    // No element was made from the text.
    expect(
      await page
        .locator('main img, .record-document img, .record-document script, .record-document b')
        .count(),
    ).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);

    const pdf = await download(page, 'Download as PDF');
    const text = pdfText(pdf.path);
    expect(text).toContain(`${scriptText} and ${imageText}`);
    expect(text).toContain(imageText);
    expect(text).toContain(`Signed by ${signer.name} <b>bold</b>`);
    expect(text, 'nothing is marked as a character the font cannot draw').not.toContain('[?]');
    // Each person listed is a line of its own, as typed.
    const lines = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim());
    const people = lines.indexOf('People involved in or consulted on the decision');
    const references = lines.indexOf('References to legislation and guidance');
    expect(people).toBeGreaterThan(0);
    expect(lines.slice(people + 1, references).filter(Boolean)).toEqual([imageText, scriptText]);

    // The verify screen shows the signer's name as text too.
    const json = await download(page, 'Download the signed record (JSON)');
    const verified = await verifyInApp(page, json.path);
    await expect(rowValue(verified.locator('.summary-list'), 'Signed by')).toHaveText(
      `${signer.name} <b>bold</b>, ${signer.role}, ${signer.agency}`,
    );
    await page.waitForTimeout(200);
    expect(dialogs, 'no dialog was opened by the text').toEqual([]);
  });

  test('the records list warns until a record is exported, then offers Delete with a confirmation', async ({
    page,
  }) => {
    await openHome(page);
    await expect(page.getByRole('heading', { name: 'Signed records' })).toBeVisible();
    await expect(page.getByText('No signed records on this device.')).toBeVisible();

    await completeCollusion(page, 'REF-REC-6');
    const draftId = draftIdOf(page);
    await fillSigner(page);
    await sign(page);
    const stored = await readDevice(page);
    expect(
      stored[databaseName].drafts.keys,
      'the draft is stored beside its record until the record is deleted',
    ).toContain(draftId);

    await openHome(page);
    const table = page.getByRole('table', { name: 'Decision records signed on this device' });
    const row = table.getByRole('row').filter({ hasText: 'REF-REC-6' });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(0)).toHaveText(journeys.collusion);
    await expect(row.getByRole('cell').nth(2)).toHaveText('1');
    await expect(row.getByRole('cell').nth(4)).toHaveText('Not exported');
    await expect(
      page.locator('.warning-text').filter({ hasText: '1 signed record has not been exported.' }),
    ).toBeVisible();
    await expect(row.getByRole('link', { name: /^Delete/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'home with a signed record not exported');

    await row.getByRole('link', { name: 'View and export the record for case reference REF-REC-6' }).click();
    await expect(page.locator('h1')).toHaveText('Decision record');
    // The PDF alone does not count as the export.
    await download(page, 'Download as PDF');
    await openHome(page);
    await expect(row.getByRole('cell').nth(4)).toHaveText('Not exported');

    // Deleting is not offered before export, even by address.
    await row.getByRole('link', { name: /^View and export/ }).click();
    const recordId = decodeURIComponent(/#\/record\/([^/]+)$/.exec(page.url())![1]);
    await page.goto(`/#/delete-record/${encodeURIComponent(recordId)}`);
    await expect(page.locator('h1')).toHaveText('Delete this record from this device?');
    await expect(
      page.getByText('This record has not been exported. Export it before deleting it.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yes, delete it from this device' })).toHaveCount(0);

    await page.goto(`/#/record/${encodeURIComponent(recordId)}`);
    await download(page, 'Download the signed record (JSON)');
    await expect(page.getByText(/^Exported on .+ \(version 1\)\.$/)).toBeVisible();

    await openHome(page);
    const today = await todayInBrowser(page);
    await expect(row.getByRole('cell').nth(4)).toHaveText(
      new RegExp(`^${today} at \\d{2}:\\d{2} (GMT|BST)$`),
    );
    await expect(page.locator('.warning-text').filter({ hasText: 'not been exported' })).toHaveCount(0);
    const deleteLink = row.getByRole('link', { name: 'Delete the record for case reference REF-REC-6' });
    await expect(deleteLink).toBeVisible();

    // "No, keep it" keeps it.
    await deleteLink.click();
    await expect(page.locator('h1')).toHaveText('Delete this record from this device?');
    await expect(
      page.getByText(/Only the copy you exported on .+ \(version 1\) will remain, wherever you saved it\./),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'Delete this record from this device?');
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
    await expect(row).toHaveCount(1);

    // "Yes, delete it from this device" removes it.
    await deleteLink.click();
    await page.getByRole('button', { name: 'Yes, delete it from this device' }).click();
    await expect(page.locator('h1')).toHaveText('Safeguarding Adults Decision Aid');
    await expect(page.getByText('No signed records on this device.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No signed records on this device.')).toBeVisible();
    // Gone means gone: the journey it was made from (answers, audit trail, signing form) went with it.
    const left = await readDevice(page);
    expect(left[databaseName].records.keys).toEqual([]);
    expect(left[databaseName].exports.keys).toEqual([]);
    expect(left[databaseName].drafts.keys).not.toContain(draftId);
    const everything = JSON.stringify(left);
    for (const trace of ['REF-REC-6', signer.name, signer.agency, '"audit"'])
      expect(everything, `nothing stored holds ${trace}`).not.toContain(trace);
    await page.goto(`/#/record/${encodeURIComponent(recordId)}`);
    await expect(page.locator('h1')).toHaveText('This record is not on this device');
  });

  test('what is typed into the record form survives a reload before signing', async ({ page }) => {
    await completeCollusion(page, 'REF-REC-7');
    const draftId = draftIdOf(page);
    await waitForSaved(page);
    await page.getByLabel('Full name', { exact: true }).fill(signer.name);
    await page.getByLabel('Role', { exact: true }).fill(signer.role);
    await page.getByLabel('People involved in or consulted on the decision').fill('J. Okoro, team manager');
    // The form is saved 400 ms after the last keystroke.
    await page.waitForTimeout(600);
    await page.reload();
    expect(draftIdOf(page)).toBe(draftId);
    await expect(page.locator('h1')).toHaveText(ne.complete);
    await expect(page.getByLabel('Full name', { exact: true })).toHaveValue(signer.name);
    await expect(page.getByLabel('Role', { exact: true })).toHaveValue(signer.role);
    await expect(page.getByLabel('People involved in or consulted on the decision')).toHaveValue(
      'J. Okoro, team manager',
    );
    await expect(page.getByLabel('Agency', { exact: true })).toHaveValue('');
    await expect(page.getByRole('checkbox', { name: confirmLabel })).not.toBeChecked();

    // And the restored form signs.
    await page.getByLabel('Agency', { exact: true }).fill(signer.agency);
    await page.getByRole('checkbox', { name: confirmLabel }).check();
    await sign(page);
    await expect(rowValue(versionDocument(page, 1), 'Signed by')).toHaveText(signer.name);
  });

  test('the PDF code and its font are fetched while a record is open, before "Download as PDF" is pressed, and not before the record', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const pdfFiles = () =>
      fetched.filter((path) => /\/(pdf-[^/]*\.js|NotoSans_(400Regular|700Bold)-[^/]*\.ttf)$/.test(path));
    await completeCollusion(page, 'REF-PDF-2');
    await fillSigner(page);
    expect(pdfFiles()).toEqual([]);
    await sign(page);
    // Nothing is pressed: the record is only open.
    await expect
      .poll(() => pdfFiles().length, { message: 'the PDF code and both fonts are fetched' })
      .toBe(3);
    const pdf = await download(page, 'Download as PDF');
    expect(readFileSync(pdf.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf.path)).toContain('REF-PDF-2');
    // The press used what was fetched ahead.
    expect(pdfFiles()).toHaveLength(3);
  });

  test('the PDF is tagged, PDF/UA and PDF/A-3, carries the exact signed JSON, is made offline and is checked like the JSON', async ({
    page,
    context,
  }) => {
    const reflection = 'Relied on the son for updates; raise at supervision on Friday.';
    const choices: string[] = [...collusionNo];
    choices[0] = 'Yes';
    await completeCollusion(page, 'REF-PDF-1', { choices, reflection });
    await page
      .getByLabel('People involved in or consulted on the decision')
      .fill('J. Okoro, team manager, adult social care');
    await fillSigner(page);
    await sign(page);
    const json = await download(page, 'Download the signed record (JSON)');

    // Made with no signal: the PDF code and its font come from the service worker's cache.
    await waitForActivatedServiceWorker(page);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Decision record');
    const pdf = await download(page, 'Download as PDF');
    await context.setOffline(false);
    expect(pdf.download.suggestedFilename()).toBe('decision-record-REF-PDF-1-v1.pdf');

    const info = pdfTool('pdfinfo', [pdf.path]);
    expect(info.code).toBe(0);
    expect(info.out).toMatch(/^Tagged:\s+yes$/m);
    expect(info.out).toMatch(/^Title:\s+Decision record REF-PDF-1$/m);
    const meta = pdfTool('pdfinfo', ['-meta', pdf.path]).out;
    expect(meta).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const check = pdfTool('qpdf', ['--check', pdf.path]);
    expect(check.out).toContain('No syntax or stream encoding errors found');
    expect(check.code, check.out).toBe(0);

    // The signed JSON export inside, byte for byte.
    expect(pdfTool('pdfdetach', ['-list', pdf.path]).out).toBe(
      '1 embedded files\n1: decision-record-REF-PDF-1-v1.json\n',
    );
    const attached = join(dir, 'attached.json');
    expect(pdfTool('pdfdetach', ['-save', '1', '-o', attached, pdf.path]).code).toBe(0);
    expect(
      readFileSync(attached).equals(readFileSync(json.path)),
      'the attached file is the JSON export',
    ).toBe(true);

    // Read in the record's order: the answers and the decision, then who was involved, then the signature.
    const text = pdfText(pdf.path);
    expect(text).toContain('This PDF carries the signed record');
    expect(text).toContain('node scripts/verify-record.mjs decision-record-REF-PDF-1-v1.pdf');
    const order = [
      collusionQuestions[0],
      `${reflectionLabel} ${reflection}`,
      `Outcome: ${discussOutcome}`,
      'People involved in or consulted on the decision J. Okoro, team manager, adult social care',
      'Signature Signed by',
      `Signed by ${signer.name}`,
      'Signature value',
    ].map((part) => text.indexOf(part));
    expect(
      order.every((at) => at >= 0),
      'each part is in the PDF',
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // The PDF checked in the app and by the command-line verifier.
    const verified = await verifyInApp(page, pdf.path);
    await expect(verified.locator('h2')).toHaveText(verifiedHeading);
    await expect(rowValue(verified.locator('.summary-list'), 'Signed record checked')).toHaveText(
      'decision-record-REF-PDF-1-v1.json, attached to the PDF',
    );
    await expect(rowValue(verified.locator('.summary-list'), 'Case reference')).toHaveText('REF-PDF-1');
    await expectNoAxeViolations(page, 'Check a decision record: a verified PDF');
    const fromPdf = runVerifier(pdf.path);
    expect(fromPdf.code).toBe(0);
    expect(fromPdf.out).toBe(runVerifier(json.path).out);

    // One letter of the case reference changed in the attached record, the PDF otherwise intact.
    const plainPath = join(dir, 'uncompressed.pdf');
    expect(
      pdfTool('qpdf', ['--stream-data=uncompress', '--object-streams=disable', pdf.path, plainPath]).code,
    ).toBe(0);
    const plain = readFileSync(plainPath);
    const at = plain.indexOf('"caseReference": "REF-PDF-1"');
    expect(at).toBeGreaterThan(0);
    plain[at + '"caseReference": "REF-'.length] = 'Q'.charCodeAt(0);
    const alteredPath = join(dir, 'altered.pdf');
    writeFileSync(alteredPath, plain);
    expect(pdfTool('qpdf', ['--check', alteredPath]).code, 'still a sound PDF').toBe(0);
    const altered = await verifyInApp(page, alteredPath);
    await expect(altered.locator('h2')).toHaveText(alteredHeading);
    await expect(
      altered.getByText(
        'The signed record attached to the PDF (decision-record-REF-PDF-1-v1.json) was checked.',
      ),
    ).toBeVisible();
    await expect(altered.getByRole('listitem').first()).toContainText(
      'The signature does not match the record (version 1)',
    );
    const alteredRun = runVerifier(alteredPath);
    expect(alteredRun.code).toBe(1);
    expect(alteredRun.out).toMatch(/^ALTERED: version 1: the signature does not match/);

    // A PDF with no record in it: a page of the app printed to PDF by the browser.
    const printedPath = join(dir, 'printed.pdf');
    await page.pdf({ path: printedPath });
    const unreadable = await verifyInApp(page, printedPath);
    await expect(unreadable.locator('h2')).toHaveText(unreadableHeading);
    await expect(unreadable.locator('p')).toHaveText(
      'The PDF carries no signed record: no decision record (.json) is attached to it as its source.',
    );
    expect(runVerifier(printedPath)).toEqual({
      code: 2,
      out: 'UNREADABLE: the PDF carries no signed record: no decision record (.json) is attached to it as its source\n',
    });
  });
});

test.describe('Whose device signed it', () => {
  test('with a platform authenticator, signing asks for the passkey and the export verifies as confirmed with a passkey', async ({
    page,
  }) => {
    await openHome(page);
    const authenticator = await addPlatformAuthenticator(page);
    await completeCollusion(page, 'REF-TRUST-1');
    await fillSigner(page);
    await sign(page);
    // The passkey was made on the authenticator and used once, for this signing.
    const [credential] = await authenticator.credentials();
    expect(credential.signCount).toBeGreaterThanOrEqual(1);
    const version = versionDocument(page, 1);
    await expect(rowValue(version, 'How signing was confirmed')).toHaveText(
      /^Confirmed with a passkey \(passkey fingerprint [A-Za-z0-9_-]{43}\)$/,
    );
    const json = await download(page, 'Download the signed record (JSON)');
    const exported = JSON.parse(readFileSync(json.path, 'utf8'));
    expect(exported.versions[0]).toMatchObject({
      formatVersion: 2,
      passkey: { algorithm: -7, rpId: 'localhost' },
      passkeyAssertion: { signature: expect.any(String) },
    });

    const cli = runVerifier(json.path);
    expect(cli.code, cli.out).toBe(0);
    expect(cli.out).toContain(
      `; confirmed with a passkey (passkey fingerprint ${exported.versions[0].passkey.fingerprint})`,
    );
    const printed = pdfText((await download(page, 'Download as PDF')).path);
    expect(printed).toContain('Confirmed with a passkey');
    expect(printed).toContain(`Passkey fingerprint ${exported.versions[0].passkey.fingerprint}`);
    const verified = await verifyInApp(page, json.path);
    await expect(verified.locator('h2')).toHaveText(verifiedHeading);
    await expect(rowValue(verifiedVersion(verified, 1), 'How signing was confirmed')).toHaveText(
      `Confirmed with a passkey (passkey fingerprint ${exported.versions[0].passkey.fingerprint})`,
    );

    // The device screen shows both fingerprints and gives them as a register entry, which the check screen and the command take.
    await page.goto('/#/fingerprints');
    await expect(page.locator('h1')).toHaveText('This device’s fingerprints');
    await expect(rowValue(page.locator('.summary-list'), 'Device key fingerprint')).toHaveText(
      exported.versions[0].fingerprint,
    );
    await expect(rowValue(page.locator('.summary-list'), 'Passkey fingerprint')).toHaveText(
      exported.versions[0].passkey.fingerprint,
    );
    await expectNoAxeViolations(page, 'This device’s fingerprints');
    await page
      .getByLabel('Holder’s name, role and agency')
      .fill(`${signer.name}, ${signer.role}, ${signer.agency}`);
    const entry = await download(page, 'Download the register entry');
    expect(readFileSync(entry.path, 'utf8')).toContain(
      `${exported.versions[0].fingerprint}  ${signer.name}, ${signer.role}, ${signer.agency} (device key)`,
    );
    await page.goto('/#/verify');
    await page.getByLabel('Register of trusted devices (optional)').setInputFiles(entry.path);
    const trusted = await verifyInApp(page, json.path);
    await expect(trusted.locator('h2')).toHaveText(verifiedHeading);
    await expect(
      rowValue(verifiedVersion(trusted, 1), 'Signed by').locator('.summary-list__line'),
    ).toHaveText([
      `${signer.name}, ${signer.role}, ${signer.agency}`,
      `Device registered to ${signer.name}, ${signer.role}, ${signer.agency} (device key)`,
    ]);
    await expectNoAxeViolations(page, 'Check a decision record: verified against a register');
    const withRegister = execFileSync(
      process.execPath,
      [verifierScript, '--trusted', entry.path, json.path],
      { encoding: 'utf8' },
    );
    expect(withRegister).toContain(
      `[registered to ${signer.name}, ${signer.role}, ${signer.agency} (device key)]`,
    );
  });

  test('without an authenticator the record says device key only; an amendment on a second profile is signed on another device', async ({
    page,
    browser,
  }) => {
    await completeCollusion(page, 'REF-TRUST-2');
    await fillSigner(page);
    await sign(page);
    await expect(rowValue(versionDocument(page, 1), 'How signing was confirmed')).toHaveText(
      'Device key only (not confirmed with a passkey)',
    );
    const first = await download(page, 'Download the signed record (JSON)');
    const v1 = JSON.parse(readFileSync(first.path, 'utf8')).versions[0];
    expect(v1).toMatchObject({ passkey: null, passkeyAssertion: null });
    expect(runVerifier(first.path).out).toContain(`device fingerprint ${v1.fingerprint}; device key only`);

    // A second browser profile: its own storage, so its own device key.
    const other = await browser.newContext({
      acceptDownloads: true,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    try {
      const second = await other.newPage();
      await passThroughLock(second);
      const added = await verifyInApp(second, first.path);
      await expect(added.locator('h2')).toHaveText(verifiedHeading);
      await second.getByRole('button', { name: 'Add this record to this device' }).click();
      await expect(second.locator('h1')).toHaveText('Decision record');
      await second.getByRole('button', { name: 'Amend this record' }).click();
      await second.getByLabel('Reason for the amendment').fill('Added the safeguarding lead.');
      await second.getByLabel('Full name', { exact: true }).fill('Jo Okoro');
      await second.getByRole('checkbox', { name: confirmLabel }).check();
      await second.getByRole('button', { name: 'Sign the amendment' }).click();
      await expect(
        second.getByRole('status').filter({ hasText: 'The amendment has been signed as a new version.' }),
      ).toBeVisible();
      await expect(
        second.getByText(/Version 2 was signed on a different device from version 1/),
      ).toBeVisible();
      const amended = await download(second, 'Download the signed record (JSON)');
      const v2 = JSON.parse(readFileSync(amended.path, 'utf8')).versions[1];
      expect(v2.fingerprint).not.toBe(v1.fingerprint);

      const detail = `Version 2 was signed on a different device from version 1: device fingerprint ${v2.fingerprint}, not ${v1.fingerprint}.`;
      const cli = runVerifier(amended.path);
      expect(cli.code, cli.out).toBe(3);
      expect(cli.out.split('\n')[0]).toBe(`NOT TRUSTED: ${detail}`);
      const checked = await verifyInApp(page, amended.path);
      await expect(checked.locator('h2')).toHaveText(
        'Not trusted: the signatures are intact, but not every version was signed on a trusted device',
      );
      await expect(checked.getByText(detail)).toBeVisible();
      await expect(rowValue(verifiedVersion(checked, 1), 'Device fingerprint')).toHaveText(v1.fingerprint);
      await expect(rowValue(verifiedVersion(checked, 2), 'Device fingerprint')).toHaveText(v2.fingerprint);
      await expectNoAxeViolations(page, 'Check a decision record: not trusted');
    } finally {
      await other.close();
    }
  });
});
