// Times in records: ISO 8601 with the device's offset from UTC (for example 2026-11-22T10:32:00+00:00),
// so a reader sees the local time the worker saw and can still place it exactly.

/** The times records hold: ISO 8601 with Z or an offset (the command-line verifier uses the same). */
export const ISO_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

export interface ParsedTime {
  /** Milliseconds since the Unix epoch. */
  ms: number;
  /** The offset the time was written with, in minutes east of UTC. */
  offsetMinutes: number;
  /** The calendar date as written (local to that offset), YYYY-MM-DD. */
  localDate: string;
}

/** Reads an ISO 8601 date and time with Z or an offset; null if it is anything else or not a real time. */
export function parseIsoTime(text: unknown): ParsedTime | null {
  if (typeof text !== 'string') return null;
  const match = ISO_TIME_PATTERN.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', fraction = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(
    year,
    month - 1,
    day,
    hour,
    minute,
    second,
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  const check = new Date(local);
  // Date.UTC rolls 31 June over to 1 July; a real date survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const [oh, om] = zone.slice(1).split(':').map(Number);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  return { ms: local - offsetMinutes * 60_000, offsetMinutes, localDate: `${y}-${mo}-${d}` };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A time as ISO 8601 with an explicit offset (never "Z"). The offset defaults to the device's own at
 * that moment, so a time in British Summer Time reads +01:00.
 */
export function isoWithOffset(
  time: Date | number,
  offsetMinutes: number = -new Date(time).getTimezoneOffset(),
  options: { milliseconds?: boolean } = {},
): string {
  const ms = typeof time === 'number' ? time : time.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Not a valid date and time');
  const shifted = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const date = `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const clock = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  const millis = options.milliseconds ? `.${pad(shifted.getUTCMilliseconds(), 3)}` : '';
  return `${date}T${clock}${millis}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
