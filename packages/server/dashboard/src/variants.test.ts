import { describe, expect, it } from 'vitest';
import { compareVariants, normalCdf, twoProportionTest, wilson } from './variants.js';

describe('wilson', () => {
  it('matches published 95 % intervals', () => {
    // Newcombe (1998), table I: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605.
    const a = wilson(81, 263)!;
    expect(a.low).toBeCloseTo(0.2553, 4);
    expect(a.high).toBeCloseTo(0.3662, 4);
    const b = wilson(15, 148)!;
    expect(b.low).toBeCloseTo(0.0624, 4);
    expect(b.high).toBeCloseTo(0.1605, 4);
  });
  it('stays inside [0, 1] at the edges and is null for no trials', () => {
    expect(wilson(0, 10)!.low).toBe(0);
    expect(wilson(0, 10)!.high).toBeCloseTo(0.2775, 4);
    expect(wilson(10, 10)!.high).toBe(1);
    expect(wilson(0, 0)).toBeNull();
  });
});

describe('normalCdf', () => {
  it('matches the table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    expect(normalCdf(3)).toBeCloseTo(0.99865, 5);
  });
});

describe('twoProportionTest', () => {
  it('finds a real difference', () => {
    const t = twoProportionTest(100, 1000, 150, 1000)!;
    expect(t.difference).toBeCloseTo(0.05, 10);
    expect(t.z).toBeCloseTo(3.3806, 3);
    expect(t.p).toBeCloseTo(0.000723, 5);
    expect(t.significant).toBe(true);
  });
  it('calls a small difference not significant', () => {
    const t = twoProportionTest(100, 1000, 110, 1000)!;
    expect(t.p).toBeGreaterThan(0.05);
    expect(t.significant).toBe(false);
  });
  it('says nothing with too few data or nothing varying', () => {
    const t = twoProportionTest(1, 3, 3, 3)!;
    expect(t.enoughData).toBe(false);
    expect(t.significant).toBe(false);
    expect(twoProportionTest(0, 10, 0, 10)).toBeNull();
    expect(twoProportionTest(1, 0, 1, 10)).toBeNull();
  });
});

describe('compareVariants', () => {
  it('counts showings, compares each with the first variant and says so in words', () => {
    const rows = compareVariants({
      b: { impressions: 100, actions: { accept_all: 450, reject_all: 400, custom: 50, withdraw: 9 } },
      a: { impressions: 100, actions: { accept_all: 350, reject_all: 500, custom: 50 } },
      c: { impressions: 100, actions: { accept_all: 360, reject_all: 490, custom: 50 } },
    });
    expect(rows.map((r) => r.variant)).toEqual(['a', 'b', 'c']);
    expect(rows[1]).toMatchObject({ shown: 1000, accepted: 450, undecided: 100, acceptRate: 0.45 });
    expect(rows[0]!.verdict).toMatch(/baseline/);
    expect(rows[1]!.test!.significant).toBe(true);
    expect(rows[1]!.verdict).toMatch(/10\.0 % higher than a: significant/);
    expect(rows[2]!.test!.significant).toBe(false);
    expect(rows[2]!.verdict).toMatch(/is not significant/);
  });
  it('handles one variant and empty variants', () => {
    expect(compareVariants({ a: { impressions: 0, actions: { accept_all: 1 } } })[0]!.verdict).toMatch(
      /nothing to compare/,
    );
    const rows = compareVariants({
      a: { impressions: 0, actions: {} },
      b: { impressions: 0, actions: { accept_all: 3 } },
    });
    expect(rows[0]!.acceptRate).toBeNull();
    expect(rows[1]!.verdict).toMatch(/Cannot be compared/);
  });
});
