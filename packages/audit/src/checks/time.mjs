/**
 * Decisions over time, with a fake clock: C15 (refusal remembered), C16 (consent expires),
 * C17 (a new revision asks again).
 */
import { few, judge } from './catalogue.mjs';

/**
 * C15: after reject, the banner does not come back unprompted within six months.
 *
 * @example
 * c15(vp.reject);
 */
export function c15(reject) {
  if (!reject?.ok || !reject.clicked)
    return judge('C15', 'n/a', reject?.ok ? 'no reject control' : `reject phase failed: ${reject?.error}`);
  if (!reject.remembered.length) return judge('C15', 'n/a', 'not run');
  const back = reject.remembered.filter((r) => r.bannerShown);
  if (back.length)
    return judge(
      'C15',
      'fail',
      `after reject the banner is shown again ${back.map((r) => `after ${r.days} day(s)`).join(', ')}`,
    );
  return judge('C15', 'pass', `no banner ${reject.remembered.map((r) => r.days).join(', ')} days after reject`);
}

/**
 * C16: the consent cookie (or cookiegate's record) expires within 13 months, and after
 * expiry the banner is shown again and tracking stops.
 *
 * @example
 * c16(vp.accept, expiry);
 */
export function c16(accept, expiry) {
  if (!accept?.ok || !accept.clicked) return judge('C16', 'n/a', 'nothing was accepted');
  const fails = [];
  const warns = [];
  const notes = [];
  const expiresAt = accept.state.consent?.expiresAt;
  const days = expiresAt ? Math.round((expiresAt - Date.now()) / 864e5) : accept.consentCookie?.days;
  const what = expiresAt
    ? 'cookiegate consent'
    : accept.consentCookie
      ? `consent cookie ${accept.consentCookie.name}`
      : null;
  if (days == null) notes.push(what ? `${what}: a session cookie` : 'unknown: no consent cookie recognised');
  else if (days > 395) fails.push(`${what} lasts ${days} days (> 13 months)`);
  else if (days > 366) warns.push(`${what} lasts ${days} days (> 12 months)`);
  else notes.push(`${what} lasts ${days} days`);
  if (expiry?.ok && expiry.clicked) {
    if (!expiry.bannerShown) fails.push(`${expiry.days} days later the banner is not shown again`);
    if (expiry.trackers.length)
      fails.push(`${expiry.days} days later trackers still run: ${few(expiry.trackers.map((r) => r.host))}`);
    if (expiry.bannerShown && !expiry.trackers.length) notes.push(`${expiry.days} days later asked again, no tracker`);
  }
  if (fails.length) return judge('C16', 'fail', [...fails, ...warns]);
  if (warns.length) return judge('C16', 'warn', warns);
  if (days == null && !expiry?.clicked) return judge('C16', 'n/a', notes);
  return judge('C16', 'pass', notes);
}

/**
 * C17: raising the config revision with a vendor added asks again (sites with cookiegate only).
 *
 * @example
 * c17(revision);
 */
export function c17(revision) {
  if (!revision?.ok) return judge('C17', 'n/a', `revision phase failed: ${revision?.error}`);
  if (!revision.applicable)
    return judge('C17', 'n/a', 'not cookiegate: the audit cannot change a foreign site’s banner version');
  if (!revision.clicked) return judge('C17', 'n/a', 'no accept control');
  if (!revision.bannerShown)
    return judge(
      'C17',
      'fail',
      `with revision ${revision.revision} and a vendor added, the old consent still applies without a new prompt`,
    );
  return judge('C17', 'pass', `revision raised to ${revision.revision}, a vendor added: the banner asks again`);
}
