import { describe, expect, it } from 'vitest';
import { formatLifetime } from './lifetime';

describe('formatLifetime', () => {
  it("formats ISO 8601 durations in the visitor's language", () => {
    expect(formatLifetime('P2Y', 'sv', 's')).toBe('2 år');
    expect(formatLifetime('P2Y', 'en', 's')).toBe('2 years');
    expect(formatLifetime('P1Y', 'en', 's')).toBe('1 year');
    expect(formatLifetime('P90D', 'sv', 's')).toBe('90 dagar');
    expect(formatLifetime('P13M', 'da', 's')).toBe('13 måneder');
    expect(formatLifetime('PT1H', 'sv', 's')).toBe('1 timme');
    expect(formatLifetime('P1D', 'sv', 's')).toBe('1 dag');
    expect(formatLifetime('PT30M', 'en', 's')).toBe('30 minutes');
  });

  it("joins several units with the language's conjunction", () => {
    expect(formatLifetime('P1Y6M', 'en', 's')).toBe('1 year and 6 months');
    expect(formatLifetime('P1Y6M', 'sv', 's')).toBe('1 år och 6 månader');
    expect(formatLifetime('P1DT12H', 'da', 's')).toBe('1 dag og 12 timer');
  });

  it('shows the session text for a session cookie, and anything unreadable as given', () => {
    expect(formatLifetime('session', 'sv', 'Tills webbläsaren stängs')).toBe('Tills webbläsaren stängs');
    expect(formatLifetime('P', 'en', 's')).toBe('P');
    expect(formatLifetime('2 years', 'en', 's')).toBe('2 years');
    expect(formatLifetime('P1D1Y', 'en', 's')).toBe('P1D1Y');
  });
});
