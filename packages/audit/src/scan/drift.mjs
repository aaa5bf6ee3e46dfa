/**
 * Drift between a site's cookiegate config and what the site does: hosts and cookies the
 * config misses, declared cookies never seen, lifetimes that differ, and necessary
 * services that set long-lived identifiers.
 */
import { nameMatches, hostRuleMatches } from '../patterns.mjs';
import { PRESETS } from '../trackers.mjs';
import { LONG_LIVED_DAYS, isoDays } from './lifetime.mjs';

/** The longest cookie lifetime Chromium stores (RFC 6265bis). */
const BROWSER_MAX_DAYS = 400;

const names = (list) => (list ?? []).map((c) => (typeof c == 'string' ? { name: c } : c));

/**
 * Compares a config with the scan's observations.
 *
 * @example
 * drift(config, { requests, cookies }); // { missingHosts: [...], missingCookies: [...], neverSeen: [...], lifetimes: [...], longLivedNecessary: [...] }
 */
export function drift(config, { requests, cookies }) {
  const services = Object.entries(config.services ?? {});
  const hostsOf = ([, s]) => [...(s.hosts ?? []), ...((s.preset && PRESETS[s.preset]?.hosts) || [])];
  const cookiesOf = ([, s]) => [
    ...names(s.cookies),
    ...(s.cookies ? [] : names(s.preset && PRESETS[s.preset]?.cookies)),
  ];
  const consentCookie = config.cookie?.name ?? 'cookiegate';
  // A service's own cookie list replaces its preset's ("any field given here wins").
  const ownerOf = (cookie) => services.find((s) => cookiesOf(s).some((d) => nameMatches(d.name, cookie)));

  const missingHosts = [...new Set(requests.filter((r) => r.thirdParty).map((r) => r.host))].filter(
    (host) =>
      !services.some((s) =>
        hostsOf(s).some((rule) => hostRuleMatches(rule.split('/')[0], new URL(`https://${host}/`))),
      ),
  );
  const observed = [...new Map(cookies.map((c) => [c.name, c])).values()];
  const missingCookies = observed.filter((c) => c.name != consentCookie && !ownerOf(c.name)).map((c) => c.name);
  const neverSeen = services.flatMap(([id, s]) =>
    names(s.cookies)
      .filter((d) => !observed.some((c) => nameMatches(d.name, c.name)))
      .map((d) => ({ service: id, cookie: d.name })),
  );
  const lifetimes = [];
  const longLivedNecessary = [];
  for (const c of observed) {
    const owner = ownerOf(c.name);
    if (!owner) continue;
    const decl = cookiesOf(owner).find((d) => nameMatches(d.name, c.name));
    // Chromium keeps no cookie longer than 400 days, whatever the site asks for.
    const declared = decl?.lifetime != null ? Math.min(isoDays(decl.lifetime) ?? NaN, BROWSER_MAX_DAYS) : null;
    const seen = c.days ?? 0;
    if (declared != null && !Number.isNaN(declared) && Math.abs(declared - seen) > Math.max(1, declared * 0.1))
      lifetimes.push({ service: owner[0], cookie: c.name, declared: decl.lifetime, observedDays: c.days });
    if (config.categories?.[owner[1].category]?.required && seen > LONG_LIVED_DAYS)
      longLivedNecessary.push({ service: owner[0], cookie: c.name, observedDays: c.days });
  }
  return { missingHosts, missingCookies, neverSeen, lifetimes, longLivedNecessary };
}

/**
 * Drift as lines for the terminal.
 *
 * @example
 * console.log(driftText(drift(config, seen), 'cookiegate.config.json'));
 */
export function driftText(d, file = 'the config') {
  const lines = [`Drift against ${file}:`];
  const add = (title, xs) => lines.push(`  ${title}: ${xs.length ? xs.join(', ') : 'none'}`);
  add('hosts the config misses', d.missingHosts);
  add('cookies the config misses', d.missingCookies);
  add(
    'declared cookies never seen',
    d.neverSeen.map((x) => `${x.cookie} (${x.service})`),
  );
  add(
    'lifetimes that differ',
    d.lifetimes.map(
      (x) =>
        `${x.cookie} declared ${x.declared}, seen ${x.observedDays == null ? 'session' : x.observedDays + ' days'}`,
    ),
  );
  add(
    'necessary services with long-lived identifiers',
    d.longLivedNecessary.map((x) => `${x.cookie} (${x.service}, ${x.observedDays} days)`),
  );
  return lines.join('\n');
}
