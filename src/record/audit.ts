// The audit trail of a journey: every answer given or changed, and every step back, as an event with its
// time. Events are hash-chained: each holds the SHA-256 of the previous event's canonical form, the first
// holds a fixed genesis value, and the signed record holds the last hash (the chain head) and the count,
// so a removed, added, reordered or edited event is found, and where.
//
// Times: the first event takes the device clock. Later events in the same page session add the
// monotonic clock's elapsed time (performance.now()) to it, so turning the device clock back cannot
// reorder events. If the device clock reads more than CLOCK_TOLERANCE_MS behind the derived time, the
// clock was turned back and clockWarnings() reports the event. If it reads further ahead than that
// (a phone that slept, which pauses performance.now() on some devices, or a clock turned forward), the
// event takes the device clock, marked timing 'wallClockAhead'; times still never go backwards. A new
// session (the app reopened) starts from the device clock again, or from the last event's time if the
// clock is now behind it.
import type { Answer } from '../../machines/journey';
import { canonicalBytes } from './canonical';
import { sha256Base64url } from './encoding';
import { isoWithOffset, parseIsoTime } from './time';
import { isPlainObject } from '../../machines/plain-object';

/** The `prev` of the first event: base64url of 32 zero bytes. */
export const AUDIT_GENESIS = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** How far the device clock may lag the derived time before the event is flagged. */
export const CLOCK_TOLERANCE_MS = 2 * 60 * 1000;

export type AuditEventType = 'start' | 'answer' | 'change' | 'back' | 'continue' | 'finish' | 'startTask';

/** How an event's time was found. */
export type AuditTiming = 'first' | 'monotonic' | 'wallClockAhead' | 'resumed';

export interface AuditEvent {
  /** The trail this event belongs to. */
  trail: string;
  /** The event's position in the trail, from 0. */
  seq: number;
  type: AuditEventType;
  step: string;
  answer?: Answer;
  /** The event's time: the first event's time plus elapsedMs, ISO 8601 with the device's offset. */
  at: string;
  /** Milliseconds from the first event to this one on the derived (never decreasing) timeline. */
  elapsedMs: number;
  /** What the device clock said at the event, as read. */
  wallClock: string;
  timing: AuditTiming;
  /** The hash of the previous event, or AUDIT_GENESIS for the first. */
  prev: string;
  /** SHA-256 (base64url) of the RFC 8785 form of this event without `hash`. */
  hash: string;
}

export interface AuditTrail {
  id: string;
  events: readonly AuditEvent[];
  /** The hash of the last event, or AUDIT_GENESIS when there is none. */
  head: string;
  /** The monotonic clock at the last event, to time the next one. Null before the first event. */
  clock: { session: string; reading: number; atMs: number } | null;
}

export interface AuditInput {
  type: AuditEventType;
  step: string;
  answer?: Answer;
  /** The device clock at the event, ISO 8601 with Z or an offset (isoWithOffset(new Date())). */
  wallClock: string;
  /** The monotonic clock at the event: performance.now(), milliseconds since the page's time origin. */
  elapsedMs: number;
  /**
   * Which monotonic clock elapsedMs was read from: one value per page load (for example
   * String(performance.timeOrigin)). Readings from different sessions are never subtracted. When
   * omitted, a reading lower than the last one is taken as a new session.
   */
  session?: string;
}

export function startAuditTrail(id: string = globalThis.crypto.randomUUID()): AuditTrail {
  return { id, events: [], head: AUDIT_GENESIS, clock: null };
}

const eventBody = (event: AuditEvent): Omit<AuditEvent, 'hash'> => {
  const { hash: _hash, ...body } = event;
  return body;
};

/** The hash an event should carry: SHA-256 of the canonical form of everything else in it. */
export const hashAuditEvent = (event: Omit<AuditEvent, 'hash'> | AuditEvent): Promise<string> =>
  sha256Base64url(canonicalBytes('hash' in event ? eventBody(event) : event));

/**
 * A new trail with the event added; the trail given is not changed. Appends must be made one at a
 * time (await each), because each event includes the hash of the one before.
 */
export async function appendAuditEvent(trail: AuditTrail, input: AuditInput): Promise<AuditTrail> {
  const wall = parseIsoTime(input.wallClock);
  if (!wall)
    throw new TypeError(
      `wallClock must be an ISO 8601 date and time with an offset, not ${JSON.stringify(input.wallClock)}`,
    );
  if (typeof input.elapsedMs !== 'number' || !Number.isFinite(input.elapsedMs)) {
    throw new TypeError(
      'elapsedMs must be a finite number of milliseconds from a monotonic clock (performance.now())',
    );
  }
  const last = trail.events.at(-1);
  const first = trail.events[0];
  let atMs: number;
  let timing: AuditTiming;
  const clock = trail.clock;
  const session = input.session ?? clock?.session ?? '';
  if (!last || !first) {
    atMs = wall.ms;
    timing = 'first';
  } else if (clock && session === clock.session && input.elapsedMs >= clock.reading) {
    const derived = clock.atMs + (input.elapsedMs - clock.reading);
    if (wall.ms > derived + CLOCK_TOLERANCE_MS) {
      atMs = wall.ms;
      timing = 'wallClockAhead';
    } else {
      atMs = derived;
      timing = 'monotonic';
    }
  } else {
    // A new session (or a trail restored without its clock): no monotonic reading to compare with.
    atMs = Math.max(wall.ms, clock?.atMs ?? parseIsoTime(last.at)?.ms ?? wall.ms);
    timing = 'resumed';
  }
  const firstMs = first ? parseIsoTime(first.at)!.ms : Math.floor(atMs);
  const body: Omit<AuditEvent, 'hash'> = {
    trail: trail.id,
    seq: trail.events.length,
    type: input.type,
    step: input.step,
    ...(input.answer !== undefined ? { answer: structuredClone(input.answer) } : {}),
    at: isoWithOffset(Math.floor(atMs), wall.offsetMinutes, { milliseconds: true }),
    elapsedMs: Math.floor(atMs) - firstMs,
    wallClock: input.wallClock,
    timing,
    prev: trail.head,
  };
  const hash = await hashAuditEvent(body);
  return {
    id: trail.id,
    events: [...trail.events, { ...body, hash }],
    head: hash,
    clock: { session, reading: input.elapsedMs, atMs },
  };
}

export type AuditChainResult =
  { ok: true; head: string } | { ok: false; what: 'chain' | 'chainHead'; index: number; detail: string };

export interface AuditExpectation {
  /** The trail the record names; without it, the first event's trail is taken. */
  trailId?: string;
  /** How many events the record says there are. */
  length?: number;
  /** The chain head the record holds. */
  head?: string;
}

const eventFields: Record<string, 'string' | 'number'> = {
  trail: 'string',
  seq: 'number',
  type: 'string',
  step: 'string',
  at: 'string',
  elapsedMs: 'number',
  wallClock: 'string',
  timing: 'string',
  prev: 'string',
  hash: 'string',
};

/**
 * Checks the chain: each event in place, unchanged and following the one before, then (when given)
 * that the trail has the length and head the record holds. The first failure is returned, with the
 * index of the event where the chain breaks (or, for a missing or added last event, where one is
 * missing or the first one too many). Never throws.
 */
export async function verifyAuditChain(
  events: unknown,
  expected: AuditExpectation = {},
): Promise<AuditChainResult> {
  if (!Array.isArray(events))
    return { ok: false, what: 'chain', index: 0, detail: 'The audit trail is not a list of events.' };
  const trailId = expected.trailId ?? (isPlainObject(events[0]) ? events[0].trail : undefined);
  let prev = AUDIT_GENESIS;
  let prevMs = -Infinity;
  for (let index = 0; index < events.length; index++) {
    const event: unknown = events[index];
    const fail = (detail: string): AuditChainResult => ({
      ok: false,
      what: 'chain',
      index,
      detail: `Audit event ${index}: ${detail}`,
    });
    if (!isPlainObject(event)) return fail('is not an audit event.');
    for (const [field, type] of Object.entries(eventFields)) {
      if (typeof event[field] !== type) return fail(`has no valid "${field}".`);
    }
    if (event.trail !== trailId)
      return fail('belongs to a different audit trail: an event was inserted or replaced here.');
    if (event.seq !== index) {
      return fail(
        `is numbered ${String(event.seq)}, not ${index}: events were removed, inserted or reordered here.`,
      );
    }
    let hash: string;
    try {
      hash = await hashAuditEvent(eventBody(event as unknown as AuditEvent));
    } catch {
      return fail('contains a value JSON cannot represent.');
    }
    if (hash !== event.hash) return fail('has been changed since it was recorded.');
    if (event.prev !== prev) {
      return fail(
        index === 0
          ? 'is not the start of the trail.'
          : `does not follow event ${index - 1}: an event before it was changed, removed or added.`,
      );
    }
    const at = parseIsoTime(event.at);
    if (!at) return fail('has no valid time.');
    if (at.ms < prevMs) return fail(`is timed before event ${index - 1}.`);
    prev = hash;
    prevMs = at.ms;
  }
  const length = expected.length;
  if (length !== undefined && events.length < length) {
    return {
      ok: false,
      what: 'chainHead',
      index: events.length,
      detail: `The record has ${length} audit events but only ${events.length} are here: event ${events.length} onwards is missing.`,
    };
  }
  if (length !== undefined && events.length > length) {
    return {
      ok: false,
      what: 'chainHead',
      index: length,
      detail: `The record has ${length} audit events but ${events.length} are here: event ${length} onwards was added.`,
    };
  }
  if (expected.head !== undefined && prev !== expected.head) {
    return {
      ok: false,
      what: 'chainHead',
      index: Math.max(events.length - 1, 0),
      detail:
        'The last audit event does not match the chain head the record was signed with: it was changed or replaced.',
    };
  }
  return { ok: true, head: prev };
}

export interface ClockWarning {
  index: number;
  step: string;
  /** How far the device clock was behind the derived time, in milliseconds. */
  behindMs: number;
  detail: string;
}

/** Events at which the device clock read more than CLOCK_TOLERANCE_MS behind the derived time. */
export function clockWarnings(events: readonly AuditEvent[]): ClockWarning[] {
  const warnings: ClockWarning[] = [];
  events.forEach((event, index) => {
    const at = parseIsoTime(event.at);
    const wall = parseIsoTime(event.wallClock);
    if (!at || !wall) return;
    const behindMs = at.ms - wall.ms;
    if (behindMs > CLOCK_TOLERANCE_MS) {
      const minutes = Math.round(behindMs / 60_000);
      warnings.push({
        index,
        step: event.step,
        behindMs,
        detail: `At audit event ${index} (${event.type}, ${event.step}) the device clock read ${event.wallClock}, about ${minutes} minute${minutes === 1 ? '' : 's'} behind the time kept by the app (${event.at}): the device clock was turned back. The app's time is used.`,
      });
    }
  });
  return warnings;
}
