// npm run bench: builds the app, serves it, and measures what a worker on a cheap phone feels, each
// figure the median of five runs and, where there is one, set against a baseline from the same run.
// Prints a Markdown table; `--write` also saves it, with the machine it ran on, as docs/benchmarks.md.
// A benchmark, not a test: nothing here passes or fails.
//   npm run bench [-- --write] [-- --no-build]
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage } from './app.mjs';
import { caseloadRun } from './caseload.mjs';
import { journeyRun, staticStepsRun } from './journeys.mjs';
import { lighthouseRun, staticCopyOfFirstScreen } from './lighthouse.mjs';
import { encryptionPerAnswer } from './protection.mjs';
import { pdfAfterReadingRun, pdfRun } from './records.mjs';
import { lockedScreenRun } from './returning.mjs';
import { serve } from './server.mjs';
import { acrossRuns, median, ms, ratio } from './stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = new Set(process.argv.slice(2));
const port = Number(process.env.BENCH_PORT ?? 4280);
const baseUrl = `http://localhost:${port}/`;
// Five, not three: on a two-core machine, the same build's figures have differed by half from one run to the next.
const runs = 5;
const caseloadSize = 1000;
const slowdown = 4;
/** How long a worker reads a record before pressing "Download as PDF", in the PDF figure that waits. */
const readMs = 5000;

const say = (message) => process.stderr.write(`${message}\n`);
const sh = (command, commandArgs) =>
  execFileSync(command, commandArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

if (!args.has('--no-build')) {
  say('Building…');
  sh('npm', ['run', 'build', '--silent']);
}
const loadAtStart = loadavg()[0];
const extraPages = new Map();
const server = await serve(`${root}dist`, port, extraPages);
// Another origin of the same site, for a page the app's service worker must not answer (returning.mjs).
const otherOrigin = await serve(`${root}dist`, port + 1, extraPages);
const otherOriginUrl = `http://localhost:${port + 1}/`;
const browser = await launchBrowser();
const figures = {};

try {
  say('Lighthouse: the first screen, against a static copy of it…');
  const firstScreen = await staticCopyOfFirstScreen(baseUrl);
  extraPages.set('/static-first-screen.html', firstScreen.html);
  const app = [];
  const plain = [];
  for (let run = 0; run < runs; run += 1) {
    app.push(await lighthouseRun(baseUrl));
    plain.push(await lighthouseRun(`${baseUrl}static-first-screen.html`));
  }
  figures.lighthouse = { firstScreen: firstScreen.heading, app, plain };

  say(`A returning device's first screen at ${slowdown}× CPU, against a static copy of it…`);
  figures.lockedScreen = [];
  for (let run = 0; run < runs; run += 1)
    figures.lockedScreen.push(
      await lockedScreenRun(browser, baseUrl, {
        staticBaseUrl: otherOriginUrl,
        extraPages,
        rate: slowdown,
      }),
    );

  say(`Step and save times at ${slowdown}× CPU, and the same screens as static HTML…`);
  figures.journeys = [];
  figures.staticSteps = [];
  for (let run = 0; run < runs; run += 1) {
    const walk = await journeyRun(browser, baseUrl, { rate: slowdown });
    figures.journeys.push(walk);
    figures.staticSteps.push(await staticStepsRun(browser, baseUrl, walk.shown, { rate: slowdown }));
  }

  say(`PDF export at ${slowdown}× CPU…`);
  figures.pdf = [];
  for (let run = 0; run < runs; run += 1)
    figures.pdf.push(await pdfRun(browser, baseUrl, { rate: slowdown }));
  figures.pdfAfterReading = [];
  for (let run = 0; run < runs; run += 1)
    figures.pdfAfterReading.push(await pdfAfterReadingRun(browser, baseUrl, { rate: slowdown, readMs }));

  say(`The home screen with ${caseloadSize} drafts and ${caseloadSize} records, and unlocking…`);
  const signedVersion = figures.pdf[0].json.versions[0];
  // A device of each kind per run, alternated, so both meet the same conditions on a shared machine.
  figures.emptyHome = [];
  figures.fullHome = [];
  for (let run = 0; run < runs; run += 1) {
    figures.emptyHome.push(await caseloadRun(browser, baseUrl, { count: 0, signedVersion, rate: slowdown }));
    figures.fullHome.push(
      await caseloadRun(browser, baseUrl, { count: caseloadSize, signedVersion, rate: slowdown }),
    );
  }
  figures.emptyHomeFullSpeed = await caseloadRun(browser, baseUrl, { count: 0, signedVersion, rate: 1 });

  say('Encryption per saved answer…');
  const { page, throttle, close } = await newPage(browser);
  await page.goto(baseUrl);
  figures.encryption = await encryptionPerAnswer(page);
  await throttle(slowdown);
  figures.encryptionSlow = await encryptionPerAnswer(page);
  await close();

  say('Sizes…');
  figures.size = sh('npm', ['run', 'size', '--silent']).trimEnd();
  figures.chromium = browser.version();
} finally {
  await browser.close();
  await server.close();
  await otherOrigin.close();
}

const lh = figures.lighthouse;
const each = (list, pick) => list.map(pick);
/** A figure across runs, set against the same figure of its baseline from the same runs. */
const againstBaseline = (what, measured, baseline, baselineIs, goal) => [
  what,
  acrossRuns(measured),
  `${acrossRuns(baseline)} ${baselineIs}`,
  ratio(median(measured) / median(baseline)),
  goal,
];
const j = figures.journeys;
const stepP95 = median(each(j, (run) => run.stepP95));
const plainSteps = figures.staticSteps;
/** A step figure, with the same figure for the same screens as static HTML as its baseline. */
const stepRow = (what, pick, goal) =>
  againstBaseline(what, each(j, pick), each(plainSteps, pick), 'same screens, static HTML', goal);
const bareP95 = median(each(j, (run) => run.bareP95));
const saveP95 = median(each(j, (run) => run.saveP95));
/** A figure of the device with the caseload, against the same figure of the empty device. */
const homeRow = (what, pick, goal) =>
  againstBaseline(what, each(figures.fullHome, pick), each(figures.emptyHome, pick), 'empty device', goal);

const rows = [
  ['what', 'this build', 'baseline (same run)', 'ratio', 'goal'],
  againstBaseline(
    `First screen LCP, Lighthouse mobile ("${lh.firstScreen}")`,
    each(lh.app, (run) => run.lcp),
    each(lh.plain, (run) => run.lcp),
    'static copy, no script',
    '≤ 1.1×',
  ),
  [
    'First screen FCP / CLS / total bytes',
    `${ms(median(each(lh.app, (run) => run.fcp)))} / ${median(each(lh.app, (run) => run.cls)).toFixed(3)} / ${(median(each(lh.app, (run) => run.bytes)) / 1024).toFixed(1)} kB`,
    `${ms(median(each(lh.plain, (run) => run.fcp)))} / ${median(each(lh.plain, (run) => run.cls)).toFixed(3)} / ${(median(each(lh.plain, (run) => run.bytes)) / 1024).toFixed(1)} kB`,
    '',
    'CLS 0',
  ],
  againstBaseline(
    `Returning device's first screen ("The app is locked") LCP at ${slowdown}×, answered by the service worker`,
    each(figures.lockedScreen, (run) => run.appLcp),
    each(figures.lockedScreen, (run) => run.plainLcp),
    'static copy, no script',
    '≤ 1.1×',
  ),
  stepRow(`Step to next step at ${slowdown}×: median`, (run) => run.stepMedian, ''),
  stepRow(`Step to next step at ${slowdown}×: p95`, (run) => run.stepP95, '≤ 50 ms'),
  stepRow(
    `Case reference to the first question at ${slowdown}× (slowest of the two journeys)`,
    (run) => run.firstStepMax,
    '≤ 50 ms',
  ),
  [
    `Answer to "Saved" shown at ${slowdown}×: p95`,
    acrossRuns(each(j, (run) => run.saveP95)),
    `${ms(stepP95)} next-step p95 + ${ms(bareP95)} bare strict put p95`,
    ratio(saveP95 / (stepP95 + bareP95)),
    '≤ 2×',
  ],
  homeRow(
    `Home with ${caseloadSize.toLocaleString('en-GB')} drafts and ${caseloadSize.toLocaleString('en-GB')} records at ${slowdown}×, opened from another screen`,
    (run) => run.openHome,
    '≤ 1.25×',
  ),
  homeRow(
    `Unlock with the passphrase until home has settled, ${caseloadSize.toLocaleString('en-GB')} + ${caseloadSize.toLocaleString('en-GB')} at ${slowdown}×`,
    (run) => run.unlockToHome,
    '',
  ),
  [
    'Unlock with the passphrase until home has settled, empty device, full speed',
    ms(figures.emptyHomeFullSpeed.unlockToHome),
    '',
    '',
    '',
  ],
  [
    `Encryption per saved answer (${figures.encryption.bytes.toLocaleString('en-GB')}-byte draft): median / p95`,
    `${figures.encryption.median.toFixed(1)} / ${figures.encryption.p95.toFixed(1)} ms; at ${slowdown}× ${figures.encryptionSlow.median.toFixed(1)} / ${figures.encryptionSlow.p95.toFixed(1)} ms`,
    '',
    '',
    '',
  ],
  [
    `PDF export at ${slowdown}×, first press straight after the JSON download`,
    acrossRuns(each(figures.pdf, (run) => run.firstPress)),
    '',
    '',
    '≤ 500 ms',
  ],
  [
    `PDF export at ${slowdown}×, first press after ${readMs / 1000} s on the record`,
    acrossRuns(figures.pdfAfterReading),
    '',
    '',
    '≤ 500 ms',
  ],
  [
    `PDF export at ${slowdown}×, later presses`,
    acrossRuns(figures.pdf.flatMap((run) => run.laterPresses)),
    '',
    '',
    '≤ 500 ms',
  ],
];

const table = rows
  .map((row, index) => `| ${row.join(' | ')} |${index === 0 ? `\n|${row.map(() => ' --- |').join('')}` : ''}`)
  .join('\n');
const commit = sh('git', ['rev-parse', '--short', 'HEAD']).trim();
const machine = [
  `- Commit ${commit}, ${new Date().toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' })}`,
  `- ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
  `- Node ${process.version}; Chromium ${figures.chromium} (Debian, /usr/bin/chromium); Lighthouse ${lh.app[0].lighthouseVersion}, mobile settings, simulated throttling`,
  `- Served by scripts/bench/server.mjs (gzip, the production build); CPU slowdown through CDP Emulation.setCPUThrottlingRate`,
];
const walked = Object.entries(j[0].walked)
  .map(([title, screens]) => `- ${title}: ${screens.length} steps, to "${screens.at(-1)}"`)
  .join('\n');
const report = `${table}

Figures are medians of ${runs} runs, with the range across runs in brackets.

**Machine**

${machine.join('\n')}

**What each figure is**

- First screen: what a new device shows first (setting up protection; a returning device shows the
  locked screen). The baseline is the same screen as the app rendered it, saved as HTML with every script
  removed and the stylesheets kept, served by the same server in the same run.
- Returning device's first screen: a device with protection set up, opened again with no other window
  of the app open, so its service worker answers with the page's frame and the opening of the locked
  screen, and the app adds the ways to unlock. Its largest contentful paint as Chromium observed it at
  ${slowdown}× CPU (not Lighthouse, which starts from an empty profile), against the same screen saved as
  HTML with no script, served at another port of the same host, where the service worker does not answer
  it. Each run is one device whose tab opens the app and the static copy in turn, three times each, after
  opening the copy once untimed; the medians of each.
- Step and save: each run sets up protection on a fresh profile, then walks both journeys from the case
  reference to check answers, answering each screen with its first option (checklists: the last box;
  text: one sentence), at ${slowdown}× CPU. A step is timed from pressing Continue to the next
  heading painted; a save from the press to "Saved on this device" after a "Saving…". The bare put is
  a copy of the newest draft exactly as stored (sealed), put in a database of its own with strict
  durability, after each step.
${walked}
- Steps as static HTML (the steps' baseline): after each run, a fresh page with the app's stylesheets
  and none of its code is shown the very screens the run showed, in the same order (home and the case
  reference before each journey, not timed), each put in the page's main and timed as a step is, at
  ${slowdown}× CPU: what the browser alone takes to style, lay out and paint each screen the first time.
- Home at a caseload: ${caseloadSize.toLocaleString('en-GB')} drafts and ${caseloadSize.toLocaleString('en-GB')} records written as the version before protection stored them, sealed in place when protection is set up (records are copies of a real signed record under new ids; the home screen does not check signatures). Timed from opening the home screen until both lists are shown and painted: the paint of its last change, once nothing has changed for half a second; settled, it showed ${figures.fullHome[0].shown.rows} table rows with the caseload ("${figures.fullHome[0].shown.heading}"), ${figures.emptyHome[0].shown.rows} on the empty device. Each device opens home three times and unlocks three times, and gives the median of each; a run is one empty device and one with the caseload, one after the other, and the table gives the median of the runs with their range.
- PDF: a record signed from the collusion self-check, exported as PDF at ${slowdown}×, timed from the press to the download. While a record is open the app loads the PDF code and font and makes the record's PDF once ahead, each step when the page is idle. The first press straight after the JSON download comes while that is still under way; the press after ${readMs / 1000} s on the record (at ${slowdown}× from the moment it is shown) is a worker who reads the record first. Later presses follow the first.

**Sizes** (\`npm run size\`)

\`\`\`
${figures.size}
\`\`\`
`;

process.stdout.write(`${report}\n`);
if (args.has('--write')) {
  await writeFile(
    `${root}docs/benchmarks.md`,
    `# Benchmarks\n\n\`npm run bench -- --write\` measured this build and wrote this page; run it again when a change moves a figure.\n\n${report}`,
  );
  say('Written to docs/benchmarks.md');
}
