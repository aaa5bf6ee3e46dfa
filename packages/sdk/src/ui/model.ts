import type { ResolvedConfig, ServiceConfig } from '../core/config';
import type { PresetDetails } from '../services/types';
import { local, type Texts } from './texts';

/** A cookie or storage key as the tables show it. */
export interface CookieView {
  name: string;
  /** `"session"` or an ISO 8601 duration; undefined when not declared. */
  lifetime?: string;
  domain?: string;
  purpose?: string;
  /** Browser storage rather than a cookie. */
  storage?: boolean;
  /** Listed only by the service's preset (the vendor's usual cookies), not by the site's config. */
  preset?: boolean;
}

/** A service with its texts in the visitor's language (config over preset). */
export interface ServiceView {
  id: string;
  title: string;
  vendor?: string;
  purpose?: string;
  description?: string;
  privacyUrl?: string;
  cookies: CookieView[];
}

/** A category with its services. */
export interface CategoryView {
  id: string;
  title: string;
  description?: string;
  required: boolean;
  services: ServiceView[];
}

/** Looks up what a vendor preset says about itself. */
export type PresetLookup = ((id: string) => PresetDetails | undefined) & {
  /** The SHA-256 of the file the presets' texts came in (file-hash.ts), for shownHash. */
  ui?: string;
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What the UI shows: every category with its services and their cookies, texts in the
 * visitor's language. A service's own config wins over its preset; built-in category
 * names cover the usual ids (necessary, functional, analytics, marketing). Cookies are
 * listed only with `cookies` (the preferences and the declaration).
 */
export function buildModel(
  cfg: ResolvedConfig,
  lang: string,
  t: Texts,
  presets?: PresetLookup,
  cookies?: CookieLister,
): CategoryView[] {
  const T = t as unknown as Record<string, string | undefined>;
  return Object.keys(cfg.categories).map((id) => {
    const c = cfg.categories[id]!;
    return {
      id,
      title: local(c.title, lang) || T[id] || cap(id),
      description: local(c.description, lang) || T[id + 'Text'],
      required: c.required === true,
      services: Object.keys(cfg.services)
        .filter((s) => cfg.services[s]!.category == id)
        .map((s) => service(s, cfg.services[s]!, lang, presets, cookies)),
    };
  });
}

function service(
  id: string,
  s: ServiceConfig,
  lang: string,
  presets?: PresetLookup,
  cookies?: CookieLister,
): ServiceView {
  const p = s.preset ? presets?.(s.preset) : undefined;
  return {
    id,
    // A preset's name and vendor are in the resolved config (resolve.ts).
    title: local(s.title, lang) || cap(id),
    vendor: s.vendor,
    purpose: p?.purpose,
    description: local(s.description, lang) || p?.description,
    // The preset's link (the vendor's policy) only under the preset's vendor: a service the
    // owner names as their own (another `vendor`) links to the owner's `privacyUrl` or to none.
    privacyUrl: s.privacyUrl || (!s.vendor || s.vendor == p?.vendor ? p?.privacyUrl : undefined),
    cookies: cookies ? cookies(s, p, lang) : [],
  };
}

/** Lists a service's cookies and storage keys (in the details file: the banner needs none). */
export type CookieLister = (s: ServiceConfig, p: PresetDetails | undefined, lang: string) => CookieView[];

/**
 * A service's cookies and storage keys: first those it declares (its config's, else its
 * preset's blocking list, which cookiegate cleans up; each completed by the preset's table
 * entry of the same name), then the other rows of the preset's table, marked `preset` (the
 * vendor's usual cookies, which this site may not set).
 */
export const cookiesOf: CookieLister = (s, p, lang) => {
  const known = new Map<string, CookieView>();
  for (const c of p?.cookies || []) {
    known.set(c.name, {
      name: c.name,
      lifetime: c.lifetime,
      domain: c.domain,
      purpose: c.purpose,
      storage: !!c.storage,
      preset: true,
    });
  }
  const cookies = new Map<string, CookieView>();
  for (const c of s.cookies || []) {
    const d = typeof c == 'string' ? { name: c } : c;
    cookies.set(d.name, {
      ...known.get(d.name),
      name: d.name,
      preset: false,
      ...(d.lifetime && { lifetime: d.lifetime }),
      ...(d.domain && { domain: d.domain }),
      ...(d.purpose && { purpose: local(d.purpose, lang) }),
    });
  }
  for (const k of s.storage || [])
    if (!cookies.has(k)) cookies.set(k, { ...known.get(k), name: k, storage: true, preset: false });
  for (const [k, c] of known) if (!cookies.has(k)) cookies.set(k, c);
  return [...cookies.values()];
};

/** A link target from config: http(s), or a path on the site; never `javascript:`. */
export const safeUrl = (u: string | undefined): string | undefined =>
  u && /^(https?:\/\/|\/|\.|#|\?)/i.test(u) ? u : undefined;
