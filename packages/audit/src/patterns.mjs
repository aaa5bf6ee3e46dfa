/**
 * Name patterns (`_ga_*`, `SL_*`) as cookiegate's config and presets write them.
 */

const cache = new Map();

/**
 * Whether a cookie or storage key name matches a pattern where `*` stands for any run of
 * characters.
 *
 * @example
 * nameMatches('_ga_*', '_ga_ABC123'); // true
 */
export function nameMatches(pattern, name) {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(
      '^' +
        pattern
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
    );
    cache.set(pattern, re);
  }
  return re.test(name);
}

/**
 * Whether a URL matches a host rule: a domain suffix, optionally followed by a path and
 * query prefix (the presets' format).
 *
 * @example
 * hostRuleMatches('googletagmanager.com/gtag/js?id=G-', new URL('https://www.googletagmanager.com/gtag/js?id=G-1')); // true
 */
export function hostRuleMatches(rule, url) {
  const slash = rule.indexOf('/');
  const domain = slash < 0 ? rule : rule.slice(0, slash);
  const host = url.hostname;
  if (host != domain && !host.endsWith('.' + domain)) return false;
  return slash < 0 || (url.pathname + url.search).startsWith(rule.slice(slash));
}
