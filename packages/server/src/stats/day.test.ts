import { describe, expect, it } from 'vitest';
import { dayOf, dayText, mondayOf, parseDay } from './day.js';

describe('UTC days', () => {
  it('numbers days from 1970-01-01 by UTC and back', () => {
    expect(dayOf('1970-01-01T23:59:59.999Z')).toBe(0);
    expect(dayOf('2026-12-07T00:00:00+01:00')).toBe(dayOf('2026-12-06T23:00:00Z'));
    expect(dayText(parseDay('2024-02-29')!)).toBe('2024-02-29');
    expect(dayOf(Date.parse('1969-12-31T12:00:00Z'))).toBe(-1);
  });
  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2026-02-31', '2025-02-29', '2026-13-01', '2026-1-01', '2026-12-07T00:00:00Z', ''])
      expect(parseDay(bad)).toBeUndefined();
  });
  it('finds the Monday of an ISO week', () => {
    expect(dayText(mondayOf(parseDay('2026-12-06')!))).toBe('2026-11-30'); // a Sunday
    expect(dayText(mondayOf(parseDay('2026-12-07')!))).toBe('2026-12-07'); // a Monday
    expect(dayText(mondayOf(-1))).toBe('1969-12-29');
  });
});
