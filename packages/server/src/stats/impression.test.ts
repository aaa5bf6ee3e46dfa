import { describe, expect, it, vi } from 'vitest';
import { validateImpression } from './impression.js';
import { ImpressionCounter } from './impression-counter.js';

describe('impressions', () => {
  it('takes a locale and an optional variant, nothing else', () => {
    expect(validateImpression({ locale: 'sv', variant: 'b' })).toEqual({
      ok: true,
      value: { locale: 'sv', variant: 'b' },
    });
    expect(validateImpression({ locale: 'en-GB' })).toEqual({ ok: true, value: { locale: 'en-GB', variant: '' } });
    const error = (b: unknown) => {
      const r = validateImpression(b);
      return r.ok ? 'ok' : r.error;
    };
    expect(error(null)).toBe('body must be a JSON object');
    expect(error([])).toBe('body must be a JSON object');
    expect(error({})).toMatch(/^locale/);
    expect(error({ locale: 'not a tag' })).toMatch(/^locale/);
    expect(error({ locale: 'sv', variant: 'B' })).toMatch(/^variant/);
    expect(error({ locale: 'sv', variant: '' })).toMatch(/^variant/);
    expect(error({ locale: 'sv', consentId: 'x' })).toBe('unknown field: consentId (locale, variant)');
  });

  it('sums impressions in memory and writes them at once; a failed write is kept for the next', async () => {
    const writes: unknown[] = [];
    let fail = true;
    const counter = new ImpressionCounter(
      async (rows) => {
        if (fail) throw new Error('disk full');
        writes.push(rows);
      },
      60_000,
      () => Date.parse('2026-12-07T10:00:00Z'),
    );
    counter.count('https://a.example', { locale: 'sv', variant: '' });
    counter.count('https://a.example', { locale: 'sv', variant: '' });
    counter.count('https://a.example', { locale: 'sv', variant: 'b' });
    await expect(counter.flush()).rejects.toThrow('disk full');
    fail = false;
    counter.count('https://a.example', { locale: 'sv', variant: '' });
    await counter.flush();
    expect(writes).toEqual([
      [
        { site: 'https://a.example', day: 20794, locale: 'sv', variant: '', n: 3 },
        { site: 'https://a.example', day: 20794, locale: 'sv', variant: 'b', n: 1 },
      ],
    ]);
    await counter.flush();
    expect(writes).toHaveLength(1); // nothing new: no write
  });

  it('writes on its own after the interval', async () => {
    vi.useFakeTimers();
    try {
      const sink = vi.fn(async () => {});
      const counter = new ImpressionCounter(sink, 1000);
      counter.count('https://a.example', { locale: 'sv', variant: '' });
      expect(sink).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1000);
      expect(sink).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
