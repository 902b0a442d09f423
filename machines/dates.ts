// en-GB dates and times, as GOV.UK writes them: "16 March 2026", "22 November 2026 at 10:32 GMT".
// The one place the app turns dates into words; summaries, records and screens all use it.

/** A calendar date: no time of day, so no time zone moves it to another day. */
const calendarDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A moment, in the device's time zone. */
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** A moment's day, in the device's time zone. */
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** "2026-03-16" as "16 March 2026"; anything that is not a real calendar date comes back as it was given. */
export function formatDate(localDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate.trim());
  if (!match) return localDate.trim();
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return localDate.trim();
  }
  return calendarDate.format(date);
}

/** An ISO 8601 moment as "22 November 2026 at 10:32 GMT", in the device's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  return dateTime.format(date).replace(', ', ' at ');
}

/** The day of an ISO 8601 moment as "3 October 2026", in the device's time zone. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown day';
  return day.format(date);
}

/** An ISO 8601 moment as "10:32:05 GMT", in the device's time zone. */
export function formatTime(iso: string): string {
  return time.format(new Date(iso));
}
