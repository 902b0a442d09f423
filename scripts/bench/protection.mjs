// What encryption adds to saving an answer: decrypting the stored draft and sealing the changed one
// (AES-GCM with a fresh IV, bound to its store and key, as the app seals), at a draft's size late in a
// long journey, in Web Crypto in the page. 500 saves; median and p95.

export const encryptionPerAnswer = (page) =>
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
