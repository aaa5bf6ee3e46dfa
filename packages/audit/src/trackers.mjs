/**
 * What a request or cookie is: the built-in presets of cookiegate (hosts, cookies, storage
 * keys, category) plus the hosts and cookies of compliance.md §5.7 and C1 that no preset
 * covers. The presets come from the `cookiegate` package itself: one list for the SDK's
 * blocker and for the audit.
 */
import { PRESETS } from 'cookiegate/presets';
import { hostRuleMatches, nameMatches } from './patterns.mjs';

/** §5.7 tracker hosts (suffix match) no preset's blocking data covers: any Google tag, AdSense, all of bing.com. */
export const EXTRA_TRACKER_HOSTS = ['googletagmanager.com', 'googlesyndication.com', 'bing.com'];
/** C1's advertising cookies on the vendors' own domains, which the presets' blocking data leaves out (DoubleClick, Facebook, Microsoft). */
export const EXTRA_TRACKER_COOKIES = ['IDE', 'test_cookie', 'fr', 'MUID'];

const cookieNames = (p) => (p.cookies ?? []).map((c) => (typeof c == 'string' ? c : c.name));

/**
 * The preset a URL belongs to (by host rule), if any, and whether it is a tracker per the
 * presets and §5.7. Zendesk's hosts count as trackers before consent (§5.7 lists them as
 * "chat", allowed only after a click).
 *
 * @example
 * classifyUrl('https://connect.facebook.net/en_US/fbevents.js'); // { host: 'connect.facebook.net', preset: 'meta-pixel', category: 'marketing', tracker: true }
 */
export function classifyUrl(href, presets = PRESETS) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return { host: '', tracker: false };
  }
  for (const [id, p] of Object.entries(presets))
    for (const rule of p.hosts ?? [])
      if (hostRuleMatches(rule, url)) return { host: url.hostname, preset: id, category: p.category, tracker: true };
  const tracker = EXTRA_TRACKER_HOSTS.some((rule) => hostRuleMatches(rule, url));
  return { host: url.hostname, tracker };
}

/**
 * The preset a cookie or storage key belongs to, if any, and whether it is a known tracker
 * identifier (any preset's cookie outside `necessary`, Zendesk's visitor id, C1's extras).
 *
 * @example
 * classifyCookie('_ga_XYZ'); // { preset: 'google-analytics', category: 'analytics', tracker: true }
 */
export function classifyCookie(name, presets = PRESETS) {
  for (const [id, p] of Object.entries(presets)) {
    if ([...cookieNames(p), ...(p.storage ?? [])].some((pattern) => nameMatches(pattern, name)))
      return { preset: id, category: p.category, tracker: p.category != 'necessary' || (p.hosts ?? []).length > 0 };
  }
  return { tracker: EXTRA_TRACKER_COOKIES.some((pattern) => nameMatches(pattern, name)) };
}

export { PRESETS };
