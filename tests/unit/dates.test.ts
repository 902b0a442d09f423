// Dates read the way GOV.UK writes them, whichever screen, summary or record shows them.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../machines/dates';

describe('en-GB dates', () => {
  it('writes a calendar date as day, month in words and year', () => {
    expect(formatDate('2026-03-16')).toBe('16 March 2026');
    expect(formatDate('2026-11-01')).toBe('1 November 2026');
    expect(formatDate(' 0999-12-31 ')).toBe('31 December 999');
  });

  it('gives back as typed anything that is not a real calendar date', () => {
    expect(formatDate('next Tuesday')).toBe('next Tuesday');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
  });

  it('writes a moment with "at" and the time zone, and says when it cannot be read', () => {
    expect(formatDateTime('2026-11-22T10:32:00Z')).toMatch(/^22 November 2026 at \d\d:\d\d \S+/);
    expect(formatDateTime('not a time')).toBe('an unknown time');
  });
});
