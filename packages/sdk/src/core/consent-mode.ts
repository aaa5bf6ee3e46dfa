/**
 * Google Consent Mode v2. When a Google preset is configured (or `consentMode` is set),
 * the head script pushes `gtag('consent', 'default', …)` into `dataLayer` at start, before
 * any Google tag or `config` command can run: everything denied but what the stored
 * decision grants (a returning visitor's choice is re-emitted as the default), with
 * `wait_for_update`. Every decision and withdrawal pushes `gtag('consent', 'update', …)`.
 */
import type { ConsentModeOptions, ResolvedConfig, ServiceConfig } from './config';
import { isRequired } from './state';

/** The advertising types, which GPC keeps denied (gpc.ts). */
export const AD = ['ad_storage', 'ad_user_data', 'ad_personalization'];
/** Every Consent Mode v2 type. */
export const TYPES = [
  ...AD,
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** The default mapping, by well-known category id. */
const BY_NAME: Record<string, string[]> = {
  necessary: ['security_storage'],
  functional: ['functionality_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  statistics: ['analytics_storage'],
  marketing: AD,
  advertising: AD,
  personalization: ['personalization_storage'],
};

/** The types a Google service stands for when it is granted on its own. */
const OWN: Record<string, string[]> = { 'google-analytics': ['analytics_storage'], 'google-ads': AD };

/**
 * Which categories control each consent type: the config's `consentMode.types`, else the
 * category's well-known name, else the types of a Google preset in it (a category holding
 * `google-ads` is for advertising whatever its name), else `security_storage` for a
 * required category. (The head script carries no preset data: see services/blocking.ts.)
 *
 * @example
 * consentTypes(config); // { analytics_storage: ['analytics'], ad_storage: ['marketing'], ... }
 */
export function consentTypes(config: ResolvedConfig): Record<string, string[]> {
  // `false?.types` is undefined too.
  const own = (config.consentMode as ConsentModeOptions | undefined)?.types || {};
  const out: Record<string, string[]> = {};
  for (const cat in config.categories) {
    const preset = Object.values(config.services).find((s) => s.category == cat && OWN[s.preset!]);
    const types =
      own[cat] ||
      BY_NAME[cat] ||
      (preset && OWN[preset.preset!]) ||
      (config.categories[cat]!.required ? BY_NAME.necessary! : []);
    for (const t of types) (out[t] ||= []).push(cat);
  }
  return out;
}

/**
 * `granted` for a type when every category controlling it is accepted, `denied` otherwise
 * (also when none does). A Google service granted on its own (Google Analytics chosen, the
 * rest of its category refused) grants its own types too: Consent Mode governs only
 * Google's tags, and the refused services stay blocked anyway.
 */
export function consentValues(
  config: ResolvedConfig,
  accepted: (id: string) => boolean,
): Record<string, 'granted' | 'denied'> {
  const map = consentTypes(config);
  const out: Record<string, 'granted' | 'denied'> = {};
  // Required categories count as granted even while the config is being checked (a
  // security_storage default needs no later update).
  for (const t of TYPES) out[t] = map[t]?.every((id) => isRequired(config, id) || accepted(id)) ? 'granted' : 'denied';
  for (const id in config.services)
    if (accepted(id)) for (const t of OWN[config.services[id]!.preset!] || []) out[t] = 'granted';
  return out;
}

/** A service of a Google preset (`google-analytics`, `google-ads`, `google-tag-manager`). */
const google = (s: ServiceConfig) => /^google-/.test(s.preset!);

/** Whether Consent Mode is emitted for this config. */
export const consentModeOn = (config: ResolvedConfig): boolean =>
  config.consentMode !== false && (!!config.consentMode || Object.values(config.services).some(google));

/**
 * Emits the default now; returns what emits an update (after every decision), or nothing
 * when Consent Mode is off.
 *
 * @example
 * store.listen(startConsentMode(config, accepted) ?? (() => {}));
 */
export function startConsentMode(config: ResolvedConfig, accepted: (id: string) => boolean): (() => void) | undefined {
  if (!consentModeOn(config)) return;
  const w = window as unknown as { dataLayer?: unknown[] };
  // gtag.js reads only Arguments objects from dataLayer as commands.
  const gtag = function (..._: unknown[]) {
    // eslint-disable-next-line prefer-rest-params -- gtag.js reads only Arguments objects as commands
    (w.dataLayer ||= []).push(arguments);
  };
  gtag('consent', 'default', {
    ...consentValues(config, accepted),
    // Not false here (consentModeOn).
    wait_for_update: (config.consentMode as ConsentModeOptions | undefined)?.waitForUpdate ?? 500,
  });
  // In advanced mode Google tags run before consent: keep ad click ids out of their requests.
  if (Object.values(config.services).some((s) => s.advanced && google(s))) gtag('set', 'ads_data_redaction', true);
  return () => gtag('consent', 'update', consentValues(config, accepted));
}
