/**
 * Storage and requests before consent: C1, C2, C3 (per viewport) and C21.
 */
import { nameMatches } from '../patterns.mjs';
import { few, judge } from './catalogue.mjs';
import { grantsOptional } from '../site-state.mjs';
import { LONG_LIVED_DAYS } from '../scan/lifetime.mjs';

/**
 * The cookie names a cookiegate config allows without consent: its required categories'
 * services' cookies and its own consent cookie.
 *
 * @example
 * necessaryNames(config); // ['PHPSESSID', 'form_key', '__zlcmid', 'cookiegate']
 */
export function necessaryNames(config) {
  if (!config) return [];
  const required = new Set(
    Object.entries(config.categories)
      .filter(([, c]) => c.required)
      .map(([id]) => id),
  );
  return [
    config.cookie?.name,
    ...Object.values(config.services)
      .filter((s) => required.has(s.category))
      .flatMap((s) => s.cookies.map((c) => c.name)),
  ].filter(Boolean);
}

const allowed = (cookie, config) => necessaryNames(config).some((p) => nameMatches(p, cookie.name));

/**
 * C1: before any interaction, no tracker cookie or storage key; unknown cookies are a
 * warning (the audit cannot tell whether a foreign site's cookie is necessary).
 *
 * @example
 * c1(vp.before, config); // { id: 'C1', status: 'pass', … }
 */
export function c1(before, config) {
  if (!before?.ok) return judge('C1', 'n/a', `could not load: ${before?.error}`);
  const trackerCookies = before.first.cookies.filter((c) => c.tracker);
  const storage = [...before.rec.storage.values()].filter((s) => s.phase == 'before' && s.tracker);
  if (trackerCookies.length || storage.length)
    return judge(
      'C1',
      'fail',
      `set before consent: ${few([...trackerCookies.map((c) => `cookie ${c.name} (${c.domain})`), ...storage.map((s) => `${s.type}Storage ${s.name}`)])}`,
    );
  const unknown = before.first.cookies.filter((c) => !c.tracker && !allowed(c, config));
  if (unknown.length)
    return judge(
      'C1',
      config ? 'fail' : 'warn',
      `${config ? 'not declared as necessary' : 'unclassified (check they are necessary)'}: ${few(unknown.map((c) => c.name))}`,
    );
  const kept = before.first.cookies.map((c) => c.name);
  return judge(
    'C1',
    'pass',
    kept.length ? `only necessary cookies before consent: ${few(kept)}` : 'no cookie or tracker storage before consent',
  );
}

/**
 * C2: before any interaction, no request to a tracker host (strict profile).
 *
 * @example
 * c2(vp.before);
 */
export function c2(before) {
  if (!before?.ok) return judge('C2', 'n/a', `could not load: ${before?.error}`);
  const t = before.first.trackers;
  if (t.length)
    return judge(
      'C2',
      'fail',
      `requested on first load: ${few(t.map((r) => r.host + (r.preset ? ` (${r.preset})` : '')))}`,
    );
  const third = before.rec.requests.filter((r) => r.phase == 'before' && r.thirdParty).map((r) => r.host);
  return judge(
    'C2',
    'pass',
    `no tracker host on first load${third.length ? ` (other third-party hosts: ${few(third)})` : ''}`,
  );
}

/**
 * C3: scrolling, three navigations and waiting grant nothing (what was already there on
 * first load is C1's and C2's).
 *
 * @example
 * c3(vp.before, config);
 */
export function c3(before, config) {
  if (!before?.ok) return judge('C3', 'n/a', `could not load: ${before?.error}`);
  const { after, visited } = before;
  const firstNames = new Set(before.first.cookies.map((c) => c.name));
  const newCookies = after.cookies.filter((c) => c.tracker && !firstNames.has(c.name));
  const firstHosts = new Set(before.first.trackers.map((r) => r.host));
  const newTrackers = after.trackers.filter((r) => !firstHosts.has(r.host));
  const did = `scrolled, visited ${visited.filter((v) => !v.error).length} page(s), waited`;
  const problems = [];
  if (newTrackers.length) problems.push(`tracker requests after ${did}: ${few(newTrackers.map((r) => r.host))}`);
  if (newCookies.length) problems.push(`tracker cookies after ${did}: ${few(newCookies.map((c) => c.name))}`);
  if (grantsOptional(after.state.consent, config)) problems.push('cookiegate reports consent granted without a click');
  if (problems.length) return judge('C3', 'fail', problems);
  return judge('C3', 'pass', `${did}: nothing granted${after.bannerShown ? ', banner still shown' : ''}`);
}

/**
 * C21: long-lived cookies set without consent (as necessary) are identifiers that need a
 * justification; a warning.
 *
 * @example
 * c21(vp.before);
 */
export function c21(before) {
  if (!before?.ok) return judge('C21', 'n/a', `could not load: ${before?.error}`);
  const long = before.after.cookies.filter((c) => !c.tracker && c.days != null && c.days > LONG_LIVED_DAYS);
  if (long.length)
    return judge(
      'C21',
      'warn',
      `long-lived cookies without consent: ${few(long.map((c) => `${c.name} (${c.days} days)`))}`,
    );
  const all = before.after.cookies.filter((c) => !c.tracker);
  return judge(
    'C21',
    'pass',
    all.length
      ? `cookies without consent, all short-lived: ${few(all.map((c) => `${c.name} (${c.days == null ? 'session' : c.days + ' d'})`))}`
      : 'no cookie without consent',
  );
}
