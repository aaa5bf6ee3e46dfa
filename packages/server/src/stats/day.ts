/**
 * UTC days as whole numbers (days since 1970-01-01): what rollups are keyed by, and the
 * `YYYY-MM-DD` text the stats API speaks.
 */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The UTC day of an instant (ms or an RFC 3339 text).
 * @example dayOf('2026-12-07T10:00:00.000Z') === dayOf(Date.parse('2026-12-07T23:59:59Z'))
 */
export function dayOf(time: number | string): number {
  return Math.floor((typeof time === 'number' ? time : Date.parse(time)) / DAY_MS);
}

/**
 * `YYYY-MM-DD` of a day number.
 * @example dayText(0) // '1970-01-01'
 */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day number of a `YYYY-MM-DD` text, or undefined when it is not a date that exists.
 * @example parseDay('2026-02-31') // undefined
 */
export function parseDay(text: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dayText(ms / DAY_MS) === text ? ms / DAY_MS : undefined;
}

/**
 * The Monday starting the ISO week of a day (1970-01-05 was a Monday).
 * @example dayText(mondayOf(parseDay('2026-12-06')!)) // '2026-11-30'
 */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}
