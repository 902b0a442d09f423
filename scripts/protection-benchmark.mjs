// Measures, in Debian's Chromium, what protection costs a worker: the time to unlock with a passphrase
// (PBKDF2-SHA-256 at 600,000 iterations, then unwrapping the data key), at full speed and with the CPU
// slowed 4×, and the time encryption adds to saving an answer (decrypting the stored draft and sealing
// the changed one, at a draft's size late in a journey). Prints figures; asserts nothing.
//   node scripts/protection-benchmark.mjs
import { chromium } from '@playwright/test';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
const page = await browser.newPage();
// Web Crypto needs a secure context: an empty page answered in place for http://localhost (nothing is served).
await page.route('http://localhost/benchmark', (route) =>
  route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>benchmark</title>' }),
);
await page.goto('http://localhost/benchmark');

const unlockMs = () =>
  page.evaluate(async () => {
    const encoder = new TextEncoder();
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const derive = async (passphrase) =>
      crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
        await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']),
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'unwrapKey'],
      );
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const additionalData = encoder.encode('passphrase');
    const wrapped = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData },
      await derive('kettle orchard lantern'),
      crypto.getRandomValues(new Uint8Array(32)),
    );
    const start = performance.now();
    const key = await derive('kettle orchard lantern');
    await crypto.subtle.unwrapKey(
      'raw',
      wrapped,
      key,
      { name: 'AES-GCM', iv, additionalData },
      { name: 'AES-GCM' },
      false,
      ['encrypt', 'decrypt'],
    );
    return performance.now() - start;
  });

const perAnswer = () =>
  page.evaluate(async () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    // A draft late in a long journey: 40 answers, free text, and an audit trail of 80 events.
    const draft = {
      journeyVersion: 1,
      editions: [{ doc: 'thresholds', title: 'Thresholds guidance', date: '2024-01-01' }],
      caseReference: 'SAF-2026-0412',
      snapshot: {
        value: 'step40',
        context: {
          answers: Object.fromEntries(
            Array.from({ length: 40 }, (_, i) => [
              `step${i}`,
              {
                kind: 'text',
                text: 'Door not answered on 3 visits; GP says prescriptions not collected since May. '.repeat(
                  2,
                ),
              },
            ]),
          ),
          path: Array.from({ length: 40 }, (_, i) => `step${i}`),
        },
      },
      pending: {},
      audit: {
        events: Array.from({ length: 80 }, (_, i) => ({
          type: 'answer',
          step: `step${i % 40}`,
          wallClock: '2026-11-30T10:00:00.000+00:00',
          elapsedMs: i * 1000,
          hash: 'x'.repeat(43),
        })),
      },
    };
    const additionalData = encoder.encode(JSON.stringify(['drafts', 'draft-id']));
    const seal = async (value) => {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      return {
        iv,
        data: await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData },
          key,
          encoder.encode(JSON.stringify(value)),
        ),
      };
    };
    let stored = await seal(draft);
    const times = [];
    for (let run = 0; run < 500; run += 1) {
      const start = performance.now();
      const opened = JSON.parse(
        decoder.decode(
          await crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.iv, additionalData }, key, stored.data),
        ),
      );
      opened.pending = { step40: { kind: 'text', text: `typed ${run}` } };
      stored = await seal(opened);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { bytes: stored.data.byteLength, median: times[250], p95: times[475] };
  });

const round = (ms) => `${ms.toFixed(1)} ms`;
const unlocks = [];
for (let run = 0; run < 3; run += 1) unlocks.push(await unlockMs());
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const slowUnlocks = [];
for (let run = 0; run < 3; run += 1) slowUnlocks.push(await unlockMs());
const slowAnswer = await perAnswer();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
const answer = await perAnswer();
await browser.close();

console.log(
  `Unlock with a passphrase (PBKDF2-SHA-256, 600,000 iterations): ${unlocks.map(round).join(', ')}`,
);
console.log(`  at 4× CPU slowdown: ${slowUnlocks.map(round).join(', ')}`);
console.log(
  `Encryption added to saving an answer (${answer.bytes} bytes sealed): median ${round(answer.median)}, 95th percentile ${round(answer.p95)}`,
);
console.log(
  `  at 4× CPU slowdown: median ${round(slowAnswer.median)}, 95th percentile ${round(slowAnswer.p95)}`,
);
