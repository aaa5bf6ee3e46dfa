/**
 * Consent APIs of vendors beside Google (Consent Mode, consent-mode.ts, in the head), each
 * started only when a service of its preset is configured. It runs from
 * cookiegate-presets.js once the presets are in, before the blocker lets any vendor script
 * load, so the first commands go to the front of the vendors' queues (queue-first.ts):
 *
 * - Meta: `fbq('consent', …)` (meta.ts).
 * - Microsoft Advertising (UET): `uetq.push('consent', 'default', { ad_storage })` first in
 *   the queue the snippet keeps (`w[u] = w[u] || []`), `'update'` after each decision.
 * - Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })` first in
 *   the snippet's queue stub (`clarity.q`); `ad_Storage` is granted only when Clarity sits
 *   in an advertising category (its preset's is analytics).
 * - TikTok: `holdConsent` before the snippet's `page`, then `grantConsent` / `revokeConsent`.
 * - Pinterest: `pintrk('setconsent', …)` after each decision (first in the queue of a snippet
 *   that has not run yet); with `advanced` (the tag loads before consent) `setconsent false`
 *   first in the tag's queue.
 * - Matomo: `requireConsent` first in `_paq` (put there by the head, `seedMatomo`: a
 *   self-hosted Matomo on the shop's domain is first party and never waits for the
 *   presets), then `setConsentGiven` / `forgetConsentGiven`; with `advanced`, the cookieless
 *   variants (`requireCookieConsent`, …).
 *
 * With the default strict blocking these scripts load only once granted; the calls say the
 * state to the vendor and keep it right where a service is `advanced`.
 */
import type { Problem } from './check';
import type { ResolvedConfig } from './config';
import { startMeta } from './meta';
import { queueFirst } from './queue-first';
import { servicesWhere } from './state';

type Fn = ((...a: unknown[]) => void) & { q?: unknown[] };
type W = { uetq?: unknown[]; ttq?: unknown[] & Record<string, unknown>; clarity?: Fn; pintrk?: Fn; _paq?: unknown[] };
// Not at module level: the ESM build is imported by the CLI too, where there is no window.
const win = () => window as unknown as W;
const matomo = (config: ResolvedConfig) => servicesWhere(config, (s) => s.preset == 'matomo');

/**
 * The presets whose vendor consent API cookiegate drives (`startConsentApis`): a page whose
 * precomputed `presetData` names one of them loads `cookiegate-vendors.js` before any vendor
 * script may run; the other presets need no code, only their data.
 *
 * @example
 * CONSENT_API_PRESETS.includes('meta-pixel'); // true
 */
export const CONSENT_API_PRESETS = [
  'meta-pixel',
  'microsoft-advertising',
  'microsoft-clarity',
  'tiktok-pixel',
  'pinterest-tag',
  'matomo',
];
const variant = (config: ResolvedConfig, ids: string[]) =>
  ids.some((id) => config.services[id]!.advanced) ? 'CookieConsent' : 'Consent';

/**
 * In the head, before any snippet: Matomo's `require…Consent` first in `_paq`.
 *
 * @example
 * seedMatomo(config); // window._paq = [['requireConsent']]
 */
export function seedMatomo(config: ResolvedConfig): void {
  const ids = matomo(config);
  if (ids.length) (win()._paq ||= []).unshift(['require' + variant(config, ids)]);
}

/**
 * Starts every vendor consent API the config's presets call for; returns what tells them
 * about a decision, or nothing when none is used.
 *
 * @example
 * const update = startConsentApis(config, cookiegate.accepted, printProblems);
 */
export function startConsentApis(
  config: ResolvedConfig,
  accepted: (id: string) => boolean,
  report: (p: Problem[]) => void,
): (() => void) | undefined {
  const w = win();
  const updates: (() => void)[] = [];
  const uses = (preset: string, f: (on: boolean, first: boolean, advanced: boolean, ids: string[]) => void) => {
    const ids = servicesWhere(config, (s) => s.preset == preset);
    const run = (first: boolean) =>
      f(
        ids.every(accepted),
        first,
        ids.some((id) => config.services[id]!.advanced),
        ids,
      );
    if (ids.length) {
      run(true);
      updates.push(() => run(false));
    }
  };
  const g = (on: boolean) => (on ? 'granted' : 'denied');

  uses('microsoft-advertising', (on, first) => {
    const q = (w.uetq ||= []);
    if (first) q.unshift('consent', 'default', { ad_storage: g(on) });
    else q.push('consent', 'update', { ad_storage: g(on) });
  });
  uses('microsoft-clarity', (on, first, _, ids) => {
    const c = (w.clarity ||= function () {
      // Clarity's own stub: its tag replays `clarity.q`.
      // eslint-disable-next-line prefer-rest-params -- the tag replays Arguments objects, as Clarity's snippet queues them
      (c.q ||= []).push(arguments);
    } as Fn);
    const args = [
      'consentv2',
      {
        ad_Storage: g(on && ids.every((id) => /^(marketing|advertising)$/.test(config.services[id]!.category))),
        analytics_Storage: g(on),
      },
    ];
    if (first) (c.q ||= []).unshift(args);
    else c(...args);
  });
  uses('tiktok-pixel', (on, first) => {
    const t = (w.ttq ||= [] as unknown as NonNullable<W['ttq']>);
    // Before the snippet ttq is a plain queue of [method, ...args]; after it, the methods exist.
    const call = (m: string) => (typeof t[m] == 'function' ? (t[m] as Fn)() : t.push([m]));
    if (first) t.unshift(['holdConsent']);
    if (on) call('grantConsent');
    else if (!first) call('revokeConsent');
  });
  uses('pinterest-tag', (on, first, advanced, ids) => {
    if (first) advanced && !on && queueFirst('pintrk', () => ['setconsent', false]);
    else if (typeof w.pintrk == 'function') w.pintrk('setconsent', on);
    // A gated snippet not run yet: its queue will start with the state.
    else queueFirst('pintrk', () => ['setconsent', ids.every(accepted)]);
  });
  uses('matomo', (on, first, _, ids) => {
    if (on) (w._paq ||= []).push(['set' + variant(config, ids) + 'Given']);
    else if (!first) (w._paq ||= []).push(['forget' + variant(config, ids) + 'Given']);
  });
  const meta = startMeta(config, accepted, report);
  if (meta) updates.push(meta);
  if (updates.length) return () => updates.forEach((f) => f());
}
