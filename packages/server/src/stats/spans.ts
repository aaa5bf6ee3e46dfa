/**
 * Rollups are kept per day and also per aligned block of 8 and 64 days, so that a query over a
 * year reads about 30 blocks' rows instead of 366 days' (the row count per day grows with the
 * pages of a site). Any day range is covered exactly by at most 5 runs of blocks.
 */

/**
 * Block lengths in days, smallest first; a block of length s starts on a day number divisible by s.
 * @example SPANS // [1, 8, 64]
 */
export const SPANS = [1, 8, 64] as const;

/**
 * The first day of the block of length `span` that holds `day`.
 * @example blockStart(20794, 8) // 20792
 */
export function blockStart(day: number, span: number): number {
  return day - (((day % span) + span) % span);
}

/** A run of blocks of one length: their first days `lo`..`hi` (step `span`); empty when lo > hi. */
export interface BlockRun {
  span: number;
  lo: number;
  hi: number;
}

/**
 * Exactly 5 runs (some empty) that cover days `from`..`to` once each: days, 8-day blocks,
 * 64-day blocks, 8-day blocks, days (the largest aligned block that fits, from the left).
 * @example cover(0, 9) // [{ span: 1, lo: 0, hi: -1 }, { span: 8, lo: 0, hi: 0 }, …, { span: 1, lo: 8, hi: 9 }]
 */
export function cover(from: number, to: number): BlockRun[] {
  const runs: BlockRun[] = [];
  let d = from;
  // Rising: smaller blocks until d is aligned to the next size (or the range ends).
  for (let i = 0; i < SPANS.length - 1; i++) {
    const next = SPANS[i + 1]!;
    const lo = d;
    while (d <= to && d % next !== 0 && d + SPANS[i]! - 1 <= to) d += SPANS[i]!;
    // An aligned next-size block that does not fit in the range: the rest is covered on the way down.
    runs.push({ span: SPANS[i]!, lo, hi: d - SPANS[i]! });
  }
  const top = SPANS[SPANS.length - 1]!;
  const lo = d;
  while (d + top - 1 <= to && d % top === 0) d += top;
  runs.push({ span: top, lo, hi: d - top });
  // Falling: the largest blocks that still fit.
  for (let i = SPANS.length - 2; i >= 0; i--) {
    const s = SPANS[i]!;
    const start = d;
    while (d + s - 1 <= to) d += s;
    runs.push({ span: s, lo: start, hi: d - s });
  }
  return runs;
}
