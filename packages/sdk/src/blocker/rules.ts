/**
 * Which configured services a URL belongs to. A service's `hosts` entry is a domain suffix,
 * optionally followed by a path-and-query prefix (`googletagmanager.com/gtag/js?id=G-`),
 * for vendors that share a host.
 */
import type { ResolvedConfig } from '../core/config';

/** One `hosts` entry of one service. */
export interface HostRule {
  host: string;
  path: string;
  id: string;
}

/** `www.google-analytics.com` is under `google-analytics.com`. */
export const under = (host: string, suffix: string): boolean => host == suffix || host.endsWith('.' + suffix);

/**
 * The rules of every service's hosts.
 *
 * @example
 * compileRules(config); // [{ host: 'googletagmanager.com', path: '/gtag/js?id=G-', id: 'ga4' }, ...]
 */
export function compileRules(config: ResolvedConfig): HostRule[] {
  const rules: HostRule[] = [];
  for (const id in config.services) {
    for (const h of config.services[id]!.hosts || []) {
      const i = h.indexOf('/');
      rules.push({ host: (i < 0 ? h : h.slice(0, i)).toLowerCase(), path: i < 0 ? '' : h.slice(i), id });
    }
  }
  return rules;
}

/**
 * The ids of the services a URL belongs to: those of the most specific matching rules (a
 * matching path beats a bare host, a longer host beats a shorter one). A URL on a host that
 * only path rules name, none of which matches, belongs to all of their services: it may
 * go through only when all of them are granted.
 *
 * @example
 * ownersOf(rules, new URL('https://www.googletagmanager.com/gtag/js?id=AW-1')); // ['ads']
 */
export function ownersOf(rules: HostRule[], url: URL): string[] {
  const target = url.pathname + url.search;
  let best = 0;
  let ids: string[] = [];
  for (const r of rules) {
    if (!under(url.hostname, r.host)) continue;
    const score = r.host.length + (r.path ? (target.startsWith(r.path) ? 2000 + r.path.length : 0) : 1000);
    if (score > best) (best = score), (ids = []);
    if (score == best && !ids.includes(r.id)) ids.push(r.id);
  }
  return ids;
}

/**
 * Whether a host belongs to the site: it is one of `own` (the page's host, the consent
 * cookie's `domain`, the config's `firstPartyHosts`, the proof server's host) or under
 * one. Never a guess at the registrable domain: on `shop.co.uk`, `tracker.co.uk` is third
 * party, and so is `other.github.io` on `shop.github.io`.
 *
 * @example
 * firstParty('cdn.shop.example', ['shop.example']); // true
 * firstParty('tracker.co.uk', ['shop.co.uk']); // false
 */
export const firstParty = (host: string, own: string[]): boolean => own.some((h) => under(host, h));
