/**
 * The banner variants' comparison (pure): accept rate per variant with a 95 % Wilson score
 * interval, and a two-sided two-proportion z-test of each variant against the first
 * (alphabetically), with a sentence that says plainly when a difference is not significant.
 *
 * A variant's banner was shown `impressions + accept_all + reject_all + custom` times (each
 * showing ends in a first-layer or preferences decision, or in no decision, which the SDK
 * counts as an impression); its accept rate is accept_all over that.
 */
import { count, type Stats } from './stats.js';

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** A proportion's interval. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval of x successes in n trials (95 % by default); null when n is 0.
 * @example wilson(50, 100) // { low: 0.4038…, high: 0.5961… }
 */
export function wilson(x: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At x = 0 and x = n the bound is exactly 0 or 1; floating point would leave 1e-16 off.
  return { low: x <= 0 ? 0 : Math.max(0, centre - half), high: x >= n ? 1 : Math.min(1, centre + half) };
}

/**
 * The standard normal distribution function Φ(x), from the complementary error function
 * (Numerical Recipes' erfc Chebyshev fit, relative error below 1.2e-7).
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** The outcome of a two-proportion test. */
export interface ProportionTest {
  /** p2 − p1. */
  difference: number;
  z: number;
  /** Two-sided p-value. */
  p: number;
  /** p < 0.05. */
  significant: boolean;
  /**
   * The normal approximation needs at least 5 expected successes and failures in each
   * group; below that the test says nothing.
   */
  enoughData: boolean;
}

/**
 * Pooled two-proportion z-test of x2/n2 against x1/n1 (two-sided, α = 0.05); null when a
 * group is empty or the pooled proportion is 0 or 1 (nothing varies).
 * @example twoProportionTest(100, 1000, 150, 1000) // { difference: 0.05, z: 3.38…, p: 0.0007…, significant: true, enoughData: true }
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): ProportionTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled <= 0 || pooled >= 1) return null;
  const difference = x2 / n2 - x1 / n1;
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const p = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  const enoughData = [n1, n2].every((n) => n * pooled >= 5 && n * (1 - pooled) >= 5);
  return { difference, z, p, significant: enoughData && p < 0.05, enoughData };
}

/** One variant's row in the comparison. */
export interface VariantRow {
  variant: string;
  /** Times its banner was shown. */
  shown: number;
  accepted: number;
  rejected: number;
  customised: number;
  /** Shown, no decision. */
  undecided: number;
  acceptRate: number | null;
  interval: Interval | null;
  /** Against the first variant (absent for the first). */
  test?: ProportionTest | null;
  /** What the comparison means, in a sentence. */
  verdict: string;
}

const pct = (r: number) => `${(r * 100).toFixed(1)} %`;
const pValue = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/**
 * The variants of `GET /v1/stats`, sorted by name, each compared with the first.
 * @example compareVariants({ a: { impressions: 10, actions: { accept_all: 40 } }, b: { impressions: 0, actions: { accept_all: 45 } } })[1].verdict
 */
export function compareVariants(variants: Stats['variants']): VariantRow[] {
  const rows = Object.keys(variants)
    .sort()
    .map((variant) => {
      const v = variants[variant]!;
      const accepted = count(v.actions, 'accept_all');
      const rejected = count(v.actions, 'reject_all');
      const customised = count(v.actions, 'custom');
      const undecided = v.impressions;
      const shown = accepted + rejected + customised + undecided;
      return {
        variant,
        shown,
        accepted,
        rejected,
        customised,
        undecided,
        acceptRate: shown > 0 ? accepted / shown : null,
        interval: wilson(accepted, shown),
        verdict: '',
      } satisfies VariantRow as VariantRow;
    });
  const base = rows[0];
  for (const row of rows) {
    if (row === base) {
      row.verdict =
        rows.length > 1
          ? 'The baseline the other variants are compared with.'
          : 'Only one variant: nothing to compare.';
      continue;
    }
    const test = twoProportionTest(base!.accepted, base!.shown, row.accepted, row.shown);
    row.test = test;
    row.verdict = verdict(base!.variant, row, test);
  }
  return rows;
}

function verdict(baseName: string, row: VariantRow, test: ProportionTest | null): string {
  if (!test)
    return `Cannot be compared with ${baseName} yet: one of them has no showings, or every showing ended alike.`;
  if (!test.enoughData)
    return `Too few showings to compare with ${baseName}: the difference of ${pct(Math.abs(test.difference))} is not significant.`;
  const direction = test.difference > 0 ? 'higher' : 'lower';
  if (!test.significant)
    return `The difference from ${baseName} (${pct(Math.abs(test.difference))} ${direction}) is not significant (${pValue(test.p)}): it may well be chance.`;
  return `Accept rate ${pct(Math.abs(test.difference))} ${direction} than ${baseName}: significant at the 5 % level (${pValue(test.p)}).`;
}
