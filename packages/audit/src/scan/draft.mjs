/**
 * Drafts a cookiegate config from what a site did with everything accepted: services
 * matched to the built-in presets by host and cookie, unknown third parties listed to
 * classify, first-party cookies no preset knows, each with its observed lifetime.
 */
import { nameMatches } from '../patterns.mjs';
import { PRESETS, classifyUrl } from '../trackers.mjs';
import { isoFromDays } from './lifetime.mjs';

const TITLES = {
  necessary: { sv: 'Nödvändiga', en: 'Necessary', da: 'Nødvendige' },
  functional: { sv: 'Funktionella', en: 'Functional', da: 'Funktionelle' },
  analytics: { sv: 'Statistik', en: 'Statistics', da: 'Statistik' },
  marketing: { sv: 'Marknadsföring', en: 'Marketing', da: 'Markedsføring' },
};

const slug = (host) => 'unknown-' + host.split('.').slice(-2).join('-');
const site = (host) => host.split('.').slice(-2).join('.');

/**
 * The draft: `{ revision, policyUrl?, categories, services }`. `seen` is what the scan
 * recorded: `{ url, requests, cookies, storage, policyUrl }`.
 *
 * @example
 * draftConfig({ url: 'https://shop.example/', requests, cookies, storage: [] }).services['google-analytics'];
 * // { preset: 'google-analytics', category: 'analytics', cookies: [{ name: '_ga', lifetime: 'P730D' }] }
 */
export function draftConfig({ url, requests, cookies, storage = [], policyUrl }) {
  const origin = new URL(url).origin;
  const services = {};
  const service = (id, init) => (services[id] ??= init());
  for (const r of requests) {
    if (!r.thirdParty) continue;
    if (r.preset) service(r.preset, () => ({ preset: r.preset, category: PRESETS[r.preset].category }));
    else {
      const s = service(slug(r.host), () => ({
        category: 'functional',
        hosts: [],
        title: site(r.host),
        description: { en: 'Unknown third party seen by the scan: check what it does and classify it.' },
      }));
      if (!s.hosts.includes(site(r.host))) s.hosts.push(site(r.host));
    }
  }
  const seen = new Set();
  for (const c of cookies) {
    // A preset's pattern (`_ga_*`) rather than this visit's name (`_ga_X1Y2`).
    const name =
      (c.preset &&
        PRESETS[c.preset].cookies
          ?.map((p) => (typeof p == 'string' ? p : p.name))
          .find((p) => p.includes('*') && nameMatches(p, c.name))) ||
      c.name;
    if (seen.has(name)) continue;
    seen.add(name);
    const decl = { name, lifetime: isoFromDays(c.days) };
    let s;
    if (c.preset) s = service(c.preset, () => ({ preset: c.preset, category: PRESETS[c.preset].category }));
    else if (!c.firstParty) {
      const host = c.domain.replace(/^\./, '');
      const k = classifyUrl(`https://${host}/`);
      s = k.preset
        ? service(k.preset, () => ({ preset: k.preset, category: PRESETS[k.preset].category }))
        : service(slug(host), () => ({
            category: 'marketing',
            hosts: [site(host)],
            title: site(host),
            description: { en: 'Unknown third party seen by the scan: check what it does and classify it.' },
          }));
      // An unknown third party that sets cookies is probably tracking: suggest marketing.
      if (!k.preset) s.category = 'marketing';
    } else
      s = service('site', () => ({
        category: 'necessary',
        title: new URL(origin).hostname,
        description: {
          en: 'First-party cookies no preset covers: keep here only what the site strictly needs, move the rest to another category.',
        },
      }));
    (s.cookies ??= []).push(decl);
  }
  for (const st of storage) {
    if (!st.preset || st.type == 'indexedDB') continue;
    const s = service(st.preset, () => ({ preset: st.preset, category: PRESETS[st.preset].category }));
    if (!(s.storage ??= []).includes(st.name)) s.storage.push(st.name);
  }
  const used = new Set(['necessary', ...Object.values(services).map((s) => s.category)]);
  const categories = Object.fromEntries(
    [...used].map((id) => [id, { ...(id == 'necessary' ? { required: true } : {}), title: TITLES[id] ?? id }]),
  );
  return { revision: 1, ...(policyUrl ? { policyUrl: new URL(policyUrl).pathname } : {}), categories, services };
}
