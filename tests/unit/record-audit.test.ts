// The audit trail: a hash chain of every answer given or changed, in which a removed, added, reordered
// or edited event is found at its index, and whose times come from a monotonic clock so that turning
// the device clock back cannot reorder events (and is flagged).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../machines/journey';
import {
  appendAuditEvent,
  AUDIT_GENESIS,
  clockWarnings,
  CLOCK_TOLERANCE_MS,
  hashAuditEvent,
  startAuditTrail,
  verifyAuditChain,
  type AuditEvent,
  type AuditEventType,
  type AuditTrail,
} from '../../src/record/audit';
import { RecordValueError } from '../../src/record/canonical';
import { isoWithOffset, parseIsoTime } from '../../src/record/time';

const start = Date.UTC(2026, 10, 22, 10, 0, 0);

interface Tick {
  type: AuditEventType;
  step: string;
  answer?: Answer;
  /** How far the monotonic clock moved since the last event. */
  monoDelta: number;
  /** How far the device clock moved since the last event (negative: turned back). */
  wallDelta: number;
  /** The app was reopened before this event. */
  newSession: boolean;
}

const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ kind: fc.constant('choice' as const), choice: fc.constantFrom('yes', 'no', 'notSure') }),
  fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({
    kind: fc.constant('choices' as const),
    choices: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  }),
);

const tickArb: fc.Arbitrary<Tick> = fc.record(
  {
    type: fc.constantFrom<AuditEventType>('answer', 'change', 'back', 'continue'),
    step: fc.constantFrom('abuseTypes', 'factors', 'crime', 'decision', 'reasons'),
    answer: answerArb,
    monoDelta: fc.double({ min: 0, max: 600_000, noNaN: true }),
    wallDelta: fc.oneof(
      fc.integer({ min: 0, max: 600_000 }),
      fc.integer({ min: -86_400_000, max: 86_400_000 }),
    ),
    newSession: fc.boolean(),
  },
  { requiredKeys: ['type', 'step', 'monoDelta', 'wallDelta', 'newSession'] },
);

/** Replays ticks into a trail the way the app would: one session per page load, performance.now() per event. */
async function buildTrail(ticks: Tick[], id = 'trail-1', offsetMinutes = 0): Promise<AuditTrail> {
  let trail = startAuditTrail(id);
  let wall = start;
  let mono = 1000;
  let session = 0;
  for (const [index, tick] of ticks.entries()) {
    if (index > 0) {
      wall += tick.wallDelta;
      if (tick.newSession) {
        session++;
        mono = tick.monoDelta; // performance.now() restarts with the page
      } else {
        mono += tick.monoDelta;
      }
    }
    trail = await appendAuditEvent(trail, {
      type: tick.type,
      step: tick.step,
      ...(tick.answer ? { answer: tick.answer } : {}),
      wallClock: isoWithOffset(wall, offsetMinutes),
      elapsedMs: mono,
      session: `load-${session}`,
    });
  }
  return trail;
}

const ticksArb = (min = 1) => fc.array(tickArb, { minLength: min, maxLength: 12 });
const expectation = (trail: AuditTrail) => ({
  trailId: trail.id,
  length: trail.events.length,
  head: trail.head,
});
const clone = (events: readonly AuditEvent[]) => structuredClone([...events]) as AuditEvent[];

describe('the hash chain', () => {
  it('verifies a trail as it was made, with the last hash as its head', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tickArb, { maxLength: 12 }), async (ticks) => {
        const trail = await buildTrail(ticks);
        const result = await verifyAuditChain(trail.events, expectation(trail));
        expect(result).toEqual({ ok: true, head: trail.head });
        expect(trail.events[0]?.prev ?? AUDIT_GENESIS).toBe(AUDIT_GENESIS);
        trail.events.forEach((event, index) => expect(event.seq).toBe(index));
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('finds a deleted event at its index', async () => {
    await fc.assert(
      fc.asyncProperty(ticksArb(), fc.nat(), async (ticks, pick) => {
        const trail = await buildTrail(ticks);
        const index = pick % trail.events.length;
        const events = clone(trail.events);
        events.splice(index, 1);
        const result = await verifyAuditChain(events, expectation(trail));
        expect(result).toMatchObject({ ok: false, index });
        // Only the last event's removal leaves the chain itself intact; the head and count give it away.
        expect(result.ok === false && result.what).toBe(
          index === trail.events.length - 1 ? 'chainHead' : 'chain',
        );
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('finds an inserted event at its index, whether from another trail or copied from this one', async () => {
    await fc.assert(
      fc.asyncProperty(
        ticksArb(),
        ticksArb(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        async (ticks, otherTicks, at, from, foreign) => {
          const trail = await buildTrail(ticks);
          const other = await buildTrail(otherTicks, 'trail-2');
          const index = at % (trail.events.length + 1);
          let inserted: AuditEvent;
          if (foreign) {
            inserted = other.events[from % other.events.length];
          } else {
            // A copy of an event placed anywhere but just before itself (where it would be indistinguishable
            // from the original, which is then the one out of place, one further on).
            const candidates = trail.events.filter((_, source) => source !== index);
            if (candidates.length === 0) return;
            inserted = candidates[from % candidates.length];
          }
          const events = clone(trail.events);
          events.splice(index, 0, structuredClone(inserted));
          const result = await verifyAuditChain(events, expectation(trail));
          expect(result).toMatchObject({ ok: false, index });
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('finds reordered events at the first position that changed', async () => {
    await fc.assert(
      fc.asyncProperty(ticksArb(2), fc.nat(), fc.nat(), async (ticks, a, b) => {
        const trail = await buildTrail(ticks);
        const n = trail.events.length;
        const i = a % n;
        const j = b % n;
        fc.pre(i !== j);
        const events = clone(trail.events);
        [events[i], events[j]] = [events[j], events[i]];
        const result = await verifyAuditChain(events, expectation(trail));
        expect(result).toMatchObject({ ok: false, what: 'chain', index: Math.min(i, j) });
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('finds an edited event at its index, and a re-hashed edit at the next event or the head', async () => {
    const edits: ((event: AuditEvent) => void)[] = [
      (event) => (event.step = `${event.step}-edited`),
      (event) => (event.answer = { kind: 'text', text: 'something else' }),
      (event) => (event.at = isoWithOffset(parseIsoTime(event.at)!.ms - 60_000, 0, { milliseconds: true })),
      (event) => (event.wallClock = '2020-01-01T00:00:00+00:00'),
      (event) => (event.type = event.type === 'change' ? 'answer' : 'change'),
      (event) => (event.elapsedMs += 1),
    ];
    await fc.assert(
      fc.asyncProperty(ticksArb(), fc.nat(), fc.constantFrom(...edits.keys()), async (ticks, pick, edit) => {
        const trail = await buildTrail(ticks);
        const n = trail.events.length;
        const index = pick % n;
        const events = clone(trail.events);
        edits[edit](events[index]);
        expect(await verifyAuditChain(events, expectation(trail))).toMatchObject({
          ok: false,
          what: 'chain',
          index,
        });
        // Someone who also recomputes the edited event's hash breaks the link to it instead.
        events[index].hash = await hashAuditEvent(events[index]);
        const rehashed = await verifyAuditChain(events, expectation(trail));
        const expected =
          index === n - 1
            ? { ok: false, what: 'chainHead', index }
            : { ok: false, what: 'chain', index: index + 1 };
        // An event moved earlier than the one before it is caught at its own index.
        const timedBefore =
          index > 0 && parseIsoTime(events[index].at)!.ms < parseIsoTime(events[index - 1].at)!.ms;
        expect(rehashed).toMatchObject(timedBefore ? { ok: false, what: 'chain', index } : expected);
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('finds an event added at the end, and a chain that does not end at the signed head', async () => {
    const trail = await buildTrail([
      { type: 'answer', step: 'a', monoDelta: 0, wallDelta: 0, newSession: false },
    ]);
    const longer = await appendAuditEvent(trail, {
      type: 'answer',
      step: 'b',
      wallClock: isoWithOffset(start, 0),
      elapsedMs: 5000,
      session: 'load-0',
    });
    expect(await verifyAuditChain(longer.events, expectation(trail))).toMatchObject({
      ok: false,
      what: 'chainHead',
      index: 1,
    });
    expect(
      await verifyAuditChain(trail.events, { ...expectation(trail), head: AUDIT_GENESIS }),
    ).toMatchObject({ ok: false, what: 'chainHead', index: 0 });
    expect(await verifyAuditChain([], { length: 0, head: AUDIT_GENESIS })).toEqual({
      ok: true,
      head: AUDIT_GENESIS,
    });
  });

  it('never throws on events that are not events', async () => {
    for (const events of [null, 'x', [null], [1], [{}], [{ seq: 0 }]]) {
      const result = await verifyAuditChain(events);
      expect(result).toMatchObject({ ok: false, what: 'chain', index: 0 });
    }
  });
});

describe('audit times', () => {
  it('never go backwards, whatever the device clock does, and each is the first time plus elapsedMs', async () => {
    await fc.assert(
      fc.asyncProperty(ticksArb(), async (ticks) => {
        const trail = await buildTrail(ticks, 'trail-1', 60);
        const first = parseIsoTime(trail.events[0].at)!.ms;
        let previous = -Infinity;
        for (const event of trail.events) {
          const at = parseIsoTime(event.at)!;
          expect(at.ms).toBeGreaterThanOrEqual(previous);
          expect(at.ms).toBe(first + event.elapsedMs);
          expect(at.offsetMinutes).toBe(60);
          previous = at.ms;
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('follow the monotonic clock within a session, not the device clock', async () => {
    const trail = await buildTrail([
      { type: 'answer', step: 'a', monoDelta: 0, wallDelta: 0, newSession: false },
      { type: 'answer', step: 'b', monoDelta: 30_000, wallDelta: 90_000, newSession: false },
    ]);
    expect(trail.events[1].at).toBe('2026-11-22T10:00:30.000+00:00');
    expect(trail.events[1].elapsedMs).toBe(30_000);
    expect(trail.events[1].timing).toBe('monotonic');
    expect(clockWarnings(trail.events)).toEqual([]);
  });

  it('flag an event at which the device clock was turned back, and keep the order', async () => {
    const trail = await buildTrail([
      { type: 'answer', step: 'a', monoDelta: 0, wallDelta: 0, newSession: false },
      { type: 'answer', step: 'b', monoDelta: 60_000, wallDelta: 60_000, newSession: false },
      { type: 'change', step: 'a', monoDelta: 60_000, wallDelta: -3_600_000, newSession: false },
      { type: 'answer', step: 'c', monoDelta: 1_000, wallDelta: 1_000, newSession: true },
    ]);
    const times = trail.events.map((event) => event.at);
    expect(times).toEqual([
      '2026-11-22T10:00:00.000+00:00',
      '2026-11-22T10:01:00.000+00:00',
      '2026-11-22T10:02:00.000+00:00',
      // Reopened with the clock still an hour behind: the app carries on from its last time.
      '2026-11-22T10:02:00.000+00:00',
    ]);
    expect(trail.events[3].timing).toBe('resumed');
    const warnings = clockWarnings(trail.events);
    expect(warnings.map((warning) => warning.index)).toEqual([2, 3]);
    expect(warnings[0].detail).toMatch(
      /device clock read 2026-11-22T09:01:00\+00:00, about 61 minutes behind .* turned back/,
    );
  });

  it('flag exactly the events whose device clock reads more than the tolerance behind the derived time', async () => {
    await fc.assert(
      fc.asyncProperty(ticksArb(), async (ticks) => {
        const trail = await buildTrail(ticks);
        const flagged = clockWarnings(trail.events).map((warning) => warning.index);
        const expected = trail.events.flatMap((event, index) =>
          parseIsoTime(event.wallClock)!.ms < parseIsoTime(event.at)!.ms - CLOCK_TOLERANCE_MS ? [index] : [],
        );
        expect(flagged).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('do not flag a small difference, and take the device clock when it is well ahead (a phone that slept)', async () => {
    const trail = await buildTrail([
      { type: 'answer', step: 'a', monoDelta: 0, wallDelta: 0, newSession: false },
      { type: 'answer', step: 'b', monoDelta: 60_000, wallDelta: 60_000 - 90_000, newSession: false },
      { type: 'answer', step: 'c', monoDelta: 1_000, wallDelta: 40 * 60_000, newSession: false },
      { type: 'answer', step: 'd', monoDelta: 1_000, wallDelta: 1_000, newSession: false },
    ]);
    expect(clockWarnings(trail.events)).toEqual([]);
    expect(trail.events.map((event) => event.timing)).toEqual([
      'first',
      'monotonic',
      'wallClockAhead',
      'monotonic',
    ]);
    expect(trail.events[2].at).toBe(isoWithOffset(start - 30_000 + 40 * 60_000, 0, { milliseconds: true }));
  });

  it('treat a monotonic reading lower than the last as a new session when no session is given', async () => {
    let trail = startAuditTrail('t');
    trail = await appendAuditEvent(trail, {
      type: 'answer',
      step: 'a',
      wallClock: '2026-11-22T10:00:00+00:00',
      elapsedMs: 50_000,
    });
    trail = await appendAuditEvent(trail, {
      type: 'answer',
      step: 'b',
      wallClock: '2026-11-22T11:00:00+00:00',
      elapsedMs: 200,
    });
    expect(trail.events[1]).toMatchObject({
      timing: 'resumed',
      at: '2026-11-22T11:00:00.000+00:00',
      elapsedMs: 3_600_000,
    });
  });
});

describe('appending', () => {
  it('returns a new trail and leaves the old one as it was', async () => {
    const empty = startAuditTrail('t');
    const one = await appendAuditEvent(empty, {
      type: 'start',
      step: 'abuseTypes',
      wallClock: '2026-11-22T10:00:00Z',
      elapsedMs: 10,
    });
    expect(empty.events).toEqual([]);
    expect(empty.head).toBe(AUDIT_GENESIS);
    const two = await appendAuditEvent(one, {
      type: 'answer',
      step: 'abuseTypes',
      answer: { kind: 'choices', choices: ['physical'] },
      wallClock: '2026-11-22T10:00:05Z',
      elapsedMs: 5010,
    });
    expect(one.events).toHaveLength(1);
    expect(two.events).toHaveLength(2);
    expect(two.events[1].prev).toBe(one.head);
    expect(two.events[0]).toBe(one.events[0]);
  });

  it('copies the answer, so changing it later does not change the trail', async () => {
    const answer: Answer = { kind: 'text', text: 'first' };
    const trail = await appendAuditEvent(startAuditTrail('t'), {
      type: 'answer',
      step: 's',
      answer,
      wallClock: '2026-11-22T10:00:00Z',
      elapsedMs: 1,
    });
    (answer as { text: string }).text = 'second';
    expect(trail.events[0].answer).toEqual({ kind: 'text', text: 'first' });
    expect(await verifyAuditChain(trail.events, { head: trail.head })).toMatchObject({ ok: true });
  });

  it('refuses a bad time, a bad clock reading and an answer JSON cannot hold', async () => {
    const trail = startAuditTrail('t');
    const base = { type: 'answer' as const, step: 's', wallClock: '2026-11-22T10:00:00Z', elapsedMs: 1 };
    await expect(appendAuditEvent(trail, { ...base, wallClock: '22/11/2026 10:00' })).rejects.toThrow(
      /ISO 8601/,
    );
    await expect(appendAuditEvent(trail, { ...base, wallClock: '2026-02-30T10:00:00Z' })).rejects.toThrow(
      /ISO 8601/,
    );
    await expect(appendAuditEvent(trail, { ...base, elapsedMs: NaN })).rejects.toThrow(/monotonic/);
    await expect(
      appendAuditEvent(trail, { ...base, answer: { kind: 'text', text: 'a\uD800' } }),
    ).rejects.toThrow(RecordValueError);
  });
});
