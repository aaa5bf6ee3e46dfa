import type { ServiceConfig } from './config';
import { setCookie } from './cookie-write';

/** `_ga_*` → a RegExp matching the whole name; `*` is the only wildcard. */
export const pattern = (p: string): RegExp =>
  new RegExp(
    '^' +
      p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );

/** The current host and each parent domain, as cookie domain attributes (`.www.shop.example`, `.shop.example`, ...). */
export function parentDomains(host: string): string[] {
  const parts = host.split('.');
  const out: string[] = [];
  // A bare IP address or single label has no parent domains.
  if (/^[\d.]+$/.test(host) || parts.length < 2) return out;
  for (let i = 0; i < parts.length - 1; i++) out.push('.' + parts.slice(i).join('.'));
  return out;
}

/**
 * Deletes what a service declared it leaves behind: its cookies (at the current host and
 * each parent domain, with their declared path and `/`) and its localStorage and
 * sessionStorage keys. HttpOnly cookies cannot be reached from a page and are left.
 *
 * `keep` spares cookies that another, still granted service declares too.
 *
 * @example
 * removeTraces({ category: 'analytics', cookies: ['_ga', '_ga_*'], storage: ['SL_L_*'] });
 */
export function removeTraces(service: ServiceConfig, keep: (name: string) => boolean = () => false): void {
  // The names as the browser lists them, which is how they are removed.
  const names = document.cookie.split('; ').map((c) => c.split('=')[0]!);
  const domains = [undefined, ...parentDomains(location.hostname)];
  for (const c of service.cookies || []) {
    const decl = typeof c == 'string' ? { name: c } : c;
    const re = pattern(decl.name);
    // A pattern can only match the names visible here; an exact name is removed even when
    // its path hides it from this page.
    for (const name of (decl.name.includes('*') ? names.filter((n) => re.test(n)) : [decl.name]).filter(
      (n) => !keep(n),
    )) {
      for (const domain of decl.domain ? [...domains, decl.domain] : domains) {
        for (const path of decl.path && decl.path != '/' ? ['/', decl.path] : ['/'])
          setCookie(name, '', new Date(0), path, domain);
      }
    }
  }
  try {
    for (const store of [localStorage, sessionStorage]) {
      for (const p of service.storage || []) {
        const re = pattern(p);
        for (const key of Object.keys(store)) if (re.test(key)) store.removeItem(key);
      }
    }
  } catch {
    // Storage disabled by the browser: there is nothing to remove.
  }
}
