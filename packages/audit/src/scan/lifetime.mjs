/**
 * Cookie lifetimes as a config writes them (`session`, ISO 8601 durations) and as observed
 * (days).
 */

/**
 * Days in an ISO 8601 duration (`P2Y`, `P13M`, `P90D`, `PT1H`), `0` for `session`, `null`
 * when it cannot be read.
 *
 * @example
 * isoDays('P2Y'); // 730
 */
export function isoDays(text) {
  if (text == 'session') return 0;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text ?? '');
  if (!m || text == 'P' || text == 'PT') return null;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  return y * 365 + mo * 30.44 + w * 7 + d + h / 24 + mi / 1440 + s / 86400;
}

/**
 * An observed lifetime in days as a config declares it.
 *
 * @example
 * isoFromDays(90); // 'P90D'
 * isoFromDays(null); // 'session'
 */
export function isoFromDays(days) {
  if (days == null) return 'session';
  if (days < 1) return `PT${Math.max(1, Math.round(days * 24))}H`;
  return `P${Math.round(days)}D`;
}

/**
 * From how many days a cookie counts as a long-lived identifier: longer than six months is
 * more than a session, a cart or a form needs.
 *
 * @example
 * c.days > LONG_LIVED_DAYS
 */
export const LONG_LIVED_DAYS = 180;
