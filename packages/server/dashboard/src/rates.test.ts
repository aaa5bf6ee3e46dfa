import { describe, expect, it } from 'vitest';
import { optInRate, optInShare, percent, ratio, rejectRate, seconds } from './rates.js';

describe('rates', () => {
  it('divides opt-ins and rejects by decisions plus impressions', () => {
    const c = { decisions: 6, impressions: 2, actions: { accept_all: 3, custom: 1, reject_all: 1, withdraw: 1 } };
    expect(optInRate(c)).toBe(0.5);
    expect(rejectRate(c)).toBe(0.125);
    expect(optInRate({ decisions: 0, impressions: 0, actions: {} })).toBeNull();
  });
  it('gives a group its opt-in share of its decisions', () => {
    expect(optInShare({ accept_all: 1, custom: 1, reject_all: 2 })).toBe(0.5);
    expect(optInShare({})).toBeNull();
  });
  it('formats for people', () => {
    expect(percent(ratio(1, 3))).toBe('33.3 %');
    expect(percent(null)).toBe('–');
    expect(seconds(3200)).toBe('3.2 s');
    expect(seconds(null)).toBe('–');
  });
});
